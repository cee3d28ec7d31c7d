/**
 * Which URLs from the copy may stay links: http(s), mailto, relative (on the
 * same host: not `//host`) and fragments. The URL is read as a browser reads it (WHATWG URL parsing:
 * leading control characters and spaces dropped, tabs and newlines removed,
 * the scheme case-folded), so `JaVaScRiPt:`, ` javascript:`, `java\tscript:`
 * and `javascript://%0a…` are all seen as what they are. Character references
 * are already decoded by the HTML or XML parser.
 */
const allowed = new Set(['http:', 'https:', 'mailto:']);
const base = 'https://copy.invalid/';

export function isSafeUrl(value: string): boolean {
  // A scheme spelled with percent escapes ("%6A%61…script:") is a relative path to a browser, but not to every
  // tool that handles the page later: the decoded form must be safe too.
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {}
  return isSafeAsWritten(value) && (decoded === value || isSafeAsWritten(decoded));
}

function isSafeAsWritten(value: string): boolean {
  // A protocol-relative or backslash URL ("//host", "\\host", "/\\host") leaves the site: not relative in the sense meant here.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these before reading the URL
  if (/^[\\/][\\/]/.test(value.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) return false;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return false;
  }
  return allowed.has(url.protocol);
}
