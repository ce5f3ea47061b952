/** cermat check: collect files, check them (in parallel), print, and write the optional report and annotated copies. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { annotateWorkbook } from '../xlsx/annotate';
import type { FileResult } from '../xlsx/check';
import { summaryWorkbook } from '../xlsx/report';
import type { CheckCommand } from './args';
import { collectTargets } from './files';
import type { Io } from './io';
import { checkAll } from './pool';
import { renderFile, renderSummary, toJson } from './render';

export async function runCheck(cmd: CheckCommand, io: Io): Promise<number> {
  const { lang } = cmd;
  const say = (id: string, en: string) => (lang === 'en' ? en : id);
  const targets = await collectTargets(cmd.paths);
  if (targets.length === 0) {
    io.err(say('cermat: tidak ada berkas .xlsx di path yang disebutkan.\n', 'cermat: no .xlsx file found under the given paths.\n'));
    return 2;
  }
  const progress = io.errIsTTY && !cmd.json;
  const results = await checkAll(targets, { lang }, cmd.jobs, (r, done, total) => {
    if (progress) io.err(`\r\u001b[K[${done}/${total}] ${r.file}`);
  });
  if (progress) io.err('\r\u001b[K');

  if (cmd.json) io.out(JSON.stringify(toJson(results, lang), null, 2) + '\n');
  else {
    for (const r of results) io.out(renderFile(r, lang, { color: io.color }) + '\n');
    io.out(renderSummary(results, lang, { color: io.color }));
  }

  let writeFailed = false;
  if (cmd.report) {
    try {
      await fs.mkdir(path.dirname(path.resolve(cmd.report)), { recursive: true });
      await fs.writeFile(cmd.report, await summaryWorkbook(results, lang));
      io.err(say(`Ringkasan ditulis ke ${cmd.report}\n`, `Summary written to ${cmd.report}\n`));
    } catch (e) {
      writeFailed = true;
      io.err(say(`cermat: ringkasan ${cmd.report} tidak dapat ditulis: ${errText(e)}\n`, `cermat: cannot write the summary ${cmd.report}: ${errText(e)}\n`));
    }
  }
  if (cmd.annotate) writeFailed = !(await writeAnnotated(cmd.annotate, targets.map((t) => t.path), results, cmd, io)) || writeFailed;

  const unreadable = results.filter((r) => r.error);
  if (unreadable.length && !cmd.json) {
    for (const r of unreadable) io.err(`cermat: ${lang === 'en' ? r.error?.en : r.error?.id}\n`);
  }
  if (unreadable.length || writeFailed) return 2;
  const errors = results.some((r) => r.findings.some((f) => f.severity === 'error'));
  return errors && !cmd.exitZero ? 1 : 0;
}

/** One annotated copy per readable file: OUTDIR/<name>.cermat.xlsx (numbered when two inputs share a name). */
async function writeAnnotated(outDir: string, paths: string[], results: FileResult[], cmd: CheckCommand, io: Io): Promise<boolean> {
  const say = (id: string, en: string) => (cmd.lang === 'en' ? en : id);
  let ok = true;
  try {
    await fs.mkdir(outDir, { recursive: true });
  } catch (e) {
    io.err(say(`cermat: folder ${outDir} tidak dapat dibuat: ${errText(e)}\n`, `cermat: cannot create the folder ${outDir}: ${errText(e)}\n`));
    return false;
  }
  const used = new Set<string>();
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (r.error) continue;
    const base = path.basename(paths[i]).replace(/\.xls[xm]$/i, '');
    let name = `${base}.cermat.xlsx`;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}-${k}.cermat.xlsx`;
    used.add(name.toLowerCase());
    const dest = path.join(outDir, name);
    try {
      const bytes = await fs.readFile(paths[i]);
      await fs.writeFile(dest, await annotateWorkbook(bytes, r, cmd.lang));
    } catch (e) {
      ok = false;
      io.err(say(`cermat: salinan bertanda ${dest} tidak dapat ditulis: ${errText(e)}\n`, `cermat: cannot write the annotated copy ${dest}: ${errText(e)}\n`));
    }
  }
  if (ok) io.err(say(`Salinan bertanda ditulis ke ${outDir}\n`, `Annotated copies written to ${outDir}\n`));
  return ok;
}

export function errText(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'text' in e && typeof (e as { text: unknown }).text === 'object') {
    const tx = (e as { text: { en?: string } }).text;
    if (tx.en) return tx.en;
  }
  return e instanceof Error ? e.message : String(e);
}
