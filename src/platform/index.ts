/**
 * Environment services for the task pane, wrapping @microsoft/office-js-helpers (archived upstream):
 * - remembered settings through its `Storage` (localStorage under the "@cermat/" prefix),
 * - host detection through `Office.onReady` plus its `Utilities.host` / `Utilities.isAddin`,
 * - error logging through its `Utilities.log` (groups OfficeExtension debug info in the console).
 *
 * Deliberately unused: `Utilities.initialize()` (assigns Office.initialize and never resolves
 * outside Office) and `UI.notify` (injects its own Fabric markup into document.body).
 * Every helper call is guarded: the library reads `window` lazily, so it imports fine in Node,
 * but its calls throw there (and Storage throws where localStorage is blocked); we fall back to
 * plain localStorage, then to memory.
 */
import { Storage, Utilities } from '@microsoft/office-js-helpers';
import { sanitizeSettings, type Settings } from '../engine/settings';

export { sanitizeSettings } from '../engine/settings';

const CONTAINER = 'cermat';
const SETTINGS_KEY = 'settings';

/** The little of a key-value store we need; both the helpers' Storage and our fallbacks fit it. */
interface KeyValue {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

let store: KeyValue | undefined;

function openStore(): KeyValue {
  if (store) return store;
  try {
    const helpers = new Storage<unknown>(CONTAINER);
    store = { get: (k) => helpers.get(k), set: (k, v) => void helpers.set(k, v) };
  } catch {
    store = localStorageStore() ?? memoryStore();
  }
  return store;
}

/** Same key layout as the helpers' Storage ("@cermat/<key>", JSON), so either can read the other's data. */
function localStorageStore(): KeyValue | null {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return null;
    return {
      get: (k) => {
        const raw = ls.getItem(`@${CONTAINER}/${k}`);
        return raw === null ? null : (JSON.parse(raw) as unknown);
      },
      set: (k, v) => ls.setItem(`@${CONTAINER}/${k}`, JSON.stringify(v)),
    };
  } catch {
    return null;
  }
}

function memoryStore(): KeyValue {
  const map = new Map<string, string>();
  return {
    get: (k) => {
      const raw = map.get(k);
      return raw === undefined ? null : (JSON.parse(raw) as unknown);
    },
    set: (k, v) => void map.set(k, JSON.stringify(v)),
  };
}

/** For tests: forget the opened store so the next call re-detects the environment. */
export function resetPlatformForTests(): void {
  store = undefined;
}

/** The settings the user chose last time (only valid fields; merge with withDefaults). */
export function loadSettings(): Partial<Settings> {
  try {
    return sanitizeSettings(openStore().get(SETTINGS_KEY));
  } catch (e) {
    logError(e, 'loadSettings');
    return {};
  }
}

/** Remembers the user's settings across sessions (per browser profile, not per workbook). */
export function rememberSettings(settings: Settings): void {
  try {
    openStore().set(SETTINGS_KEY, settings);
  } catch (e) {
    logError(e, 'rememberSettings');
  }
}

export interface HostInfo {
  /** True when running as an add-in inside Excel (desktop, Mac or the web). */
  inExcel: boolean;
  /** Host name in capitals ('EXCEL', 'WORD' …), or null in a plain browser. */
  host: string | null;
  /** 'PC' | 'MAC' | 'OFFICE_ONLINE' | 'IOS', or null outside Office. */
  platform: string | null;
}

interface OfficeReady {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function officeGlobal(): OfficeReady | null {
  const office: unknown = (globalThis as { Office?: unknown }).Office;
  return isRecord(office) && typeof office.onReady === 'function' ? (office as unknown as OfficeReady) : null;
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

const OUTSIDE: HostInfo = { inExcel: false, host: null, platform: null };

/**
 * Where the pane runs. Handles office.js failing to load (no `Office` global), Office.onReady
 * resolving with host null (plain browser) and onReady never settling (timeout).
 */
export async function detectHost(timeoutMs = 10_000): Promise<HostInfo> {
  const office = officeGlobal();
  if (!office) return OUTSIDE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (!info || !info.host) return OUTSIDE;
    // Utilities.host/platform read Office.context and normalise to capitals; Utilities.isAddin
    // alone would say true whenever Office.context exists, hence the onReady host check above.
    const host = attempt(() => Utilities.host) || String(info.host).toUpperCase();
    const platform = attempt(() => Utilities.platform) || (info.platform ? String(info.platform).toUpperCase() : null);
    const isAddin = attempt(() => Utilities.isAddin) ?? true;
    return { inExcel: isAddin && host === 'EXCEL', host, platform };
  } catch (e) {
    logError(e, 'detectHost');
    return OUTSIDE;
  } finally {
    clearTimeout(timer);
  }
}

function toError(e: unknown): Error {
  if (e instanceof Error) return e;
  return new Error(typeof e === 'string' ? e : JSON.stringify(e));
}

/** Logs an error (with its OfficeExtension debug info when there is one). Never throws. */
export function logError(error: unknown, where?: string): void {
  const err = toError(error);
  try {
    if (where) console.error(`Cermat: ${where} failed`);
    Utilities.log(err);
  } catch {
    console.error(err);
  }
}
