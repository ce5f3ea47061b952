/**
 * The bytes of an XML part as UTF-8, which is all the scanner (xml.ts) reads. Most writers use
 * UTF-8; a few Windows tools write UTF-16 (with a byte-order mark, or `<?xml` in 16-bit units as
 * XML's appendix F describes) or declare a single-byte code page. Excel reads them all.
 */

/** The encoding the part is written in, from its first bytes and its declaration; 'utf-8' for most. */
export function sniffEncoding(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  // An ASCII-compatible declaration; "UTF-16" there, with 8-bit bytes, is a mislabelled UTF-8 part.
  const label = declaredEncoding(b);
  return !label || /^utf-?(8|16)/i.test(label) ? 'utf-8' : label.toLowerCase();
}

/** The part re-encoded as UTF-8 (the same array when it already is). Throws on an unknown encoding. */
export function toUtf8(b: Uint8Array): Uint8Array {
  const enc = sniffEncoding(b);
  if (enc === 'utf-8') return b;
  let decoder;
  try {
    decoder = new TextDecoder(enc);
  } catch {
    throw new UnsupportedEncodingError(enc);
  }
  // TextDecoder drops a byte-order mark; the declaration left inside is never read again.
  const text = decoder.decode(b);
  return new TextEncoder().encode(decoder.encoding === 'windows-1252' ? fixC1(text) : text);
}

// windows-1252's 0x80–0x9F, which Node 20's TextDecoder decodes as Latin-1 control characters
// (browsers do not); the five bytes the code page leaves undefined stay as they are.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(s: string): string {
  return s.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}

export class UnsupportedEncodingError extends Error {
  constructor(readonly encoding: string) {
    super(`XML part in an unsupported encoding (${encoding})`);
    this.name = 'UnsupportedEncodingError';
  }
}

function declaredEncoding(b: Uint8Array): string | undefined {
  const start = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (b[start] !== 0x3c || b[start + 1] !== 0x3f) return undefined;
  let head = '';
  for (let i = start; i < Math.min(b.length, start + 200); i++) {
    head += String.fromCharCode(b[i]);
    if (b[i] === 0x3e) break;
  }
  return /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
}
