/** @jest-environment ./test/support/jsdom-environment.js */
import type { Settings } from '../../../src/engine/settings';
import type { Checker } from '../../../src/taskpane/files/protocol';
import { CheckQueue } from '../../../src/taskpane/files/queue';
import { filesReducer, INITIAL_FILES, type FilesAction, type FilesState } from '../../../src/taskpane/files/state';
import type { FileResult } from '../../../src/xlsx/file-check';

/** A checker that answers from the file's text: "ok", "bad" (reader error) or "crash" (rejects). */
function fakeChecker(log: string[]): Checker {
  return {
    async check(name, data, settings?: Partial<Settings>) {
      log.push(`check ${name} ${settings?.lang ?? '-'}`);
      const text = String.fromCharCode(...new Uint8Array(data)); // jsdom has no TextDecoder
      if (text === 'crash') throw new Error('worker died');
      const result: FileResult = { file: name, tables: [], findings: [], fill: [] };
      if (text === 'bad') return { ...result, error: { id: 'rusak', en: 'damaged' }, errorCode: 'corrupt' };
      return result;
    },
    annotate: () => Promise.reject(new Error('not used')),
    summary: () => Promise.reject(new Error('not used')),
  };
}

function harness() {
  let state: FilesState = INITIAL_FILES;
  const actions: FilesAction[] = [];
  const log: string[] = [];
  const queue = new CheckQueue({
    checker: fakeChecker(log),
    dispatch: (a) => {
      actions.push(a);
      state = filesReducer(state, a);
    },
    settings: () => ({ lang: 'en' }),
    // jsdom's Blob has no arrayBuffer(): read through FileReader.
    read: (blob) =>
      new Promise((resolve, reject) => {
        const r = new FileReader();
        r.onload = () => resolve(r.result as ArrayBuffer);
        r.onerror = () => reject(r.error);
        r.readAsArrayBuffer(blob);
      }),
  });
  const file = (name: string, text: string) => new File([text], name);
  return { queue, file, log, actions, state: () => state };
}

test('checks files one at a time, in order, through every stage', async () => {
  const h = harness();
  await h.queue.add([
    { id: 'a', file: h.file('a.xlsx', 'ok') },
    { id: 'b', file: h.file('broken.xlsx', 'bad') },
    { id: 'c', file: h.file('c.xlsx', 'crash') },
  ]);
  expect(h.log).toEqual(['check a.xlsx en', 'check broken.xlsx en', 'check c.xlsx en']);
  expect(h.actions.filter((a) => a.type === 'stage' && a.id === 'a').map((a) => a.type === 'stage' && a.stage)).toEqual(['reading', 'checking']);
  expect(h.state().files.map((f) => [f.id, f.status])).toEqual([
    ['a', 'done'],
    ['b', 'failed'],
    ['c', 'failed'],
  ]);
  expect(h.state().files[1].reason?.en).toBe('damaged');
  expect(h.state().files[2].reason?.en).toMatch(/could not be checked: worker died/);
});

test('files added while checking join the same run; a cancelled file is skipped', async () => {
  const h = harness();
  const first = h.queue.add([
    { id: 'a', file: h.file('a.xlsx', 'ok') },
    { id: 'b', file: h.file('b.xlsx', 'ok') },
  ]);
  h.queue.cancel('b');
  const second = h.queue.add([{ id: 'c', file: h.file('c.xlsx', 'ok') }]);
  await Promise.all([first, second]);
  await h.queue.idle();
  expect(h.log).toEqual(['check a.xlsx en', 'check c.xlsx en']);
  expect(h.state().files.find((f) => f.id === 'c')?.status).toBe('done');
});
