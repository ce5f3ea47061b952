/** Expands the command line's paths into the list of workbooks to check, in a stable order. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export interface Target {
  /** Path to read. */
  path: string;
  /** Name shown in reports: the path as the user gave it, or joined under the folder they gave. */
  display: string;
}

/** Lock files Excel leaves next to an open workbook (~$Renstra.xlsx): not workbooks. */
export function isLockFile(name: string): boolean {
  return path.basename(name).startsWith('~$');
}

/**
 * Files named explicitly are checked whatever their extension (the reader says what is wrong);
 * folders contribute their .xlsx and .xlsm files, recursively, sorted by path. A missing path is kept so
 * that it is reported as unreadable like any other bad file.
 */
export async function collectTargets(paths: string[]): Promise<Target[]> {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (p: string, display: string) => {
    const key = path.resolve(p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path: p, display });
    }
  };
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      add(p, p);
      continue;
    }
    if (stat.isDirectory()) {
      for (const f of await walk(p)) add(f, f);
    } else {
      add(p, p);
    }
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      for (const f of await walk(full)) files.push(f); // not push(...): a folder of 125,000 files is past a call's arguments
    } else if (e.isFile() && /\.xls[xm]$/i.test(e.name) && !isLockFile(e.name)) {
      // .xlsm (macro-enabled) is the same package with a VBA part Cermat neither reads nor runs.
      files.push(full);
    }
  }
  return files;
}
