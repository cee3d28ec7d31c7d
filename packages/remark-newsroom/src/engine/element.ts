import type { Element, ElementContent, Properties } from 'hast';

/** A child as blocks write it: hast content (slots included), or a string for a text node. */
export type ElementChild = ElementContent | string;

/**
 * A hast element, built directly. Properties are given as hast holds them
 * (camelCase names, `className` and `aria-labelledby` as lists, numbers for
 * `aria-level`, `width`, `height`), so nothing is looked up or parsed per
 * call, as `hastscript` would; `undefined` values are left out, as it does.
 * Measured (docs, Performance, "Per block: steps tried"): `h` and
 * property-information's lookups were about 8 % of the dense article's
 * profile and are gone; with the update-time step, Sätteri's dense article
 * went from 114 to 107 µs per block; the peer corpus moved within noise.
 * test/element.test.ts holds it to building the trees `h` builds.
 */
export function element(
  tagName: string,
  properties: Readonly<Properties> = {},
  children: readonly ElementChild[] = [],
): Element {
  const defined: Properties = {};
  for (const key in properties) {
    const value = properties[key];
    if (value !== undefined) defined[key] = value;
  }
  return {
    type: 'element',
    tagName,
    properties: defined,
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}
