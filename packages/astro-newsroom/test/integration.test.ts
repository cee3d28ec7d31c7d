/** The integration's own checks, without building a site. */
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
    [{ locale: 'fr' }, /option `locale`/],
    [{ styles: 'yes' }, /option `styles`/],
    [{ colour: 'red' }, /unknown option `colour`; allowed: locale, strict/],
    [{ components: { teaser: './x.astro' } }, /option `components.teaser`|components/],
    [{ publisher: { url: '/' } }, /option `publisher.name`/],
    [{ providers: { acme: { name: 'Acme' } } }, /option `providers.acme.company` must be a non-empty string/],
  ])('rejects %j', (options, message) => {
    expect(() => setup([{ name: 'astro-newsroom' }], options)).toThrow(message);
  });
});
