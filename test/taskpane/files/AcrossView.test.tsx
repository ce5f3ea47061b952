/** @jest-environment ./test/support/jsdom-environment.js */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { acrossFiles, analyseWorkbook } from '../../../src/engine';
import type { SheetGrid } from '../../../src/engine/types';
import { SettingsProvider } from '../../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../../src/taskpane/settingsStore';
import { FileModeView } from '../../../src/taskpane/files/FileModeView';
import type { Checker } from '../../../src/taskpane/files/protocol';
import { FileSession } from '../../../src/taskpane/files/session';
import { indikator, KEGIATAN, realisasi } from '../../support/cross-books';

const changed = KEGIATAN.map((r) => [...r] as [string, number, number]);
changed[2][1] = 250000000;
const books: Record<string, SheetGrid[]> = { 'lkpj.xlsx': [realisasi()], 'lampiran.xlsx': [indikator(changed)], 'lain.xlsx': [indikator()] };

/** The worker's part, in process: the engine on the grids (no xlsx reading in jsdom), as file-across.ts runs it. */
const analysed = (name: string) => {
  const a = analyseWorkbook(books[name]);
  return { file: name, tables: a.tables, findings: a.findings, fill: a.fill, entities: a.entities };
};
const checker: Checker = {
  check: async (name) => ({ ...analysed(name), entities: undefined }),
  annotate: async () => new Uint8Array(),
  summary: async () => new Uint8Array(),
  across: async (files) =>
    acrossFiles(files.map((f) => analysed(f.name))).map((r) => ({ name: r.file, cross: r.findings.filter((x) => x.rule.startsWith('cross.')) })),
};

function setup(lang: 'id' | 'en' = 'id') {
  const session = new FileSession(checker, { read: async () => new ArrayBuffer(1) });
  render(
    <SettingsProvider store={memorySettingsStore({ lang })}>
      <FileModeView session={session} />
    </SettingsProvider>,
  );
  return session;
}

const crossOf = (session: FileSession, name: string) =>
  session
    .getSnapshot()
    .files.files.find((f) => f.name === name)
    ?.result?.findings.filter((f) => f.rule.startsWith('cross.')) ?? [];

test('Bandingkan antarberkas: the disagreeing copy is found in its file, naming the other file’s cell; a removed file undoes it', async () => {
  const session = setup();
  await act(() => session.add([new File(['a'], 'lkpj.xlsx')]));
  expect(screen.queryByRole('region', { name: 'Bandingkan antarberkas' })).toBeNull();
  await act(() => session.add([new File(['b'], 'lampiran.xlsx')]));
  expect(crossOf(session, 'lampiran.xlsx')).toEqual([]);

  const view = screen.getByRole('region', { name: 'Bandingkan antarberkas' });
  await act(async () => fireEvent.click(within(view).getByRole('button', { name: 'Bandingkan 2 berkas' })));
  expect(within(view).getByRole('status').textContent).toBe('2 berkas dibandingkan: 1 temuan antartabel, di daftar temuan berkasnya.');
  const [found] = crossOf(session, 'lampiran.xlsx');
  expect(found).toMatchObject({
    rule: 'cross.value',
    sheet: 'Indikator',
    cell: 'G4',
    expected: 240000000,
    actual: 250000000,
    related: ['[lkpj.xlsx]Realisasi!C4'],
  });
  expect(crossOf(session, 'lkpj.xlsx')).toEqual([]);

  // A third file: the comparison no longer covers the list.
  await act(() => session.add([new File(['c'], 'lain.xlsx')]));
  expect(within(view).getByRole('status').textContent).toBe('Daftar berkas berubah sejak perbandingan terakhir; bandingkan lagi.');
  // A compared file removed: the result is gone, and the other file no longer points at it.
  act(() => session.remove(session.getSnapshot().files.files[0].id));
  expect(session.getSnapshot().across).toBeUndefined();
  expect(crossOf(session, 'lampiran.xlsx')).toEqual([]);
  expect(screen.getByRole('button', { name: 'Bandingkan 2 berkas' })).toBeTruthy();
});

test('agreeing files, in English: nothing found, said once', async () => {
  const session = setup('en');
  await act(() => session.add([new File(['a'], 'lkpj.xlsx'), new File(['c'], 'lain.xlsx')]));
  const view = screen.getByRole('region', { name: 'Compare the files with each other' });
  await act(async () => fireEvent.click(within(view).getByRole('button', { name: 'Compare 2 files' })));
  expect(within(view).getByRole('status').textContent).toBe('2 files compared: the figures they share agree.');
  expect(crossOf(session, 'lkpj.xlsx')).toEqual([]);
  expect(crossOf(session, 'lain.xlsx')).toEqual([]);
});
