/** checkFile on a path: the file-system half (missing file, folder, no permission) in the user's words. */
import { promises as fs } from 'node:fs';
import type { LocalText, Settings } from '../engine';
import { checkFile, type CheckFileOptions, type FileResult } from '../xlsx/file-check';
import { readError } from '../xlsx/read/errors';
import { DEFAULT_MAX_BYTES } from '../xlsx/read/admit';
import { RELEASE_FROM, releaseGarbage } from './release';

export async function checkPath(filePath: string, display: string, settings?: Partial<Settings>, options?: CheckFileOptions): Promise<FileResult> {
  const read = await readInput(filePath, display);
  if ('error' in read) return { file: display, tables: [], findings: [], fill: [], errorCode: read.errorCode, error: read.error };
  return checkFile(read.bytes, display, settings, options, read.bytes.byteLength >= RELEASE_FROM ? releaseGarbage : undefined);
}

/** A file's bytes, or why they cannot be had, in the user's words. */
export async function readInput(filePath: string, display: string): Promise<{ bytes: Uint8Array } | { error: LocalText; errorCode: string }> {
  try {
    // Refuse an oversized file before reading it into memory (and before Node's own 2 GiB error).
    const { size } = await fs.stat(filePath);
    if (size > DEFAULT_MAX_BYTES) {
      const e = readError('too-large', display, { size, limit: DEFAULT_MAX_BYTES });
      return { errorCode: e.code, error: e.text };
    }
    return { bytes: await fs.readFile(filePath) };
  } catch (e) {
    return { errorCode: 'unreadable', error: fsError(display, e) };
  }
}

export function fsError(display: string, e: unknown): { id: string; en: string } {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return { id: `${display} tidak ditemukan. Periksa nama dan foldernya.`, en: `${display} was not found. Check its name and folder.` };
    case 'EACCES':
    case 'EPERM':
      return { id: `${display} tidak boleh dibaca (izin akses ditolak).`, en: `${display} cannot be read (permission denied).` };
    case 'EISDIR':
      return { id: `${display} adalah folder, bukan berkas.`, en: `${display} is a folder, not a file.` };
    case 'EBUSY':
      return {
        id: `${display} sedang dikunci program lain; tutup berkasnya di Excel lalu coba lagi.`,
        en: `${display} is locked by another program; close it in Excel and try again.`,
      };
    default: {
      const m = e instanceof Error ? e.message : String(e);
      return { id: `${display} tidak dapat dibaca: ${m}`, en: `${display} cannot be read: ${m}` };
    }
  }
}
