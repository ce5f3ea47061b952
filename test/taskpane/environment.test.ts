/**
 * @jest-environment jsdom
 *
 * Start-up outside Excel: office.js missing (no Office global) or Office.onReady with host null
 * must both give the file mode (host null); settings go through src/platform's storage.
 */
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { loadEnvironment } from '../../src/taskpane/environment';

type OfficeStub = { onReady(): Promise<{ host: string | null; platform: string | null }> };
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
});

test('no Office global: file mode', async () => {
  const env = await loadEnvironment();
  expect(env.host).toBeNull();
});

test('Office.onReady with host null (plain browser): file mode', async () => {
  g.Office = { onReady: async () => ({ host: null, platform: null }) };
  const env = await loadEnvironment();
  expect(env.host).toBeNull();
});

test('settings survive a round trip through the platform store', async () => {
  const env = await loadEnvironment();
  env.store.save({ ...DEFAULT_SETTINGS, lang: 'en', ratioTolerance: 0.25 });
  expect(env.store.load()).toMatchObject({ lang: 'en', ratioTolerance: 0.25 });
});
