/** words(): the one-pass ASCII fold gives what the regex chain gives (and the same string when already folded). */
import fc from 'fast-check';
import { norm, words } from '../../src/engine/text';

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
