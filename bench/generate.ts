/**
 * A deterministic, seeded generator of realistic newsroom articles: 600–1,500
 * words of German or English prose with every block, colons in prose,
 * quotes and headings. Same seed, same corpus.
 */

/** mulberry32: small, fast, and the same on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const vocabulary = {
  de: 'Regierung Präsident Krieg Ukraine Moskau Besuch Zusammenarbeit Sicherheit Beobachter Angaben Lieferung Waffen Staaten Gipfel Partner Region Einsatz Verhandlungen Zentrum Rahmen Programm Pressekonferenz Sprecher Ministerium Entscheidung Woche Dienstag Mittwoch Abend Grenze Gebiet Truppen Offensive Vorteil Fragen Solidarität Unterstützung Bevölkerung Wirtschaft Sanktionen'.split(
    ' ',
  ),
  en: 'government president war Ukraine Moscow visit cooperation security observers reports delivery weapons states summit partners region use talks centre framework programme press conference spokesperson ministry decision week Tuesday Wednesday evening border territory troops offensive advantage questions solidarity support population economy sanctions'.split(
    ' ',
  ),
};
const fillers = {
  de: 'der die das und mit für auf nach bei von im am zum wegen seit noch auch nur aber dann weiter deutlich zuletzt'.split(
    ' ',
  ),
  en: 'the and with for on after at of in to by since also only but then further clearly recently'.split(' '),
};
const verbs = {
  de: ['sagte', 'betonte', 'berichtete', 'erklärte', 'schrieb'],
  en: ['said', 'stressed', 'reported', 'explained', 'wrote'],
};
const colonBits = [
  'um 10:30 Uhr',
  'es stand 3:2',
  'Leser:innen',
  'Tel.:030 1234',
  'localhost:8080',
  'am 2024-06-19T10:30:00Z',
];

export type Lang = 'de' | 'en';

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number, lang: Lang): string {
  const length = 8 + Math.floor(rand() * 14);
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(rand() < 0.45 ? pick(rand, vocabulary[lang]) : pick(rand, fillers[lang]));
  if (rand() < 0.2) parts.splice(2, 0, `"${pick(rand, vocabulary[lang])} ${pick(rand, vocabulary[lang])}"`);
  if (lang === 'de' && rand() < 0.15) parts.push(pick(rand, colonBits));
  if (rand() < 0.15) parts.push(`-- ${pick(rand, fillers[lang])}`);
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}, ${pick(rand, verbs[lang])} ${pick(rand, vocabulary[lang])}.`;
}

function paragraph(rand: () => number, lang: Lang): string {
  const count = 2 + Math.floor(rand() * 4);
  return Array.from({ length: count }, () => sentence(rand, lang)).join(' ');
}

export interface Article {
  slug: string;
  lang: Lang;
  markdown: string;
  words: number;
}

/** One article: frontmatter, summary, topic, sections, quotes, poll, correction, credit, trust. */
export function article(seed: number, index: number): Article {
  const rand = random(seed * 1_000_003 + index);
  const lang: Lang = rand() < 0.7 ? 'de' : 'en';
  const target = 600 + Math.floor(rand() * 900);
  const body: string[] = [];
  body.push(`::topic[${lang === 'de' ? 'Mehr News zum Thema' : 'More on this topic'}]{href="/themen/${index % 12}"}`);
  body.push(
    rand() < 0.3
      ? '::summary{from="headings"}'
      : `:::summary\n${Array.from({ length: 3 }, () => `- ${sentence(rand, lang)}`).join('\n')}\n:::`,
  );
  let words = 0;
  let section = 0;
  while (words < target) {
    if (words > 0 && rand() < 0.25)
      body.push(`## ${pick(rand, vocabulary[lang])} ${pick(rand, vocabulary[lang])} ${++section}`);
    const text = paragraph(rand, lang);
    words += text.split(/\s+/).length;
    body.push(text);
    const roll = rand();
    if (roll < 0.08)
      body.push(
        `:::quote{by="${pick(rand, ['Pat Ryder', 'Karine Jean-Pierre', 'Jens Stoltenberg'])}" role="${pick(rand, vocabulary[lang])}"}\n${sentence(rand, lang)}\n:::`,
      );
    else if (roll < 0.12)
      body.push(
        `> ${sentence(rand, lang)}\n>\n> — ${pick(rand, ['Wolodymyr Selenskyj', 'Antony Blinken'])}, ${pick(rand, vocabulary[lang])}`,
      );
  }
  if (section === 0) body.splice(2, 0, `## ${pick(rand, vocabulary[lang])} 1`);
  body.splice(
    Math.min(6, body.length),
    0,
    `::poll{id="bench-${index}" title="${sentence(rand, lang).replaceAll('"', '')}"}`,
  );
  body.push(`${sentence(rand, lang)} (:credit[dpa/${pick(rand, ['thp', 'ank', 'jm'])}])`);
  body.push(
    `:::correction{date="2024-06-${String(10 + (index % 19)).padStart(2, '0')}"}\n${sentence(rand, lang)}\n:::`,
  );
  body.push('::trust{badge="jti" href="/so-arbeitet-die-redaktion"}');
  const title = sentence(rand, lang).replace(/[".,:]/g, '');
  const markdown = `---\ntitle: "${title}"\nlocale: ${lang === 'de' ? 'de-CH' : 'en'}\n---\n\n${body.join('\n\n')}\n`;
  return { slug: `article-${String(index).padStart(4, '0')}`, lang, markdown, words };
}

/** An article's frontmatter block (with its fences) and its Markdown body. */
export function splitArticle(markdown: string): { frontmatter: string; body: string } {
  const [, frontmatter = '', body = markdown] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(markdown) ?? [];
  return { frontmatter, body };
}

/**
 * An article's prose alone: its paragraphs and headings, without a block
 * (directives, blockquotes, lists, and the sentence that carries the credit).
 */
export function proseOf(markdown: string): string[] {
  return splitArticle(markdown)
    .body.split('\n\n')
    .map((part) => part.trim())
    .filter((part) => part && !/^(?::|>|- )|:credit\[/.test(part));
}

export function corpus(count: number, seed = 8): Article[] {
  return Array.from({ length: count }, (_, index) => article(seed, index));
}
