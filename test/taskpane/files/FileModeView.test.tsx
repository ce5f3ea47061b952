/** @jest-environment ./test/support/jsdom-environment.js */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Settings } from '../../../src/engine/settings';
import type { Finding } from '../../../src/engine/types';
import { SettingsPanel } from '../../../src/taskpane/components/SettingsPanel';
import { SettingsProvider } from '../../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../../src/taskpane/settingsStore';
import { FileModeView } from '../../../src/taskpane/files/FileModeView';
import type { Checker } from '../../../src/taskpane/files/protocol';
import { FileSession } from '../../../src/taskpane/files/session';
import type { FileResult } from '../../../src/xlsx/file-check';

const f10: Finding = {
  sheet: 'Tabel 2.6',
  cell: 'F10',
  rule: 'sum.row-total',
  severity: 'error',
  expected: 22,
  actual: 18,
  message: { id: 'Total tidak sama dengan jumlah komponennya', en: 'The total does not equal the sum of its parts' },
  related: ['C10', 'D10', 'E10'],
  table: 0,
};

const checker: Checker = {
  async check(name) {
    if (name === 'broken.xlsx') {
      return {
        file: name,
        tables: [],
        findings: [],
        fill: [],
        errorCode: 'not-xlsx',
        error: { id: 'broken.xlsx bukan berkas Excel .xlsx', en: 'broken.xlsx is not an Excel .xlsx file' },
      };
    }
    return { file: name, tables: [], findings: [f10], fill: [] };
  },
  annotate: async (_data, result: FileResult) => new Uint8Array([result.findings.length]),
  summary: async (results) => new Uint8Array([results.length]),
};

const read = async () => new ArrayBuffer(1);

function setup() {
  const saved: [string, number][] = [];
  const store = memorySettingsStore();
  const session = new FileSession(checker, { read, save: (bytes, name) => saved.push([name, bytes[0]]) });
  const ui = (
    <SettingsProvider store={store}>
      <FileModeView session={session} />
    </SettingsProvider>
  );
  const view = render(ui);
  return { saved, store, session, view, ui };
}

test('lists checked and unreadable files, opens findings, downloads copies and the summary', async () => {
  const { saved, session, view, ui } = setup();
  expect(screen.getByText(/Berkas tidak dikirim ke mana pun/)).toBeTruthy();

  const input = screen.getByLabelText('Pilih berkas .xlsx');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(['x'], '002_tabel_2_6.xlsx'), new File(['x'], 'broken.xlsx')] } });
  });
  const list = await screen.findByRole('list', { name: 'Berkas yang dibuka' });
  await waitFor(() => expect(within(list).getAllByText('Selesai').length + within(list).getAllByText('Gagal').length).toBe(2));

  expect(within(list).getByText('broken.xlsx bukan berkas Excel .xlsx')).toBeTruthy();
  expect(within(list).getByText(/0 tabel · 1 kesalahan · 0 peringatan/)).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('2 berkas · 1 kesalahan · 0 peringatan · 1 tidak dapat dibaca');

  fireEvent.click(screen.getByRole('button', { name: 'Unduh ringkasan (.xlsx)' }));
  await waitFor(() => expect(saved).toContainEqual(['ringkasan-cermat.xlsx', 2]));

  fireEvent.click(screen.getByRole('button', { name: 'Lihat tabel dan temuan 002_tabel_2_6.xlsx' }));
  expect(screen.getByRole('heading', { name: '002_tabel_2_6.xlsx' })).toBeTruthy();
  expect(screen.getByText('Total tidak sama dengan jumlah komponennya')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Unduh salinan bertanda' }));
  await waitFor(() => expect(saved).toContainEqual(['002_tabel_2_6.cermat.xlsx', 1]));

  // Leaving the tab unmounts the view; the session keeps the list for when the reviewer comes back.
  fireEvent.click(screen.getByRole('button', { name: /Kembali ke daftar berkas/ }));
  view.unmount();
  expect(session.getSnapshot().files.files).toHaveLength(2);
  render(ui);
  expect(screen.getByText('broken.xlsx bukan berkas Excel .xlsx')).toBeTruthy();
});

test('the UI language follows the pane settings', async () => {
  const saved: [string, number][] = [];
  const session = new FileSession(checker, { read, save: (bytes, name) => saved.push([name, bytes[0]]) });
  render(
    <SettingsProvider store={memorySettingsStore({ lang: 'en' })}>
      <FileModeView session={session} />
    </SettingsProvider>,
  );
  expect(screen.getByText(/Files are not sent anywhere/)).toBeTruthy();
  await act(() => session.add([new File(['x'], 'broken.xlsx')]));
  expect(screen.getByText('broken.xlsx is not an Excel .xlsx file')).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('1 file · 0 errors · 0 warnings · 1 unreadable');
  fireEvent.click(screen.getByRole('button', { name: 'Download summary (.xlsx)' }));
  await waitFor(() => expect(saved).toEqual([['ringkasan-cermat.xlsx', 1]]));
});

