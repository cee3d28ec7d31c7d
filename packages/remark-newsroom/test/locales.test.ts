import { describe, expect, it } from 'vitest';
import { isLocale, locales } from '../src/locales.js';

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
