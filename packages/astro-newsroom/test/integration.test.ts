/** The integration's own checks, without building a site. */

import type { Diagnostic } from 'remark-newsroom/engine';
import { type MdastPluginEntry, markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import newsroom from '../src/index.js';

type Setup = (options: Record<string, unknown>) => void;

function setup(integrations: { name: string }[], options: Record<string, unknown> = {}) {
  const hook = newsroom(options as never).hooks['astro:config:setup'] as unknown as Setup;
  const calls: unknown[] = [];
  hook({
    config: {
      root: new URL('file:///site/'),
      base: '/',
      integrations,
      markdown: { processor: { name: 'satteri', options: { mdastPlugins: [], hastPlugins: [], features: {} } } },
    },
    updateConfig: (config: unknown) => calls.push(config),
    logger: { warn() {}, error() {} },
    injectScript() {},
    injectRoute() {},
  });
  return calls;
}

describe('integration order', () => {
  it('fails, naming the order to use, when listed after Starlight', () => {
    const starlightFirst = [
      { name: '@astrojs/starlight' },
      { name: 'starlight-directives-restoration' },
      { name: 'astro-newsroom' },
    ];
    expect(() => setup(starlightFirst)).toThrow(/list newsroom\(\) before starlight\(\)/);
  });

  it('works when listed before Starlight', () => {
    const newsroomFirst = [
      { name: 'astro-newsroom' },
      { name: '@astrojs/starlight' },
      { name: 'starlight-directives-restoration' },
    ];
    expect(setup(newsroomFirst).length).toBeGreaterThan(0);
  });
});

describe('options', () => {
  it.each([
    [{ locale: 'es' }, /option `locale`/],
    [{ styles: 'yes' }, /option `styles`/],
    [{ colour: 'red' }, /option `colour` is unknown; allowed: locale, strict/],
    [{ locale: 'de_CH' }, /option `locale` must be one of .*; got "de_CH"; did you mean "de-CH"\?/],
    [{ components: { teaser: './x.astro' } }, /option `components.teaser` is unknown; allowed: summary, quote/],
    [{ components: { qoute: './x.astro' } }, /option `components.qoute` is unknown.*; did you mean `quote`\?/],
    [{ publisher: { url: '/' } }, /option `publisher.name`/],
    [{ providers: { acme: { name: 'Acme' } } }, /option `providers.acme.company` must be a non-empty string/],
    [{ providers: { civey: { tcf: { vendorId: -1, purposes: [1] } } } }, /option `providers.civey.tcf.vendorId`/],
    [{ providers: { civey: { tcf: { vendorId: 7, purposes: [0] } } } }, /option `providers.civey.tcf.purposes.0`/],
    [{ providers: { civey: { tcf: { vendorId: 7 } } } }, /option `providers.civey.tcf.purposes`/],
    [{ consent: { outsideGdpr: 'yes' } }, /option `consent.outsideGdpr`/],
    [{ consent: { outsideGdpr: 'ask', cmpTimeout: 5000 } }, /consent\.cmpTimeout|unknown/],
  ])('rejects %j', (options, message) => {
    expect(() => setup([{ name: 'astro-newsroom' }], options)).toThrow(message);
  });

  it('lists every problem, one line each, as remark-newsroom does for the same ones', async () => {
    const { resolveOptions } = await import('remark-newsroom/options');
    const given = { locale: 'es', providers: { civey: { tcf: { vendorId: 0, purposes: [] } } } };
    const lines = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as Error).message.split('\n');
      }
      return [];
    };
    const astro = lines(() => newsroom(given as never));
    expect(astro).toHaveLength(3);
    expect(astro.map((line) => line.replace(/^astro-newsroom: /, ''))).toEqual(
      lines(() => resolveOptions(given as never)).map((line) => line.replace(/^remark-newsroom: /, '')),
    );
  });

  it('the lists it checks against are remark-newsroom’s: locales and block names', async () => {
    const { optionsSchema } = await import('../src/options.js');
    const { blockNames, optionsSchema: remarkSchema } = await import('remark-newsroom/options');
    const { blocks, locales } = await import('remark-newsroom/engine');
    expect(optionsSchema.shape.locale.unwrap().options).toEqual([...locales]);
    expect(optionsSchema.shape.locale.unwrap()).toBe(remarkSchema.shape.locale.def.innerType);
    const components = optionsSchema.shape.components.unwrap() as unknown as { shape: object };
    expect(Object.keys(components.shape)).toEqual([...blockNames]);
    expect(Object.keys(blocks).sort()).toEqual([...blockNames].sort());
  });

  it('consent settings default to click-to-load outside the GDPR', async () => {
    const { parseOptions } = await import('../src/options.js');
    expect(parseOptions({}).consent).toEqual({ outsideGdpr: 'ask' });
    expect(parseOptions({ consent: { outsideGdpr: 'load' } }).consent).toEqual({ outsideGdpr: 'load' });
    const tcf = { vendorId: 7, purposes: [1, 8] };
    expect(parseOptions({ providers: { civey: { tcf } } }).providers?.civey?.tcf).toEqual(tcf);
  });
});

