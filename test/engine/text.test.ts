/** words(): the one-pass ASCII fold gives what the regex chain gives (and the same string when already folded). */
import fc from 'fast-check';
import { inCapitals, norm, words } from '../../src/engine/text';

const byRegex = (s: string) =>
  norm(s)
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();

describe('words', () => {
  test('ASCII and other text: as the regex chain folds it', () => {
    const unit = fc.constantFrom(...' aZ9%-._\t\nAbcXYZ0é()/,'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (s) => {
        expect(words(s)).toBe(byRegex(s));
      }),
      { numRuns: 5000 },
    );
  });

  test('long texts (past the scratch buffer and the chunked build), and folded text as it is', () => {
    const big = 'Catatan, Pelaksanaan-KEGIATAN 2025 (%) '.repeat(3000);
    expect(words(big)).toBe(byRegex(big));
    expect(words('program penunjang urusan')).toBe('program penunjang urusan');
    expect(words('')).toBe('');
    expect(words(' -- ')).toBe('');
  });
});

describe('inCapitals: written in capitals, with a run of capital letters', () => {
  test('what the recognisers ask it', () => {
    expect(['BELANJA OPERASI', 'JUMLAH', 'A', 'I.', 'D-III', 'SMA / SMK'].map((s) => inCapitals(s))).toEqual([true, true, true, true, true, true]);
    expect(['Belanja Pegawai', 'jumlah', '2.07', '', '(%)'].map((s) => inCapitals(s))).toEqual([false, false, false, false, false]);
    expect(['A B', 'AB', 'RT/RW'].map((s) => inCapitals(s, 2))).toEqual([false, true, true]);
    expect(['TPT', 'TP T', 'RSUD'].map((s) => inCapitals(s, 3))).toEqual([true, false, true]);
  });

  test('the same as a regex of the run on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (s, run) => {
        expect(inCapitals(s, run)).toBe(s === s.toUpperCase() && new RegExp(`[A-Z]{${run}}`).test(s));
      }),
    );
  });
});
