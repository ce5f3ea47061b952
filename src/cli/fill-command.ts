/** cermat fill: write the fill plan into empty computed cells of a copy; report what was filled and what was left. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sheetRef } from '../engine/address';
import { formatValue } from '../engine/format';
import type { FillItem } from '../engine';
import { catalog, local } from '../present';
import type { FillCommand } from './args';
import { checkPath } from './check-path';
import { errText } from './check-command';
import type { Io } from './io';
import { clobbers, existed, inputIds, isWorkbookName } from './outputs';

export async function fillCommand(cmd: FillCommand, io: Io): Promise<number> {
  const { lang } = cmd;
  const words = catalog(lang).cli;
  // Compared by the file system (symlinks, '..', letter case, hard links), not by the strings.
  const hit = path.resolve(cmd.file) === path.resolve(cmd.out) ? cmd.file : await clobbers(cmd.out, await inputIds([cmd.file]));
  if (hit) {
    io.err(`${words.outIsInput(cmd.out, cmd.file)}\n`);
    return 2;
  }
  if (!isWorkbookName(cmd.out)) {
    io.err(`${words.outNotXlsx(cmd.out)}\n`);
    return 2;
  }
  const replaced = await existed(cmd.out);
  const result = await checkPath(cmd.file, cmd.file, { lang }, { closeFill: true });
  if (result.error) {
    io.err(`cermat: ${local(result.error, lang)}\n`);
    return 2;
  }
  let outcome;
  try {
    // Loaded here only: exceljs is not needed until the file is written (see check-command.ts).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { fillWorkbook } = require('../xlsx/write/fill') as typeof import('../xlsx/write/fill');
    outcome = await fillWorkbook(await fs.readFile(cmd.file), result.fill, cmd.file);
    await fs.writeFile(cmd.out, outcome.bytes);
  } catch (e) {
    io.err(`${words.writeFailed(cmd.out, errText(e))}\n`);
    return 2;
  }
  const line = (f: FillItem) => `  ${sheetRef(f.sheet, f.cell)}  ${f.formula}  = ${formatValue(f.value, lang)}`;
  if (outcome.written.length) {
    io.out(`${words.filled(outcome.written.length)}\n`);
    // A formula only the column's header gave (no row shows it yet) is said to be an assumption.
    for (const f of outcome.written) io.out(`${line(f)}${f.assumed ? `  (${words.assumed})` : ''}\n`);
  } else {
    io.out(`${words.nothingToFill}\n`);
  }
  // The tables' notes: why computed cells stayed empty (inputs typed as text, a formula past Excel's length).
  const notes = result.tables.flatMap((t) => t.notes.map((n) => local(n, lang)));
  if (notes.length) {
    io.out(`${words.tableNotes}\n`);
    for (const n of notes) io.out(`  ${n}\n`);
  }
  if (outcome.skipped.length) {
    io.out(`${words.leftAlone(outcome.skipped.length)}\n`);
    for (const f of outcome.skipped)
      io.out(`${line(f)}  (${words.now}: ${formatValue(typeof f.current === 'boolean' ? String(f.current) : f.current, lang)})\n`);
  }
  io.out(`${words.written(cmd.out, replaced)}\n`);
  return 0;
}
