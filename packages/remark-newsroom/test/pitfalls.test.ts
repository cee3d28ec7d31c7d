/**
 * Prose that the directive syntax misreads must come out exactly as written:
 * the HTML's text equals the source text.
 */
import { describe, expect, it } from 'vitest';
import { htmlText } from './helpers.js';
import { describeEachProcessor } from './processors.js';

const prose = [
  'Um 10:30 Uhr begann das Treffen.',
  'Das Spiel endete 3:2 für die Gäste.',
  'Liebe Leser:innen, willkommen.',
  'Tel.:030 123 45 67',
  'Der Server läuft auf localhost:8080 und 127.0.0.1:3000.',
  'Zeitstempel 2024-06-19T10:30:00Z und 2024-06-19T10:30:00+02:00.',
  'Hinweis:Text ohne Leerzeichen.',
  'Ein :abbr[HTML]{title="x"} ist kein Block.',
  'Eine :unknown Direktive mitten im Satz.',
  'Verhältnis 1:1, Massstab 1:25000, Uhrzeit 23:59:59.',
  'Bibelstelle Joh 3:16 und Psalm 23:1-4.',
  'Emoji :smile: und :+1: bleiben.',
  'Adresse mailto:redaktion@example.com ohne Link.',
  'Mit Attributen :x{a="1" b=\'2\' #id .klasse} im Text.',
  'Leere :x[] und :y{} Marken.',
  'Doppelpunkt am Ende:',
  ':Anfang mit Doppelpunkt.',
];

const blocks = ['::unknown[Label]{a="1"}', '::video{src="https://example.com/v.mp4"}', '::nr'];

describeEachProcessor('pitfall corpus: prose with colons', (render) => {
  for (const line of prose) {
    it(JSON.stringify(line), async () => {
      const { html, messages } = await render(line);
      expect(htmlText(html).trim()).toBe(line);
      expect(messages).toEqual([]);
    });
  }

  it('an escaped colon renders as a colon, as in CommonMark', async () => {
    const { html } = await render('Ein \\:escape.');
    expect(htmlText(html).trim()).toBe('Ein :escape.');
  });

  it('keeps the text when typography is on, too', async () => {
    for (const line of prose.filter((l) => !/["']/.test(l))) {
      const { html } = await render(line, { typography: true });
      expect(htmlText(html).trim()).toBe(line);
    }
  });
});

describeEachProcessor('pitfall corpus: directives that are not ours', (render) => {
  for (const line of blocks) {
    it(`leaf ${line}`, async () => {
      const { html } = await render(`Davor.\n\n${line}\n\nDanach.`);
      expect(html).toContain(`<p>${line.replaceAll('"', '"')}</p>`);
      expect(htmlText(html)).toBe(`Davor.\n${line}\nDanach.\n`);
    });
  }

  it('an unknown container keeps its fences and renders its content as Markdown', async () => {
    const { html } = await render(':::note[Titel]{.wichtig}\nInhalt *kursiv*\n:::');
    expect(html).toBe('<p>:::note[Titel]{.wichtig}</p>\n<p>Inhalt <em>kursiv</em></p>\n<p>:::</p>\n');
  });

  it('an unclosed unknown container keeps its opening fence and content', async () => {
    const { html } = await render(':::aside\nBis zum Ende.');
    expect(htmlText(html)).toBe(':::aside\nBis zum Ende.\n');
  });

  it('nested unknown containers around one of ours', async () => {
    const { html } = await render('::::outer\n:::correction{date="2024-06-19"}\nFalsch.\n:::\n::::');
    expect(html.startsWith('<p>::::outer</p>')).toBe(true);
    expect(html).toContain('data-nr="correction"');
    expect(html.trim().endsWith('<p>::::</p>')).toBe(true);
  });

  it('a text directive with nested Markdown in its label comes back as source', async () => {
    const { html } = await render('Siehe :ref[**fett** und `code`]{id=3} hier.');
    expect(htmlText(html)).toBe('Siehe :ref[**fett** und `code`]{id=3} hier.\n');
  });

  it('raw HTML inside a label or attribute is text, never markup', async () => {
    const { html } = await render('::topic[<b>Fett</b> <img src=x onerror=alert(1)>]{href="/x"}');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<img');
    expect(htmlText(html)).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('unknownDirectives: keep, then remarkNewsroomRestore last', () => {
  it('leaves foreign directives for another plugin, and restores what nobody claimed', async () => {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { default: remarkRehype } = await import('remark-rehype');
    const { default: rehypeStringify } = await import('rehype-stringify');
    const { default: remarkNewsroom, remarkNewsroomRestore } = await import('../src/index.js');
    // A stand-in for Starlight's asides: claims `:::note` after remark-newsroom ran.
    const remarkNote = () => (root: unknown) => {
      const tree = root as { children: { type: string; name?: string; data?: object }[] };
      for (const node of tree.children) {
        if (node.type === 'containerDirective' && node.name === 'note')
          node.data = { hName: 'aside', hProperties: { className: ['note'] } };
      }
    };
    const file = await unified()
      .use(remarkParse)
      .use(remarkNewsroom, { unknownDirectives: 'keep' })
      .use(remarkNote)
      .use(remarkNewsroomRestore)
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(':::note\nHinweis\n:::\n\n::topic[T]{href="/t"}\n\nLeser:innen und ::other{a=1}');
    const html = String(file);
    expect(html).toContain('<aside class="note"><p>Hinweis</p></aside>');
    expect(html).toContain('data-nr="topic"');
    expect(htmlText(html)).toContain('Leser:innen und ::other{a=1}');
  });
});

describeEachProcessor('quote from a plain blockquote', (render) => {
  for (const dash of ['—', '--', '–']) {
    for (const typography of [false, true]) {
      it(`"${dash}" attribution line (typography ${typography})`, async () => {
        const { html } = await render(`> Das klappt.\n>\n> ${dash} Wolodymyr Selenskyj, Präsident der Ukraine`, {
          typography,
        });
        expect(html).toContain('data-nr="quote"');
        expect(html).toContain('<span class="nr-quote__by">Wolodymyr Selenskyj</span>');
        expect(html).toContain('<span class="nr-quote__role">Präsident der Ukraine</span>');
      });
    }
  }

  it('a blockquote without an attribution line stays a blockquote', async () => {
    const { html } = await render('> Nur ein Zitat.\n>\n> Zweiter Absatz.');
    expect(html).toBe('<blockquote>\n<p>Nur ein Zitat.</p>\n<p>Zweiter Absatz.</p>\n</blockquote>\n');
  });
});
