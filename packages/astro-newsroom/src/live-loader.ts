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
  /** Cache tags of an article. Default: {@link newsroomCacheTags}. */
  tags?(entry: NewsroomSourceEntry, data: Record<string, unknown>): string[];
}

type Render = (markdown: string, options?: RenderNewsroomOptions) => Promise<RenderedNewsroom>;

/** `article:<id>`, and `topic:<href>` when the frontmatter names a topic: what a correction to one article invalidates. */
export function newsroomCacheTags(id: string, data: Record<string, unknown>): string[] {
  const topic = data.topic as { href?: unknown } | undefined;
  return [`article:${id}`, ...(typeof topic?.href === 'string' ? [`topic:${topic.href}`] : [])];
}

export function createLiveLoader<Filter extends Record<string, unknown>>(
  render: Render,
  options: NewsroomLiveLoaderOptions<Filter>,
): LiveLoader<Record<string, unknown>, { id: string }, Filter> {
  const tagsOf = options.tags ?? ((entry, data) => newsroomCacheTags(entry.id, data));

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
