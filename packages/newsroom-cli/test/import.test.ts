/** newsroom import: each element it recognises, where it must not fire, and that no sentence changes. */
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importArticle, textBlocks } from '../src/import.js';
import { htmlBlocks, ninjsBlocks, ninjsOptions, parseNinjs } from '../src/ninjs.js';
import { correctionOf, creditOf, isSubhead, isTrustBadgeLine, localeOf, quoteOf, topicOf } from '../src/recognize.js';

const source = readFileSync(new URL('../../../examples/news-site/import/putin-nordkorea.txt', import.meta.url), 'utf8');

/** The article as a reader gets it: frontmatter teaser plus the rendered body, as text. */
async function pageText(markdown: string): Promise<string> {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const data = parse(yaml) as { teaser?: string; locale?: 'de' | 'de-CH' | 'en' };
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkNewsroom, { locale: data.locale ?? 'de', typography: true })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(body),
  );
  const text = html
    // Blocks end in a space; inline markup joins its text (a credit in parentheses stays "(dpa/thp)").
    .replace(/<\/(?:p|li|h\d|figcaption|blockquote|section|aside|figure|div|ul)>|<br>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>');
  return `${data.teaser ?? ''} ${text}`.replace(/\s+/g, ' ');
}

/** Sentences of the source, with straight quotes as the locale's («…» in de-CH). */
function sentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .trim()
        .replace(/"([^"]*)"/g, '«$1»')
        .replace(/\s+/g, ' '),
    )
    .filter((p) => p && !isTrustBadgeLine(p))
    .flatMap((p) => p.split(/(?<=[.!?»])\s+(?=[A-ZÄÖÜ«(])/));
}

describe('recognising', () => {
  it('the topic line, and not a sentence that starts the same way', () => {
    expect(topicOf('Mehr News zum Krieg in der Ukraine')).toBeDefined();
    expect(topicOf('Mehr News zum Krieg in der Ukraine gibt es morgen.')).toBeUndefined();
    expect(topicOf('Mehr als 100 Menschen kamen')).toBeUndefined();
  });

  it('subheads, and not a short sentence without its period', () => {
    const next = 'Das letzte Mal war Putin im Jahr 2000 in Nordkorea, damals wurde er noch empfangen.';
    expect(isSubhead('Erstarkte Beziehung zwischen Russland und Nordkorea', next)).toBe(true);
    expect(isSubhead('Selenskyj: Ukraine hat neue Seite im Krieg aufgeschlagen', next)).toBe(true);
    // The last line of the copy, a line before another short line, a quote, one word, a long line.
    expect(isSubhead('Das klappt', undefined)).toBe(false);
    expect(isSubhead('Das klappt', 'Genauso')).toBe(false);
    expect(isSubhead('"Das klappt"', next)).toBe(false);
    expect(isSubhead('Update', next)).toBe(false);
    expect(
      isSubhead(
        'Russland hat vor mehr als zwei Jahren seinen Angriffskrieg gegen die Ukraine begonnen und ihn seither',
        next,
      ),
    ).toBe(false);
    expect(isSubhead('Die Lage bleibt unklar,', next)).toBe(false);
  });

  it('"Korrektur:" only where a paragraph starts with it', () => {
    expect(correctionOf('Korrektur: In einer früheren Version stand 2001.')).toBe(
      'In einer früheren Version stand 2001.',
    );
    expect(correctionOf('Die Korrektur: kein Wort davon.')).toBeUndefined();
    expect(correctionOf('Eine Korrektur des Kurses war nötig.')).toBeUndefined();
  });

  it('an agency credit at the end of a paragraph, and not any parenthesis', () => {
    expect(creditOf('… angekündigt. (dpa/thp)')).toEqual({ label: 'dpa/thp', index: 15 });
    expect(creditOf('Das meldete AFP. (AFP)')?.label).toBe('AFP');
    expect(creditOf('Das steht oben (siehe Grafik)')).toBeUndefined();
    expect(creditOf('Laut dpa (dpa/thp) war es so.')).toBeUndefined();
  });

  it('the JTI badge line as copied from a page', () => {
    expect(isTrustBadgeLine('JTI zertifiziert JTI zertifiziert')).toBe(true);
    expect(isTrustBadgeLine('Die Redaktion ist JTI zertifiziert.')).toBe(false);
  });

  it('the locale from the spelling', () => {
    expect(localeOf(source)).toBe('de-CH');
    expect(localeOf('Die US-Regierung ist in großer Sorge. Sie äußerte sich.')).toBe('de');
    expect(localeOf('Die Regierung ist besorgt und die Lage ist unklar.')).toBe('de');
    expect(localeOf('The government is worried and the situation is unclear.')).toBe('en');
  });

  it('a direct quote with its attribution, keeping every part of the clause', () => {
    const quote = quoteOf(
      'Die Regierung ist besorgt. "Die Zusammenarbeit sollte jeden beunruhigen", sagte der Sprecher des Ministeriums, Pat Ryder, in Washington.',
    );
    expect(quote).toEqual({
      before: 'Die Regierung ist besorgt.',
      quote: 'Die Zusammenarbeit sollte jeden beunruhigen',
      by: 'Pat Ryder',
      role: 'Sprecher des Ministeriums, in Washington',
    });
    // A partial quote inside a sentence, and speech whose speaker is named before it, stay prose.
    expect(quoteOf('Die Soldaten hätten - "eine Seite, die Putin widmen wollte", sagte Selenskyj.')).toBeUndefined();
    expect(quoteOf('Das sagte er. "Das klappt. Genauso wie erwartet."')).toBeUndefined();
  });
});

