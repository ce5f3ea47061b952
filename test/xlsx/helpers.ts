/** Test helpers for the xlsx adapter and the CLI: temp folders, fixture bytes, exceljs round trips. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import type { CellInput, SheetGrid } from '../../src/engine/types';
import { parseA1 } from '../../src/engine/address';

export const ROOT = path.join(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const SAMPLE = path.join(ROOT, 'samples', 'renstra-contoh.xlsx');

export function fixture(rel: string): Uint8Array {
  return readFileSync(path.join(FIXTURES, rel));
}

const made: string[] = [];
// Each test file loads this module afresh: its folders go when that file's tests end, not with the machine.
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

export function tempDir(prefix = 'cermat-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export async function openXlsx(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function toBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Every cell's value and formula as text, keyed 'Sheet!A1', for "nothing else changed" comparisons. */
export function snapshot(wb: Workbook): Map<string, string> {
  const m = new Map<string, string>();
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        m.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, f: cell.numFmt ?? null, b: !!cell.font?.bold }));
      });
    });
  });
  return m;
}

/** The cell of a grid at an A1 address. */
export function at(g: SheetGrid, a1: string): CellInput | undefined {
  const p = parseA1(a1);
  return p ? g.cells[p.row]?.[p.col] : undefined;
}
