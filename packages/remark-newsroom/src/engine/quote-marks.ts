import { quoteMarkCharacters } from './typography.js';

const startsWithMark = new RegExp(`^\\s*[${quoteMarkCharacters}]`);

/**
 * Whether the engine adds the quote marks: not when the quote's text starts
 * with a mark (the author placed them, even if the text goes on after the
 * closing one: `„A“, sagte er, „B.“`), and only around paragraphs. Text is
 * never moved: the marks go at the start of the first paragraph and the end
 * of the last one. `firstText` is the text of the first body block.
 */
export function quoteAddsMarks(children: readonly unknown[], firstText: string): boolean {
  if (startsWithMark.test(firstText)) return false;
  const first = children[0];
  const last = children.at(-1);
  if (typeof first === 'string') return true; // rendered HTML (the component path), checked there
  return isParagraph(first) && isParagraph(last);
}

/** Children are mdast nodes here, or HTML strings on the component path. */
function isParagraph(node: unknown): boolean {
  return typeof node === 'object' && node !== null && 'type' in node && node.type === 'paragraph';
}
