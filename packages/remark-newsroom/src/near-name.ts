/**
 * "Did you mean": the name a typo was probably meant to be. One rule for the
 * engine (unknown directives) and the options (unknown keys, values).
 */

/**
 * Edits between two words (optimal string alignment: insert, delete,
 * substitute, swap two neighbours), case-blind.
 *
 * Kept hand-written, measured: the well-kept packages (fastest-levenshtein,
 * leven) count Levenshtein edits, where swapped letters are two. Over every
 * one-edit misspelling of our names (2,503) they suggest the same, except
 * swaps in `poll` (`::plol`); over swap-plus-one-edit misspellings of the
 * names of five letters or more (487, e.g. `usmmry`), 242 lose their
 * suggestion (both are pinned in test/derived-text.test.ts). Speed does not
 * decide it: about 50 µs per unknown directive here, 3 µs with fastest-levenshtein.
 */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= y.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[x.length] as number[])[y.length] as number;
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
