/**
 * React binding of the file list: the reducer, the check queue and the downloads.
 * The File objects stay here (not in state): the annotated copy re-reads the original bytes,
 * which the worker took (transferred) during the check.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Lang, Settings } from '../../engine/settings';
import { annotatedName, downloadBytes, SUMMARY_NAME } from './download';
import type { Checker } from './protocol';
import { CheckQueue } from './queue';
import { filesReducer, finishedResults, INITIAL_FILES, type FilesState } from './state';

/** A download being prepared (key: file id, or SUMMARY for the batch) or one that failed. */
export const SUMMARY = 'summary';

export interface DownloadState {
  busy: Set<string>;
  error?: { key: string; detail: string };
}

export interface FileChecks {
  state: FilesState;
  downloads: DownloadState;
  add(files: File[]): void;
  remove(id: string): void;
  clear(): void;
  open(id?: string): void;
  downloadAnnotated(id: string, lang: Lang): Promise<void>;
  downloadSummary(lang: Lang): Promise<void>;
}

export interface FileCheckOptions {
  settings?: Partial<Settings>;
  read?: (file: Blob) => Promise<ArrayBuffer>;
  /** Where the bytes go; the browser download by default (replaced in tests). */
  save?: (bytes: Uint8Array, name: string) => void;
}

export function useFileChecks(checker: Checker, options: FileCheckOptions = {}): FileChecks {
  const [state, dispatch] = useReducer(filesReducer, INITIAL_FILES);
  const [downloads, setDownloads] = useState<DownloadState>({ busy: new Set() });
  const files = useRef(new Map<string, File>());
  const nextId = useRef(0);
  const opts = useRef(options);
  useEffect(() => {
    opts.current = options;
  });

  const queue = useMemo(
    () => new CheckQueue({ checker, dispatch, settings: () => opts.current.settings, read: (f) => (opts.current.read ?? blobBytes)(f) }),
    [checker],
  );

  const add = useCallback(
    (list: File[]) => {
      const queued = list.map((file) => ({ id: `f${++nextId.current}`, file }));
      for (const q of queued) files.current.set(q.id, q.file);
      void queue.add(queued);
    },
    [queue],
  );

  const remove = useCallback(
    (id: string) => {
      queue.cancel(id);
      files.current.delete(id);
      dispatch({ type: 'remove', id });
    },
    [queue],
  );

  const clear = useCallback(() => {
    for (const id of files.current.keys()) queue.cancel(id);
    files.current.clear();
    dispatch({ type: 'clear' });
  }, [queue]);

  const open = useCallback((id?: string) => dispatch({ type: 'open', id }), []);

  /** Runs one download, tracking it as busy and keeping its error for the UI. */
  const track = useCallback(async (key: string, make: () => Promise<[Uint8Array, string]>) => {
    setDownloads((d) => ({ busy: new Set(d.busy).add(key), error: d.error?.key === key ? undefined : d.error }));
    let error: DownloadState['error'];
    try {
      const [bytes, name] = await make();
      (opts.current.save ?? downloadBytes)(bytes, name);
    } catch (e) {
      error = { key, detail: e instanceof Error ? e.message : String(e) };
    }
    setDownloads((d) => {
      const busy = new Set(d.busy);
      busy.delete(key);
      return { busy, error: error ?? d.error };
    });
  }, []);

  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });

  const downloadAnnotated = useCallback(
    (id: string, lang: Lang) =>
      track(id, async () => {
        const entry = stateRef.current.files.find((f) => f.id === id);
        const file = files.current.get(id);
        if (!entry?.result || !file) throw new Error('file not checked');
        const data = await (opts.current.read ?? blobBytes)(file);
        return [await checker.annotate(data, entry.result, lang), annotatedName(entry.name)];
      }),
    [checker, track],
  );

  const downloadSummary = useCallback(
    (lang: Lang) => track(SUMMARY, async () => [await checker.summary(finishedResults(stateRef.current), lang), SUMMARY_NAME]),
    [checker, track],
  );

  return { state, downloads, add, remove, clear, open, downloadAnnotated, downloadSummary };
}

function blobBytes(file: Blob): Promise<ArrayBuffer> {
  return file.arrayBuffer();
}
