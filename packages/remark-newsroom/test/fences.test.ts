/**
 * A fence line that could close several open containers: micromark gives it
 * to the outermost, Sätteri to the innermost. Diagnostics, strict mode and
 * restored fences follow the author's fences the same way on both.
 */
import { expect, it, vi } from 'vitest';
import { htmlText } from './helpers.js';
import { describeEachProcessor } from './processors.js';

const cases: [string, string, { line: number; ruleId: string }[]][] = [
  [
    'a longer fence closes the outer block',
    '::::summary\n:::quote{by="A"}\nText\n::::\n',
    [{ line: 2, ruleId: 'unclosed-container' }],
  ],
  [
    'an equal fence closes the outer block',
    ':::summary\n:::quote{by="A"}\nText\n:::\n',
    [{ line: 2, ruleId: 'unclosed-container' }],
  ],
  [
    'a fence closes the middle of three',
    ':::::summary\n::::quote{by="A"}\n:::correction{date="2024-06-19"}\nText\n::::\n:::::\n',
    [{ line: 3, ruleId: 'unclosed-container' }],
  ],
  ['each fence its own block', '::::summary\n:::quote{by="A"}\nText\n:::\n::::\n', []],
  [
    'inside a foreign container',
    '::::note\n:::quote{by="A"}\nText\n::::\n',
    [{ line: 2, ruleId: 'unclosed-container' }],
  ],
];

describeEachProcessor('fences', (render) => {
  for (const [name, markdown, expected] of cases) {
    it(name, async () => {
      const { messages } = await render(markdown);
      expect(messages.map(({ line, ruleId }) => ({ line, ruleId }))).toEqual(expected);
    });
  }

  it('strict fails on a block left open inside another', async () => {
    await expect(render('::::summary\n:::quote{by="A"}\nText\n::::\n', { strict: true })).rejects.toThrow(
      /quote is never closed/,
    );
  });

  it('inside blockquotes a fence line carries the quote markers: it closes the container, and a foreign one shows it', async () => {
    for (const quote of ['> ', '> > ', '>']) {
      const ours = await render(`${quote}:::quote{by="A"}\n${quote}Text.\n${quote}:::\n`, { strict: true });
      expect(ours.messages, quote).toEqual([]);
      expect(ours.html, quote).toContain('data-nr="quote"');
      const foreign = await render(`${quote}:::warning\n${quote}Um 10:30 Uhr.\n${quote}:::\n`);
      expect(htmlText(foreign.html).replace(/\s+/g, ' ').trim(), quote).toBe(':::warning Um 10:30 Uhr. :::');
    }
    // Still unclosed: the blockquote ends before any fence.
    const open = await render('> :::quote{by="A"}\n> Text.\n\nDanach.\n');
    expect(open.messages.map((m) => m.ruleId)).toEqual(['unclosed-container']);
    // A fence inside a blockquote of the container's content is not the container's.
    const inner = await render(':::warning\n> :::\n');
    expect(htmlText(inner.html).replace(/\s+/g, ' ').trim()).toBe(':::warning :::');
  });

  it('an unclosed foreign container does not show the fence that closed the outer block', async () => {
    const { html } = await render('::::summary\n:::box\nText\n::::\n');
    expect(html).toContain('<p>:::box</p><p>Text</p></section>');
  });

  it.each(
    [
      '::topic[Mehr: 10:30]{href="javascript:alert(1)"}\n',
      'Siehe :topic[Mehr: "x" -- 10:30]{href="/x"} da.\n',
      '::poll[Frage 3:2 "ja" -- nein]{provider="nope" id="1"}\n',
    ].flatMap((markdown) => [true, false].map((typography) => [markdown, typography] as const)),
  )('a block shown as written has nothing inside it edited: %s (typography %s)', async (markdown, typography) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { html } = await render(markdown, { typography });
    const warnings = [...warn.mock.calls];
    warn.mockRestore();
    expect(warnings).toEqual([]);
    const directive = /:{1,2}\w+\[[^\]]*\]\{[^}]*\}/.exec(markdown)?.[0] as string;
    expect(htmlText(html)).toContain(directive);
  });
});
