/**
 * @jest-environment ./test/support/jsdom-environment.js
 */
import { detectHost, loadSettings, logError, rememberSettings, resetPlatformForTests, sanitizeSettings } from '../../src/platform';
import { DEFAULT_SETTINGS, type Settings } from '../../src/engine/settings';

type OfficeStub = { onReady: () => Promise<{ host: string | null; platform: string | null }>; context?: unknown };

function setOffice(office: OfficeStub | undefined): void {
  const g = globalThis as unknown as { Office?: OfficeStub };
  const w = window as unknown as { Office?: OfficeStub };
  g.Office = office;
  w.Office = office;
}

afterEach(() => {
  setOffice(undefined);
  localStorage.clear();
  resetPlatformForTests();
  jest.restoreAllMocks();
});

describe('settings', () => {
  test('round-trips through the helpers Storage under @cermat/', () => {
    const s: Settings = {
      ...DEFAULT_SETTINGS,
      lang: 'en',
      ratioTolerance: 0.5,
      predikat: 'mine',
      customScales: [
        {
          id: 'mine',
          name: 'Mine',
          bands: [
            { min: 50, inclusive: true, label: 'OK' },
            { min: -Infinity, inclusive: true, label: 'Low' },
          ],
        },
      ],
      polarity: { 'Tabel 1!7': 'lower' },
    };
    rememberSettings(s);
    expect(localStorage.getItem('@cermat/settings')).not.toBeNull();
    resetPlatformForTests();
    expect(loadSettings()).toEqual(s);
  });

  test('ignores unknown or ill-typed fields', () => {
    expect(sanitizeSettings({ lang: 'fr', formulas: 'yes', ratioTolerance: -1, predikat: 'nope', extra: 1 })).toEqual({});
    expect(sanitizeSettings('garbage')).toEqual({});
    localStorage.setItem('@cermat/settings', '{not json');
    expect(loadSettings()).toEqual({});
  });

  test('falls back to plain localStorage when the helpers Storage cannot start', () => {
    const helpers = jest.requireActual<typeof import('@microsoft/office-js-helpers')>('@microsoft/office-js-helpers');
    jest.spyOn(helpers.Storage.prototype, 'switchStorage').mockImplementation(() => {
      throw new Error('blocked');
    });
    rememberSettings({ ...DEFAULT_SETTINGS, lang: 'en' });
    expect(JSON.parse(localStorage.getItem('@cermat/settings') ?? 'null')).toMatchObject({ lang: 'en' });
    expect(loadSettings().lang).toBe('en');
  });
});

describe('detectHost', () => {
  test('no Office global (office.js failed to load)', async () => {
    await expect(detectHost()).resolves.toEqual({ inExcel: false, host: null, platform: null });
  });

  test('Office.onReady resolves with host null in a plain browser', async () => {
    setOffice({ onReady: async () => ({ host: null, platform: null }), context: {} });
    await expect(detectHost()).resolves.toEqual({ inExcel: false, host: null, platform: null });
  });

  test('inside Excel', async () => {
    setOffice({ onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }), context: { host: 'Excel', platform: 'OfficeOnline' } });
    await expect(detectHost()).resolves.toEqual({ inExcel: true, host: 'EXCEL', platform: 'OFFICE_ONLINE' });
  });

  test('onReady that never settles times out as outside Office', async () => {
    setOffice({ onReady: () => new Promise(() => undefined) });
    await expect(detectHost(20)).resolves.toEqual({ inExcel: false, host: null, platform: null });
  });
});

test('logError never throws, whatever it is given', () => {
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'group').mockImplementation(() => undefined);
  jest.spyOn(console, 'groupCollapsed').mockImplementation(() => undefined);
  jest.spyOn(console, 'groupEnd').mockImplementation(() => undefined);
  expect(() => logError(new Error('boom'), 'read')).not.toThrow();
  expect(() => logError({ code: 'X' })).not.toThrow();
  expect(spy).toHaveBeenCalled();
});
