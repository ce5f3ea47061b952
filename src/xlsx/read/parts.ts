/**
 * The parts of an unzipped package by name, as OPC readers look them up: without a leading '/',
 * letter case ignored, and with '\' read as '/' (some Windows tools write `xl\workbook.xml`; the
 * zip spec forbids it, Excel opens it). Each part comes out as UTF-8 bytes (encoding.ts).
 */
import type JSZip from 'jszip';
import { toUtf8 } from './encoding';

export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export class Parts {
  private readonly byKey = new Map<string, JSZip.JSZipObject>();

  constructor(readonly zip: JSZip) {
    zip.forEach((name, f) => {
      const key = partKey(name);
      // Directory entries hold nothing; the first of two spellings wins, as in a lookup by exact name.
      if (!f.dir && !this.byKey.has(key)) this.byKey.set(key, f);
    });
  }

  file(path: string): JSZip.JSZipObject | null {
    return this.zip.file(path) ?? this.byKey.get(partKey(path)) ?? null;
  }

  /** The part's XML as UTF-8 bytes, or null when the package has no such part. */
  async xml(path: string): Promise<Uint8Array | null> {
    const f = this.file(path);
    return f ? toUtf8(await f.async('uint8array')) : null;
  }

  /** The uncompressed size the zip's directory declares for a part (0 when unknown). */
  declaredSize(path: string): number {
    // JSZip keeps the central directory's sizes on the entry's compressed data object.
    const size = (this.file(path) as unknown as { _data?: { uncompressedSize?: unknown } } | null)?._data?.uncompressedSize;
    return typeof size === 'number' && Number.isFinite(size) ? size : 0;
  }
}
