/** @jest-environment ./test/support/jsdom-environment.js */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyseWorkbook } from '../../../src/engine';
import { compareVersions } from '../../../src/engine/compare';
import type { SheetGrid } from '../../../src/engine/types';
import { SettingsProvider } from '../../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../../src/taskpane/settingsStore';
import { FileModeView } from '../../../src/taskpane/files/FileModeView';
import type { Checker } from '../../../src/taskpane/files/protocol';
import { FileSession } from '../../../src/taskpane/files/session';
import { compareCases, staffCounts } from '../../support/compare-books';

const [, apbd] = compareCases();
const books: Record<string, SheetGrid[]> = {
  'murni.xlsx': apbd.old,
  'perubahan.xlsx': apbd.new,
  'pegawai-a.xlsx': [staffCounts(14)],
  'pegawai-b.xlsx': [staffCounts(15)],
};

/** The worker's part, in process: the engine on the planted grids (no xlsx reading in jsdom). */
const checker: Checker = {
  check: async (name) => ({ file: name, tables: [], findings: [], fill: [] }),
  annotate: async () => new Uint8Array(),
  summary: async () => new Uint8Array(),
  compare: async (older, newer) => compareVersions(analyseWorkbook(books[older.name]), analyseWorkbook(books[newer.name])),
  changes: async (_newer, changes) => new Uint8Array([changes.length]),
};

function setup(lang: 'id' | 'en' = 'id') {
  const saved: [string, number][] = [];
  const session = new FileSession(checker, { read: async () => new ArrayBuffer(1), save: (bytes, name) => saved.push([name, bytes[0]]) });
  render(
    <SettingsProvider store={memorySettingsStore({ lang })}>
      <FileModeView session={session} />
    </SettingsProvider>,
  );
  return { saved, session };
}

test('Bandingkan: pick the old and the new version, see every change, download the changes workbook', async () => {
  const { saved, session } = setup();
  expect(screen.queryByRole('region', { name: 'Bandingkan dua versi' })).toBeNull();
  await act(() => session.add([new File(['a'], 'murni.xlsx')]));
  expect(screen.getByText('Buka dan periksa dulu dua berkas di daftar berkas.')).toBeTruthy();
  await act(() => session.add([new File(['b'], 'perubahan.xlsx')]));

  const view = screen.getByRole('region', { name: 'Bandingkan dua versi' });
  const run = within(view).getByRole('button', { name: 'Bandingkan' }) as HTMLButtonElement;
  expect(run.disabled).toBe(true);
  fireEvent.change(within(view).getByLabelText('Versi lama'), { target: { value: 'f1' } });
  fireEvent.change(within(view).getByLabelText('Versi baru'), { target: { value: 'f2' } });
  await act(async () => fireEvent.click(run));

  expect(within(view).getByText(`${apbd.changes.length} perubahan`)).toBeTruthy();
  const rows = within(within(view).getByRole('table')).getAllByRole('row');
  expect(rows).toHaveLength(1 + apbd.changes.length);
  expect(rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent))[2]).toEqual([
    'Pemeliharaan Rutin Gedung Kantor',
    'Angka berubah, pagu 2025',
    '240.000.000',
    '275.000.000',
    'APBD!C7',
    'APBD!C7',
  ]);
  expect(within(view).getByText('Ditambahkan')).toBeTruthy();

  fireEvent.click(within(view).getByRole('button', { name: 'Unduh buku kerja perubahan (.xlsx)' }));
  await waitFor(() => expect(saved).toEqual([['perubahan.perubahan.xlsx', apbd.changes.length]]));
});

test('the same file as both versions: no change, in the pane language', async () => {
  const { session } = setup('en');
  await act(() => session.add([new File(['a'], 'murni.xlsx'), new File(['b'], 'perubahan.xlsx')]));
  const view = screen.getByRole('region', { name: 'Compare two versions' });
  fireEvent.change(within(view).getByLabelText('Old version'), { target: { value: 'f1' } });
  fireEvent.change(within(view).getByLabelText('New version'), { target: { value: 'f1' } });
  await act(async () => fireEvent.click(within(view).getByRole('button', { name: 'Compare' })));
  expect(within(view).getByText('No changes.')).toBeTruthy();
  expect(within(view).queryByRole('table')).toBeNull();
  // Removing a compared file drops its comparison.
  act(() => session.remove('f1'));
  expect(session.getSnapshot().comparison).toBeUndefined();
});

test('tables it could not compare are named, and "no change" is about the tables compared', async () => {
  const { session } = setup();
  await act(() => session.add([new File(['a'], 'pegawai-a.xlsx'), new File(['b'], 'pegawai-b.xlsx')]));
  const view = screen.getByRole('region', { name: 'Bandingkan dua versi' });
  fireEvent.change(within(view).getByLabelText('Versi lama'), { target: { value: 'f1' } });
  fireEvent.change(within(view).getByLabelText('Versi baru'), { target: { value: 'f2' } });
  await act(async () => fireEvent.click(within(view).getByRole('button', { name: 'Bandingkan' })));
  expect(within(view).getByRole('status').textContent).toBe('Tidak ada perubahan pada tabel yang dibandingkan.');
  expect(within(view).getByText(/^1 tabel tidak dibandingkan/).textContent).toContain("'Tabel 2.1'!A1:E4");
});
