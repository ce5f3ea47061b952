/**
 * Where each entry's data lies in a zip, read from the central directory, so that a part can be
 * inflated by the platform's own zlib where there is one (Node: native code, about 2.5 times
 * fflate's speed on a sheet part). fflate stays the reader of record (names, sizes, anything odd):
 * this is only a faster way to the same bytes, and every doubt falls back to it.
 */

export interface ZipEntry {
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The central directory's entries in order, or null when it cannot be read plainly. */
export function centralDirectory(b: Uint8Array): ZipEntry[] | null {
  try {
    return readDirectory(b);
  } catch {
    return null; // a field pointing outside the file: fflate decides what the package is
  }
}

function readDirectory(b: Uint8Array): ZipEntry[] | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end record is in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
  let eocd = -1;
  for (let p = b.length - 22; p >= Math.max(0, b.length - 22 - 65535); p--) {
    if (dv.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== ZIP64_LOCATOR) return null;
    const z = Number(dv.getBigUint64(loc + 8, true));
    if (z < 0 || z + 56 > b.length || dv.getUint32(z, true) !== ZIP64_EOCD) return null;
    count = Number(dv.getBigUint64(z + 32, true));
    offset = Number(dv.getBigUint64(z + 48, true));
  }
  const out: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== CENTRAL) return null;
    const method = dv.getUint16(p + 10, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let localOffset = dv.getUint32(p + 42, true);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      // The zip64 extra field holds, in this order, only the fields that overflowed.
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      let found = false;
      while (e + 4 <= end) {
        const id = dv.getUint16(e, true);
        const len = dv.getUint16(e + 2, true);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = Number(dv.getBigUint64(q, true));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(dv.getBigUint64(q, true));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(dv.getBigUint64(q, true));
          found = true;
          break;
        }
        e += 4 + len;
      }
      if (!found) return null;
    }
    out.push({ method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The entry's stored (compressed) bytes, or null when its local header does not check out. */
export function storedData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  const p = e.localOffset;
  if (p + 30 > b.length) return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (dv.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + dv.getUint16(p + 26, true) + dv.getUint16(p + 28, true);
  if (start + e.compressedSize > b.length) return null;
  return b.subarray(start, start + e.compressedSize);
}

/** Raw inflate (no zlib header) into at most `size` bytes; throws when the data is bad or larger. */
export type RawInflate = (data: Uint8Array, size: number) => Uint8Array;

/** The same, asynchronous: a browser's DecompressionStream. */
export type AsyncRawInflate = (data: Uint8Array, size: number) => Promise<Uint8Array>;

interface Decompressor {
  readable: ReadableStream<Uint8Array>;
  writable: WritableStream<Uint8Array>;
}

/**
 * The browser's native raw inflate (DecompressionStream 'deflate-raw': Chromium 103+, Safari 16.4+,
 * Firefox 113+), written straight into a buffer of the declared size; undefined where there is none.
 */
export function streamInflate(): AsyncRawInflate | undefined {
  const DS = (globalThis as { DecompressionStream?: new (format: string) => Decompressor }).DecompressionStream;
  if (typeof DS !== 'function' || typeof Blob !== 'function') return undefined;
  try {
    new DS('deflate-raw');
  } catch {
    return undefined; // an older engine knows only 'deflate' and 'gzip'
  }
  return async (data, size) => {
    // Blob copies the bytes: the caller's view of the package stays as it is.
    const stream = new Blob([data as unknown as ArrayBuffer]).stream().pipeThrough(new DS('deflate-raw'));
    const out = new Uint8Array(size);
    let at = 0;
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (at + value.length > size) throw new Error('the part inflates to more than its declared size');
        out.set(value, at);
        at += value.length;
      }
    } finally {
      reader.releaseLock();
    }
    if (at !== size) throw new Error('the part inflates to less than its declared size');
    return out;
  };
}

interface NodeZlib {
  inflateRawSync(data: Uint8Array, options: { maxOutputLength: number; chunkSize: number }): Uint8Array;
}

/** The platform's native raw inflate: Node's zlib (through process.getBuiltinModule, Node ≥ 20.16); none in a browser. */
export function nativeInflate(): RawInflate | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const zlib = proc?.getBuiltinModule?.('node:zlib') as NodeZlib | undefined;
  if (!zlib?.inflateRawSync) return undefined;
  // One output chunk of the declared size: zlib's default 16 KiB chunks are joined at the end,
  // holding the part twice for a moment. (The caller has checked the size against its limit.)
  return (data, size) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size) });
}
