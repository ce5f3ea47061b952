/**
 * The files of one batch compared with each other (the browser's "Bandingkan antarberkas", as
 * `cermat check --across` does it): each file read and analysed with its entities, then
 * engine/check.ts's acrossFiles. Returns, per file, its cross.* findings as the comparison of all
 * files gives them; they replace the ones the file's own check gave. A file that cannot be read
 * takes no part (its list entry already says why). Never throws.
 */
import type { Finding, Settings } from '../engine';
import { acrossFiles } from '../engine';
import { checkFile } from './file-check';

export interface AcrossResult {
  name: string;
  /** The file's cross.* findings among all the files; none when the file could not be read. */
  cross: Finding[];
}

export async function acrossFileFindings(files: { name: string; data: ArrayBuffer | Uint8Array }[], settings?: Partial<Settings>): Promise<AcrossResult[]> {
  const checked = [];
  for (const f of files) checked.push(await checkFile(f.data, f.name, settings, { entities: true }));
  return acrossFiles(checked).map((r) => ({ name: r.file, cross: r.error ? [] : r.findings.filter((x) => x.rule.startsWith('cross.')) }));
}
