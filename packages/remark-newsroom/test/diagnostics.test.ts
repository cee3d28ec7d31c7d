/** Diagnostics: positioned vfile messages, strict mode, nothing lost. */
import { describe, expect, it } from 'vitest';
import { problemCount, StrictModeError } from '../src/engine/document.js';
import { htmlText, pipeline, render } from './helpers.js';

async function messagesOf(markdown: string) {
  const { messages } = await render(markdown);
  return messages.map((m) => ({
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    source: m.source,
    reason: m.reason,
  }));
}

describe('diagnostics', () => {
  const cases: [string, string, string, number, number][] = [
    ['missing required attribute', 'Text.\n\n::poll{title="Frage?"}', 'missing-attribute', 3, 1],
    ['missing quote speaker', ':::quote\nText\n:::', 'missing-attribute', 1, 1],
    ['invalid date', 'A\n\n:::correction{date="19.06.2024"}\nText\n:::', 'invalid-date', 3, 1],
    ['impossible date', ':::correction{date="2024-02-30"}\nText\n:::', 'invalid-date', 1, 1],
    ['refused URL', '::topic[X]{href="javascript:x"}', 'invalid-url', 1, 1],
    ['unknown provider', '::poll{id="1" provider="acme"}', 'unknown-provider', 1, 1],
    ['unknown badge', '::trust{badge="gold"}', 'unknown-badge', 1, 1],
    ['unknown attribute', 'x\n\n  ::topic[X]{href="/a" colour="red"}', 'unknown-attribute', 3, 3],
    ['unclosed container', 'A\n\nB\n\n:::summary\n- eins', 'unclosed-container', 5, 1],
    [
      'summary from headings without ## headings',
      '::summary{from="headings"}\n\n### Nur h3',
      'summary-without-headings',
      1,
      1,
    ],
    ['wrong directive kind', 'Text :quote[x] hier', 'wrong-directive-kind', 1, 6],
    ['credit without label', 'Text :credit hier', 'missing-label', 1, 6],
    ['invalid enumerated value', '::summary{from="body"}', 'invalid-attribute', 1, 1],
    ['update without time', 'A\n\n:::update\nText\n:::', 'missing-attribute', 3, 1],
    ['update time without offset', ':::update{time="2024-06-19T09:15"}\nText\n:::', 'invalid-time', 1, 1],
    [
      'two updates at the same minute',
      ':::update{time="2024-06-19T09:15+02:00"}\nA\n:::\n\n:::update{time="2024-06-19T07:15Z"}\nB\n:::',
      'duplicate-update-time',
      5,
      1,
    ],
    ['summary of the latest updates without updates', '::summary{latest="3"}', 'summary-without-updates', 1, 1],
  ];
  for (const [name, markdown, ruleId, line, column] of cases) {
    it(name, async () => {
      const messages = await messagesOf(markdown);
      expect(messages).toContainEqual(expect.objectContaining({ ruleId, line, column, source: 'remark-newsroom' }));
    });
  }

  it('names the problem in plain words', async () => {
    const [message] = await messagesOf('::poll{title="x"}');
    expect(message?.reason).toBe('poll is missing id');
  });

  it('a block with a problem keeps the author’s content', async () => {
    const { html } = await render(':::correction{date="gestern"}\nDer Name war falsch.\n:::');
    expect(htmlText(html)).toContain('Der Name war falsch.');
    const poll = await render('::poll{title="Frage?"}');
    expect(htmlText(poll.html)).toBe('::poll{title="Frage?"}');
    const unclosed = await render(':::quote{by="A"}\nZitat ohne Ende');
    expect(htmlText(unclosed.html)).toContain('Zitat ohne Ende');
  });

  it('a clean article has no messages', async () => {
    const messages = await messagesOf(':::summary\n- a\n:::\n\n## Teil\n\n::summary{from="headings"}');
    expect(messages).toEqual([]);
  });

  it('strict: fails and lists every problem with its place', async () => {
    const markdown = '::poll{title="x"}\n\n::topic[X]{href="javascript:x"}\n\n:::correction{date="bad"}\nT\n:::';
    const error = await pipeline({ strict: true })
      .process({ path: 'artikel.md', value: markdown })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(StrictModeError);
    const text = String((error as Error).message);
    expect(text).toContain('3 problems in artikel.md');
    expect(text).toContain('artikel.md:1:1  poll is missing id  [missing-attribute]');
    expect(text).toContain('artikel.md:3:1');
    expect(text).toContain('artikel.md:5:1');
  });

  it("counts problems in one way, for this error and astro-newsroom's", () => {
    expect([0, 1, 2, 12].map(problemCount)).toEqual(['0 problems', '1 problem', '2 problems', '12 problems']);
    expect(new StrictModeError([{ ruleId: 'unknown-block', message: 'x' }] as never).message).toMatch(/: 1 problem\n/);
  });

  it('strict passes a clean document', async () => {
    const file = await pipeline({ strict: true }).process('::topic[X]{href="/x"}');
    expect(String(file)).toContain('data-nr="topic"');
  });
});

describe('summary ids', () => {
  it('come from the content: stable, and distinct for different summaries on one page', async () => {
    const one = await render(':::summary\n- Eins\n:::');
    const again = await render('Davor.\n\n:::summary\n- Eins\n:::');
    const id = /id="(nr-summary-[a-z0-9]+)"/.exec(one.html)?.[1];
    expect(id).toBeTruthy();
    expect(again.html).toContain(`id="${id}"`);
    const two = await render(':::summary\n- Eins\n:::\n\n:::summary\n- Eins\n:::\n\n:::summary\n- Zwei\n:::');
    const ids = [...two.html.matchAll(/ id="(nr-summary-[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(3);
  });
});
