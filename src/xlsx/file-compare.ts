/**
 * Two files compared as versions of one workbook: each read and analysed as `check` does (same
 * settings, same tables), then engine/compare.ts. What the CLI's `compare` and the browser worker
 * run. Never throws: a file that cannot be read comes back as `error` naming it.
 */
import { checkWorkbook, withDefaults } from '../engine';
import type { LocalText, Settings } from '../engine';
import { compareVersions, type Comparison } from '../engine/compare';
import { failed } from './file-check';
import { readWorkbook } from './read';

export type FileComparison = (Comparison & { error?: undefined }) | { error: LocalText; errorCode?: string };

/** One version's analysis, or why it could not be made. */
async function analyse(data: ArrayBuffer | Uint8Array, fileName: string, settings: Settings) {
  try {
    return await checkWorkbook(await readWorkbook(data, fileName), { settings });
  } catch (e) {
    const f = failed(fileName, e);
    return { error: f.error!, errorCode: f.errorCode };
  }
}

export async function compareFiles(
  older: { data: ArrayBuffer | Uint8Array; name: string },
  newer: { data: ArrayBuffer | Uint8Array; name: string },
  settings?: Partial<Settings>,
): Promise<FileComparison> {
  const s = withDefaults(settings);
  const a = await analyse(older.data, older.name, s);
  if ('error' in a) return a;
  const b = await analyse(newer.data, newer.name, s);
  if ('error' in b) return b;
  return compareVersions(a, b);
}