describe('option errors, as Astro shows its own', () => {
  it('name the option, what is allowed and what was given, with a hint, starting in the caller', async () => {
    const { default: newsroom } = await import('../src/index.js');
    let error: (Error & { hint?: string }) | undefined;
    try {
      newsroom({ locale: 'es' as never });
    } catch (caught) {
      error = caught as Error & { hint?: string };
    }
    expect(error?.name).toBe('AstroUserError');
    expect(error?.message).toContain('option `locale`');
    expect(error?.message).toContain('; got "es"');
    expect(error?.hint).toContain('newsroom({ … })');
    // The first frame is this test (the user's config in real life), not our validation code.
    expect(error?.stack?.split('\n')[1]).toContain('integration.test.ts');
  });

  it('strict: one summary counting every problem and file, without a stack trace', async () => {
    const { createReporter } = await import('../src/diagnostics.js');
    const logged: string[] = [];
    const logger = { warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
    const reporter = createReporter(logger, new URL('file:///site/'), true);
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 5 } });
    reporter.report('/site/src/a.md', [
      { ruleId: 'missing-attribute', message: 'poll is missing id', position: at(3) },
      { ruleId: 'invalid-url', message: 'topic has a refused URL', position: at(5) },
    ]);
    reporter.report('/site/src/b.md', [{ ruleId: 'unknown-block', message: 'unknown block', position: at(1) }]);
    expect(logged).toEqual([
      'src/a.md:3:1  poll is missing id  [missing-attribute]',
      'src/a.md:5:1  topic has a refused URL  [invalid-url]',
      'src/b.md:1:1  unknown block  [unknown-block]',
    ]);
    const summary = reporter.summary() as Error & { hint?: string };
    expect(summary.message).toBe('astro-newsroom (strict): 3 problems in 2 files (src/a.md, src/b.md)');
    // Counted in the words of remark-newsroom's own strict error, one problem or several.
    const { StrictModeError } = await import('remark-newsroom/engine');
    for (const count of [1, 2]) {
      const one = createReporter(logger, new URL('file:///site/'), true);
      const diagnostics: Diagnostic[] = Array.from({ length: count }, (_, i) => ({
        ruleId: 'unknown-block',
        message: 'x',
        position: at(i + 1),
      }));
      one.report('/site/src/a.md', diagnostics);
      expect(one.summary()?.message.replace('astro-newsroom', 'remark-newsroom')).toBe(
        new StrictModeError(diagnostics, 'src/a.md').message.split('\n')[0],
      );
    }
    expect(summary.hint).toContain('strict: false');
    expect(summary.stack).not.toContain('    at ');
  });

  it('dev: strict throws per file with the place and a code frame for the overlay', async () => {
    const { createReporter } = await import('../src/diagnostics.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { dirname, join } = await import('node:path');
    const { createRequire } = await import('node:module');
    const { pathToFileURL } = await import('node:url');
    const dir = mkdtempSync(join(tmpdir(), 'newsroom-'));
    const file = join(dir, 'a.md');
    writeFileSync(file, 'Intro.\n\n::poll{title="x"}\n');
    const reporter = createReporter({ warn() {}, error() {} }, new URL(`file://${dir}/`), true, 'dev');
    let error: (Error & { loc?: unknown; frame?: string; hint?: string }) | undefined;
    try {
      reporter.report(file, [
        {
          ruleId: 'missing-attribute',
          message: 'poll is missing id',
          position: { start: { line: 3, column: 1 }, end: { line: 3, column: 17 } },
        },
      ]);
    } catch (caught) {
      error = caught as typeof error;
    }
    expect(error?.loc).toEqual({ file, line: 3, column: 1 });
    expect(error?.hint).toContain('strict: false');
    // The frame is Astro's own, drawn from `loc` by its dev error handler (what the overlay and terminal get).
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const { collectErrorMetadata } = (await import(
      pathToFileURL(join(astroDir, 'dist/core/errors/dev/utils.js')).href
    )) as {
      collectErrorMetadata(error: Error, root: URL): Error & { frame?: string; fullCode?: string };
    };
    const shown = collectErrorMetadata(error as Error, new URL(`file://${dir}/`));
    expect(shown.frame).toMatch(/^> 3 \| ::poll\{title="x"\}$/m);
    expect(shown.fullCode).toBe('Intro.\n\n::poll{title="x"}\n');
  });
});

