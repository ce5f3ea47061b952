/**
 * The fixture workbooks (real tables with their published values and errors) are the ground
 * truth: every table recognised with its layout and range, every primary finding reported at
 * its cell by a rule of the right family, nothing else reported as an error.
 */
import type { Analysis } from '../../src/engine';
import { analyseFile, familyOf, listFixtures, type Fixture } from '../support/fixtures';

const fixtures = listFixtures();
const cache = new Map<string, Promise<Analysis>>();
const analysis = (fx: Fixture) => {
  if (!cache.has(fx.file)) cache.set(fx.file, analyseFile(fx.file));
  return cache.get(fx.file)!;
};

test('the fixture folder is found and holds every kind of workbook', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(30);
  expect(new Set(fixtures.map((f) => f.dir))).toEqual(new Set(['corrected', 'published', 'stacked', 'text']));
});

describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fx) => {
  test('recognises every table: layout, range, header and body rows', async () => {
    const a = await analysis(fx);
    const got = a.tables.map((t) => ({ sheet: t.sheet, range: t.range, headerRows: t.headerRows, bodyRows: t.bodyRows }));
    const want = fx.expected.tables.map((t) => ({ sheet: t.sheet, range: t.range, headerRows: t.header_rows, bodyRows: t.body_rows }));
    expect(got).toEqual(want);
    fx.expected.tables.forEach((t, i) => expect(t.layout.split('|')).toContain(a.tables[i].layout));
  });

  test('reports every primary finding at its cell, as an error of the right family', async () => {
    const a = await analysis(fx);
    for (const t of fx.expected.tables) {
      for (const f of t.findings) {
        const family = familyOf(f.kind);
        const hits = a.findings.filter((x) => x.sheet === t.sheet && x.cell === f.cell && x.rule.startsWith(`${family}.`));
        expect({ cell: f.cell, kind: f.kind, severities: hits.map((h) => h.severity) }).toEqual(
          expect.objectContaining({ severities: expect.arrayContaining(['error']) }),
        );
        if (typeof f.expected === 'number') {
          const want = f.expected;
          const close = hits.some((h) => typeof h.expected === 'number' && Math.abs(h.expected - want) <= 0.011);
          expect({ cell: f.cell, expected: want, close }).toEqual({ cell: f.cell, expected: want, close: true });
        }
      }
    }
  });

  test('reports nothing else as an error (uncertain conventions at most as warnings)', async () => {
    const a = await analysis(fx);
    const allowed = new Set<string>();
    for (const t of fx.expected.tables) for (const f of [...t.findings, ...(t.acceptable ?? [])]) allowed.add(`${t.sheet}!${f.cell}`);
    const stray = a.findings.filter((f) => f.severity === 'error' && !allowed.has(`${f.sheet}!${f.cell}`)).map((f) => `${f.cell} ${f.rule}: ${f.message.en}`);
    expect(stray).toEqual([]);
  });
});

test('corrected workbooks carry no error at all', async () => {
  const corrected = fixtures.filter((f) => f.dir === 'corrected');
  expect(corrected.length).toBeGreaterThan(0);
  for (const fx of corrected) {
    const a = await analysis(fx);
    expect({ file: fx.name, errors: a.findings.filter((f) => f.severity === 'error').map((f) => f.cell) }).toEqual({ file: fx.name, errors: [] });
  }
});

test('secondary findings point at the primary one', async () => {
  const fx = fixtures.find((f) => f.name === 'published/000_tabel_2_2.xlsx')!;
  const a = await analysis(fx);
  const jumlah = a.findings.find((f) => f.cell === 'E35' && f.rule === 'sum.total-row');
  expect(jumlah?.severity).toBe('warning');
  expect(jumlah?.related).toEqual(expect.arrayContaining(['E32', 'E34']));
});

test('a cell that repairs two failing relations is named as the likely mistake', async () => {
  const fx = fixtures.find((f) => f.name === 'published/004_tabel_3_7.xlsx')!;
  const a = await analysis(fx);
  const suspect = a.findings.find((f) => f.rule === 'value.suspect');
  expect(suspect).toMatchObject({ cell: 'D34', expected: 303959800, severity: 'warning' });
  expect(suspect?.related.sort()).toEqual(['D31', 'E34']);
});
