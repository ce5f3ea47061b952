/**
 * cermat compare OLD NEW: what changed between two versions of a workbook (engine/compare.ts),
 * as text, as JSON (shape: CompareJson, README "Comparing two versions") and, with --out, as the
 * new version with its changed cells marked and a changes sheet. Exit 0 when nothing changed, 1
 * when something did (as `diff`), 2 on an unreadable file or an --out that is an input.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Change, Comparison } from '../engine/compare';
import type { Lang } from '../engine';
import { compareFiles } from '../xlsx/file-compare';
import { catalog, changeLine, local } from '../present';
import type { CompareCommand } from './args';
import { readInput } from './check-path';
import { errText } from './check-command';
import type { Io } from './io';
import { clobbers, existed, inputIds, isWorkbookName } from './outputs';

/** The --json output. `version` changes when a field changes meaning or goes away (new fields may be added). */
export interface CompareJson {
  format: 'cermat-compare';
  version: 1;
  old: string;
  new: string;
  error?: string;
  counts?: Comparison['counts'];
  changes: Change[];
  /** Tables of the newer version with no figure to pair ("Tahun ke-n" columns, counts): not compared. */
  uncompared?: string[];
}

export async function compareCommand(cmd: CompareCommand, io: Io): Promise<number> {
  const { lang } = cmd;
  const words = catalog(lang).compare;
  const refusal = cmd.out ? await refuseOut(cmd.out, [cmd.older, cmd.newer], lang) : null;
  if (refusal) {
    io.err(`${refusal}\n`);
    return 2;
  }
  const inputs = [];
  for (const p of [cmd.older, cmd.newer]) {
    const r = await readInput(p, p);
    if ('error' in r) return fail(cmd, io, local(r.error, lang));
    inputs.push({ data: r.bytes, name: p });
  }
  const result = await compareFiles(inputs[0], inputs[1]);
  if (result.error) return fail(cmd, io, local(result.error, lang));

  if (cmd.json) io.out(JSON.stringify(toCompareJson(cmd, result), null, 2) + '\n');
  else io.out(renderChanges(cmd.older, cmd.newer, result.changes, lang, result.uncompared));

  if (cmd.out) {
    try {
      const replaced = await existed(cmd.out);
      await fs.mkdir(path.dirname(path.resolve(cmd.out)), { recursive: true });
      // The writer (exceljs) is loaded only when a workbook is written: it costs every check ~0.2 s to load.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { changesWorkbook } = require('../xlsx/write/changes') as typeof import('../xlsx/write/changes');
      await fs.writeFile(cmd.out, await changesWorkbook(inputs[1].data, cmd.newer, result.changes, lang));
      io.err(`${words.written(cmd.out, replaced)}\n`);
    } catch (e) {
      io.err(`${catalog(lang).cli.writeFailed(cmd.out, errText(e))}\n`);
      return 2;
    }
  }
  return result.changes.length > 0 && !cmd.exitZero ? 1 : 0;
}

function fail(cmd: CompareCommand, io: Io, message: string): number {
  if (cmd.json)
    io.out(
      JSON.stringify({ format: 'cermat-compare', version: 1, old: cmd.older, new: cmd.newer, error: message, changes: [] } satisfies CompareJson, null, 2) +
        '\n',
    );
  io.err(`cermat: ${message}\n`);
  return 2;
}

export function toCompareJson(cmd: Pick<CompareCommand, 'older' | 'newer'>, result: Comparison): CompareJson {
  return {
    format: 'cermat-compare',
    version: 1,
    old: cmd.older,
    new: cmd.newer,
    counts: result.counts,
    changes: result.changes,
    uncompared: result.uncompared,
  };
}

export function renderChanges(older: string, newer: string, changes: Change[], lang: Lang, uncompared: string[] = []): string {
  const w = catalog(lang).compare;
  const lines = [`== ${w.heading(older, newer)} ==`];
  if (changes.length === 0) lines.push(uncompared.length ? w.noneCompared : w.none);
  else {
    lines.push(`${w.count(changes.length)}:`);
    for (const c of changes) lines.push(changeLine(c, lang));
  }
  // Tables whose figures no version can be compared by: "no changes" says nothing about them.
  if (uncompared.length) lines.push(w.notCompared(uncompared.length, `${uncompared.slice(0, 5).join(', ')}${uncompared.length > 5 ? ' …' : ''}`));
  return lines.join('\n') + '\n';
}

/** Why --out cannot be written: not a workbook name, or one of the files compared (by the file system, as check's outputs). */
async function refuseOut(out: string, inputs: string[], lang: Lang): Promise<string | null> {
  const words = catalog(lang).compare;
  const same = inputs.find((p) => path.resolve(p) === path.resolve(out));
  const hit = same ?? (await clobbers(out, await inputIds(inputs)));
  if (hit) return words.outIsInput(out, hit);
  if (!isWorkbookName(out)) return words.outNotXlsx(out);
  return null;
}
