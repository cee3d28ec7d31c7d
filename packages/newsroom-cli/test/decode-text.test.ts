/**
 * decodeText, which `newsroom check` and `newsroom import` read every file
 * with: one decoder serves every file, so a file after an invalid one decodes
 * afresh; NUL bytes are counted against the file's size.
 */
import { describe, expect, it, vi } from 'vitest';
import { decodeCopy, decodeText, InputError } from '../src/input.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes the next file afresh after an invalid one', () => {
    const invalid = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]);
    expect(() => decodeText(invalid, 'latin1.md')).toThrow(/latin1\.md is not valid UTF-8 \(byte 3 is 0xfc\)/);
    // A truncated sequence at the end would be carried into the next decode if the decoder streamed.
    expect(() => decodeText(new Uint8Array([0x61, 0xc3]), 'cut.md')).toThrow(InputError);
    expect(decodeText(utf8('Grüße – „Zitat“'), 'gut.md')).toBe('Grüße – „Zitat“');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('mit BOM')]), 'bom.md')).toBe('mit BOM');
  });

  it('refuses a file with more than eight NUL bytes, or more than one in a hundred', () => {
    const text = (nul: number, size: number) => {
      const bytes = new Uint8Array(size).fill(0x61);
      for (let at = 0; at < nul; at++) bytes[at * 7] = 0;
      return bytes;
    };
    expect(decodeText(text(8, 1000), 'acht.md')).toHaveLength(1000);
    expect(() => decodeText(text(9, 1000), 'neun.md')).toThrow(/neun\.md is a binary file/);
    expect(() => decodeText(text(2, 150), 'klein.md')).toThrow(/klein\.md is a binary file/);
    expect(decodeText(text(1, 150), 'eins.md')).toHaveLength(150);
  });

  it('guesses no Windows-1252 on a runtime that reads 0x80–0x9F as control characters: the file is refused', async () => {
    const Real = TextDecoder;
    // As some Node builds do: ISO-8859-1 proper, where Windows-1252 has € „ “.
    class C1Decoder extends Real {
      override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
        if (this.encoding === 'windows-1252' && input instanceof Uint8Array)
          return String.fromCharCode(...input.subarray(0, 64));
        return super.decode(input, options);
      }
    }
    vi.stubGlobal('TextDecoder', C1Decoder);
    vi.resetModules();
    try {
      const fresh = await import('../src/input.js');
      expect(() => fresh.decodeCopy(new Uint8Array([0x47, 0x72, 0xfc, 0x84, 0x6a, 0x61, 0x93]), 'alt.txt')).toThrow(
        /alt\.txt is not valid UTF-8/,
      );
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });

  it('decodeCopy reads copy with no UTF-8 in it as Windows-1252, and refuses a mix', () => {
    const latin1 = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x84, 0x6a, 0x61, 0x93, 0x20, 0x80]);
    expect(decodeCopy(latin1, 'alt.txt')).toEqual({ text: 'Grüße „ja“ €', legacy: true });
    expect(decodeCopy(utf8('Grüße'), 'neu.txt')).toEqual({ text: 'Grüße', legacy: false });
    // c3 bc is a UTF-8 "ü"; fc after it a Latin-1 one: neither reading is right.
    const mixed = new Uint8Array([0x47, 0x72, 0xc3, 0xbc, 0xdf, 0x65, 0x20, 0xfc]);
    expect(() => decodeCopy(mixed, 'mix.txt')).toThrow(
      /^mix\.txt mixes UTF-8 with another encoding \(byte 5 is 0xdf\)/,
    );
    // The byte named is the first that is not UTF-8, also after many that are (a search by halving missed it),
    // and after a BOM.
    const long = new Uint8Array([...utf8('Grüße aus Zürich, ä ö ü. '.repeat(20)), 0x35, 0xa0, ...utf8('Euro')]);
    expect(() => decodeCopy(long, 'lang.txt')).toThrow(`(byte ${long.length - 4} is 0xa0)`);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x47, 0x72, 0xfc, 0xdf, 0x65]);
    expect(() => decodeCopy(bom, 'bom.txt')).toThrow(/^bom\.txt mixes UTF-8 with another encoding \(byte 6 is 0xfc\)/);
    expect(() => decodeText(new Uint8Array([...utf8('\uFFFD echt '), 0xfc]), 'ersatz.md')).toThrow('(byte 10 is 0xfc)');
    expect(() => decodeCopy(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u16.txt')).toThrow(/UTF-16/);
  });
});
