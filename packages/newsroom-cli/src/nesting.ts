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

/** Elements that end a line of text: flattened, their text is set apart by a space so sentences do not run together. */
export const blockNames = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'pre',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl1',
  'hl2',
  'bq',
  'block',
  'credit',
  'tagline',
  'body.content',
  'body.end',
]);
