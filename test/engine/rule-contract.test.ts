/** The rule contract: modules declare what they emit, the registry is built from them, one rule runs alone. */
import * as fs from 'fs';
import * as path from 'path';
import { analyseSheet } from '../../src/engine/analyse';
import { RULE_MODULES, RULES, declared, moduleOf, wordFinding } from '../../src/engine/rules/registry';
import { toleranceFor } from '../../src/engine/tolerance';
import { bold, grid } from '../support/grid';
import { runRule } from '../support/ruleTester';

const RULES_DIR = path.join(__dirname, '../../src/engine/rules');

describe('modules and the registry', () => {
  test('each rule file is named after its main id, and each table rule module has a file', () => {
    const files = fs.readdirSync(RULES_DIR).filter((f) => /^[a-z]+\.[a-z-]+\.ts$/.test(f));
    const mains = [...new Set(RULES.map((r) => r.module))];
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(mains.sort());
    for (const m of RULE_MODULES) expect(files).toContain(`${m.meta.id}.ts`);
  });

  test('every id has one owner, a family from its prefix, a severity and a title in both languages', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.family).toBe(r.id.split('.')[0]);
      expect(['error', 'warning', 'info']).toContain(r.severity);
      expect(r.title.id.length).toBeGreaterThan(5);
      expect(r.title.en.length).toBeGreaterThan(5);
      expect(r.title.id).not.toBe(r.title.en);
    }
  });

  test('a variant says its own severity; an undeclared id or variant is not declared', () => {
    expect(declared('value.missing', 'value.missing', 'noRealisasi')).toBe('info');
    expect(declared('value.missing', 'value.missing', 'default')).toBe('warning');
    expect(declared('number.text', 'number.invalid', 'broken')).toBe('error');
    expect(declared('number.text', 'sum.total-row', 'default')).toBeNull();
    expect(declared('value.missing', 'value.missing', 'nonsense')).toBeNull();
    expect(moduleOf('kode.number')).toBe('kode.parent');
  });

  test('a finding is worded from its template in both languages, with what the knock-on pass adds', () => {
    const d = {
      cell: 'C9',
      rule: 'sum.total-row',
      severity: 'error' as const,
      messageId: 'default',
      expected: 10,
      actual: 12,
      related: [],
      data: { label: 'Jumlah', n: 1, scope: 'section', sum: 10, stated: 12 },
    };
    expect(wordFinding(d)).toEqual({
      id: 'Jumlah: 1 baris di atasnya sejak judul kelompok atau Jumlah sebelumnya berjumlah 10, tertulis 12 (selisih 2)',
      en: 'Jumlah: the 1 row above it since the group heading or the previous total adds up to 10, 12 is stated (difference 2)',
    });
    expect(wordFinding({ ...d, data: { ...d.data, n: 3 }, cause: { why: 'follows', cells: ['C4'] } }).en).toBe(
      'Jumlah: the 3 rows above it since the group heading or the previous total add up to 10, 12 is stated (difference 2). This follows from C4: once that cell is corrected this holds',
    );
  });
});

describe('tolerance is one concept', () => {
  const tol = toleranceFor({ ratioTolerance: 0.5 });
  const n = (value: number, decimals: number) => ({ kind: 'number' as const, value, decimals, fromText: false });
  test("half a unit of the last shown decimal, sums add the parts shown with decimals, ratios the user's points", () => {
    expect(tol.shown(n(94.74, 2))).toBeCloseTo(0.005);
    expect(tol.sum(n(10, 0), [n(4.5, 1), n(5, 0)])).toBeCloseTo(0.5 + 0.05, 6);
    expect(tol.ratio(n(94.7, 1))).toBeCloseTo(0.55);
    expect(toleranceFor({ ratioTolerance: 0 }).ratio(n(95, 0))).toBeCloseTo(0.5);
  });
});

describe('one rule runs alone', () => {
  // A wrong Jumlah (C5) and a wrong ratio (E3) in one table.
  const sheet = () =>
    grid([
      [bold('No'), bold('Program'), bold('Anggaran (Rp)'), bold('Realisasi (Rp)'), bold('Rasio (%)')],
      [1, 'Program A', 1000000, 900000, 90],
      [2, 'Program B', 2000000, 1500000, 70],
      [3, 'Program C', 500000, 500000, 100],
      [null, bold('Jumlah'), 3600000, 2900000, 82.86],
    ]);

  test("all rules find both (and the total row's ratio follows from its wrong total)", () => {
    const a = analyseSheet(sheet());
    expect(
      a.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.cell} ${f.rule}`)
        .sort(),
    ).toEqual(['C5 sum.total-row', 'E3 ratio.anggaran']);
    expect(a.findings.find((f) => f.cell === 'E5')).toMatchObject({ rule: 'ratio.total', severity: 'warning', related: expect.arrayContaining(['C5']) });
  });

  test('sum.total-row alone reports only its own', () => {
    const a = runRule('sum.total-row', sheet());
    expect(a.findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['C5 sum.total-row']);
  });

  test('ratio.anggaran alone reports only its own', () => {
    const a = runRule('ratio.anggaran', sheet());
    expect(a.findings.map((f) => `${f.cell} ${f.rule} ${f.expected}`)).toEqual(['E3 ratio.anggaran 75']);
  });

  test('a finding id runs the module that owns it', () => {
    const g = grid([
      [bold('Kode'), bold('Uraian'), bold('Pagu (Rp)')],
      ['1.01', 'Program', 300],
      [2.1, 'Kegiatan', 300],
    ]);
    expect(runRule('kode.number', g).findings.map((f) => `${f.cell} ${f.rule}`)).toContain('A3 kode.number');
  });
});

describe('sum.hierarchy on a tree whose parents mostly do not add up', () => {
  test('one warning on the column at its header, no error per cell', () => {
    // Bullets make a tree, but the parents' figures are not the sums of the rows under them.
    const g = grid([
      [bold('No'), bold('Uraian'), bold('Pagu (Rp)')],
      ['A.', 'Kelompok satu', 100],
      ['1.', 'Rincian', 30],
      ['2.', 'Rincian', 40],
      ['B.', 'Kelompok dua', 500],
      ['1.', 'Rincian', 10],
      ['2.', 'Rincian', 20],
      ['C.', 'Kelompok tiga', 900],
      ['1.', 'Rincian', 60],
      ['2.', 'Rincian', 70],
    ]);
    const a = runRule('sum.hierarchy', g);
    expect(a.findings.map((f) => [f.cell, f.rule, f.severity])).toEqual([['C1', 'sum.hierarchy', 'warning']]);
    expect(a.findings[0].message.en).toBe(
      'Column "Pagu (Rp)": 3 of 3 parent rows do not equal the sum of the rows under them, so the rows are not read as parts of a sum; no per-cell findings',
    );
  });
});
