/** Options are validated: a wrong option names itself and what is allowed. */
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { blocks } from '../src/blocks/index.js';
import remarkNewsroom from '../src/index.js';
import { labels, locales } from '../src/locales.js';
import { isResolved } from '../src/options/complete.js';
import { describe as describeValue } from '../src/options/format.js';
import { localeSchema } from '../src/options/schema.js';
import { blockNames, OptionsError, optionNames, optionsSchema, resolveOptions } from '../src/options.js';
import { render } from './helpers.js';

describe('options', () => {
  const bad: [unknown, RegExp][] = [
    [{ locale: 'es' }, /option `locale` must be one of "de", "de-CH", "en", "fr", "fr-CH", "it", "it-CH"; got "es"/],
    [{ strict: 'yes' }, /option `strict` must be true or false; got "yes"/],
    [{ typography: 1 }, /option `typography` must be true or false; got 1/],
    [
      { colour: 'red' },
      /option `colour` is unknown; allowed: locale, strict, typography, headingIds, labels, providers, badges/,
    ],
    [{ labels: { es: {} } }, /option `labels.es` is unknown; allowed: de, de-CH, en, fr, fr-CH, it, it-CH/],
    [{ labels: { de: { nope: 'x' } } }, /option `labels.de.nope` is unknown/],
    [{ labels: { de: { summaryTitle: 3 } } }, /option `labels.de.summaryTitle` must be a non-empty string/],
    [{ providers: { acme: { name: 'Acme' } } }, /option `providers.acme.company` must be a non-empty string/],
    [
      {
        providers: {
          acme: {
            name: 'A',
            company: 'A',
            embedUrl: 'http://a.example/{id}',
            pollUrl: 'https://a',
            privacyUrl: 'https://a',
          },
        },
      },
      /option `providers.acme.embedUrl` must be an https:\/\/ URL/,
    ],
    [
      { badges: { gold: { src: '/g.svg', width: 0, height: 10 } } },
      /option `badges.gold.width` must be a positive number/,
    ],
    ['de', /option `options` must be an object/],
    [
      { providers: { civey: { tcf: { purposes: [1] } } } },
      /option `providers.civey.tcf.vendorId` must be the vendor id/,
    ],
    [{ providers: { civey: { tcf: { vendorId: 0, purposes: [1] } } } }, /`providers.civey.tcf.vendorId`.*got 0/],
    [{ providers: { civey: { tcf: { vendorId: 1.5, purposes: [1] } } } }, /`providers.civey.tcf.vendorId`/],
    [{ providers: { civey: { tcf: { vendorId: '12', purposes: [1] } } } }, /`providers.civey.tcf.vendorId`.*got "12"/],
    [
      { providers: { civey: { tcf: { vendorId: 12, purposes: [] } } } },
      /`providers.civey.tcf.purposes` must be a non-empty array of TCF purpose ids \(1–11\)/,
    ],
    [
      { providers: { civey: { tcf: { vendorId: 12, purposes: [12] } } } },
      /`providers.civey.tcf.purposes.0` must be a TCF purpose id, a whole number 1–11; got 12/,
    ],
    [{ providers: { civey: { tcf: { vendorId: 12, purposes: '1' } } } }, /`providers.civey.tcf.purposes`/],
    [
      { providers: { civey: { tcf: { vendorId: 12, purposes: [1], special: [1] } } } },
      /`providers.civey.tcf.special` is unknown; allowed: vendorId, purposes/,
    ],
    [{ providers: { civey: { tcf: 12 } } }, /`providers.civey.tcf` must be an object/],
  ];
  for (const [options, message] of bad) {
    it(`rejects ${JSON.stringify(options)}`, () => {
      expect(() => resolveOptions(options as never)).toThrow(message);
    });
  }

  it('lists every problem, one line each: path, what is expected, what was given', () => {
    let error: OptionsError | undefined;
    try {
      resolveOptions({ locale: 'es', strict: 'yes', colour: 'red', labels: { de: { summaryTitle: '' } } } as never);
    } catch (caught) {
      error = caught as OptionsError;
    }
    expect(error).toBeInstanceOf(OptionsError);
    expect(error?.message.split('\n')).toEqual([
      'remark-newsroom: option `locale` must be one of "de", "de-CH", "en", "fr", "fr-CH", "it", "it-CH"; got "es"',
      'remark-newsroom: option `strict` must be true or false; got "yes"',
      'remark-newsroom: option `labels.de.summaryTitle` must be a non-empty string; got ""',
      `remark-newsroom: option \`colour\` is unknown; allowed: ${optionNames.join(', ')}; got "red"`,
    ]);
    expect(error?.problems).toHaveLength(4);
  });

  it('says what a near name was probably meant to be', () => {
    expect(() => resolveOptions({ locale: 'de_CH' as never })).toThrow(/got "de_CH"; did you mean "de-CH"\?/);
    expect(() => resolveOptions({ typograpy: true } as never)).toThrow(
      /`typograpy` is unknown.*did you mean `typography`\?/,
    );
    expect(() => resolveOptions({ labels: { en: { sumaryTitle: 'x' } } } as never)).toThrow(
      /did you mean `summaryTitle`\?/,
    );
    // The engine's rule for directive names: swapped letters are one edit.
    expect(() => resolveOptions({ lcoale: 'en' } as never)).toThrow(/did you mean `locale`\?/);
    // Short or distant words get none: a guess would mislead.
    expect(() => resolveOptions({ locale: 'es' as never })).not.toThrow(/did you mean/);
    expect(() => resolveOptions({ colour: 1 } as never)).not.toThrow(/did you mean/);
  });

  it('describes what was given by kind, never printing an object', () => {
    expect([undefined, null, 'x', 3, true, [], {}, () => 1].map(describeValue)).toEqual([
      'undefined',
      'null',
      '"x"',
      '3',
      'true',
      'an array',
      'an object',
      'a function',
    ]);
  });

  it('takes a value it resolved as it is; a copy or a value that crossed JSON is validated again', () => {
    const resolved = resolveOptions({ locale: 'en' });
    expect(isResolved(resolved)).toBe(true);
    expect(resolveOptions(resolved)).toBe(resolved);
    // A copy is not the resolved value: checked again, and a complete value passes the check.
    const copy = { ...resolved, strict: true };
    expect(isResolved(copy)).toBe(false);
    const again = resolveOptions(copy);
    expect(again).not.toBe(copy);
    expect(again).toEqual(copy);
    expect(isResolved(again)).toBe(true);
    const crossed = JSON.parse(JSON.stringify(resolved));
    expect(resolveOptions(crossed)).toEqual({ ...resolved, transformBlock: undefined });
    expect(() => resolveOptions({ ...crossed, locale: 'xx' })).toThrow(/option `locale`/);
    // User options are never taken for resolved ones.
    expect(isResolved({ locale: 'en' })).toBe(false);
  });

  it('a resolved value is a copy: resolving changes nothing it was given, and unified can merge it when the plugin is used twice', () => {
    const civey = { embedUrl: 'https://widget.civey.com/e/{id}' };
    const resolved = resolveOptions({ providers: { civey } });
    expect(resolved.providers.civey).not.toBe(civey);
    expect(resolved.labels.de).not.toBe(labels.de);
    (resolved.labels.de as { summaryTitle: string }).summaryTitle = 'changed';
    expect(labels.de.summaryTitle).not.toBe('changed');
    // unified deep-merges the options of a plugin used twice into the first value.
    const processor = unified().use(remarkNewsroom, resolved).use(remarkNewsroom, resolved);
    expect(() => processor.freeze()).not.toThrow();
  });

  it('the lists it checks against are written once: locales, labels, block names', () => {
    expect(optionsSchema.shape.locale.def.innerType).toBe(localeSchema);
    expect(localeSchema.options).toEqual([...locales]);
    expect(() => resolveOptions({ labels: { de: { [Object.keys(labels.de)[0] as string]: 'x' } } })).not.toThrow();
    expect(Object.keys(blocks).sort()).toEqual([...blockNames].sort());
  });

  it('fills defaults', () => {
    const resolved = resolveOptions();
    expect(resolved.locale).toBe('de');
    expect(resolved.strict).toBe(false);
    expect(resolved.typography).toBe(false);
    expect(Object.keys(resolved.providers)).toEqual(['civey', 'example']);
  });

  it('keeps a provider’s TCF vendor, and has none by default (Civey’s id is not public)', () => {
    expect(resolveOptions().providers.civey?.tcf).toBeUndefined();
    const tcf = { vendorId: 1234, purposes: [1, 7] };
    expect(resolveOptions({ providers: { civey: { tcf } } as never }).providers.civey).toMatchObject({
      name: 'Civey',
      tcf,
    });
  });

  it('overrides a fixed string for one locale', async () => {
    const { html } = await render(':::summary\n- a\n:::', {
      locale: 'en',
      labels: { en: { summaryTitle: 'Key points' } },
    });
    expect(html).toContain('>Key points</p>');
    const german = await render(':::summary\n- a\n:::', { labels: { en: { summaryTitle: 'Key points' } } });
    expect(german.html).toContain('>Die Lage im Überblick</p>');
  });

  it('registers a poll provider with its own URLs and texts', async () => {
    const { html, messages } = await render('::poll{provider="acme" id="7"}', {
      locale: 'en',
      providers: {
        acme: {
          name: 'Acme Polls',
          company: 'Acme Ltd',
          embedUrl: 'https://embed.acme.example/p/{id}',
          pollUrl: 'https://acme.example/p/{id}',
          privacyUrl: 'https://acme.example/privacy',
          methodology: { en: 'Acme weights answers.' },
        },
      },
    });
    expect(messages).toEqual([]);
    expect(html).toContain('data-provider="acme"');
    expect(html).toContain('data-embed-url="https://embed.acme.example/p/7"');
    expect(html).toContain('href="https://acme.example/privacy"');
    expect(html).toContain('A poll by Acme Polls appears here.');
    expect(html).toContain('<p class="nr-poll__methodology">Acme weights answers.</p>');
  });

  it('frontmatter locale beats the option', async () => {
    const { pipeline } = await import('./helpers.js');
    const processor = pipeline({ locale: 'de' });
    const file = await processor.process({ value: ':::summary\n- a\n:::', data: { frontmatter: { locale: 'en' } } });
    expect(String(file)).toContain('The situation at a glance');
  });
});

