/**
 * A live-collection loader (`defineLiveCollection`) for a newsroom's own
 * article source — a database, a CMS, files — rendered at request time by
 * the same pipeline as the static build, with cache tags per article and topic.
 */
import type { LiveLoader } from 'astro/loaders';
import type { RenderedNewsroom, RenderNewsroomOptions } from './render-newsroom.js';

export interface NewsroomSourceEntry {
  id: string;
  /** The article as newsroom Markdown; its frontmatter, if any, is read as Astro reads a `.md` file's. */
  markdown: string;
  /** Frontmatter kept apart from the Markdown (e.g. columns of a store); beats the Markdown's own. */
  frontmatter?: Record<string, unknown> | undefined;
  lastModified?: Date | undefined;
}

export interface NewsroomLiveLoaderOptions<Filter extends Record<string, unknown> = Record<string, unknown>> {
  /** Shown in Astro's errors. Default `'astro-newsroom'`. */
  name?: string;
  /** One article by id; `undefined` when there is none. */
  entry(id: string): Promise<NewsroomSourceEntry | undefined> | NewsroomSourceEntry | undefined;
  /** Articles for `getLiveCollection(name, filter)`; listed without their HTML unless `renderCollection`. */
  entries(filter: Filter | undefined): Promise<NewsroomSourceEntry[]> | NewsroomSourceEntry[];
  /** Render every listed article too. Default `false`: listings seldom need bodies. */
  renderCollection?: boolean;
  /** Cache tags of an article's entry. Default: `[articleTag(id)]`. */
  tags?(entry: NewsroomSourceEntry, data: Record<string, unknown>): string[];
}

type Render = (markdown: string, options?: RenderNewsroomOptions) => Promise<RenderedNewsroom>;

/**
 * The cache tag of every page that shows an article's text or its
 * corrections and updates (its own page, a topic page's teaser): a change to
 * the article invalidates exactly these.
 */
export function articleTag(id: string): string {
  return `article:${id}`;
}

/** The cache tag of a topic's listing: invalidated when an article joins or leaves the topic. */
export function topicTag(href: string): string {
  return `topic:${href}`;
}

export function createLiveLoader<Filter extends Record<string, unknown>>(
  render: Render,
  options: NewsroomLiveLoaderOptions<Filter>,
): LiveLoader<Record<string, unknown>, { id: string }, Filter> {
  const tagsOf = options.tags ?? ((entry) => [articleTag(entry.id)]);

  async function toEntry(source: NewsroomSourceEntry, withHtml: boolean) {
    const rendered = await render(source.markdown, { frontmatter: source.frontmatter });
    const { newsroom: _record, ...data } = rendered.frontmatter;
    const cacheHint = {
      tags: tagsOf(source, data),
      ...(source.lastModified ? { lastModified: source.lastModified } : {}),
    };
    return { id: source.id, data, cacheHint, ...(withHtml ? { rendered: { html: rendered.html } } : {}) };
  }

  return {
    name: options.name ?? 'astro-newsroom',
    async loadEntry({ filter }) {
      const source = await options.entry(filter.id);
      return source ? toEntry(source, true) : undefined;
    },
    async loadCollection({ filter }) {
      const sources = await options.entries(filter);
      const entries = await Promise.all(sources.map((source) => toEntry(source, options.renderCollection ?? false)));
      return { entries, cacheHint: { tags: [...new Set(entries.flatMap((entry) => entry.cacheHint.tags))] } };
    },
  };
}
