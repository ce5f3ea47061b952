/** In Node (no window, no localStorage) the platform module imports and degrades to memory. */
import { detectHost, loadSettings, logError, rememberSettings } from '../../src/platform';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';

test('works without window: settings in memory, no host, logging falls back to console', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  rememberSettings({ ...DEFAULT_SETTINGS, lang: 'en' });
  expect(loadSettings()).toMatchObject({ lang: 'en' });
  await expect(detectHost()).resolves.toEqual({ inExcel: false, host: null, platform: null });
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(() => logError(new Error('x'), 'node')).not.toThrow();
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});
