/**
 * File-mode state: the list of workbooks a reviewer opened and where each one is.
 * A plain reducer so the whole lifecycle (queued → reading → checking → done / failed)
 * is testable without React, a Worker or real files.
 */
import type { Finding, LocalText, Severity } from '../../engine/types';
import type { FileResult } from '../../xlsx/file-check';

export type FileStatus = 'queued' | 'reading' | 'checking' | 'done' | 'failed';

export interface FileEntry {
  id: string;
  name: string;
  size: number;
  status: FileStatus;
  /** Set once checked; a result with `error` is a failed file (the reader's reason is in it). */
  result?: FileResult;
  /** Why the file failed, in both languages. */
  reason?: LocalText;
  /** analysisKey of the settings the result was made with (results under other settings are stale). */
  checkedWith?: string;
}

export interface FilesState {
  files: FileEntry[];
  /** Id of the file whose tables and findings are open. */
  open?: string;
}

export type FilesAction =
  | { type: 'add'; files: { id: string; name: string; size: number }[] }
  | { type: 'stage'; id: string; stage: 'reading' | 'checking' }
  | { type: 'done'; id: string; result: FileResult; checkedWith?: string }
  | { type: 'requeue'; ids: string[] }
  | { type: 'failed'; id: string; reason: LocalText }
  | { type: 'open'; id?: string }
  | { type: 'remove'; id: string }
  | { type: 'clear' }
  /** The file's cross.* findings replaced by those of a comparison across the files. */
  | { type: 'cross'; id: string; findings: Finding[] };

export const INITIAL_FILES: FilesState = { files: [] };

function update(state: FilesState, id: string, change: (f: FileEntry) => FileEntry): FilesState {
  return { ...state, files: state.files.map((f) => (f.id === id ? change(f) : f)) };
}

export function filesReducer(state: FilesState, action: FilesAction): FilesState {
  switch (action.type) {
    case 'add':
      return {
        ...state,
        files: [...state.files, ...action.files.map((f): FileEntry => ({ ...f, status: 'queued' }))],
      };
    case 'stage':
      // A late message for a file removed meanwhile changes nothing.
      return update(state, action.id, (f) => (f.status === 'done' || f.status === 'failed' ? f : { ...f, status: action.stage }));
    case 'done': {
      // checkFile never throws: an unreadable workbook comes back with the reader's bilingual reason.
      const reason = action.result.error;
      const checkedWith = action.checkedWith;
      return update(state, action.id, (f) =>
        reason
          ? { ...f, status: 'failed', result: action.result, reason, checkedWith }
          : { ...f, status: 'done', result: action.result, reason: undefined, checkedWith },
      );
    }
    case 'requeue': {
      // Checked again (same file added again, or settings changed): back to the queue, old result dropped.
      const ids = new Set(action.ids);
      return {
        files: state.files.map((f) => (ids.has(f.id) ? { id: f.id, name: f.name, size: f.size, status: 'queued' } : f)),
        open: state.open !== undefined && ids.has(state.open) ? undefined : state.open,
      };
    }
    case 'failed':
      return update(state, action.id, (f) => ({ ...f, status: 'failed', reason: action.reason }));
    case 'open':
      return { ...state, open: action.id };
    case 'remove':
      return {
        files: state.files.filter((f) => f.id !== action.id),
        open: state.open === action.id ? undefined : state.open,
      };
    case 'clear':
      return INITIAL_FILES;
    case 'cross':
      return update(state, action.id, (f) =>
        f.status === 'done' && f.result
          ? { ...f, result: { ...f.result, findings: [...f.result.findings.filter((x) => !x.rule.startsWith('cross.')), ...action.findings] } }
          : f,
      );
  }
}

/** Checked files whose findings were made under other settings than `key` (an analysisKey). */
export function staleFiles(state: FilesState, key: string): FileEntry[] {
  return state.files.filter((f) => f.status === 'done' && f.checkedWith !== undefined && f.checkedWith !== key);
}

export interface FindingCounts {
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(result: FileResult | undefined): FindingCounts {
  const counts: FindingCounts = { tables: result?.tables.length ?? 0, errors: 0, warnings: 0, infos: 0 };
  const key: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };
  for (const f of result?.findings ?? []) counts[key[f.severity]]++;
  return counts;
}

export interface BatchCounts extends FindingCounts {
  total: number;
  /** Queued, reading or checking. */
  pending: number;
  done: number;
  failed: number;
}

export function countBatch(state: FilesState): BatchCounts {
  const b: BatchCounts = { total: state.files.length, pending: 0, done: 0, failed: 0, tables: 0, errors: 0, warnings: 0, infos: 0 };
  for (const f of state.files) {
    if (f.status === 'done') {
      b.done++;
      const c = countFindings(f.result);
      b.tables += c.tables;
      b.errors += c.errors;
      b.warnings += c.warnings;
      b.infos += c.infos;
    } else if (f.status === 'failed') b.failed++;
    else b.pending++;
  }
  return b;
}

/**
 * Results for the summary workbook: every finished file. A file whose check itself failed (no result)
 * is listed with its reason, so the summary names every file the reviewer opened.
 */
export function finishedResults(state: FilesState): FileResult[] {
  return state.files.flatMap((f): FileResult[] => {
    if (f.status === 'done' && f.result) return [f.result];
    if (f.status === 'failed') return [f.result ?? { file: f.name, tables: [], findings: [], fill: [], error: f.reason, errorCode: 'internal' }];
    return [];
  });
}
