/**
 * Tables written blind from DOMAIN.md as other offices lay them out (test/fixtures/redteam): clean
 * copies give no error, every planted cell is found at its cell, and nothing else is an error.
 * Judged like the fixtures: an uncertain convention (a lower-is-better ratio computed the other way,
 * a number stored as text with the right value) is a warning at its cell, not an error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/xlsx/read';

const DIR = path.join(__dirname, '..', 'fixtures', 'redteam');

/** Planted cells a reviewer reports as warnings: conventions, not arithmetic slips. */
const WARNING_AT: Record<string, string[]> = {
  t01_aset_sumbabarat: ['E15'], // a number stored as text, right value
  t03_kinerja_sultra: ['Q10'], // lower is better, stated as realisasi/target
  t13_kinerja_banyuwangi: ['M11'], // the same
  t19_capaian_sleman: ['E9'], // higher is better, stated as target/realisasi (a lower-is-better formula)
};

/** Errors the table holds as written, clean copy included. */
const INTENDED: Record<string, string[]> = {
  // Akhir-periode Rp summed on most rows and the last year's Rp on two: those two are the findings (DOMAIN).
  t12c_renstra61_bitung_mixed: ['Q10', 'Q14'],
};

/** Errors that follow from a planted one, which a reviewer accepts (the fixtures' `acceptable`). */
const ACCEPTABLE: Record<string, string[]> = {
  // The Total row's Jumlah: its own column sum holds, so its row total fails through E8 and C12.
  t20_formula_lotim: ['E12'],
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.xlsx'));
const base = (f: string) => f.replace(/_(clean|planted)(_v_\w+)?\.xlsx$/, '');

async function errorsAndWarnings(file: string) {
  const a = analyseWorkbook(await readWorkbook(readFileSync(path.join(DIR, file)), file));
  return {
    errors: a.findings.filter((f) => f.severity === 'error').map((f) => f.cell),
    warnings: a.findings.filter((f) => f.severity === 'warning').map((f) => f.cell),
    layouts: a.tables.map((t) => t.layout),
  };
}

test('the red-team set is there (25 tables, clean and planted)', () => {
  expect(new Set(files.map(base)).size).toBe(25);
  expect(files.filter((f) => f.includes('_clean')).length).toBe(files.filter((f) => f.includes('_planted')).length);
});

describe.each(files.filter((f) => f.includes('_clean')))('%s', (file) => {
  test('no error but the ones a reviewer expects', async () => {
    const { errors } = await errorsAndWarnings(file);
    expect(errors.sort()).toEqual([...(INTENDED[base(file)] ?? [])].sort());
  });
});

describe.each(files.filter((f) => f.includes('_planted')))('%s', (file) => {
  const planted = JSON.parse(readFileSync(path.join(DIR, `${base(file)}_planted.json`), 'utf8')) as { cell: string }[];
  const warnings = WARNING_AT[base(file)] ?? [];
  test('every planted cell found at its cell, nothing else an error', async () => {
    const found = await errorsAndWarnings(file);
    const mustError = planted.map((p) => p.cell).filter((c) => !warnings.includes(c));
    for (const c of mustError) expect([file, c, found.errors.includes(c)]).toEqual([file, c, true]);
    for (const c of warnings) expect([file, c, found.warnings.includes(c)]).toEqual([file, c, true]);
    const allowed = new Set([...mustError, ...(INTENDED[base(file)] ?? []), ...(ACCEPTABLE[base(file)] ?? [])]);
    expect(found.errors.filter((c) => !allowed.has(c))).toEqual([]);
  });
});

test('a year in brackets is a header, not Rp −2.025: Tabel 6.1 and T-C.23 recognised whole', async () => {
  expect((await errorsAndWarnings('t05_renstra61_tabalong_clean.xlsx')).layouts).toEqual(['rencana']);
  expect((await errorsAndWarnings('t03_kinerja_sultra_clean_v_parenyears.xlsx')).layouts).toEqual(['kinerja']);
});