describe('restoring directives nobody claims, on Sätteri', () => {
  type Integration = { hooks: Record<string, (options: Record<string, unknown>) => void> };

  /** Our setup, other integrations' plugins, then our restoration integration, as Astro runs them. */
  function plugins(after: unknown[]) {
    const markdown = {
      processor: { name: 'satteri', options: { mdastPlugins: [] as unknown[], hastPlugins: [], features: {} } },
    };
    const updates: { integrations?: Integration[] }[] = [];
    const options = {
      config: { root: new URL('file:///site/'), base: '/', integrations: [{ name: 'astro-newsroom' }], markdown },
      updateConfig: (config: { integrations?: Integration[] }) => updates.push(config),
      logger: { warn() {}, error() {} },
      injectRoute() {},
      command: 'build',
    };
    (newsroom().hooks['astro:config:setup'] as unknown as (o: typeof options) => void)(options);
    markdown.processor.options.mdastPlugins.push(...after);
    const restoration = updates.flatMap((u) => u.integrations ?? [])[0];
    restoration?.hooks['astro:config:setup']?.(options);
    return markdown.processor.options.mdastPlugins as MdastPluginEntry[];
  }

  const render = async (source: string, mdastPlugins: MdastPluginEntry[]) =>
    (await markdownToHtml(source, { features: { directive: true }, mdastPlugins })).html;

  it('is done in our own pass when no plugin follows ours: one plugin, not two', async () => {
    const list = plugins([]);
    expect(list).toHaveLength(1);
    expect((list[0] as { name: string }).name).toBe('newsroom');
    expect(await render(':::note[Titel]\nText mit :abbr[HTML].\n:::\n\n::poll{id="1"}', list)).toMatch(
      /<p>:::note\[Titel\]<\/p>[\s\S]*:abbr\[HTML\][\s\S]*data-nr="poll"/,
    );
  });

  it('is left to a last plugin when another plugin follows ours, which may claim them first', async () => {
    const claimNote: MdastPluginEntry = {
      name: 'note-claimer',
      containerDirective: (node) =>
        node.name === 'note' ? { type: 'paragraph', data: { hName: 'aside' }, children: [] } : undefined,
    };
    const list = plugins([claimNote]);
    expect(list).toHaveLength(3);
    const html = await render(':::note\nText\n:::\n\n:::tip\nTipp\n:::', list);
    expect(html).toContain('<aside></aside>');
    expect(html).toContain(':::tip');
  });
});
