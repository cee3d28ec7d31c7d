/** Every attribute is hostile: escaped, or refused with a diagnostic. */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { toMdast } from '../src/engine/to-mdast.js';
import { isSafeUrl } from '../src/engine/url.js';
import { renderTree } from './helpers.js';
import { describeEachProcessor, renderSatteri } from './processors.js';

describe('URL schemes', () => {
  const refused = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '\u0000javascript:alert(1)',
  ];
  const allowed = [
    'https://example.com',
    'http://example.com/a?b=c',
    'mailto:a@example.com',
    '/themen/ukraine',
    'seite.html',
    '#abschnitt',
    '?q=1',
    '//example.com/x',
  ];
  for (const url of refused) it(`refuses ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).toBe(false));
  for (const url of allowed) it(`allows ${JSON.stringify(url)}`, () => expect(isSafeUrl(url)).toBe(true));
});

describeEachProcessor('hostile attributes', (render) => {
  for (const [block, markdown] of [
    ['topic', '::topic[Link]{href="javascript:alert(1)"}'],
    ['quote', ':::quote{by="A" href="data:text/html,x"}\nText\n:::'],
    ['trust', '::trust{badge="jti" href="vbscript:x"}'],
  ] as const) {
    it(`${block}: a refused URL is reported and never rendered`, async () => {
      const { html, messages } = await render(markdown);
      expect(messages.map((m) => m.ruleId)).toContain('invalid-url');
      const tree = fromHtml(html, { fragment: true });
      for (const element of selectAll('[href], [cite]', tree)) {
        const url = String(element.properties.href ?? element.properties.cite);
        expect(isSafeUrl(url)).toBe(true);
      }
    });
  }

  it('a topic whose only link is refused keeps its source text', async () => {
    const { html } = await render('::topic[Link]{href="javascript:alert(1)"}');
    expect(html).toBe('<p>::topic[Link]{href="javascript:alert(1)"}</p>\n');
  });

  const evil = '"><script>alert(1)</script><x y="';
  it('quote attributes are escaped', async () => {
    const tree = await renderTree(`:::quote{by='${evil}' role='${evil}' source='${evil}'}\nText\n:::`);
    expect(selectAll('script', tree)).toHaveLength(0);
    const { html } = await render(`:::quote{by='${evil}' role='${evil}' source='${evil}'}\nText\n:::`);
    expect(html).not.toContain('<script>');
    const parsed = fromHtml(html, { fragment: true });
    expect(selectAll('script, x', parsed)).toHaveLength(0);
    expect(select('.nr-quote__by', parsed)?.children).toEqual([
      { type: 'text', value: evil, position: expect.anything() },
    ]);
  });

  it('poll title is escaped in attributes and text', async () => {
    const { html } = await render(`::poll{id='12345' title='${evil}'}`);
    // Parsed back as a browser would: no script element, the values intact as data.
    const tree = fromHtml(html, { fragment: true });
    expect(selectAll('script, x', tree)).toHaveLength(0);
    expect(select('figcaption', tree)?.children).toEqual([{ type: 'text', value: evil, position: expect.anything() }]);
  });

  it('a poll id that is not one plain path segment is reported and embeds nothing', async () => {
    for (const id of [evil, '..', '.', ' ..', 'a/b', '../x', 'a\\b', 'a b', 'a\u0001b']) {
      const { html, messages } = await render(`::poll{id='${id}' title="Frage?"}`);
      expect(messages.map((m) => m.ruleId)).toEqual(['invalid-attribute']);
      const tree = fromHtml(html, { fragment: true });
      expect(selectAll('[data-embed-url], script, x', tree)).toHaveLength(0);
    }
  });

  it('a poll id is URL-encoded where it becomes part of a URL', async () => {
    const { html, messages } = await render(`::poll{id='a?b#c%ä' title="Frage?"}`);
    expect(messages).toEqual([]);
    const figure = select('figure', fromHtml(html, { fragment: true }));
    expect(figure?.properties.dataEmbedUrl).toBe('https://widget.civey.com/embed/a%3Fb%23c%25%C3%A4');
  });

  it('event-handler text stays text', async () => {
    const { html, messages } = await render('::trust{badge="jti" href="/x" onmouseover="alert(1)"}');
    expect(html).not.toContain('onmouseover=');
    expect(messages.map((m) => m.ruleId)).toEqual(['unknown-attribute']);
  });

  it('a credit label with markup renders as text', async () => {
    const { html } = await render('Quelle :credit[<em onclick=x>dpa</em>]');
    expect(html).not.toContain('<em onclick');
  });
});

/**
 * More nodes in one place than a JavaScript call takes arguments (about
 * 125,000 on Node's default stack): nothing may spread them into
 * `push(...)`. A block's slot is turned into mdast on both processors; a
 * container given back inside another given-back container goes through
 * the Sätteri adapter's expansion (unified renders the same document, but
 * at this size takes tens of seconds, so only Sätteri runs it here).
 */
describe('more nodes in one place than a call takes arguments', () => {
  const count = 150_000;
  it("a block's slot of that many nodes becomes mdast, every node in order", () => {
    const content = Array.from({ length: count }, (_, index) => ({ type: 'text' as const, value: `t${index}` }));
    const out = toMdast([{ type: 'newsroomSlot', content }]);
    expect(out).toHaveLength(count);
    expect(out[count - 1]).toBe(content[count - 1]);
  });

  it('Sätteri: an unknown container of that many paragraphs inside another renders every one, in order', async () => {
    const paragraphs = Array.from({ length: count }, (_, index) => `p${index}`).join('\n\n');
    const { html } = await renderSatteri(`::::aussen\n:::kasten\n${paragraphs}\n:::\n::::`);
    const found = html.match(/<p>p\d+<\/p>/g) ?? [];
    expect(found).toHaveLength(count);
    expect(found[count - 1]).toBe(`<p>p${count - 1}</p>`);
  }, 60_000);
});
