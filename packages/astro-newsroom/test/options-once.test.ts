/**
 * The block options are resolved once per integration run: both processors
 * take the integration's resolved value as it is (its changes for a processor
 * go through `withOptions`, which keeps it resolved). The virtual module
 * (components, the asset route, on-demand rendering) gets it as JSON: that is
 * data again, validated once where the site first uses it, then kept per
 * object. Counted where resolution happens (remark-newsroom's
 * `completeOptions`), so a second resolution anywhere — inside the remark
 * plugin too — fails the count.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type MdastPluginEntry, markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const resolutions = vi.hoisted(() => ({ count: 0 }));

// The module every resolution goes through, by its file: the plugins import it inside remark-newsroom.
vi.mock('../../remark-newsroom/dist/options/complete.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../remark-newsroom/dist/options/complete.js')>();
  return {
    ...original,
    completeOptions: (...args: Parameters<typeof original.completeOptions>) => {
      resolutions.count++;
      return original.completeOptions(...args);
    },
  };
});

const { default: newsroom } = await import('../src/index.js');
const { renderBlock } = await import('../src/render.js');
const { resolveOptions } = await import('remark-newsroom/options');

type Hook = (options: Record<string, unknown>) => void;
interface VitePlugin {
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
}

function setup(processor: 'satteri' | 'unified') {
  const markdown = {
    processor:
      processor === 'satteri'
        ? { name: 'satteri', options: { mdastPlugins: [] as unknown[], hastPlugins: [] as unknown[], features: {} } }
        : { name: 'unified', options: { remarkPlugins: [] as unknown[], rehypePlugins: [] as unknown[] } },
    remarkPlugins: [] as unknown[],
    rehypePlugins: [] as unknown[],
  };
  const updates: { vite?: { plugins: VitePlugin[] } }[] = [];
  const integration = newsroom({ locale: 'de-CH', labels: { 'de-CH': { summaryTitle: 'Kurz' } } });
  (integration.hooks['astro:config:setup'] as unknown as Hook)({
    config: {
      root: new URL('file:///site/'),
      base: '/',
      integrations: [{ name: 'astro-newsroom' }],
      markdown,
      image: {},
    },
    updateConfig: (config: (typeof updates)[number]) => updates.push(config),
    logger: { warn() {}, error() {} },
    injectRoute() {},
    command: 'build',
  });
  const config = updates
    .flatMap((update) => update.vite?.plugins ?? [])
    .find((plugin) => plugin.resolveId('virtual:astro-newsroom/config'));
  return {
    markdown,
    virtualModule: config?.load(config.resolveId('virtual:astro-newsroom/config') as string) as string,
  };
}

/** The virtual module as the site's bundle runs it. */
async function load(code: string) {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default as { remark: object };
}

/**
 * The site's side: the options crossed JSON, so they are checked once there
 * (one more resolution), and every later block with the same value reuses it.
 */
async function usedBySite(virtualModule: string) {
  const config = await load(virtualModule);
  const summary = { name: 'summary', body: '<ul><li>Erstens</li></ul>' } as const;
  expect(renderBlock(summary, config.remark as never).html).toContain('>Kurz</p>');
  expect(resolutions.count).toBe(2);
  expect(renderBlock(summary, config.remark as never).html).toContain('>Kurz</p>');
  expect(resolutions.count).toBe(2);
  // JSON is data: it is validated, never taken for the resolved value.
  const checked = resolveOptions(config.remark as never);
  expect(checked).not.toBe(config.remark);
  expect(checked).toMatchObject(config.remark);
  expect(() => resolveOptions({ ...config.remark, locale: 'xx' } as never)).toThrow(/option `locale`/);
}

const source = ':::summary\n- Erstens\n:::\n\n::poll{id="1"}';

describe('the block options are resolved once per integration run', () => {
  beforeEach(() => {
    resolutions.count = 0;
  });

  it('on Sätteri: the plugin and the virtual module use the one resolved value', async () => {
    const { markdown, virtualModule } = setup('satteri');
    expect(resolutions.count).toBe(1);
    const html = (
      await markdownToHtml(source, {
        features: { directive: true },
        mdastPlugins: markdown.processor.options.mdastPlugins as MdastPluginEntry[],
      })
    ).html;
    expect(html).toContain('>Kurz</p>');
    expect(resolutions.count).toBe(1);
    await usedBySite(virtualModule);
  });

  it('on unified: the remark plugin takes the resolved value as it is', async () => {
    const { markdown, virtualModule } = setup('unified');
    expect(resolutions.count).toBe(1);
    const processor = unified().use(remarkParse);
    for (const plugin of markdown.processor.options.remarkPlugins as [never, never][]) {
      if (Array.isArray(plugin)) processor.use(plugin[0], plugin[1]);
      else processor.use(plugin as never);
    }
    const file = await processor.use(remarkRehype).use(rehypeStringify).process(source);
    expect(String(file)).toContain('>Kurz</p>');
    expect(resolutions.count).toBe(1);
    await usedBySite(virtualModule);
  });

  it('the count can fail: user options given to the plugin directly are resolved there', async () => {
    const { default: remarkNewsroom } = await import('remark-newsroom');
    await unified()
      .use(remarkParse)
      .use(remarkNewsroom, { locale: 'en' })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(source);
    expect(resolutions.count).toBe(1);
  });
});
