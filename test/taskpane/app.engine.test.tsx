/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * The pane with the real engine over real fixture workbooks. These FAIL while the engine is a
 * stub (no tables, no findings) and pass once recognition and the rules are in.
 */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyseSheet } from '../../src/engine/analyse';
import type { SheetGrid } from '../../src/engine/types';
import { FakeHost, fixtureGrids, renderApp, withEmptied } from './support';

const status = () => screen.getByRole('status');

async function check() {
  fireEvent.click(screen.getByRole('button', { name: 'Periksa' }));
  await waitFor(() => expect(status()).toHaveTextContent(/^Pemeriksaan selesai|^Tidak ada tabel|^Gagal/));
}

/** The finding rows for a cell (its button's accessible name starts with the address). */
const findingButtons = (cell: string) => screen.queryAllByRole('button', { name: new RegExp(`^${cell}(?!\\d)`) });

test('002_tabel_2_6: the table is recognised and F10 (sum.row-total) is reported; clicking it selects F10', async () => {
  const host = new FakeHost(await fixtureGrids('published/002_tabel_2_6.xlsx'));
  renderApp(host);
  await check();
  expect(status()).toHaveTextContent(/^Pemeriksaan selesai: 1 tabel, [1-9]\d* kesalahan/);

  fireEvent.click(screen.getByRole('tab', { name: /^Tabel \(1\)/ }));
  const card = screen.getByRole('article');
  expect(card).toHaveTextContent('Tabel 2.6!A5:G29');
  expect(card).toHaveTextContent('Rekap');

  fireEvent.click(screen.getByRole('tab', { name: /^Temuan/ }));
  const group = screen.getByRole('button', { name: /sum\.row-total/ }); // the rule's accordion header
  if (group.getAttribute('aria-expanded') === 'false') fireEvent.click(group);
  const [f10] = findingButtons('F10');
  expect(f10).toBeDefined();
  expect(f10).toHaveTextContent('seharusnya 22 · tertulis 18');
  fireEvent.click(f10);
  await waitFor(() => expect(host.of('select')).toEqual([{ op: 'select', sheet: 'Tabel 2.6', cell: 'F10' }]));
});

test('000_tabel_2_3_3: summed percentages in the Jumlah row, J8:M8, are errors', async () => {
  renderApp(new FakeHost(await fixtureGrids('published/000_tabel_2_3_3.xlsx')));
  await check();
  fireEvent.change(screen.getByRole('searchbox', { name: 'Cari temuan' }), { target: { value: '8' } });
  fireEvent.change(screen.getByRole('combobox', { name: 'Tingkat' }), { target: { value: 'error' } });
  // Open every group so all rows are rendered.
  for (const header of screen.queryAllByRole('button', { expanded: false })) fireEvent.click(header);
  for (const cell of ['J8', 'K8', 'L8', 'M8']) expect(findingButtons(cell).length).toBeGreaterThan(0);
  expect(findingButtons('J8')[0]).toHaveTextContent('tertulis 324,73');
});

test('corrected workbook: no errors', async () => {
  renderApp(new FakeHost(await fixtureGrids('corrected/002_tabel_2_6.corrected.xlsx')));
  await check();
  expect(status()).toHaveTextContent(/^Pemeriksaan selesai: 1 tabel, 0 kesalahan/);
});

test('stacked Bab II sheet: nine tables listed', async () => {
  renderApp(new FakeHost(await fixtureGrids('stacked/002_bab_II.xlsx')));
  await check();
  expect(screen.getByRole('tab', { name: /^Tabel \(9\)/ })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('tab', { name: /^Tabel/ }));
  expect(screen.getAllByRole('article')).toHaveLength(9);
  expect(screen.getAllByRole('article')[0]).toHaveTextContent('Bab II!A5:D13');
});

test('fill: emptied ratio cells are proposed and written; filled cells only with consent', async () => {
  const [grid] = await fixtureGrids('published/000_tabel_2_3_3.xlsx');
  const emptied = ['J5', 'K5', 'L5', 'M5', 'J6', 'K6', 'L6', 'M6', 'J7', 'K7', 'L7', 'M7'];
  const host = new FakeHost([withEmptied(grid, emptied)]);
  renderApp(host);
  await check();
  const fillButton = screen.getByRole('button', { name: 'Isi kolom capaian/rasio' });
  expect(fillButton).toBeEnabled();
  fireEvent.click(fillButton);
  const dialog = screen.queryByRole('dialog');
  if (dialog) {
    // Proposals for non-empty cells (e.g. the wrong Jumlah ratios) wait for consent, unticked.
    expect(
      within(dialog)
        .getAllByRole('checkbox')
        .some((c) => (c as HTMLInputElement).checked),
    ).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Isi' }));
  }
  await waitFor(() => expect(host.of('fill')).toHaveLength(1));
  const { items, options } = host.of('fill')[0];
  expect(items.map((i) => i.cell).sort()).toEqual(expect.arrayContaining(emptied.sort()));
  expect(items.every((i) => i.current === null)).toBe(true);
  expect(options.overwrite.size).toBe(0);
  const j5 = items.find((i) => i.cell === 'J5');
  expect(typeof j5?.value === 'number' && Math.abs(j5.value - 140.7) < 0.01).toBe(true);
});

test('a table correction is applied by the engine on re-run', async () => {
  renderApp(new FakeHost(await fixtureGrids('published/002_tabel_2_6.xlsx')));
  await check();
  fireEvent.click(screen.getByRole('tab', { name: /^Tabel/ }));
  const card = screen.getByRole('article');
  const rows = within(card).getByRole('spinbutton', { name: 'Jumlah baris judul kolom' }) as HTMLInputElement;
  const before = Number(rows.value);
  fireEvent.change(rows, { target: { value: String(before + 1) } });
  fireEvent.blur(rows);
  fireEvent.click(within(card).getByRole('button', { name: 'Terapkan dan periksa ulang' }));
  await waitFor(() => expect(screen.getByRole('article')).toHaveTextContent('Dikoreksi'));
  expect((within(screen.getByRole('article')).getByRole('spinbutton', { name: 'Jumlah baris judul kolom' }) as HTMLInputElement).value).toBe(
    String(before + 1),
  );
});

test('a sheet with no table says so, with the engine’s explanation', async () => {
  const grid: SheetGrid = { name: 'Kosong', cells: [[{ value: 'Catatan rapat' }]], merges: [] };
  const notice = analyseSheet(grid).notice;
  expect(notice).toBeDefined();
  renderApp(new FakeHost([grid]));
  await check();
  expect(status()).toHaveTextContent(/^Tidak ada tabel yang dikenali di sini/);
  expect(screen.getByText(notice?.id ?? '')).toBeInTheDocument();
});
