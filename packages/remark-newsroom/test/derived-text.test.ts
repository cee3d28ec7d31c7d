/**
 * Author text shown in another form (summary links, heading ids, quote
 * attributions, labels) reads exactly as the prose does, on both processors:
 * restored colons, the same typography, code untouched. Also the input edges:
 * byte-order mark, CRLF, NUL, deep nesting.
 */
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as hastToString } from 'hast-util-to-string';
import { expect, it } from 'vitest';
import { maxNesting } from '../src/engine/steps/collect.js';
import { htmlText } from './helpers.js';
import { describeEachProcessor } from './processors.js';

const tree = (html: string) => fromHtml(html, { fragment: true });
const text = (html: string, selector: string) => {
  const node = select(selector, tree(html));
  return node ? hastToString(node) : undefined;
};

describeEachProcessor('derived text', (render) => {
  it('a summary from headings lists colon text as written, and the id keeps the digits', async () => {
    const { html, messages } = await render('::summary{from="headings"}\n\n## Zahlen: 2:1 und **10:30** Uhr\n\nText.');
    expect(messages).toEqual([]);
    expect(text(html, '.nr-summary__list a')).toBe('Zahlen: 2:1 und 10:30 Uhr');
    expect(select('.nr-summary__list a', tree(html))?.properties.href).toBe('#zahlen-21-und-1030-uhr');
    expect(select('h2#zahlen-21-und-1030-uhr', tree(html))).toBeDefined();
    expect(text(html, 'h2#zahlen-21-und-1030-uhr')).toBe('Zahlen: 2:1 und 10:30 Uhr');
  });

  for (const [line, by, role] of [
    ['— Anna, 10:30 Uhr', 'Anna', '10:30 Uhr'],
    ['— Anna, Tel.:030', 'Anna', 'Tel.:030'],
    ['— Leser:innen-Vertreterin, Rolle', 'Leser:innen-Vertreterin', 'Rolle'],
    ['-- Pat Ryder, Sprecher: USA', 'Pat Ryder', 'Sprecher: USA'],
  ] as const) {
    it(`the attribution ${JSON.stringify(line)} keeps its colon text`, async () => {
      const { html, record } = await render(`> Das Zitat.\n>\n> ${line}`);
      expect(text(html, '.nr-quote__by')).toBe(by);
      expect(text(html, '.nr-quote__role')).toBe(role);
      expect(record?.quotes[0]).toMatchObject({ by, role });
    });
  }

  it('typography in derived text leaves code alone, as in the heading itself', async () => {
    const markdown = '::summary{from="headings"}\n\n## Die "Flagge" `--x` weht\n\nText.';
    const { html } = await render(markdown, { typography: true, locale: 'de' });
    expect(text(html, '.nr-summary__list a')).toBe('Die „Flagge“ --x weht');
    expect(select('.nr-summary__list a', tree(html))?.properties.href).toBe('#die-flagge---x-weht');
    expect(text(html, 'h2#die-flagge---x-weht')).toBe('Die „Flagge“ --x weht');
  });

  it('labels a block has no use for stay on the page and are reported', async () => {
    const quote = await render(':::quote[Pat Ryder im Interview]{by="Pat Ryder"}\nText.\n:::');
    expect(htmlText(quote.html)).toContain('Pat Ryder im Interview');
    expect(quote.messages.map((m) => m.ruleId)).toEqual(['unused-label']);
    const trust = await render('::trust[Unsere Standards]{badge="jti"}');
    expect(htmlText(trust.html)).toContain('Unsere Standards');
    expect(trust.messages.map((m) => m.ruleId)).toEqual(['unused-label']);
    // A label the block uses is not reported.
    const used = await render('::trust[Unsere Standards]{badge="jti" href="/standards"}');
    expect(used.messages).toEqual([]);
    expect(text(used.html, '.nr-trust__link')).toBe('Unsere Standards');
  });
});

