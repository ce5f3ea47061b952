/**
 * A file-checking session: the list (reducer state), the check queue, the opened File objects and
 * the downloads. It lives outside React so the list survives the pane's tab switches (only the
 * selected tab is mounted) and checks keep running while the reviewer looks at the settings.
 * The File objects stay here, not in state: the marked copy re-reads the original bytes, which
 * the worker took (transferred) during the check.
 */
import type { Lang, Settings } from '../../engine/settings';
import type { Finding, LocalText } from '../../engine/types';
import { analysisKey } from '../analysisKey';
import { annotatedName, changesName, downloadBytes, SUMMARY_NAME } from './download';
import type { Change } from '../../engine/compare';
import type { Checker } from './protocol';
import { CheckQueue } from './queue';
import { filesReducer, finishedResults, INITIAL_FILES, staleFiles, type FilesAction, type FilesState } from './state';

/** Key of the batch summary among the downloads being prepared (the others are file ids). */
export const SUMMARY = 'summary';

export interface DownloadState {
  busy: ReadonlySet<string>;
  error?: { key: string; detail: string };
}

/** Key of the changes workbook among the downloads being prepared. */
export const CHANGES = 'changes';

/** The Bandingkan view's comparison of two listed files (by id): running, done with its changes, or failed. */
export interface ComparisonState {
  older: string;
  newer: string;
  status: 'running' | 'done' | 'failed';
  changes?: Change[];
  /** Tables of the newer file that had no figure to pair, hence were not compared. */
  uncompared?: string[];
  /** Why it failed, in both languages (a reader's reason) or as the error's text. */
  error?: LocalText | string;
}

/** The files compared with each other ("Bandingkan antarberkas"): which, and what it found. */
export interface AcrossState {
  ids: string[];
  status: 'running' | 'done' | 'failed';
  /** Cross-table findings among those files, once done. */
  found?: number;
  error?: string;
}

export interface Snapshot {
  files: FilesState;
  downloads: DownloadState;
  comparison?: ComparisonState;
  across?: AcrossState;
  /** Files added again while already in the list: checked again in place, not listed twice. */
  replaced?: string[];
}

/** The same file as far as a browser can tell: name, folder (when dropped with one), size and date. */
function fileKey(f: File): string {
  const folder = (f as File & { webkitRelativePath?: string }).webkitRelativePath ?? '';
  return [f.name, folder, f.size, f.lastModified].join('\u0000');
}

export interface SessionOptions {
  /** Reads a file's bytes; injectable because jsdom's Blob has no arrayBuffer(). */
  read?: (file: Blob) => Promise<ArrayBuffer>;
  /** Where finished bytes go: a browser download by default. */
  save?: (bytes: Uint8Array, name: string) => void;
  /** The page's URL scheme; location.protocol by default. */
  protocol?: string;
}

export class FileSession {
  private snapshot: Snapshot = { files: INITIAL_FILES, downloads: { busy: new Set() } };
  private readonly listeners = new Set<() => void>();
  private readonly blobs = new Map<string, File>();
  /** fileKey → id of the entry showing that file. */
  private readonly keys = new Map<string, string>();
  private readonly queue: CheckQueue;
  private readonly read: (file: Blob) => Promise<ArrayBuffer>;
  private nextId = 0;
  /** Each file's own cross.* findings while a comparison across files has replaced them. */
  private readonly ownCross = new Map<string, Finding[]>();
  /** The conventions of the next checks (the pane's settings, set by the view). */
  settings: Partial<Settings> | undefined;

  /** Sets the conventions of the next checks. A method, so a React effect may call it on a prop. */
  applySettings(settings: Partial<Settings>): void {
    this.settings = settings;
  }

  constructor(
    private readonly checker: Checker,
    private readonly options: SessionOptions = {},
  ) {
    this.read = options.read ?? ((f) => f.arrayBuffer());
    const protocol = options.protocol ?? globalThis.location?.protocol;
    this.queue = new CheckQueue({ checker, dispatch: (a) => this.dispatch(a), settings: () => this.settings, read: this.read, protocol });
  }

