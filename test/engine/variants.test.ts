/**
 * Other offices' copies of the fixture tables: the same table moved, for another period, without
 * the column-number row, without merges, with capital headers, with numbers typed as text, or
 * stacked under another table, or beside one. Each must give the fixture's findings at the moved cells, and no
 * other error. This is what "workbooks never seen" look like, built from the real ones.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyseSheet, parseA1, type SheetAnalysis, type SheetGrid } from '../../src/engine';
import { readWorkbook } from '../../src/xlsx/read';
import { familyOf, listFixtures, type ExpectedTable, type Fixture } from '../support/fixtures';
import {
  besideRight,
  englishText,
  numbersAsText,
  otherYears,
  shifted,
  stackedUnder,
  unmerged,
  upperHeaders,
  withoutNumberRow,
  withoutTitles,
  type Variant,
} from '../support/variants';

const fixtures = listFixtures();

async function sheets(fx: Fixture): Promise<SheetGrid[]> {
  return readWorkbook(fs.readFileSync(fx.file), path.basename(fx.file));
}

/** What went wrong, as readable lines: missed primary findings, stray errors, lost tables. */
function problems(a: SheetAnalysis, base: SheetAnalysis, expected: ExpectedTable[], map: (c: string) => string | null): string[] {
  const out: string[] = [];
  if (a.tables.length !== base.tables.length) out.push(`${base.tables.length} tables became ${a.tables.length}`);
  a.tables.forEach((t, i) => {
    const b = base.tables[i];
    if (b && (t.layout !== b.layout || t.bodyRows !== b.bodyRows)) out.push(`table ${i + 1}: ${b.layout}/${b.bodyRows} rows became ${t.layout}/${t.bodyRows}`);
  });
  const allowed = new Set<string>();
  for (const t of expected) {
    for (const f of [...t.findings, ...(t.acceptable ?? [])]) {
      const m = map(f.cell);
      if (m) allowed.add(m);
    }
    for (const f of t.findings) {
      const m = map(f.cell);
      if (!m) continue;
      const family = familyOf(f.kind);
      if (!a.findings.some((x) => x.cell === m && x.severity === 'error' && x.rule.startsWith(`${family}.`)))
        out.push(`missed ${f.kind} at ${f.cell} (now ${m})`);
    }
  }
  for (const f of a.findings) if (f.severity === 'error' && !allowed.has(f.cell)) out.push(`stray ${f.rule} at ${f.cell}: ${f.message.en}`);
  return out;
}

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fx) => {
  test('gives the same findings in every variant', async () => {
    const report: string[] = [];
    let checked = 0;
    for (const g of await sheets(fx)) {
      const expected = fx.expected.tables.filter((t) => t.sheet === g.name);
      const base = analyseSheet(g);
      const variants: (Variant | null)[] = [
        shifted(g, 4, 3),
        otherYears(g, base.tables, 6),
        withoutNumberRow(g, base.tables),
        upperHeaders(g, base.tables),
        numbersAsText(g, base.tables),
        englishText(g, base.tables),
        unmerged(g),
        withoutTitles(g, base.tables),
      ];
      for (const v of variants) {
        if (!v) continue;
        checked++;
        const a = analyseSheet(v.grid);
        for (const p of problems(a, base, expected, v.map)) report.push(`${v.name}: ${p}`);
        if (v.addsTextNumbers) {
          // The typed-as-text cells are read with their values and reported, never as errors.
          expect(a.findings.filter((f) => f.rule === 'number.text').length).toBeGreaterThanOrEqual(
            base.findings.filter((f) => f.rule === 'number.text').length,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(report).toEqual([]);
  });
});

test('two different tables stacked on one sheet keep their own findings', async () => {
  // Pair each published fixture with the next one: a Bab II sheet is many such tables, one under another.
  const published = fixtures.filter((f) => f.dir === 'published');
  expect(published.length).toBeGreaterThan(4);
  const report: string[] = [];
  for (let i = 0; i + 1 < published.length; i += 2) {
    const [top] = await sheets(published[i]);
    const [bottom] = await sheets(published[i + 1]);
    const { grid, offset } = stackedUnder(top, bottom, 3);
    const a = analyseSheet(grid);
    const baseTop = analyseSheet(top);
    const baseBottom = analyseSheet(bottom);
    const expectTop = published[i].expected.tables.filter((t) => t.sheet === top.name);
    const expectBottom = published[i + 1].expected.tables.filter((t) => t.sheet === bottom.name);
    const cut = offset;
    const upper: SheetAnalysis = {
      ...a,
      tables: a.tables.filter((t) => t.headerTop < cut),
      findings: a.findings.filter((f) => Number(/\d+/.exec(f.cell)![0]) - 1 < cut),
    };
    const lower: SheetAnalysis = {
      ...a,
      tables: a.tables.filter((t) => t.headerTop >= cut),
      findings: a.findings.filter((f) => Number(/\d+/.exec(f.cell)![0]) - 1 >= cut),
    };
    const down = shifted(bottom, offset, 0).map;
    const pair = `${published[i].name} over ${published[i + 1].name}`;
    for (const p of problems(upper, baseTop, expectTop, (c) => c)) report.push(`${pair}, upper: ${p}`);
    for (const p of problems(lower, baseBottom, expectBottom, down)) report.push(`${pair}, lower: ${p}`);
  }
  expect(report).toEqual([]);
});

test('two tables side by side on one sheet keep their own findings', async () => {
  // Pair each single-table published fixture with the next: headers on the same row, one empty column between.
  const single = [];
  for (const f of fixtures.filter((x) => x.dir === 'published')) {
    const [g] = await sheets(f);
    const base = analyseSheet(g);
    if (base.tables.length === 1) single.push({ f, g, base });
  }
  expect(single.length).toBeGreaterThan(4);
  const report: string[] = [];
  let pairs = 0;
  for (let i = 0; i + 1 < single.length; i += 2) {
    const L = single[i];
    const R = single[i + 1];
    const { grid, offset, map } = besideRight(L.g, R.g, L.base.tables[0].headerTop, R.base.tables[0].headerTop, 1);
    const a = analyseSheet(grid);
    pairs++;
    const col = (cell: string) => parseA1(cell)!.col;
    const leftPart: SheetAnalysis = { ...a, tables: a.tables.filter((t) => t.left < offset), findings: a.findings.filter((f) => col(f.cell) < offset) };
    const rightPart: SheetAnalysis = { ...a, tables: a.tables.filter((t) => t.left >= offset), findings: a.findings.filter((f) => col(f.cell) >= offset) };
    const pair = `${L.f.name} beside ${R.f.name}`;
    const expectL = L.f.expected.tables.filter((t) => t.sheet === L.g.name);
    const expectR = R.f.expected.tables.filter((t) => t.sheet === R.g.name);
    for (const p of problems(leftPart, L.base, expectL, (c) => c)) report.push(`${pair}, left: ${p}`);
    for (const p of problems(rightPart, R.base, expectR, map)) report.push(`${pair}, right: ${p}`);
  }
  expect(pairs).toBeGreaterThan(2);
  expect(report).toEqual([]);
});
