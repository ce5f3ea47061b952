/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * Start-up: office.js is loaded from code (src/platform/office-loader.ts), not by a blocking
 * <script> in <head>. Outside Office the file mode starts within the grace period whatever the
 * CDN does (refuses, answers, hangs); inside Office the pane waits for office.js, however slow,
 * before it awaits Office.onReady. Settings go through src/platform's storage.
 */
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { BROWSER_GRACE_MS, loadOfficeJs, OFFICE_JS_URL, officeHostSigns } from '../../src/platform/office-loader';
import { loadEnvironment } from '../../src/taskpane/environment';

type OfficeStub = { onReady(): Promise<{ host: string | null; platform: string | null }>; context?: unknown };
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
  document.head.innerHTML = '';
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  window.name = '';
});

const never = () => new Promise<boolean>(() => undefined);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('outside Office', () => {
  test('office.js refused (no Office global): file mode', async () => {
    const env = await loadEnvironment({ hosted: false, load: async () => false });
    expect(env.host).toBeNull();
  });

  test('office.js answers, Office.onReady with host null (plain browser): file mode', async () => {
    const env = await loadEnvironment({
      hosted: false,
      load: async () => {
        g.Office = { onReady: async () => ({ host: null, platform: null }) };
        return true;
      },
    });
    expect(env.host).toBeNull();
  });

  test('office.js request hangs: file mode after the grace period, well within 2 s', async () => {
    expect(BROWSER_GRACE_MS).toBeLessThanOrEqual(500);
    const t0 = Date.now();
    const env = await loadEnvironment({ hosted: false, load: never });
    expect(env.host).toBeNull();
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  test('office.js answering late and naming Excel after all (no sign seen): the pane gets the Excel host then', async () => {
    const env = await loadEnvironment({
      hosted: false,
      graceMs: 20,
      load: async () => {
        await wait(100);
        g.Office = { onReady: async () => ({ host: 'Excel', platform: 'PC' }), context: { host: 'Excel', platform: 'PC' } };
        return true;
      },
    });
    expect(env.host).toBeNull();
    await expect(env.lateHost).resolves.not.toBeNull();
  });

  test('office.js arrives but Office.onReady never settles: file mode after the grace period', async () => {
    const t0 = Date.now();
    const env = await loadEnvironment({
      hosted: false,
      graceMs: 50,
      load: async () => {
        g.Office = { onReady: never as unknown as OfficeStub['onReady'] };
        return true;
      },
    });
    expect(env.host).toBeNull();
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('inside Office', () => {
  test('a slow office.js (longer than the grace period) is waited for, then Office.onReady: Excel mode', async () => {
    const order: string[] = [];
    const env = await loadEnvironment({
      hosted: true,
      graceMs: 20,
      load: async () => {
        await wait(150);
        order.push('office.js loaded');
        g.Office = {
          onReady: async () => {
            order.push('onReady');
            return { host: 'Excel', platform: 'PC' };
          },
          context: { host: 'Excel', platform: 'PC' },
        };
        return true;
      },
    });
    expect(order).toEqual(['office.js loaded', 'onReady']);
    expect(env.host).not.toBeNull();
  });
});

describe('signs that Office opened the page', () => {
  test('none in a plain browser tab', () => {
    expect(officeHostSigns()).toEqual([]);
  });

  test('the _host_Info parameter Office adds to the add-in URL', () => {
    window.history.replaceState(null, '', '/taskpane.html?_host_Info=Excel$Win32$16.01$en-US$$$$0');
    expect(officeHostSigns()).toContain('_host_Info');
  });

  test('host info kept by office.js from an earlier page of the pane', () => {
    sessionStorage.setItem('hostInfoValue', 'Excel|Web|16.00|en-US');
    expect(officeHostSigns()).toContain('sessionStorage');
  });

  test('window.name carrying host info (Office on the web)', () => {
    window.name = JSON.stringify({ hostInfo: 'Excel|Web|16.00|en-US', xdmInfo: 'x' });
    expect(officeHostSigns()).toContain('window.name');
  });

  test("Office's window.external on Windows, the Agave handler on Mac", () => {
    const w = window as unknown as { external: unknown; webkit?: unknown };
    const external = w.external;
    Object.defineProperty(window, 'external', { value: { GetContext: () => ({}) }, configurable: true });
    w.webkit = { messageHandlers: { Agave: {} } };
    try {
      expect(officeHostSigns()).toEqual(expect.arrayContaining(['window.external', 'webkit.Agave']));
    } finally {
      Object.defineProperty(window, 'external', { value: external, configurable: true });
      delete w.webkit;
    }
  });
});

describe('loadOfficeJs', () => {
  test('adds one async script for the CDN URL; load resolves true, error false', async () => {
    const first = loadOfficeJs();
    const again = loadOfficeJs();
    const scripts = document.head.querySelectorAll(`script[src="${OFFICE_JS_URL}"]`);
    expect(scripts).toHaveLength(1);
    scripts[0].dispatchEvent(new Event('load'));
    await expect(first).resolves.toBe(true);
    await expect(again).resolves.toBe(true);
    document.head.innerHTML = '';
    const failed = loadOfficeJs();
    document.head.querySelector('script')?.dispatchEvent(new Event('error'));
    await expect(failed).resolves.toBe(false);
  });
});

test('settings survive a round trip through the platform store', async () => {
  const env = await loadEnvironment({ hosted: false, load: async () => false });
  env.store.save({ ...DEFAULT_SETTINGS, lang: 'en', ratioTolerance: 0.25 });
  expect(env.store.load()).toMatchObject({ lang: 'en', ratioTolerance: 0.25 });
});
