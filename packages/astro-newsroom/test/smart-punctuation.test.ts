/**
 * One smart punctuation: with our typography on, the processor's own is off
 * on both processors, so `--`, quotes and apostrophes come out per locale and
 * the same on Sätteri and unified. With typography off, the host's setting
 * stands. Runs the renderers Astro creates from its processors, after our
 * `astro:config:setup` hook has seen the config, as in a build.
 */
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import newsroom from '../src/index.js';

type Processor = ReturnType<typeof satteri> | ReturnType<typeof unified>;
type Setup = (options: Record<string, unknown>) => void;

/** What Astro's config schema makes of its default `smartypants: true`. */
const astroSmartypants = {
  backticks: true,
  dashes: true,
  ellipses: true,
  openingQuotes: { double: '“', single: '‘' },
  closingQuotes: { double: '”', single: '’' },
  quotes: true,
};

async function renderWith(processor: Processor, options: Record<string, unknown>, markdown: string): Promise<string> {
  const markdownConfig = { processor, remarkPlugins: [], rehypePlugins: [], smartypants: astroSmartypants as unknown };
  const hook = newsroom(options as never).hooks['astro:config:setup'] as unknown as Setup;
  const config = {
    root: new URL('file:///site/'),
    base: '/',
    integrations: [{ name: 'astro-newsroom' }],
    markdown: markdownConfig,
  };
  const setup = { config, logger: { warn() {}, error() {} }, injectScript() {}, injectRoute() {}, command: 'build' };
  hook({
    ...setup,
    // The restoration integration our hook adds runs its own setup, as Astro would.
    updateConfig: (update: { integrations?: { hooks: Record<string, unknown> }[] }) => {
      for (const integration of update.integrations ?? [])
        (integration.hooks['astro:config:setup'] as Setup)({ ...setup, updateConfig() {} });
    },
  });
  const renderer = await processor.createRenderer({ smartypants: markdownConfig.smartypants, gfm: true } as never);
  const { code } = await renderer.render(markdown, { frontmatter: {} } as never);
  return code.replace(/<link[^>]*>/g, '').trim();
}

const processors = { satteri: () => satteri(), unified: () => unified() };
const sentence = 'Sie kämpfen weiter -- "bis zum Schluss". So geht\'s... oder?';

describe('one smart punctuation', () => {
  const outputs: Record<string, string> = {};
  for (const [name, create] of Object.entries(processors)) {
    it(`${name}: with typography on (the default), only ours runs`, async () => {
      const html = await renderWith(create(), { locale: 'de-CH' }, sentence);
      expect(html).toBe('<p>Sie kämpfen weiter – «bis zum Schluss». So geht’s… oder?</p>');
      outputs[name] = html;
    });

    it(`${name}: a spaced hyphen between words is a Gedankenstrich in de, left alone in en`, async () => {
      expect(await renderWith(create(), { locale: 'de' }, 'Berlin - Die Regierung')).toBe(
        '<p>Berlin – Die Regierung</p>',
      );
      expect(await renderWith(create(), { locale: 'en' }, 'Berlin - the government')).toBe(
        '<p>Berlin - the government</p>',
      );
    });

    it(`${name}: with typography off, the host's smart punctuation stands`, async () => {
      const html = await renderWith(create(), { locale: 'de-CH', typography: false }, sentence);
      // Astro's English smartypants: curly English quotes, and a dash for `--`.
      expect(html).toMatch(/weiter [–—] “bis zum Schluss”/);
      expect(html).toContain('…');
    });
  }

  it('gives the same HTML on both processors', () => {
    expect(outputs.satteri).toBeDefined();
    expect(outputs.satteri).toBe(outputs.unified);
  });
});
