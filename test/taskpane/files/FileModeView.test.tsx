/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Finding } from '../../../src/engine/types';
import { SettingsProvider } from '../../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../../src/taskpane/settingsStore';
import { FileModeView } from '../../../src/taskpane/files/FileModeView';
import type { Checker } from '../../../src/taskpane/files/protocol';
import { FileSession } from '../../../src/taskpane/files/session';
import type { FileResult } from '../../../src/xlsx/check';

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
      return { file: name, tables: [], findings: [], fill: [], errorCode: 'not-xlsx', error: { id: 'broken.xlsx bukan berkas Excel .xlsx', en: 'broken.xlsx is not an Excel .xlsx file' } };
    }
    return { file: name, tables: [], findings: [f10], fill: [] };
  },
  annotate: async (_data, result: FileResult) => new Uint8Array([result.findings.length]),
  summary: async (results) => new Uint8Array([results.length]),
};

const read = async () => new ArrayBuffer(1);

// Fluent's MessageBar measures itself; jsdom has no ResizeObserver.
beforeAll(() => {
  window.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

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
  expect(within(list).getByText(/0 tabel · 1 galat · 0 peringatan/)).toBeTruthy();
  expect(screen.getByRole('status').textContent).toBe('2 berkas · 1 galat · 0 peringatan · 1 tidak dapat dibaca');

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
