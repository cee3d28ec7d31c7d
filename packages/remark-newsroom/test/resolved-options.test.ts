/**
 * Options are validated unless this package resolved that very value: a copy
 * of a resolved value, one with a symbol added by hand or one changed after the
 * fact is refused with one line per problem — on both front ends, with no
 * TypeError and no stack for the user to read.
 */
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkNewsroom from '../src/index.js';
import { resolveOptions, withOptions } from '../src/options.js';
import satteriNewsroom, { newsroomMdastPlugin } from '../src/satteri.js';
import { renderSatteri, renderUnified } from './processors.js';

const resolved = resolveOptions({});
const civey = resolved.providers.civey as NonNullable<typeof resolved.providers.civey>;
const poll = '::poll{id="123" title="Frage?"}';

/** Hostile look-alikes of resolved options, each with the one line it must be refused with. */
const hostile: [string, () => unknown, string][] = [
  ['a spread copy with a bad locale', () => ({ ...resolved, locale: 'xx' }), 'option `locale` must be one of'],
  [
    'a spread copy with a javascript: embedUrl',
    () => ({
      ...resolved,
      providers: { ...resolved.providers, civey: { ...civey, embedUrl: 'javascript:alert(1)//{id}' } },
    }),
    'option `providers.civey.embedUrl` must be an https:// URL; got "javascript:alert(1)//{id}"',
  ],
  [
    'the old registered mark added by hand',
    () => ({
      ...JSON.parse(JSON.stringify(resolved)),
      locale: 'xx',
      [Symbol.for('remark-newsroom.resolved-options')]: true,
    }),
    'option `locale` must be one of',
  ],
  ['a copy with an unknown option', () => ({ ...resolved, colour: 'red' }), 'option `colour` is unknown'],
];

/** The error a front end throws, as the user sees it: its name and its message's lines. */
function refusal(run: () => unknown): { name: string; lines: string[] } {
  try {
    run();
  } catch (error) {
    return { name: (error as Error).name, lines: (error as Error).message.split('\n') };
  }
  throw new Error('not refused');
}

describe('look-alikes of resolved options are validated and refused with one clear line', () => {
  const frontEnds: [string, (options: never) => unknown][] = [
    ['resolveOptions', (options) => resolveOptions(options)],
    ['the unified plugin', (options) => unified().use(remarkNewsroom, options).freeze()],
    ['the Sätteri plugin', (options) => satteriNewsroom(options)],
    ['the Sätteri host plugin (newsroomMdastPlugin)', (options) => newsroomMdastPlugin(options)],
  ];
  for (const [frontEnd, run] of frontEnds) {
    it.each(hostile)(`${frontEnd}: %s`, (_name, value, line) => {
      const { name, lines } = refusal(() => run(value() as never));
      expect(name).toBe('OptionsError');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`remark-newsroom: ${line}`);
      expect(lines[0]).not.toMatch(/TypeError|\bat .*:\d+/);
    });
  }

  it('a refused embedUrl never reaches the HTML; the resolved one does, on both processors', async () => {
    for (const render of [renderUnified, renderSatteri]) {
      const { html } = await render(poll, resolved as never);
      expect(html).toContain('data-embed-url="https://widget.civey.com/embed/123"');
      await expect((async () => render(poll, hostile[1]?.[1]() as never))()).rejects.toThrow(
        /must be an https:\/\/ URL/,
      );
    }
  });

  it('a JSON copy of a complete value is accepted and renders as the value itself', async () => {
    const crossed = JSON.parse(JSON.stringify(resolveOptions({ locale: 'en' })));
    const plugin = newsroomMdastPlugin(crossed);
    const fromCopy = await markdownToHtml(poll, { features: { directive: true }, mdastPlugins: [plugin] });
    expect(fromCopy.html).toBe((await renderSatteri(poll, { locale: 'en' })).html);
  });
});

describe('withOptions: a resolved value with some options changed, the changes validated', () => {
  it('changes what it is given and keeps the rest', () => {
    const changed = withOptions(resolved, { strict: true, unknownDirectives: 'keep' });
    expect(changed).toEqual({ ...resolved, strict: true, unknownDirectives: 'keep' });
    // Resolved: taken as it is.
    expect(resolveOptions(changed)).toBe(changed);
    expect(resolved.strict).toBe(false);
  });

  it('refuses a wrong change, and a change of a merged option, with one line each', () => {
    expect(refusal(() => withOptions(resolved, { locale: 'xx' as never })).lines).toEqual([
      expect.stringMatching(/^remark-newsroom: option `locale` must be one of/),
    ]);
    expect(refusal(() => withOptions(resolved, { providers: {} } as never)).lines).toEqual([
      'remark-newsroom: option `providers` is merged with the built-in values; pass it to resolveOptions instead',
    ]);
  });

  it('validates options it did not resolve', () => {
    expect(() => withOptions({ ...resolved, locale: 'xx' } as never, { strict: true })).toThrow(/option `locale`/);
    expect(withOptions({ locale: 'en' }, { strict: true })).toMatchObject({ locale: 'en', strict: true });
  });
});

describe("a poll's provider sentences follow the options they are made from", () => {
  const poll = '::poll[Frage?]{id="123"}';
  it('a label or provider name changed in place on resolved options reaches the next poll', async () => {
    const settings = resolveOptions({});
    const first = await renderUnified(poll, settings);
    expect(first.html).toContain('Civey');
    (settings.labels.de as { pollRevoke: string }).pollRevoke = 'Einwilligung zurückziehen';
    (settings.providers.civey as { name: string }).name = 'Civey Umfragen';
    const second = await renderUnified(poll, settings);
    expect(second.html).toContain('Einwilligung zurückziehen');
    expect(second.html).toContain('Civey Umfragen');
  });

  it('two sites with their own labels each get their own sentences', async () => {
    const one = resolveOptions({ labels: { de: { pollRevoke: 'Erste Seite widerrufen' } } });
    const two = resolveOptions({ labels: { de: { pollRevoke: 'Zweite Seite widerrufen' } } });
    for (const [settings, text] of [
      [one, 'Erste Seite widerrufen'],
      [two, 'Zweite Seite widerrufen'],
      [one, 'Erste Seite widerrufen'],
    ] as const) {
      const { html } = await renderSatteri(poll, settings);
      expect(html).toContain(text);
    }
  });
});
