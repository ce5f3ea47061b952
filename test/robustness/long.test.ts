/**
 * Tables longer than a JavaScript call can take as arguments (about 125,000 values on Node's
 * default stack, fewer in a browser worker): nothing may spread a row-sized or range-sized list
 * into a call (Math.max(...rows), push(...findings)). These tables are read whole, not failed.
 */
import { analyseWorkbook } from '../../src/engine';
import type { CellInput, SheetGrid } from '../../src/engine';
import { evaluateFormula, parseFormula } from '../../src/engine/formula-parse';

const ROWS = 140_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Kode | Uraian | Pagu (Rp): programs over their kegiatan, each program's Pagu the sum of its kegiatan. */
function longTable(): SheetGrid {
  const cells: SheetGrid['cells'] = [[{ value: 'Kode' }, { value: 'Uraian' }, { value: 'Pagu (Rp)' }]];
  const perProgram = 13;
  for (let p = 0; cells.length < ROWS; p++) {
    const kode = `${Math.floor(p / 9801) + 1}.${pad((Math.floor(p / 99) % 99) + 1)}.${pad((p % 99) + 1)}`;
    const kegiatan: Array<Array<CellInput | undefined>> = [];
    let sum = 0;
    for (let k = 1; k < perProgram; k++) {
      const v = 1_000_000 * ((p + k) % 7) + 250_000;
      sum += v;
      kegiatan.push([{ value: `${kode}.2.${pad(k)}` }, { value: `Kegiatan ${p}-${k}` }, { value: v }]);
    }
    cells.push([{ value: kode }, { value: `Program ${p}` }, { value: sum }], ...kegiatan);
  }
  return { name: 'Panjang', cells, merges: [] };
}

test(`a table of ${ROWS.toLocaleString('en')} rows is recognised, its hierarchy built and checked`, () => {
  const grid = longTable();
  const a = analyseWorkbook([grid]);
  const sheet = a.tables[0];
  expect(a.sheets[0].notice).toBeUndefined();
  expect(a.tables).toHaveLength(1);
  expect(sheet.bodyRows).toBeGreaterThanOrEqual(ROWS - 1);
  const [program, kegiatan] = sheet.rows;
  expect(program).toMatchObject({ kode: '1.01.01', kind: 'program' });
  expect(kegiatan).toMatchObject({ kode: '1.01.01.2.01', kind: 'kegiatan', parent: program.row });
  expect(kegiatan.level).toBeGreaterThan(program.level!);
  // The last program, 140,000 rows down, is read the same way.
  const last = sheet.rows.filter((x) => x.kind === 'program').at(-1)!;
  expect(sheet.rows.find((x) => x.parent === last.row)).toBeDefined();
  // Every program equals the sum of its kegiatan: no error, and no rule failed on the length.
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(sheet.notes).toEqual([]);
}, 120_000);

test('MIN, MAX and SUBTOTAL over a range of 200,000 cells compute as Excel does (0 over no number)', () => {
  const get = (_s: string | undefined, r: number) => (r < 200_000 ? (r % 1000) - 3 : null);
  expect(evaluateFormula(parseFormula('=MAX(A1:A200000)')!, get)).toBe(996);
  expect(evaluateFormula(parseFormula('=MIN(A1:A200000)')!, get)).toBe(-3);
  expect(evaluateFormula(parseFormula('=SUBTOTAL(4,A1:A200000)')!, get)).toBe(996);
  expect(evaluateFormula(parseFormula('=SUBTOTAL(105,A1:A200000)')!, get)).toBe(-3);
  const none = () => null;
  expect(evaluateFormula(parseFormula('=MAX(A1:A10)')!, none)).toBe(0);
  expect(evaluateFormula(parseFormula('=MIN(A1:A10)')!, none)).toBe(0);
});
