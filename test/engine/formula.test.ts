import { averageFormula, MAX_FORMULA_CHARS, sumFormula } from '../../src/engine/formula';

const col = (c: number, rows: number[]) => rows.map((r) => ({ r, c }));

describe('formula text within Excel limits', () => {
  test('a few cells are added, runs become ranges', () => {
    expect(sumFormula(col(2, [3, 5]))).toBe('=C4+C6');
    expect(sumFormula(col(5, [6, 7, 8, 9]))).toBe('=SUM(F7:F10)');
    expect(sumFormula([...col(5, [6, 7, 8]), ...col(5, [20])])).toBe('=SUM(F7:F9,F21)');
  });

  test('more than 255 arguments nest, so no SUM gets more than 255', () => {
    const rows = Array.from({ length: 600 }, (_, i) => i * 2 + 6); // every other row: no runs
    const f = sumFormula(col(5, rows));
    expect(f.startsWith('=SUM(SUM(F7,F9,')).toBe(true);
    for (const m of f.matchAll(/SUM\(([^()]*)\)/g)) expect(m[1].split(',').length).toBeLessThanOrEqual(255);
    expect(f.match(/F\d+/g)).toHaveLength(600);
    expect(f.length).toBeLessThan(MAX_FORMULA_CHARS);
  });

  test('AVERAGE over a run, and sum over count past 255 arguments', () => {
    expect(averageFormula(col(4, [1, 2, 3]))).toBe('=AVERAGE(E2:E4)');
    const f = averageFormula(
      col(
        4,
        Array.from({ length: 300 }, (_, i) => i * 3),
      ),
    );
    const [sum, count] = f.slice(1).split('/');
    expect(sum.startsWith('SUM(SUM(E1,')).toBe(true);
    expect(count.startsWith('SUM(COUNT(E1,')).toBe(true);
    expect(count.match(/COUNT\(/g)).toHaveLength(2);
  });
});
