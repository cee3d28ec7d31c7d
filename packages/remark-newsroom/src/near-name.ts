/**
 * "Did you mean": the name a typo was probably meant to be. One rule for the
 * engine (unknown directives) and the options (unknown keys, values).
 */
import damerauLevenshtein from 'damerau-levenshtein';

/**
 * Edits between two words, case-blind, by damerau-levenshtein (optimal string
 * alignment: insert, delete, substitute, swap two neighbours). Not
 * fastest-levenshtein or leven: they count a swap as two edits, so swaps in
 * `poll` (`::plol`) and swap-plus-one-edit misspellings such as `usmmry` lost
 * their suggestion (pinned in test/derived-text.test.ts).
 */
function distance(a: string, b: string): number {
  return damerauLevenshtein(a.toLowerCase(), b.toLowerCase()).steps;
}

/**
 * The name `given` was probably meant to be: the same letters in another
 * case, or one edit away (two for names of five letters or more). Short or
 * distant words are left alone, so prose such as `Hinweis:Text` never gets a
 * suggestion.
 */
export function nearName(given: string, names: Iterable<string>): string | undefined {
  if (given.length < 3 || given.length > 20) return undefined;
  let best: { name: string; edits: number } | undefined;
  for (const name of names) {
    const edits = distance(given, name);
    const allowed = Math.min(name.length, given.length) >= 5 ? 2 : 1;
    if (edits <= allowed && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
