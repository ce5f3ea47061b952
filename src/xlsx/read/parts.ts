/**
 * The parts of a zipped package by name, as OPC readers look them up: without a leading '/',
 * letter case ignored, and with '\' read as '/' (some Windows tools write `xl\workbook.xml`; the
 * zip spec forbids it, Excel opens it). Each part comes out as UTF-8 bytes (encoding.ts).
 *
 * fflate reads the zip: its central directory once (nothing inflated), then each part inflated
 * when asked for, straight into a buffer of the size the directory declares. The caller checks
 * those sizes before inflating (ooxml.ts refuses a package declaring more XML than it reads), and
 * no part is inflated whose declared size is over the caller's limit. CRCs are not checked (as
 * Excel, which opens a package with a wrong CRC).
 */
import { unzipSync } from 'fflate';
import { toUtf8 } from './encoding';
import { centralDirectory, nativeInflate, storedData, streamInflate, type AsyncRawInflate, type RawInflate, type ZipEntry } from './zip';

export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

interface Entry {
  /** Position in the central directory. */
  index: number;
  name: string;
  size: number;
  /** Where the data lies, when the central directory read plainly and agrees with fflate's. */
  at?: ZipEntry;
}

/** A single part is larger than the reader's limit: refused before it is inflated. */
export class PartTooLargeError extends Error {
  constructor(
    readonly part: string,
    readonly bytes: number,
  ) {
    super(`part ${part} declares ${bytes} bytes`);
    this.name = 'PartTooLargeError';
  }
}

export class Parts {
  private readonly byName = new Map<string, Entry>();
  private readonly byKey = new Map<string, Entry>();

  constructor(
    private readonly bytes: Uint8Array,
    /** No part declaring more than this is inflated. */
    private readonly maxPartBytes = Infinity,
    /** A faster raw inflate than fflate's (Node's zlib), when the platform has one. */
    private readonly inflate: RawInflate | undefined = nativeInflate(),
    /** Else an asynchronous one (a browser's DecompressionStream), for xml(). */
    private readonly inflateAsync: AsyncRawInflate | undefined = inflate ? undefined : streamInflate(),
  ) {
    const directory = inflate || inflateAsync ? centralDirectory(bytes) : null;
    let index = 0;
    unzipSync(bytes, {
      filter: (f) => {
        const d = directory?.[index];
        // The fast path only where both readers agree on the entry.
        const at = d && d.compressedSize === f.size && d.size === f.originalSize && d.method === f.compression ? d : undefined;
        const e: Entry = { index: index++, name: f.name, size: f.originalSize, at };
        // Directory entries hold nothing; the first of two spellings wins, as in a lookup by exact name.
        if (!f.name.endsWith('/')) {
          if (!this.byName.has(f.name)) this.byName.set(f.name, e);
          const key = partKey(f.name);
          if (!this.byKey.has(key)) this.byKey.set(key, e);
        }
        return false;
      },
    });
  }

  private entry(path: string): Entry | undefined {
    return this.byName.get(path) ?? this.byKey.get(partKey(path));
  }

  /** The part's bytes as stored (inflated), or null when the package has no such part. */
  raw(path: string): Uint8Array | null {
    const e = this.entry(path);
    if (!e) return null;
    if (e.size > this.maxPartBytes) throw new PartTooLargeError(e.name, e.size);
    const fast = this.fast(e);
    if (fast) return fast;
    let index = 0;
    const out = unzipSync(this.bytes, { filter: () => index++ === e.index });
    return out[e.name] ?? new Uint8Array(0);
  }

  /** The part through the platform's inflate; null whenever anything is unexpected (fflate then reads it). */
  private fast(e: Entry): Uint8Array | null {
    if (!e.at || !this.inflate || (e.at.method !== 8 && e.at.method !== 0)) return null;
    const data = storedData(this.bytes, e.at);
    if (!data) return null;
    if (e.at.method === 0) return data.length === e.size ? data.slice() : null;
    try {
      const out = this.inflate(data, e.size);
      return out.length === e.size ? out : null;
    } catch {
      return null;
    }
  }

  /** The part's XML as UTF-8 bytes, or null when the package has no such part. */
  async xml(path: string): Promise<Uint8Array | null> {
    const e = this.entry(path);
    const b = (e && (await this.fastAsync(e))) ?? this.raw(path);
    return b ? toUtf8(b) : null;
  }

  /** A deflated part through the platform's asynchronous inflate; null to leave it to raw(). */
  private async fastAsync(e: Entry): Promise<Uint8Array | null> {
    // Small parts are not worth a stream: fflate reads them in less than a stream's set-up.
    if (!e.at || !this.inflateAsync || e.at.method !== 8 || e.size < 64 * 1024 || e.size > this.maxPartBytes) return null;
    const data = storedData(this.bytes, e.at);
    if (!data) return null;
    try {
      return await this.inflateAsync(data, e.size);
    } catch {
      return null;
    }
  }

  /** The uncompressed size the zip's directory declares for a part (0 when unknown). */
  declaredSize(path: string): number {
    const size = this.entry(path)?.size;
    return typeof size === 'number' && Number.isFinite(size) ? size : 0;
  }
}
