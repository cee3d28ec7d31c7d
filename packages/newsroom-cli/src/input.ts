/**
 * The bytes of the copy as text, and what kind of copy it is. Binary files
 * and text in another encoding are refused with a clear line rather than
 * imported as garbage or with U+FFFD in place of letters.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** Bytes that are not UTF-8 (the one InputError that copy in a legacy encoding may get past). */
export class NotUtf8Error extends InputError {
  override name = 'NotUtf8Error';
}

/** One decoder for every file: a decode that is not streamed starts afresh, after an error too. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 text from bytes: a BOM dropped; NUL bytes, UTF-16 or invalid UTF-8 refused. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(`${name} is UTF-16 text; convert it to UTF-8 first (e.g. iconv -f UTF-16 -t UTF-8)`);
  }
  let nul = 0;
  for (let at = bytes.indexOf(0); at !== -1; at = bytes.indexOf(0, at + 1)) nul++;
  if (nul > 8 || nul * 100 > bytes.length) {
    throw new InputError(`${name} is a binary file (it has NUL bytes), not text, JSON or XML`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new NotUtf8Error(
      `${name} is not valid UTF-8 (byte ${at + 1} is 0x${(bytes[at] ?? 0).toString(16)}); convert it first, e.g. iconv -f ISO-8859-1 -t UTF-8`,
    );
  }
  return notBinary(text, name);
}

function notBinary(text: string, name: string): string {
  const controls = text.match(controlCharacters)?.length ?? 0;
  if (controls > 8 && controls > text.length / 100)
    throw new InputError(`${name} is a binary file, not text, JSON or XML`);
  return text;
}

const windows1252 = new TextDecoder('windows-1252');
/** Whether this runtime reads 0x80–0x9F as Windows-1252 does (€ „ “); some builds give C1 controls there, and then no guess. */
const readsWindows1252 = windows1252.decode(Uint8Array.of(0x80, 0x84, 0x93)) === '€„“';
/** A multi-byte UTF-8 sequence, read byte by byte (latin1 maps each byte to the code point of its value). */
const utf8Sequence = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

/**
 * Agency copy as text. Agencies still send Windows-1252 and ISO-8859-1
 * (Windows-1252 is a superset of the latter's printable characters): bytes
 * that are not UTF-8 and hold no UTF-8 sequence at all are read as
 * Windows-1252, and `legacy` says so. Bytes with both (a damaged or
 * twice-converted file) are still refused: guessing there would garble text.
 */
export function decodeCopy(bytes: Uint8Array, name: string): { text: string; legacy: boolean } {
  try {
    return { text: decodeText(bytes, name), legacy: false };
  } catch (error) {
    if (!(error instanceof NotUtf8Error) || !readsWindows1252) throw error;
    if (utf8Sequence.test(Buffer.from(bytes).toString('latin1'))) {
      const at = firstInvalidByte(bytes);
      // Converting the whole file would garble the characters that are UTF-8 already.
      throw new InputError(
        `${name} mixes UTF-8 with another encoding (byte ${at + 1} is 0x${(bytes[at] ?? 0).toString(16)}); re-type or re-encode the characters that are not UTF-8, not the whole file`,
      );
    }
    return { text: notBinary(windows1252.decode(bytes), name), legacy: true };
  }
}

/** Control characters other than tab and line breaks: they do not occur in copy, and browsers drop some of them inside URLs. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the list of them
export const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The text without control characters, and how many there were. */
export function withoutControls(text: string): { text: string; removed: number } {
  const removed = text.match(controlCharacters)?.length ?? 0;
  return { text: removed ? text.replace(controlCharacters, '') : text, removed };
}

/**
 * Where the first byte that is not UTF-8 is: the first replacement character the lenient decoder
 * writes that the input did not hold as EF BF BD. The text before it is valid UTF-8, so its length
 * in bytes is that byte's offset (the BOM kept, so it counts too).
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    const at = Buffer.byteLength(text.slice(0, index));
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at;
  }
  return 0;
}

export type Format = 'text' | 'ninjs' | 'newsml';

/** The input's format from what it starts with (or the file's extension), and why. */
export function detectFormat(text: string, path: string): { format: Format; why: string } {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) return { format: 'ninjs', why: 'a JSON object' };
  if (/\.json$/i.test(path)) return { format: 'ninjs', why: 'a .json file' };
  if (/^<\?xml|^<(?:\w+:)?(?:newsItem|newsMessage)\b/.test(start)) return { format: 'newsml', why: 'XML' };
  if (/\.xml$/i.test(path)) return { format: 'newsml', why: 'an .xml file' };
  return { format: 'text', why: 'neither JSON nor XML' };
}
