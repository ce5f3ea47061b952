/**
 * cermat check: collect files, check them (in parallel), print, and write the optional report and
 * annotated copies. The writers (exceljs, a third of a cold check's start-up) are loaded only when
 * --report or --annotate asks for them (by require, not import(): tsx's require hook, which runs the
 * CLI from source in tests, leaves a dynamic import() to Node's ESM loader).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FileResult } from '../xlsx/file-check';
import type { CheckCommand } from './args';
import { collectTargets } from './files';
import type { Io } from './io';
import { checkAll } from './pool';
import { renderFile, renderSummary, toJson } from './render';
import { clobbers, existed, inputIds, isWorkbookName } from './outputs';
import { catalog } from '../present';
import { acrossFiles } from '../engine';

export async function checkCommand(cmd: CheckCommand, io: Io): Promise<number> {
  const { lang } = cmd;
  const words = catalog(lang).cli;
  const targets = await collectTargets(cmd.paths);
  if (targets.length === 0) {
    io.err(`${words.noXlsx}\n`);
    return 2;
  }
  const refusal = await refuseOutputs(
    cmd,
    targets.map((t) => t.path),
  );
  if (refusal) {
    io.err(`cermat: ${refusal}\n`);
    return 2;
  }
  const copies = cmd.annotate
    ? annotatedPaths(
        cmd.annotate,
        targets.map((t) => t.path),
      )
    : [];
  const progress = io.errIsTTY && !cmd.json;
  const checked = await checkAll(
    targets,
    { lang },
    cmd.jobs,
    (r, done, total) => {
      if (progress) io.err(`\r\u001b[K[${done}/${total}] ${r.file}`);
    },
    { entities: cmd.across },
  );
  if (progress) io.err('\r\u001b[K');
  // The entities were only needed to compare the files; nothing downstream keeps them.
  const results = (cmd.across ? acrossFiles(checked) : checked).map(({ entities: _, ...r }) => r);

  if (cmd.json) io.out(JSON.stringify(toJson(results, lang), null, 2) + '\n');
  else {
    for (const r of results) io.out(renderFile(r, lang, { color: io.color }) + '\n');
    io.out(renderSummary(results, lang, { color: io.color }));
  }

  let writeFailed = false;
  if (cmd.report) {
    try {
      await fs.mkdir(path.dirname(path.resolve(cmd.report)), { recursive: true });
      const replaced = await existed(cmd.report);
      // Each finding links to its cell in the checked file, by a path relative to the summary's folder.
      const from = path.dirname(path.resolve(cmd.report));
      const fileLink = (file: string) => path.relative(from, path.resolve(file)).split(path.sep).join('/');
      const { summaryWorkbook } = require('../xlsx/write/summary') as typeof import('../xlsx/write/summary');
      await fs.writeFile(cmd.report, await summaryWorkbook(results, lang, { fileLink }));
      io.err(`${words.summaryWritten(cmd.report, replaced)}\n`);
    } catch (e) {
      writeFailed = true;
      io.err(`${words.summaryFailed(cmd.report, errText(e))}\n`);
    }
  }
  if (cmd.annotate)
    writeFailed =
      !(await writeAnnotated(
        cmd.annotate,
        targets.map((t) => t.path),
        copies,
        results,
        cmd,
        io,
      )) || writeFailed;

  const unreadable = results.filter((r) => r.error);
  if (unreadable.length && !cmd.json) {
    for (const r of unreadable) io.err(`cermat: ${lang === 'en' ? r.error?.en : r.error?.id}\n`);
  }
  if (unreadable.length || writeFailed) return 2;
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  return errors && !cmd.exitZero ? 1 : 0;
}

/**
 * Where each input's annotated copy goes: OUTDIR/<name>.cermat.xlsx, numbered when two inputs
 * share a name. Worked out for every input before anything is checked, so that the outputs can be
 * compared with the inputs first (an unreadable input simply gets no copy).
 */
export function annotatedPaths(outDir: string, paths: string[]): string[] {
  const used = new Set<string>();
  return paths.map((p) => {
    const base = path.basename(p).replace(/\.xls[xm]$/i, '');
    let name = `${base}.cermat.xlsx`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}-${k}.cermat.xlsx`;
    used.add(name.toLowerCase());
    return path.join(outDir, name);
  });
}

/** Why the requested outputs cannot be written (an output is an input, or not a workbook name), or null. */
async function refuseOutputs(cmd: CheckCommand, inputs: string[]): Promise<string | null> {
  const words = catalog(cmd.lang).cli;
  const ids = await inputIds(inputs);
  if (cmd.report) {
    if (!isWorkbookName(cmd.report)) return words.reportNotXlsx(cmd.report);
    const hit = await clobbers(cmd.report, ids);
    if (hit) return words.reportIsInput(cmd.report, hit);
  }
  if (cmd.annotate) {
    const dirHit = await clobbers(cmd.annotate, ids);
    if (dirHit) return words.annotateIsInput(cmd.annotate, dirHit);
    for (const dest of annotatedPaths(cmd.annotate, inputs)) {
      const hit = await clobbers(dest, ids);
      if (hit) return words.annotatedIsInput(dest, hit);
    }
  }
  return null;
}

/** One annotated copy per readable file, at the path annotatedPaths gave it. */
async function writeAnnotated(outDir: string, paths: string[], dests: string[], results: FileResult[], cmd: CheckCommand, io: Io): Promise<boolean> {
  const words = catalog(cmd.lang).cli;
  let ok = true;
  try {
    await fs.mkdir(outDir, { recursive: true });
  } catch (e) {
    io.err(`${words.folderFailed(outDir, errText(e))}\n`);
    return false;
  }
  const { annotateWorkbook } = require('../xlsx/write/annotate') as typeof import('../xlsx/write/annotate');
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.error) continue;
    const dest = dests[i];
    try {
      const bytes = await fs.readFile(paths[i]);
      await fs.writeFile(dest, await annotateWorkbook(bytes, r, cmd.lang));
    } catch (e) {
      ok = false;
      io.err(`${words.annotatedFailed(dest, errText(e))}\n`);
    }
  }
  if (ok) io.err(`${words.annotatedWritten(outDir)}\n`);
  return ok;
}

export function errText(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'text' in e && typeof (e as { text: unknown }).text === 'object') {
    const tx = (e as { text: { en?: string } }).text;
    if (tx.en) return tx.en;
  }
  return e instanceof Error ? e.message : String(e);
}
