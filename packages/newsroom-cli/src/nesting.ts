/**
 * How deep the copy's own markup may nest. Agency bodies nest a few levels
 * (section, blockquote, list in list); hostile ones nest thousands, which
 * would overflow the stack of the recursive tree converters. Elements deeper
 * than this are read as their content (text and empty elements kept, in
 * order), so nothing is lost and nothing crashes; the import says so.
 */
export const maxNesting = 48;

export const flattenedWarning = (count: number) =>
  `${count} element${count === 1 ? '' : 's'} nested deeper than ${maxNesting} levels read as their text`;
