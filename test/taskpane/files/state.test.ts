/** @jest-environment ./test/support/jsdom-environment.js */
import type { Finding, Severity } from '../../../src/engine/types';
import { countBatch, countFindings, filesReducer, finishedResults, INITIAL_FILES, type FilesAction, type FilesState } from '../../../src/taskpane/files/state';
import type { FileResult } from '../../../src/xlsx/file-check';

const finding = (cell: string, severity: Severity): Finding => ({
  sheet: 'S',
  cell,
  rule: 'sum.total-row',
  severity,
  expected: 1,
  actual: 2,
  message: { id: 'pesan', en: 'message' },
  related: [],
});

const ok = (file: string, findings: Finding[] = []): FileResult => ({ file, tables: [], findings, fill: [] });
const unreadable = (file: string): FileResult => ({
  ...ok(file),
  error: { id: `${file} bukan berkas Excel .xlsx`, en: `${file} is not an Excel .xlsx file` },
  errorCode: 'not-xlsx',
});

const run = (actions: FilesAction[], from: FilesState = INITIAL_FILES) => actions.reduce(filesReducer, from);

const added = run([
  {
    type: 'add',
    files: [
      { id: 'a', name: 'a.xlsx', size: 10 },
      { id: 'b', name: 'b.xlsx', size: 20 },
      { id: 'c', name: 'broken.xlsx', size: 5 },
    ],
  },
]);

describe('filesReducer', () => {
  test('added files are queued, in order', () => {
    expect(added.files.map((f) => [f.name, f.status])).toEqual([
      ['a.xlsx', 'queued'],
      ['b.xlsx', 'queued'],
      ['broken.xlsx', 'queued'],
    ]);
  });

  test('queued → reading → checking → done', () => {
    let s = run([{ type: 'stage', id: 'a', stage: 'reading' }], added);
    expect(s.files[0].status).toBe('reading');
    s = run([{ type: 'stage', id: 'a', stage: 'checking' }], s);
    expect(s.files[0].status).toBe('checking');
    s = run([{ type: 'done', id: 'a', result: ok('a.xlsx', [finding('F10', 'error')]) }], s);
    expect(s.files[0]).toMatchObject({ status: 'done', reason: undefined });
    expect(s.files[1].status).toBe('queued');
  });

  test('a result with the reader error is a failed file carrying the bilingual reason', () => {
    const s = run([{ type: 'done', id: 'c', result: unreadable('broken.xlsx') }], added);
    expect(s.files[2].status).toBe('failed');
    expect(s.files[2].reason?.en).toMatch(/not an Excel/);
    expect(s.files[2].reason?.id).toMatch(/bukan berkas Excel/);
  });

  test('a check that throws fails the file with the given reason', () => {
    const s = run([{ type: 'failed', id: 'b', reason: { id: 'x', en: 'y' } }], added);
    expect(s.files[1]).toMatchObject({ status: 'failed', reason: { en: 'y' } });
  });

  test('a late stage message does not reopen a finished file', () => {
    const s = run(
      [
        { type: 'done', id: 'a', result: ok('a.xlsx') },
        { type: 'stage', id: 'a', stage: 'checking' },
      ],
      added,
    );
    expect(s.files[0].status).toBe('done');
  });

  test('messages about unknown (removed) files change nothing', () => {
    const s = run(
      [
        { type: 'remove', id: 'a' },
        { type: 'done', id: 'a', result: ok('a.xlsx') },
      ],
      added,
    );
    expect(s.files.map((f) => f.id)).toEqual(['b', 'c']);
  });

  test('open, remove the open file, clear', () => {
    let s = run([{ type: 'open', id: 'b' }], added);
    expect(s.open).toBe('b');
    s = run([{ type: 'remove', id: 'b' }], s);
    expect(s.open).toBeUndefined();
    expect(run([{ type: 'clear' }], s)).toEqual(INITIAL_FILES);
  });
});

describe('counts', () => {
  test('per file: tables and findings by severity', () => {
    const r: FileResult = {
      ...ok('a.xlsx', [finding('J8', 'error'), finding('K8', 'error'), finding('N5', 'warning'), finding('A1', 'info')]),
      tables: [{} as FileResult['tables'][number]],
    };
    expect(countFindings(r)).toEqual({ tables: 1, errors: 2, warnings: 1, infos: 1 });
    expect(countFindings(undefined)).toEqual({ tables: 0, errors: 0, warnings: 0, infos: 0 });
  });

  test('batch: pending, done, failed and the findings of done files only', () => {
    const s = run(
      [
        { type: 'stage', id: 'a', stage: 'checking' },
        { type: 'done', id: 'b', result: ok('b.xlsx', [finding('F10', 'error'), finding('F11', 'warning')]) },
        { type: 'done', id: 'c', result: unreadable('broken.xlsx') },
      ],
      added,
    );
    expect(countBatch(s)).toEqual({ total: 3, pending: 1, done: 1, failed: 1, tables: 0, errors: 1, warnings: 1, infos: 0 });
    expect(finishedResults(s).map((r) => r.file)).toEqual(['b.xlsx', 'broken.xlsx']);
  });
});

test('the summary lists a file whose check crashed, with its reason', () => {
  const s = run([{ type: 'failed', id: 'a', reason: { id: 'alasan', en: 'reason' } }], added);
  expect(finishedResults(s)).toEqual([{ file: 'a.xlsx', tables: [], findings: [], fill: [], error: { id: 'alasan', en: 'reason' }, errorCode: 'internal' }]);
});
