/** cermat fill: write the fill plan into empty computed cells of a copy; report what was filled and what was left. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { sheetRef } from '../engine/address';
import { formatValue } from '../engine/format';
import type { FillItem } from '../engine';
import { fillWorkbook } from '../xlsx/fill';
import { t } from '../xlsx/labels';
import type { FillCommand } from './args';
import { checkPath } from './check-path';
import { errText } from './check-command';
import type { Io } from './io';
import { clobbers, existed, inputIds, isWorkbookName } from './outputs';

export async function runFill(cmd: FillCommand, io: Io): Promise<number> {
  const { lang } = cmd;
  const say = (id: string, en: string) => (lang === 'en' ? en : id);
  // Compared by the file system (symlinks, '..', letter case, hard links), not by the strings.
  const hit = path.resolve(cmd.file) === path.resolve(cmd.out) ? cmd.file : await clobbers(cmd.out, await inputIds([cmd.file]));
  if (hit) {
    io.err(say(`cermat: berkas hasil ${cmd.out} adalah berkas asli ${cmd.file}; Cermat tidak menimpa berkas asli. Pilih nama lain untuk -o.\n`, `cermat: the output ${cmd.out} is the input ${cmd.file}; Cermat does not overwrite the original. Choose another name for -o.\n`));
    return 2;
  }
  if (!isWorkbookName(cmd.out)) {
    io.err(say(`cermat: -o menulis buku kerja Excel: beri nama berakhiran .xlsx, bukan "${cmd.out}".\n`, `cermat: -o writes an Excel workbook: give it a name ending in .xlsx, not "${cmd.out}".\n`));
    return 2;
  }
  const replaced = await existed(cmd.out);
  const result = await checkPath(cmd.file, cmd.file, { lang });
  if (result.error) {
    io.err(`cermat: ${t(result.error, lang)}\n`);
    return 2;
  }
  let outcome;
  try {
    outcome = await fillWorkbook(await fs.readFile(cmd.file), result.fill, cmd.file);
    await fs.writeFile(cmd.out, outcome.bytes);
  } catch (e) {
    io.err(say(`cermat: ${cmd.out} tidak dapat ditulis: ${errText(e)}\n`, `cermat: cannot write ${cmd.out}: ${errText(e)}\n`));
    return 2;
  }
  const line = (f: FillItem) => `  ${sheetRef(f.sheet, f.cell)}  ${f.formula}  = ${formatValue(f.value, lang)}`;
  if (outcome.written.length) {
    io.out(say(`Diisi (${outcome.written.length} sel):\n`, `Filled (${outcome.written.length} cells):\n`));
    for (const f of outcome.written) io.out(line(f) + '\n');
  } else {
    io.out(say('Tidak ada sel kosong yang perlu diisi.\n', 'No empty cell to fill.\n'));
  }
  if (outcome.skipped.length) {
    io.out(say(`Dibiarkan karena sel sudah berisi (${outcome.skipped.length}):\n`, `Left as they are because the cell is not empty (${outcome.skipped.length}):\n`));
    for (const f of outcome.skipped) io.out(`${line(f)}  (${say('isi sekarang', 'now')}: ${formatValue(typeof f.current === 'boolean' ? String(f.current) : f.current, lang)})\n`);
  }
  io.out(replaced ? say(`Hasil ditulis ke ${cmd.out} (berkas lama diganti)\n`, `Written to ${cmd.out} (the old file was replaced)\n`) : say(`Hasil ditulis ke ${cmd.out}\n`, `Written to ${cmd.out}\n`));
  return 0;
}
