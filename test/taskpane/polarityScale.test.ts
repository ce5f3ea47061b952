/** The pane's helpers for per-row polarity keys and the custom predikat scale draft. */
import type { Finding } from '../../src/engine/types';
import { effectivePolarity, polarityKey, sortedOverrides, withPolarity } from '../../src/taskpane/polarity';
import { draftToScale, parseBound, scaleProblems, scaleToDraft, type ScaleDraft } from '../../src/taskpane/predikatScale';

const capaian = (cell: string, en: string): Finding => ({
  sheet: 'Tabel 3.1',
  cell,
  rule: 'ratio.capaian',
  severity: 'warning',
  expected: 90,
  actual: 110,
  message: { id: '', en },
  related: [],
});

test('the key is the engine’s: sheet!row, 1-based, whatever the column', () => {
  expect(polarityKey('Tabel 3.1', 'G12')).toBe('Tabel 3.1!12');
  expect(polarityKey('A!B', 'AA1')).toBe('A!B!1');
  expect(polarityKey('S', 'not a cell')).toBeNull();
});

test('effective polarity: the override, else what the engine’s message says', () => {
  const higher = capaian('G5', '"X" 110 matches a lower-is-better formula ((2T−R)/T); realisasi/target gives 90. Set this row\'s polarity if that is intended');
  const lower = capaian('G6', '"Y" a lower-is-better indicator, but 125 is computed as realisasi/target; (2T−R)/T gives 75');
  expect(effectivePolarity(higher, undefined)).toEqual({ polarity: 'higher', overridden: false });
  expect(effectivePolarity(lower, {})).toEqual({ polarity: 'lower', overridden: false });
  expect(effectivePolarity(higher, { 'Tabel 3.1!5': 'lower' })).toEqual({ polarity: 'lower', overridden: true });
});

test('setting and clearing keys; an empty map is no map', () => {
  const m = withPolarity(undefined, 'S!10', 'lower');
  expect(m).toEqual({ 'S!10': 'lower' });
  const two = withPolarity(m, 'S!9', 'higher');
  expect(sortedOverrides(two).map((e) => e.row)).toEqual([9, 10]);
  expect(withPolarity(withPolarity(two, 'S!9', null), 'S!10', null)).toBeUndefined();
  expect(m).toEqual({ 'S!10': 'lower' }); // not mutated
});

test('draft validation and conversion', () => {
  const draft: ScaleDraft = {
    name: ' Skala ',
    bands: [
      { label: 'Baik', min: '85,5', inclusive: false },
      { label: 'Cukup', min: '60', inclusive: true },
      { label: 'Kurang', min: 'ignored', inclusive: false },
    ],
  };
  expect(scaleProblems(draft)).toEqual([]);
  expect(draftToScale(draft)).toEqual({
    id: 'custom',
    name: 'Skala',
    bands: [
      { min: 85.5, inclusive: false, label: 'Baik' },
      { min: 60, inclusive: true, label: 'Cukup' },
      { min: -Infinity, inclusive: true, label: 'Kurang' },
    ],
  });
  expect(scaleToDraft(draftToScale(draft)).bands.map((b) => b.min)).toEqual(['85.5', '60', '']);
  expect(scaleProblems({ ...draft, bands: [{ ...draft.bands[0], min: '60' }, draft.bands[1], draft.bands[2]] })).toEqual([{ kind: 'order', band: 2 }]);
  expect(
    scaleProblems({
      name: '',
      bands: [
        { label: '', min: '', inclusive: true },
        { label: '', min: '', inclusive: true },
      ],
    }),
  ).toEqual([{ kind: 'name' }, { kind: 'label', band: 1 }, { kind: 'label', band: 2 }, { kind: 'bound', band: 1 }]);
  expect([parseBound('1e3'), parseBound(''), parseBound('-5'), parseBound('.5')]).toEqual([NaN, NaN, -5, 0.5]);
});