describe('adding again, changing settings, settings that do nothing here', () => {
  function recording() {
    const calls: { name: string; settings?: Partial<Settings> }[] = [];
    const rec: Checker = { ...checker, check: async (name, data, settings) => (calls.push({ name, settings }), checker.check(name, data, settings)) };
    return { calls, rec };
  }

  test('the same file added twice is listed once, checked again, and the UI says so', async () => {
    const { calls, rec } = recording();
    const session = new FileSession(rec, { read });
    render(
      <SettingsProvider store={memorySettingsStore()}>
        <FileModeView session={session} />
      </SettingsProvider>,
    );
    const file = new File(['x'], 'tabel.xlsx', { lastModified: 1 });
    await act(() => session.add([file]));
    // The same file again (a second pick, or twice in one drop), and another file that only shares its name.
    await act(() => session.add([new File(['x'], 'tabel.xlsx', { lastModified: 1 }), file, new File(['xy'], 'tabel.xlsx', { lastModified: 1 })]));
    const list = screen.getByRole('list', { name: 'Berkas yang dibuka' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('2 berkas · 2 kesalahan · 0 peringatan');
    expect(calls.map((c) => c.name)).toEqual(['tabel.xlsx', 'tabel.xlsx', 'tabel.xlsx']);
    expect(
      screen.getByText(
        /tabel\.xlsx, tabel\.xlsx sudah ada di daftar\. Berkas yang sama tidak ditambahkan dua kali: yang baru dibuka menggantikannya dan diperiksa ulang\./,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByText(/sudah ada di daftar/)).toBeNull();
    // Removed, it may be added again as new.
    act(() => session.remove(session.getSnapshot().files.files[0].id));
    await act(() => session.add([file]));
    expect(within(screen.getByRole('list', { name: 'Berkas yang dibuka' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.queryByText(/sudah ada di daftar/)).toBeNull();
  });

  test('a changed setting says "check again"; the button re-checks every file with it', async () => {
    const { calls, rec } = recording();
    const session = new FileSession(rec, { read });
    render(
      <SettingsProvider store={memorySettingsStore({ polarity: { 'Tabel 2.6!7': 'lower' } })}>
        <FileModeView session={session} />
        <SettingsPanel fileMode />
      </SettingsProvider>,
    );
    await act(() => session.add([new File(['x'], 'a.xlsx'), new File(['x'], 'b.xlsx')]));
    expect(screen.queryByText(/Pengaturan berubah/)).toBeNull();
    // Polarity overrides of the Excel pane never reach a file-mode check.
    expect(calls.every((c) => c.settings?.lowerFormula === 'inverse' && c.settings.polarity === undefined)).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^Perbandingan/ }));
    expect(screen.getByText('Pengaturan berubah. Klik Periksa ulang untuk menerapkannya.')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Periksa ulang' }));
      await session.recheck();
    });
    expect(calls.slice(2).map((c) => [c.name, c.settings?.lowerFormula])).toEqual([
      ['a.xlsx', 'reciprocal'],
      ['b.xlsx', 'reciprocal'],
    ]);
    expect(screen.queryByText(/Pengaturan berubah/)).toBeNull();
  });

  test('file mode hides the settings that do nothing there (formulas, per-row polarity); the Excel pane shows them', () => {
    const { unmount } = render(
      <SettingsProvider store={memorySettingsStore({ polarity: { 'Tabel 2.6!7': 'lower' } })}>
        <SettingsPanel fileMode />
      </SettingsProvider>,
    );
    expect(screen.queryByRole('checkbox', { name: /rumus Excel/ })).toBeNull();
    expect(screen.queryByText(/Tabel 2\.6/)).toBeNull();
    expect(screen.getByRole('radio', { name: /^Perbandingan/ })).toBeTruthy();
    unmount();
    render(
      <SettingsProvider store={memorySettingsStore({ polarity: { 'Tabel 2.6!7': 'lower' } })}>
        <SettingsPanel />
      </SettingsProvider>,
    );
    expect(screen.getByRole('checkbox', { name: /rumus Excel/ })).toBeTruthy();
    expect(screen.getByText(/Tabel 2\.6/)).toBeTruthy();
  });
});
