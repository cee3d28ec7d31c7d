import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { format, isLocale, locales } from '../src/locales.js';

describe('isLocale', () => {
  it('holds for every locale we ship', () => {
    expect(locales.length).toBeGreaterThan(3);
    for (const locale of locales) expect(isLocale(locale), locale).toBe(true);
  });

  it('refuses what is not one: other tags, other cases, names every object has, other types', () => {
    for (const value of [
      'xx',
      'DE',
      'de-ch',
      'de_CH',
      '',
      '__proto__',
      'toString',
      'constructor',
      1,
      null,
      undefined,
      ['de'],
    ]) {
      expect(isLocale(value), String(value)).toBe(false);
    }
  });
});

describe('format', () => {
  /** What `format` did before it searched with `indexOf`: the reference it must agree with. */
  const byRegExp = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

  it('fills known placeholders and leaves the rest as written, as the regular expression did', () => {
    const piece = fc.constantFrom('{name}', '{id}', '{', '}', '{}', '{na me}', '{a{name}', 'x', ' ', '{{id}}', 'ä');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.string(), (pieces, value) => {
        const template = pieces.join('');
        const values = { name: value, id: 'ID' };
        expect(format(template, values)).toBe(byRegExp(template, values));
      }),
      { numRuns: 2000 },
    );
    expect(format('Abstimmung {name}: {unknown}', { name: 'Opinary' })).toBe('Abstimmung Opinary: {unknown}');
  });
});
