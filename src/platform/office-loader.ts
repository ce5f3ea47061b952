/**
 * Loads office.js from Microsoft's CDN without letting it hold the page. A blocking <script> in
 * <head> leaves the page blank for as long as the request hangs (networks that drop rather than
 * refuse traffic), so the pane loads it from code instead:
 * - inside Office (any of the signs office.js itself reads: the `_host_Info` / `_xdm_Info` URL
 *   parameters, a host-info window name or session entry, the desktop's `window.external` or
 *   `agaveHost`, the Mac/iOS `Agave` message handler, WebView2, or an iframe as Office on the web
 *   uses) the pane waits for office.js as it always did, then for Office.onReady;
 * - in a plain browser it gives office.js a short grace period and then shows the file mode,
 *   whatever the CDN does; should office.js answer later and name Excel after all (a host
 *   showing none of these signs), the pane switches to it then.
 * taskpane.html preloads the same URL, so the download starts as early as the old <script> did.
 */

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** How long a plain browser waits for office.js before showing the file mode. */
export const BROWSER_GRACE_MS = 300;

type Win = Window & typeof globalThis;

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** Which signs of an Office host the page shows (empty in a plain browser tab). */
export function officeHostSigns(w: Win = window): string[] {
  const signs: string[] = [];
  const url = `${w.location.search}${w.location.hash}`;
  if (/[?&#]_host_Info=/i.test(url)) signs.push('_host_Info');
  if (/[?&#]_xdm_Info=/i.test(url)) signs.push('_xdm_Info');
  if (/hostInfo|xdmInfo/.test(attempt(() => w.name) ?? '')) signs.push('window.name');
  if (attempt(() => w.sessionStorage.getItem('hostInfoValue'))) signs.push('sessionStorage');
  const ext = attempt(() => (w as unknown as { external?: Record<string, unknown> }).external);
  if (ext && (attempt(() => typeof ext.GetContext) === 'function' || attempt(() => typeof ext.GetHostInfo) === 'function')) signs.push('window.external');
  if ('agaveHost' in w) signs.push('agaveHost');
  const webkit = (w as unknown as { webkit?: { messageHandlers?: Record<string, unknown> } }).webkit;
  if (attempt(() => webkit?.messageHandlers?.Agave)) signs.push('webkit.Agave');
  if (attempt(() => (w as unknown as { chrome?: { webview?: unknown } }).chrome?.webview)) signs.push('webview2');
  if (attempt(() => w.top !== w.self) ?? true) signs.push('iframe');
  return signs;
}

/** Adds the office.js script (once) and resolves true when it ran, false when it failed to load. */
export function loadOfficeJs(doc: Document = document, url = OFFICE_JS_URL): Promise<boolean> {
  if ((doc.defaultView as unknown as { Office?: unknown } | null)?.Office) return Promise.resolve(true);
  const existing = doc.querySelector<HTMLScriptElement>(`script[src="${url}"]`);
  const script = existing ?? doc.createElement('script');
  const loaded = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(true), { once: true });
    script.addEventListener('error', () => resolve(false), { once: true });
  });
  if (!existing) {
    script.src = url;
    // Scripts added from code run as soon as they arrive; the pane waits for onReady anyway.
    doc.head.appendChild(script);
  }
  return loaded;
}

const after = (ms: number) => new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ms));

export interface OfficeStart<T> {
  /** Signs that Office opened the page: wait as long as office.js takes. */
  hosted: boolean;
  /** office.js is loaded (or failed): find the host, e.g. detectHost (Office.onReady). */
  detect: (loaded: boolean) => Promise<T>;
  /** What a plain browser gets when office.js has not answered within the grace period. */
  outside: T;
  graceMs?: number;
  load?: () => Promise<boolean>;
}

export interface Started<T> {
  now: T;
  /** Outside Office, when office.js had not answered in time: what it says when it does. */
  later?: Promise<T>;
}

/** Loads office.js and detects the host, bounded by the grace period outside Office. */
export async function startOffice<T>(o: OfficeStart<T>): Promise<Started<T>> {
  const run = (o.load ?? (() => loadOfficeJs()))().then((loaded) => o.detect(loaded));
  if (o.hosted) return { now: await run };
  const first = await Promise.race([run, after(o.graceMs ?? BROWSER_GRACE_MS)]);
  return first === 'late' ? { now: o.outside, later: run } : { now: first };
}
