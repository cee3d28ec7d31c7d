/** Schemes an author may link to. Everything else (javascript:, data:, vbscript:, …) is refused. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/**
 * True for http(s) and mailto URLs, relative URLs and fragments. Control
 * characters and whitespace are stripped first, as browsers do, so
 * `java\tscript:` is caught too.
 */
export function isSafeUrl(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside schemes
  const url = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (url === '') return false;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url);
  if (!scheme) return true;
  return allowedSchemes.has(scheme[0].toLowerCase());
}
