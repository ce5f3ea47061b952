/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * The settings store's load-time validation (src/platform): a saved polarity map and custom
 * predikat scales survive a round trip; malformed ones are dropped without breaking the load.
 */
import { DEFAULT_SETTINGS, type PredikatScale, type Settings } from '../../src/engine/settings';
import { DINAS_SCALE } from './scales';
import { loadSettings, rememberSettings, resetPlatformForTests, sanitizeSettings } from '../../src/platform';

const SCALE: PredikatScale = DINAS_SCALE;

beforeEach(() => {
  localStorage.clear();
  resetPlatformForTests();
});

/** Writes raw JSON where the store keeps its settings, as an older or tampered pane might have. */
function saveRaw(value: unknown) {
  localStorage.setItem('@cermat/settings', JSON.stringify(value));
  resetPlatformForTests();
}

test('a polarity map and a custom scale round-trip (−Infinity comes back from JSON null)', () => {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    predikat: 'custom',
    customScales: [SCALE],
    polarity: { 'Tabel 3.1!12': 'lower', 'Capaian!3': 'higher', 'a!b!7': 'lower' },
  };
  rememberSettings(settings);
  expect(localStorage.getItem('@cermat/settings')).toContain('"min":null');
  resetPlatformForTests();
  expect(loadSettings()).toEqual(settings);
});

test('a malformed polarity map keeps its valid entries only, or goes away', () => {
  saveRaw({
    lang: 'en',
    polarity: {
      'Capaian!3': 'lower',
      'Capaian!4': 'down', // not a polarity
      'Capaian!0': 'lower', // rows are 1-based
      'Capaian!x': 'lower',
      'Capaian!2000000': 'lower', // past Excel's last row
      '!5': 'higher', // no sheet
      'Nama lembar yang jauh lebih panjang dari 31!5': 'higher',
      'Capaian!5': 'higher',
      'Capaian!6': 1,
    },
  });
  expect(loadSettings()).toEqual({ lang: 'en', polarity: { 'Capaian!3': 'lower', 'Capaian!5': 'higher' } });

  for (const polarity of [[], 'lower', null, 7, { 'Capaian!4': 'down' }, {}]) {
    saveRaw({ lang: 'en', polarity });
    expect(loadSettings()).toEqual({ lang: 'en' });
  }
});

test('malformed custom scales are dropped, a predikat naming one falls back, the rest of the settings stay', () => {
  const bad: unknown[] = [
    null,
    'custom',
    { ...SCALE, id: 'a', bands: 'Baik' },
    { ...SCALE, id: 'b', bands: [SCALE.bands[0]] }, // one band
    { ...SCALE, id: 'c', bands: [SCALE.bands[1], SCALE.bands[0], SCALE.bands[2]] }, // not decreasing
    { ...SCALE, id: 'd', bands: [{ ...SCALE.bands[0], label: ' ' }, SCALE.bands[2]] }, // empty label
    { ...SCALE, id: 'e', bands: [{ ...SCALE.bands[0], min: '90' }, SCALE.bands[2]] }, // bound as text
    { ...SCALE, id: 'f', bands: [{ ...SCALE.bands[0], inclusive: 'ya' }, SCALE.bands[2]] },
    { ...SCALE, id: 'g', name: '' },
    { ...SCALE, id: 'renstra' }, // a built-in scale's id
    { ...SCALE, id: 'auto' },
    { ...SCALE, id: 'h', bands: [SCALE.bands[0], { ...SCALE.bands[1], min: null }, { ...SCALE.bands[2], min: null }] },
  ];
  saveRaw({ lang: 'en', ratioTolerance: 0.5, predikat: 'c', customScales: [...bad, SCALE, { ...SCALE, name: 'Duplicate id' }] });
  expect(loadSettings()).toEqual({ lang: 'en', ratioTolerance: 0.5, customScales: [SCALE] });

  saveRaw({ predikat: 'custom', customScales: bad });
  expect(loadSettings()).toEqual({});
  saveRaw({ predikat: 'toString', customScales: { 0: SCALE } });
  expect(loadSettings()).toEqual({});
});

test('garbage at the top level never throws', () => {
  for (const raw of [null, 'x', 42, [], { polarity: { __proto__: { 'S!1': 'lower' } } }]) {
    expect(() => sanitizeSettings(raw)).not.toThrow();
  }
  localStorage.setItem('@cermat/settings', '{not json');
  resetPlatformForTests();
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const loaded = (() => {
    try {
      return loadSettings();
    } finally {
      spy.mockRestore();
    }
  })();
  expect(loaded).toEqual({});
});
