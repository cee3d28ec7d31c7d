/**
 * Whether the by-hand control prints our markup on the on-demand server: the
 * article's HTML (the page's `.article-body`) of an article with blocks and
 * of its by-hand copy, byte for byte. The rest of the page differs where it
 * must (the slug in the canonical URL) and in the JSON-LD fields the record
 * of our blocks drives (corrections, credit, dateModified), which a raw-HTML
 * body cannot give the page: the control emits less there, not more.
 */
import { withBlocks } from './scale-store.ts';

/** The article body's HTML of a server page (examples/news-server's `[slug].astro`). */
export function articleBody(page: string): string | undefined {
  return /<div class="article-body"[^>]*>([\s\S]*)<\/div>\s*<\/article>/.exec(page)?.[1];
}

/** `undefined` when both pages hold the same article body, else one line saying where they part. */
export function markupDifference(ours: string, control: string): string | undefined {
  const [a, b] = [articleBody(ours), articleBody(control)];
  if (a === undefined || b === undefined) return 'a page has no article body';
  if (a === b) return undefined;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  const from = Math.max(0, at - 60);
  return `from character ${at}: ours ${JSON.stringify(a.slice(from, at + 120))}, by hand ${JSON.stringify(b.slice(from, at + 120))}`;
}

/**
 * A control is a control only if it prints our markup: the first `articles`
 * articles with blocks and their by-hand copies (`control` names them).
 */
export async function checkByHand(url: string, articles: number, control: (index: number) => string): Promise<void> {
  const page = async (slug: string) => (await fetch(`${url}/artikel/${slug}/?check`)).text();
  for (let i = 0; i < articles; i++) {
    const difference = markupDifference(await page(withBlocks(i)), await page(control(i)));
    if (difference) {
      throw new Error(`on demand: ${control(i)} does not print the article HTML of ${withBlocks(i)}, ${difference}`);
    }
  }
}