describeEachProcessor('input edges', (render) => {
  it('a byte-order mark shifts nothing: restored text is exact, strict stays silent', async () => {
    const line = 'Um 10:30 Uhr sprachen Leser:innen mit :abbr[HTML]{title="x"}.';
    const { html, messages } = await render(`\uFEFF${line}`, { strict: true });
    expect(htmlText(html).trim()).toBe(line);
    expect(messages).toEqual([]);
  });

  it('after a byte-order mark, an unknown container keeps its fence lines', async () => {
    const { html } = await render('\uFEFF:::note[Titel]\nInhalt\n:::');
    expect(html).toBe('<p>:::note[Titel]</p>\n<p>Inhalt</p>\n<p>:::</p>\n');
  });

  it('a byte-order mark leaves diagnostic positions as the editor shows them', async () => {
    const { messages } = await render('\uFEFFText.\n\n::poll{title="x"}');
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'missing-attribute', line: 3, column: 1 })]);
  });

  it('CRLF line ends: fences and restored text exact, positions right', async () => {
    const { html, messages } = await render(
      'Um 10:30 Uhr.\r\n\r\n:::note\r\nInhalt\r\n:::\r\n\r\n::poll{title="x"}\r\n',
    );
    expect(html).toContain('<p>Um 10:30 Uhr.</p>');
    expect(html).toContain('<p>:::note</p>\n<p>Inhalt</p>\n<p>:::</p>');
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'missing-attribute', line: 7, column: 1 })]);
  });

  it('a restored directive never puts NUL into the HTML', async () => {
    const { html } = await render('Ein :abbr[a\0b]{title="x\0"} und ::x[\0]\n\n::y{a="\0"}');
    expect(html).not.toContain('\0');
    expect(htmlText(html)).toContain(':abbr[a\uFFFDb]{title="x\uFFFD"}');
  });

  /** Containers nested the documented way: each fence longer than the one inside it. */
  const nested = (depth: number) => {
    const fences = Array.from({ length: depth }, (_, index) => ':'.repeat(3 + depth - index));
    return `${fences.map((fence) => `${fence}quote{by="A"}\n`).join('')}Innen.\n${fences.reverse().join('\n')}\n`;
  };

  it(`containers nest ${maxNesting} deep; deeper ones are reported and shown as written`, async () => {
    const markdown = nested(100);
    const { html, messages } = await render(markdown);
    expect(selectAll('figure[data-nr="quote"]', tree(html))).toHaveLength(maxNesting);
    expect(messages.map((m) => m.ruleId)).toEqual(['nesting-too-deep']);
    expect(htmlText(html)).toContain('Innen.');
    expect(messages[0]?.line).toBe(maxNesting + 1);
  }, 60_000);

  // micromark needs seconds for hundreds of ever longer fences; equal ones are quick.
  it('600 containers with equal fences (which the parsers close differently) do not crash', async () => {
    const markdown = `${':::quote{by="A"}\n'.repeat(600)}Innen.\n${':::\n'.repeat(600)}`;
    const { html, messages } = await render(markdown);
    expect(messages.map((m) => m.ruleId)).toContain('nesting-too-deep');
    expect(htmlText(html)).toContain('Innen.');
  }, 60_000);

  it(`${maxNesting} nested containers render without a diagnostic`, async () => {
    const markdown = nested(maxNesting);
    const { html, messages } = await render(markdown);
    expect(messages).toEqual([]);
    expect(selectAll('figure[data-nr="quote"]', tree(html))).toHaveLength(maxNesting);
  });
});

describeEachProcessor('did you mean', (render) => {
  for (const [markdown, expected] of [
    [':::sumary\n- Punkt\n:::', '`:::summary`'],
    [':::Summary\n- Punkt\n:::', '`:::summary`'],
    ['::Poll{id="1"}', '`::poll`'],
    ['::pol{id="1"}', '`::poll`'],
    [':::qoute{by="A"}\nText\n:::', '`:::quote`'],
    ['Quelle :Credit[dpa]', '`:credit`'],
    ['::tpoic[Mehr]{href="/x"}', '`::topic`'],
    // A swap is one edit (optimal string alignment), not two as in Levenshtein.
    ['::plol{id="1"}', '`::poll`'],
    [':::usmmry\n- Punkt\n:::', '`:::summary`'],
  ] as const) {
    it(`${JSON.stringify(markdown)} suggests ${expected}, keeps the text, fails strict`, async () => {
      const { html, messages } = await render(markdown);
      expect(messages).toEqual([
        expect.objectContaining({ ruleId: 'unknown-block', line: 1, message: expect.stringContaining(expected) }),
      ]);
      expect(htmlText(html)).toContain(markdown.split('\n')[0]?.replace(/^Quelle /, ''));
      await expect(renderStrict(render, markdown)).rejects.toThrow(/unknown-block/);
    });
  }

  it('names far from ours, and prose, get no suggestion', async () => {
    for (const markdown of [
      ':::note\nText\n:::',
      '::video{src="x"}',
      'Hinweis:Text und :Poll ohne Label',
      'Um 10:30 Uhr',
      ':::pollution\nx\n:::',
    ]) {
      expect((await render(markdown)).messages).toEqual([]);
    }
  });
});

async function renderStrict(render: Parameters<Parameters<typeof describeEachProcessor>[1]>[0], markdown: string) {
  return render(markdown, { strict: true });
}
