/** Fixture workbooks and their expected findings (test/fixtures, copied from the shared fixture set). */
import * as fs from 'fs';
import * as path from 'path';
import type { Analysis, Finding } from '../../src/engine';
import { analyseWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/xlsx/read';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export interface ExpectedFinding {
  cell: string;
  kind: string;
  stated?: unknown;
  expected?: unknown;
  note?: string;
}

export interface ExpectedTable {
  sheet: string;
  range: string;
  layout: string;
  header_rows: number;
  body_rows: number;
  findings: ExpectedFinding[];
  acceptable?: ExpectedFinding[];
  uncertain?: ExpectedFinding[];
}

export interface Fixture {
  name: string;
  dir: string;
  file: string;
  expected: { file: string; tables: ExpectedTable[] };
}

/** Every fixture workbook with an expected file, found by walking the folder. */
export function listFixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const dir of fs.readdirSync(FIXTURES)) {
    const full = path.join(FIXTURES, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full)) {
      if (!f.endsWith('.xlsx')) continue;
      const exp = path.join(full, f.replace(/\.xlsx$/, '.expected.json'));
      if (!fs.existsSync(exp)) continue;
      out.push({ name: `${dir}/${f}`, dir, file: path.join(full, f), expected: JSON.parse(fs.readFileSync(exp, 'utf8')) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export async function analyseFile(file: string): Promise<Analysis> {
  const grids = await readWorkbook(fs.readFileSync(file), path.basename(file));
  return analyseWorkbook(grids);
}

/** Fixture finding kinds → the rule family that must report them. */
export function familyOf(kind: string): string {
  if (kind.startsWith('sum_')) return 'sum';
  if (kind === 'ratio' || kind === 'summed_percent') return 'ratio';
  return 'other';
}

export function key(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function findingsAt(a: Analysis, sheet: string, cell: string): Finding[] {
  return a.findings.filter((f) => f.sheet === sheet && f.cell === cell);
}
