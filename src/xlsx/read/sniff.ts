/**
 * Tells what a file is from its first bytes, before exceljs sees it, so the user gets
 * "password-protected" or "not an Excel file" instead of a zip library's error.
 */

export type FileKind = 'zip' | 'ole-encrypted' | 'ole-xls' | 'ole' | 'empty' | 'other';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/**
 * exceljs's writeBuffer gives a Buffer (a Uint8Array) or an ArrayBuffer. The result owns its whole
 * ArrayBuffer, so a caller may transfer it to another thread without detaching a shared pool.
 */
export function asBytes(out: unknown): Uint8Array {
  if (out instanceof Uint8Array) {
    const whole = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength && out.buffer instanceof ArrayBuffer;
    return whole ? new Uint8Array(out.buffer, 0, out.byteLength) : out.slice();
  }
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new TypeError('exceljs returned no bytes');
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE)) {
    // An encrypted .xlsx is an OLE container with an "EncryptedPackage" stream; an old .xls has "Workbook" or "Book".
    if (containsUtf16(bytes, 'EncryptedPackage')) return 'ole-encrypted';
    if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'ole-xls';
    return 'ole';
  }
  // Local file header, or an empty archive's end-of-central-directory record.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)) return 'zip';
  return 'other';
}

/** True when the zip names the workbook part, also in the `xl\workbook.xml` spelling some Windows tools write. */
export function zipHasWorkbook(bytes: Uint8Array): boolean {
  return zipHasEntry(bytes, 'xl/workbook.xml') || zipHasEntry(bytes, 'xl\\workbook.xml');
}

/** True when the zip's central directory names `name` (entry names are stored uncompressed). */
export function zipHasEntry(bytes: Uint8Array, name: string): boolean {
  return indexOf(bytes, ascii(name)) >= 0;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function containsUtf16(bytes: Uint8Array, s: string): boolean {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return indexOf(bytes, out) >= 0;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const n = needle.length;
  if (n === 0) return 0;
  const first = needle[0];
  const last = hay.length - n;
  outer: for (let i = 0; i <= last; i++) {
    if (hay[i] !== first) continue;
    for (let j = 1; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
