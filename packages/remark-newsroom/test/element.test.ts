/**
 * `element()` (engine/element.ts) stands in for hastscript's `h` in the
 * blocks. It must build the very trees `h` builds: over generated tag names,
 * property maps in the shapes the blocks use and children (fast-check,
 * seeded), and for every element of every fixture's rendered tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { type ElementChild, element } from '../src/engine/element.js';
import { renderTree } from './helpers.js';

const seed = 20261130;
const token = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const text = fc.string({ maxLength: 12 });

/** Properties as the blocks write them: hast's camelCase names and value types. */
const properties = fc.record(
  {
    className: fc.array(token, { minLength: 1, maxLength: 4 }),
    id: token,
    href: fc.constantFrom('https://example.org/a?b=1&c=2', '#quote-1', '/themen/x', 'mailto:a@example.org'),
    src: fc.constantFrom('https://example.org/x.png', '/x.svg'),
    alt: text,
    title: text,
    lang: fc.constantFrom('de-CH', 'fr', 'en'),
    role: fc.constantFrom('note', 'status', 'group'),
    type: fc.constantFrom('button', 'checkbox'),
    cite: fc.constantFrom('https://example.org/', '#x'),
    dateTime: fc.constantFrom('2026-11-30T10:30:00+01:00', '2026-11-30'),
    hidden: fc.boolean(),
    checked: fc.boolean(),
    width: fc.integer({ min: 1, max: 4000 }),
    height: fc.integer({ min: 1, max: 4000 }),
    ariaLevel: fc.integer({ min: 1, max: 6 }),
    ariaLabel: text,
    ariaHidden: fc.constantFrom('true', 'false'),
    ariaLabelledBy: fc.array(token, { minLength: 1, maxLength: 3 }),
    dataNr: fc.constantFrom('quote', 'summary', 'poll', 'correction'),
    dataNrPollStage: token,
    dataNrPollLoad: fc.constant(''),
  },
  { requiredKeys: [] },
);
const tagName = fc.constantFrom(
  'p',
  'a',
  'span',
  'time',
  'li',
  'ul',
  'figure',
  'figcaption',
  'blockquote',
  'cite',
  'aside',
  'header',
  'div',
  'button',
  'label',
  'input',
  'img',
  'noscript',
  'strong',
);
const children = fc.array(
  fc.oneof(
    text,
    tagName.map((name): ElementChild => ({ type: 'element', tagName: name, properties: {}, children: [] })),
  ),
  { maxLength: 4 },
);

describe('element() builds what hastscript h builds', () => {
  it('over generated tags, properties and children', () => {
    fc.assert(
      fc.property(tagName, properties, children, (name, props, kids) => {
        expect(element(name, props, kids)).toEqual(h(name, props, kids));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('the comparison sees a property in another shape than h gives it', () => {
    const spaced: Record<string, string> = { className: 'a b' };
    expect(element('p', spaced)).not.toEqual(h('p', spaced));
  });

  it('leaves out undefined properties, as h does', () => {
    const built = element('a', { href: '/x', title: undefined }, ['x']);
    expect(built).toEqual(h('a', { href: '/x', title: undefined }, ['x']));
    expect(Object.keys(built.properties)).toEqual(['href']);
  });

  it('every element of every fixture, rebuilt by h, is the same element', async () => {
    const folder = new URL('./fixtures/', import.meta.url);
    const sources = readdirSync(folder).filter((file) => file.endsWith('.md'));
    expect(sources.length).toBeGreaterThan(10);
    let compared = 0;
    let blocks = 0;
    const differences: string[] = [];
    const visit = (node: Nodes, file: string) => {
      if (node.type === 'element') {
        const { position: _position, ...own } = node as Element & { position?: unknown };
        const kids = own.children.map((child) => {
          const { position: _p, ...rest } = child as typeof child & { position?: unknown };
          return rest as ElementChild;
        });
        const rebuilt = h(own.tagName, own.properties, kids);
        if (JSON.stringify(rebuilt) !== JSON.stringify({ ...own, children: kids }))
          differences.push(`${file}: <${own.tagName}> ${JSON.stringify(own.properties)}`);
        compared++;
        if ('dataNr' in own.properties) blocks++;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes, file);
    };
    for (const file of sources) visit(await renderTree(readFileSync(new URL(file, folder), 'utf8')), file);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    expect(blocks).toBeGreaterThanOrEqual(sources.length);
  });
});