describe('the source article', () => {
  it('keeps every sentence, and finds every element', async () => {
    const result = importArticle(textBlocks(source), {
      title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
      published: '2024-06-18T22:30:00+02:00',
      modified: '2024-06-19T09:15:00+02:00',
      pollId: 'nordkorea-russland-beispiel',
    });
    const page = await pageText(result.markdown);
    let checked = 0;
    for (const sentence of sentences(source)) {
      // "Korrektur:" becomes the correction block's own label, before its date.
      expect(page, sentence).toContain(sentence.replace(/^Korrektur: /, ''));
      checked++;
    }
    expect(page).toMatch(/Korrektur 19\. Juni 2024 In einer früheren Version/);
    expect(checked).toBeGreaterThan(45);
    expect(result.problems).toEqual([]);
    for (const element of [
      'locale: de-CH',
      'teaser',
      'topic line',
      'subhead',
      'agency credit: dpa/thp',
      'correction of 2024-06-19',
      'trust badge',
      'poll: Civey nordkorea-russland-beispiel',
    ]) {
      expect(result.found.join('\n')).toContain(element);
    }
    expect(result.found.filter((line) => line.startsWith('subhead'))).toHaveLength(5);
    for (const block of [
      '::topic[',
      ':::correction{date="2024-06-19"}',
      ':::trust{badge="jti"',
      '::poll{provider="civey" id="nordkorea-russland-beispiel"}',
      '(:credit[dpa/thp])',
    ]) {
      expect(result.markdown).toContain(block);
    }
    // Without --quotes, speech stays prose.
    expect(result.markdown).not.toContain(':::quote');
  });

  it('with --quotes, the attributed quote becomes a block and its whole attribution stays visible', async () => {
    const result = importArticle(textBlocks(source), { quotes: true, title: 'T', published: '2024-06-18' });
    expect(result.markdown).toContain(
      ':::quote{by="Pat Ryder" role="Sprecher des US-Verteidigungsministeriums, in Washington"}',
    );
    const page = await pageText(result.markdown);
    for (const part of [
      'Pat Ryder',
      'Sprecher des US-Verteidigungsministeriums',
      'in Washington',
      'Die sich vertiefende Zusammenarbeit',
    ]) {
      expect(page).toContain(part);
    }
  });

  it('says what the editor still has to give', () => {
    const result = importArticle(textBlocks(source));
    expect(result.problems.join('\n')).toContain('--title');
    expect(result.problems.join('\n')).toContain('--published');
    expect(result.problems.join('\n')).toContain('--poll-id');
    expect(result.problems.join('\n')).toContain('--correction-date');
  });

  it('escapes what Markdown would read as syntax, and the page still reads as written', async () => {
    const tricky = 'Intro.\n\n1. Mai: *Sterne* und _Striche_ und <b>Tags</b> [Klammern] & mehr.\n\n# Kein Titel.';
    const result = importArticle(textBlocks(tricky), { title: 'T', published: '2024-06-18', locale: 'de' });
    const page = await pageText(result.markdown);
    expect(page).toContain('1. Mai: *Sterne* und _Striche_ und <b>Tags</b> [Klammern] & mehr.');
    expect(page).toContain('# Kein Titel.');
  });
});

describe('ninjs', () => {
  const item = parseNinjs(readFileSync(new URL('./fixtures/ninjs-item.json', import.meta.url), 'utf8'));

  it('takes headline, language, dates and credit from the item', () => {
    expect(ninjsOptions(item)).toMatchObject({
      title: 'Putin zu Staatsbesuch in Nordkorea eingetroffen',
      locale: 'de-CH',
      published: '2024-06-18T20:30:00Z',
      modified: '2024-06-19T07:15:00Z',
      credit: 'dpa/thp',
    });
  });

  it('converts body_html with rehype-remark: headings, links and emphasis kept', async () => {
    const blocks = htmlBlocks(item.body_html ?? '');
    expect(blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    const result = importArticle(ninjsBlocks(item), ninjsOptions(item));
    expect(result.markdown).toContain('[Wladimir Putin](https://example.org/putin)');
    expect(result.markdown).toContain('_Nordkorea_');
    expect(result.markdown).toContain('## Erstarkte Beziehung');
    expect(result.markdown).toContain(':::correction{date="2024-06-19"}');
    expect(result.markdown).toContain('credit: dpa/thp');
    const page = await pageText(result.markdown);
    expect(page).toContain('Um 10:30 Uhr landete er.');
  });

  it('refuses what is not ninjs, clearly', () => {
    expect(() => parseNinjs('{ not json')).toThrow(/not JSON/);
    expect(() => parseNinjs('[1]')).toThrow(/JSON object/);
    expect(() => parseNinjs('{"headline":"x"}')).toThrow(/no body_html or body_text/);
  });
});
