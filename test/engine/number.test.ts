import fc from 'fast-check';
import { parseNumber, readCell } from '../../src/engine';
import { isDottedCode } from '../../src/engine/number';

describe('parseNumber: Indonesian and English styles', () => {
  test.each([
    ['1.091.140.000', 1091140000, 0, 'id'],
    ['94,74', 94.74, 2, 'id'],
    ['1.323,53', 1323.53, 2, 'id'],
    ['1,323.53', 1323.53, 2, 'en'],
    ['1,091,140,000', 1091140000, 0, 'en'],
    ['12.500', 12500, 0, 'id'],
    ['1.03', 1.03, 2, 'en'],
    ['0.500', 0.5, 3, 'en'],
    ['(1.000)', -1000, 0, 'id'],
    ['-2,5', -2.5, 1, 'id'],
    ['1 000 000', 1000000, 0, 'plain'],
    ['57', 57, 0, 'plain'],
  ])('%s → %d', (text, value, decimals, style) => {
    expect(parseNumber(text)).toEqual({ value, decimals, style });
  });

  test.each(['abc', '1.2.3,4,5', '10 21', '1,2,3', '', '12a', '--'])('%s is not a number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('readCell: what a reviewer reads in a cell', () => {
  test('real numbers take their decimals from the format, never more than they have', () => {
    expect(readCell({ value: 94.6, numFmt: '#,##0.00' })).toMatchObject({ kind: 'number', value: 94.6, decimals: 1, fromText: false });
    expect(readCell({ value: 94.74, numFmt: '#,##0.00' })).toMatchObject({ decimals: 2 });
    expect(readCell({ value: 94.7412, numFmt: '#,##0.00' })).toMatchObject({ decimals: 2 });
    expect(readCell({ value: 1091140000, numFmt: '#,##0' })).toMatchObject({ decimals: 0 });
  });

  test('a percent format shows the number ×100', () => {
    expect(readCell({ value: 0.9474, numFmt: '0.00%' })).toMatchObject({ kind: 'number', value: 94.74, percent: true });
  });

  test('an escaped or quoted % is a literal sign: the value is not scaled', () => {
    expect(readCell({ value: 94.74, numFmt: '0.00\\%' })).toMatchObject({ kind: 'number', value: 94.74 });
    expect(readCell({ value: 94.74, numFmt: '0.00"%"' })).toMatchObject({ kind: 'number', value: 94.74 });
    expect(readCell({ value: 94.74, numFmt: '0.00\\%' })).not.toHaveProperty('percent', true);
  });

  test('numbers typed as text are read and marked', () => {
    expect(readCell({ value: '1.091.140.000' })).toMatchObject({ kind: 'number', value: 1091140000, fromText: true, style: 'id' });
    expect(readCell({ value: '94,74%' })).toMatchObject({ kind: 'number', value: 94.74, percent: true, unit: '%' });
    expect(readCell({ value: 'Rp 2.500.000' })).toMatchObject({ kind: 'number', value: 2500000, unit: 'Rp' });
  });

  test('units, dashes, NA, errors, grades and ranges', () => {
    expect(readCell({ value: '57 Orang' })).toMatchObject({ kind: 'number', value: 57, unit: 'Orang' });
    expect(readCell({ value: '-' })).toEqual({ kind: 'dash' });
    expect(readCell({ value: '–' })).toEqual({ kind: 'dash' });
    expect(readCell({ value: 'NA' })).toEqual({ kind: 'na' });
    expect(readCell({ value: 'N/A' })).toEqual({ kind: 'na' });
    expect(readCell({ value: '#N/A', error: true })).toMatchObject({ kind: 'error' });
    expect(readCell({ value: '#REF!' })).toEqual({ kind: 'error', code: '#REF!' });
    expect(readCell({ value: '94 (AA)' })).toEqual({ kind: 'graded', value: 94, grade: 'AA' });
    expect(readCell({ value: '67,10 (B)' })).toEqual({ kind: 'graded', value: 67.1, grade: 'B' });
    expect(readCell({ value: '3,2-3,0' })).toEqual({ kind: 'range', lo: 3, hi: 3.2 });
    // An inflation target "3±1" (probe 130): the band around the figure.
    expect(readCell({ value: '3±1' })).toEqual({ kind: 'range', lo: 2, hi: 4 });
    expect(readCell({ value: '2,5 +/- 1 %' })).toEqual({ kind: 'range', lo: 1.5, hi: 3.5 });
    expect(readCell({ value: 'Baik' })).toEqual({ kind: 'text', text: 'Baik' });
    expect(readCell({ value: 0 })).toMatchObject({ kind: 'number', value: 0 });
    expect(readCell(undefined)).toEqual({ kind: 'empty' });
  });

  test('as other offices type them: footnote markers, whole rupiah ",-", spelled-out counts, Nihil', () => {
    expect(readCell({ value: '5,31*)' })).toMatchObject({ kind: 'number', value: 5.31, fromText: true });
    expect(readCell({ value: '68,92 **)' })).toMatchObject({ kind: 'number', value: 68.92 });
    expect(readCell({ value: '*) belum ada data' })).toEqual({ kind: 'na' });
    expect(readCell({ value: '*)' })).toEqual({ kind: 'na' });
    expect(readCell({ value: '24.500.000,-' })).toMatchObject({ kind: 'number', value: 24500000, fromText: true });
    expect(readCell({ value: '1.250.000.-' })).toMatchObject({ kind: 'number', value: 1250000 });
    expect(readCell({ value: '4 (empat) Dokumen' })).toMatchObject({ kind: 'number', value: 4, unit: 'Dokumen' });
    expect(readCell({ value: '12 (dua belas) Kali' })).toMatchObject({ kind: 'number', value: 12, unit: 'Kali' });
    expect(readCell({ value: 'Nihil' })).toEqual({ kind: 'dash' });
    expect(readCell({ value: 'Rp -' })).toEqual({ kind: 'dash' });
    // Still what they were: a grade in brackets, a kode with a marker, a name with a letter in brackets.
    expect(readCell({ value: '4 (A)' })).toEqual({ kind: 'graded', value: 4, grade: 'A' });
    expect(readCell({ value: '1.02.01*)' })).toMatchObject({ kind: 'text' });
    expect(readCell({ value: 'Program (x)' })).toMatchObject({ kind: 'text' });
  });
});

describe('a kode is text without trying every number reading (isDottedCode)', () => {
  test.each(['1.02.01.2.01', '1.02.01', '2.10.02.1.01.0001', '16.0001.02', '1.2.3', '1..2', '.5.1'])('%s reads as text', (s) => {
    expect(isDottedCode(s)).toBe(true);
    expect(readCell({ value: s })).toEqual({ kind: 'text', text: s });
  });

  test.each([
    ['1.091.140.000', 1091140000],
    ['103.426.819.26', 103426819.26],
    ['1.02', 1.02],
    ['12.500', 12500],
    // A slip that looks like a kode is read as the number it most likely is (and reported as malformed).
    ['16.001.02', 16001.02],
  ])('%s still reads as a number', (s, n) => {
    expect(isDottedCode(s)).toBe(false);
    expect(readCell({ value: s })).toMatchObject({ kind: 'number', value: n });
  });

  test('on any string of digits and dots, it says "text" only where no number reading would take it', () => {
    // The oracle: parseNumber, and the slip pattern of malformedNumber (thousands with decimals split off by a dot).
    const slip = /^(\d{1,3}(?:([.,])\d{3})+)\2(\d{1,2})$/;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '2', '0', '9', '.', '.', '12', '345'), { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          if (isDottedCode(s)) return parseNumber(s) === null && !slip.test(s);
          return true;
        },
      ),
      { numRuns: 20_000 },
    );
    // And it does fire on kode-like strings, so the property above is not vacuous.
    expect(['1.02.01', '1.2.3.4', '10.1.2'].filter(isDottedCode)).toHaveLength(3);
  });
});