  // useSyncExternalStore contract: a stable snapshot object until something changes.
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): Snapshot => this.snapshot;

  private set(next: Partial<Snapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const l of this.listeners) l();
  }

  dispatch(action: FilesAction): void {
    const a = this.snapshot.across;
    const touched =
      !!a &&
      (action.type === 'clear' ||
        (action.type === 'remove' && a.ids.includes(action.id)) ||
        (action.type === 'requeue' && a.ids.some((id) => action.ids.includes(id))));
    let files = filesReducer(this.snapshot.files, action);
    if (touched) {
      // A file of the comparison across files checked again or gone: the others get their own findings back.
      for (const [id, own] of this.ownCross) files = filesReducer(files, { type: 'cross', id, findings: own });
      this.ownCross.clear();
    }
    this.set({ files, ...(touched ? { across: undefined } : {}) });
  }

  /**
   * Lists the files as queued and checks them one by one; resolves when the queue is empty.
   * A file already in the list is not listed twice: its entry is checked again (and named in `replaced`).
   */
  add(files: File[]): Promise<void> {
    const fresh: { id: string; file: File }[] = [];
    const again: { id: string; file: File }[] = [];
    const replaced: string[] = [];
    for (const file of files) {
      const key = fileKey(file);
      const known = this.keys.get(key);
      if (known !== undefined) {
        if (!again.some((q) => q.id === known) && !fresh.some((q) => q.id === known)) again.push({ id: known, file });
        replaced.push(file.name);
        this.blobs.set(known, file);
        continue;
      }
      const id = `f${++this.nextId}`;
      this.keys.set(key, id);
      this.blobs.set(id, file);
      fresh.push({ id, file });
    }
    this.set({ replaced: replaced.length > 0 ? replaced : undefined });
    const added = fresh.length > 0 ? this.queue.add(fresh) : Promise.resolve();
    return Promise.all([added, this.queue.requeue(again)]).then(() => undefined);
  }

  /** Checks again every file whose findings were made under other settings than the current ones. */
  recheck(): Promise<void> {
    const stale = staleFiles(this.snapshot.files, analysisKey(this.settings ?? {}));
    return this.queue.requeue(stale.flatMap((f) => (this.blobs.has(f.id) ? [{ id: f.id, file: this.blobs.get(f.id) as File }] : [])));
  }

  dismissReplaced(): void {
    this.set({ replaced: undefined });
  }

  remove(id: string): void {
    this.queue.cancel(id);
    this.blobs.delete(id);
    this.forgetKey(id);
    const c = this.snapshot.comparison;
    if (c && (c.older === id || c.newer === id)) this.set({ comparison: undefined });
    this.dispatch({ type: 'remove', id });
  }

  clear(): void {
    for (const id of this.blobs.keys()) this.queue.cancel(id);
    this.blobs.clear();
    this.keys.clear();
    this.set({ replaced: undefined, comparison: undefined });
    this.dispatch({ type: 'clear' });
  }

  private forgetKey(id: string): void {
    for (const [k, v] of this.keys) if (v === id) this.keys.delete(k);
  }

  open(id?: string): void {
    this.dispatch({ type: 'open', id });
  }

  downloadAnnotated(id: string, lang: Lang): Promise<void> {
    return this.track(id, async () => {
      const entry = this.snapshot.files.files.find((f) => f.id === id);
      const file = this.blobs.get(id);
      if (!entry?.result || entry.status !== 'done' || !file) throw new Error('file not checked');
      const data = await this.read(file);
      return [await this.checker.annotate(data, entry.result, lang), annotatedName(entry.name)];
    });
  }

  downloadSummary(lang: Lang): Promise<void> {
    return this.track(SUMMARY, async () => [await this.checker.summary(finishedResults(this.snapshot.files), lang), SUMMARY_NAME]);
  }

  /** Whether this session can compare versions (the browser's worker can; a test's fake may not). */
  get canCompare(): boolean {
    return !!this.checker.compare && !!this.checker.changes;
  }

  /** Compares two listed files as an old and a new version, reading each again (the check took its bytes). */
  async compare(older: string, newer: string): Promise<void> {
    const a = this.blobs.get(older);
    const b = this.blobs.get(newer);
    const name = (id: string) => this.snapshot.files.files.find((f) => f.id === id)?.name ?? id;
    if (!a || !b || !this.checker.compare) return;
    this.set({ comparison: { older, newer, status: 'running' } });
    let next: ComparisonState;
    try {
      const r = await this.checker.compare({ name: name(older), data: await this.read(a) }, { name: name(newer), data: await this.read(b) }, this.settings);
      next = r.error ? { older, newer, status: 'failed', error: r.error } : { older, newer, status: 'done', changes: r.changes, uncompared: r.uncompared };
    } catch (e) {
      next = { older, newer, status: 'failed', error: e instanceof Error ? e.message : String(e) };
    }
    // A later comparison asked meanwhile wins.
    const now = this.snapshot.comparison;
    if (now?.older === older && now.newer === newer) this.set({ comparison: next });
  }

  /** Whether this session can compare the files with each other. */
  get canAcross(): boolean {
    return !!this.checker.across;
  }

  /**
   * Compares every checked file with the others (the same kegiatan's pagu in an LKjIP and its
   * Renstra): each file is read again, and its cross.* findings become those of all the files together.
   * Checking a file again (added again, settings changed) gives it back its own findings only.
   */
  async across(): Promise<void> {
    const done = this.snapshot.files.files.filter((f) => f.status === 'done' && this.blobs.has(f.id));
    if (done.length < 2 || !this.checker.across) return;
    const ids = done.map((f) => f.id);
    this.set({ across: { ids, status: 'running' } });
    try {
      const files = await Promise.all(done.map(async (f) => ({ name: f.name, data: await this.read(this.blobs.get(f.id) as File) })));
      const results = await this.checker.across(files, this.settings);
      let found = 0;
      results.forEach((r, i) => {
        // Only into the entry still showing that check (not removed or re-queued meanwhile).
        const entry = this.snapshot.files.files.find((f) => f.id === ids[i]);
        if (entry?.status !== 'done' || !entry.result) return;
        if (!this.ownCross.has(ids[i]))
          this.ownCross.set(
            ids[i],
            entry.result.findings.filter((x) => x.rule.startsWith('cross.')),
          );
        found += r.cross.length;
        this.dispatch({ type: 'cross', id: ids[i], findings: r.cross });
      });
      this.set({ across: { ids, status: 'done', found } });
    } catch (e) {
      this.set({ across: { ids, status: 'failed', error: e instanceof Error ? e.message : String(e) } });
    }
  }

  /** The new version with its changes marked and the changes sheet (cermat compare --out). */
  downloadChanges(lang: Lang): Promise<void> {
    return this.track(CHANGES, async () => {
      const c = this.snapshot.comparison;
      const file = c && this.blobs.get(c.newer);
      if (!c?.changes || !file || !this.checker.changes) throw new Error('nothing compared');
      return [await this.checker.changes({ name: file.name, data: await this.read(file) }, c.changes, lang), changesName(file.name)];
    });
  }

  /** Runs one download, marking it busy meanwhile and keeping its error for the UI. */
  private async track(key: string, make: () => Promise<[Uint8Array, string]>): Promise<void> {
    const d = this.snapshot.downloads;
    this.set({ downloads: { busy: new Set(d.busy).add(key), error: d.error?.key === key ? undefined : d.error } });
    let error: DownloadState['error'];
    try {
      const [bytes, name] = await make();
      (this.options.save ?? downloadBytes)(bytes, name);
    } catch (e) {
      error = { key, detail: e instanceof Error ? e.message : String(e) };
    }
    const busy = new Set(this.snapshot.downloads.busy);
    busy.delete(key);
    this.set({ downloads: { busy, error: error ?? this.snapshot.downloads.error } });
  }
}
