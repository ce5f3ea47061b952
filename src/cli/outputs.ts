/**
 * Where the CLI may write. Nothing Cermat writes may land on a file it was asked to read: an
 * output that is, or resolves to, an input is refused before any work starts.
 *
 * "Resolves to" is decided by the file system, not by comparing strings: when the output already
 * exists, its device and inode are compared with each input's (stat follows symlinks, so a link
 * to the input, a `..` path, another letter case on a case-insensitive disk and a hard link all
 * come out equal). An output that does not exist yet cannot be an existing input.
 *
 * An existing output that is not an input is replaced, as `cp` and compilers do: that is what
 * the user named it for. The CLI says so when it happens (see `existed`).
 */
import { promises as fs } from 'node:fs';

export interface FileId {
  dev: number;
  ino: number;
}

async function idOf(p: string): Promise<FileId | null> {
  try {
    const s = await fs.stat(p);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** Identities of the input files that exist (missing inputs are reported elsewhere). */
export async function inputIds(paths: string[]): Promise<Map<string, FileId>> {
  const out = new Map<string, FileId>();
  for (const p of paths) {
    const id = await idOf(p);
    if (id) out.set(p, id);
  }
  return out;
}

/** The input the output would overwrite, if any. */
export async function clobbers(output: string, inputs: Map<string, FileId>): Promise<string | null> {
  const id = await idOf(output);
  if (!id) return null;
  for (const [p, q] of inputs) if (q.dev === id.dev && q.ino === id.ino) return p;
  return null;
}

/** Whether a file (or anything) already exists at the path. */
export async function existed(p: string): Promise<boolean> {
  return (await idOf(p)) !== null;
}

/** Cermat writes workbooks only: a name that says otherwise (`r.csv`) would mislead whoever opens it. */
export function isWorkbookName(p: string): boolean {
  return /\.xlsx$/i.test(p);
}