describe('locales', () => {
  it('de-CH fixed strings use Swiss orthography: no ß anywhere', async () => {
    const { labels } = await import('../src/locales.js');
    const { builtinProviders } = await import('../src/providers.js');
    const swiss = [...Object.values(labels['de-CH']), builtinProviders.civey?.methodology?.['de-CH'] ?? ''].join(' ');
    expect(swiss).not.toContain('ß');
    expect(swiss).toContain('fliessen');
  });

  it('every locale has every fixed string', async () => {
    const { labels } = await import('../src/locales.js');
    const keys = Object.keys(labels.de).sort();
    expect(Object.keys(labels['de-CH']).sort()).toEqual(keys);
    expect(Object.keys(labels.en).sort()).toEqual(keys);
  });
});

describe('headingIds', () => {
  it('auto: ids only where a summary from headings links to them', async () => {
    expect((await render('## Teil')).html).toBe('<h2>Teil</h2>');
    expect((await render('::summary{from="headings"}\n\n## Teil')).html).toContain('<h2 id="teil">Teil</h2>');
  });
  it('true: every heading; false: none', async () => {
    expect((await render('## Teil', { headingIds: true })).html).toBe('<h2 id="teil">Teil</h2>');
    expect((await render('::summary{from="headings"}\n\n## Teil', { headingIds: false })).html).toContain(
      '<h2>Teil</h2>',
    );
  });
  it('rejects anything else', () => {
    expect(() => resolveOptions({ headingIds: 'yes' as never })).toThrow(
      /option `headingIds` must be true, false or "auto"/,
    );
  });
});

describe('base', () => {
  it('puts root-relative links of blocks under the site base, and leaves every other link alone', async () => {
    const links = async (markdown: string, base?: string) => {
      const { html } = await render(markdown, base ? { base } : {});
      return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    };
    const markdown = [
      '::topic[A]{href="/themen/ukraine"}',
      '::topic[B]{href="/example/themen/ukraine"}',
      '::topic[C]{href="//cdn.example/x"}',
      '::topic[D]{href="https://example.com/x"}',
      '::topic[E]{href="#teil"}',
      '::topic[F]{href="themen/ukraine"}',
    ].join('\n\n');
    expect(await links(markdown, '/example/')).toEqual([
      '/example/themen/ukraine',
      '/example/themen/ukraine',
      '//cdn.example/x',
      'https://example.com/x',
      '#teil',
      'themen/ukraine',
    ]);
    expect(await links(markdown)).toEqual([
      '/themen/ukraine',
      '/example/themen/ukraine',
      '//cdn.example/x',
      'https://example.com/x',
      '#teil',
      'themen/ukraine',
    ]);
  });

  it('must be a path with slashes at both ends', () => {
    expect(() => resolveOptions({ base: 'example' })).toThrow('option `base` must be a path');
  });
});
