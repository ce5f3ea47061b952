/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * Per-row polarity and a custom predikat scale, set in the pane, saved through the real settings
 * store (src/platform over localStorage) and applied by the real engine on the next check.
 */
import '@testing-library/jest-dom';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { SheetGrid } from '../../src/engine/types';
import { resetPlatformForTests } from '../../src/platform';
import { App } from '../../src/taskpane/App';
import { platformSettingsStore } from '../../src/taskpane/environment';
import { bold, grid } from '../support/grid';
import { FakeHost } from './support';
import { DINAS_SCALE } from './scales';

beforeEach(() => {
  localStorage.clear();
  resetPlatformForTests();
});

function renderPane(grids: SheetGrid[]) {
  const onError = jest.fn();
  render(<App host={new FakeHost(grids)} store={platformSettingsStore} onError={onError} />);
  return { onError };
}

const status = () => screen.getByRole('status');
const STALE = 'Pengaturan berubah. Klik Periksa ulang untuk menerapkannya.';

async function check() {
  fireEvent.click(screen.getByRole('button', { name: 'Periksa' }));
  await waitFor(() => expect(status()).toHaveTextContent(/^Pemeriksaan selesai|^Tidak ada tabel|^Gagal/));
}

function openTab(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

/** Opens every collapsed rule group so all finding rows are rendered. */
function openGroups() {
  for (const header of screen.queryAllByRole('button', { expanded: false })) fireEvent.click(header);
}

const findingButtons = (cell: string) => screen.queryAllByRole('button', { name: new RegExp(`^${cell}(?!\\d)`) });

describe('per-row polarity', () => {
  // Row 3's capaian is (2T − R)/T = (200 − 90)/100 = 110, though nothing in its words says lower is better.
  const sheet = () =>
    grid(
      [
        [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Persentase koperasi aktif', 80, 76, 95],
        [2, 'Indeks pelayanan terpadu', 100, 90, 110],
        [3, 'Persentase UMKM naik kelas', 50, 30, 60],
      ],
      { name: 'Capaian' },
    );

  test('"Makin kecil makin baik" on the warning is saved, applied on re-check, listed and removable', async () => {
    renderPane([sheet()]);
    await check();
    openGroups();
    const [e3] = findingButtons('E3');
    expect(e3).toBeDefined();
    expect(e3).toHaveTextContent(/Tandai polaritas baris ini/);
    const actions = screen.getByRole('group', { name: 'Polaritas baris 3' });
    // The row reads higher-is-better: only the flip is offered, not "back to automatic".
    expect(within(actions).queryByRole('button', { name: 'Makin besar makin baik' })).not.toBeInTheDocument();
    expect(within(actions).queryByRole('button', { name: 'Kembalikan ke otomatis' })).not.toBeInTheDocument();
    fireEvent.click(within(actions).getByRole('button', { name: 'Makin kecil makin baik' }));

    // Saved through the store, like every setting, and the results are marked stale.
    expect(platformSettingsStore.load()?.polarity).toEqual({ 'Capaian!3': 'lower' });
    expect(screen.getByText(STALE)).toBeInTheDocument();
    const set = screen.getByRole('group', { name: 'Polaritas baris 3' });
    expect(set).toHaveTextContent('Diatur: makin kecil makin baik.');
    expect(within(set).getByRole('button', { name: 'Makin besar makin baik' })).toBeInTheDocument();
    expect(within(set).getByRole('button', { name: 'Kembalikan ke otomatis' })).toBeInTheDocument();

    await check();
    expect(screen.queryByText(STALE)).not.toBeInTheDocument();
    openGroups();
    expect(findingButtons('E3')).toHaveLength(0);

    // Listed in the settings; removing it brings the warning back on the next check.
    openTab(/^Pengaturan/);
    const section = screen.getByRole('region', { name: 'Polaritas per baris' });
    expect(section).toHaveTextContent('Capaian baris 3: makin kecil makin baik');
    fireEvent.click(within(section).getByRole('button', { name: 'Hapus polaritas Capaian baris 3' }));
    expect(section).toHaveTextContent('Belum ada baris yang diatur.');
    expect(platformSettingsStore.load()?.polarity).toBeUndefined();
    expect(screen.getByText(STALE)).toBeInTheDocument();
    await check();
    openTab(/^Temuan/);
    openGroups();
    expect(findingButtons('E3')).toHaveLength(1);
  });

  test('an override survives a reload; "Kembalikan ke otomatis" and "Hapus semua" clear overrides', async () => {
    renderPane([sheet()]);
    await check();
    openGroups();
    fireEvent.click(within(screen.getByRole('group', { name: 'Polaritas baris 3' })).getByRole('button', { name: 'Makin kecil makin baik' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Polaritas baris 3' })).getByRole('button', { name: 'Kembalikan ke otomatis' }));
    expect(platformSettingsStore.load()?.polarity).toBeUndefined();
    expect(screen.queryByText(STALE)).not.toBeInTheDocument(); // back where the results were computed

    // Two rows set (one through a saved entry), then both removed at once.
    localStorage.clear();
    resetPlatformForTests();
    platformSettingsStore.save({
      ...platformSettingsStore.load(),
      lang: 'id',
      lowerFormula: 'inverse',
      ratioTolerance: 0,
      predikat: 'auto',
      formulas: true,
      polarity: { 'Capaian!3': 'lower', 'Capaian!10': 'higher' },
    });
    cleanup();
    renderPane([sheet()]);
    await check();
    openGroups();
    expect(findingButtons('E3')).toHaveLength(0);
    openTab(/^Pengaturan/);
    const section = screen.getByRole('region', { name: 'Polaritas per baris' });
    // Sorted by row number, not as text.
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('Capaian baris 3'), expect.stringContaining('Capaian baris 10')]);
    fireEvent.click(within(section).getByRole('button', { name: 'Hapus semua polaritas baris' }));
    expect(within(section).queryAllByRole('listitem')).toHaveLength(0);
    expect(platformSettingsStore.load()?.polarity).toBeUndefined();
  });

  test('a lower-is-better row computed as realisasi/target offers "Makin besar makin baik"', async () => {
    const g = grid(
      [
        [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
        [1, 'Persentase koperasi aktif', 80, 76, 95],
        [2, 'Tingkat pengangguran terbuka', 4, 5, 125],
      ],
      { name: 'Capaian' },
    );
    renderPane([g]);
    await check();
    openGroups();
    expect(findingButtons('E3')).toHaveLength(1);
    const actions = screen.getByRole('group', { name: 'Polaritas baris 3' });
    expect(within(actions).queryByRole('button', { name: 'Makin kecil makin baik' })).not.toBeInTheDocument();
    fireEvent.click(within(actions).getByRole('button', { name: 'Makin besar makin baik' }));
    expect(platformSettingsStore.load()?.polarity).toEqual({ 'Capaian!3': 'higher' });
    await check();
    openGroups();
    expect(findingButtons('E3')).toHaveLength(0);
  });
});

describe('custom predikat scale', () => {
  const table = (p1: string, p2: string) =>
    grid(
      [
        [bold('No'), bold('Indikator'), bold('Target'), bold('Realisasi'), bold('Capaian (%)'), bold('Predikat')],
        [1, 'Persentase koperasi aktif', 80, 76, 95, p1],
        [2, 'Persentase UMKM naik kelas', 50, 30, 60, p2],
      ],
      { name: 'Predikat' },
    );

  const band = (i: number) => screen.getByRole('group', { name: `Kategori ${i}` });
  const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });

  function openEditor() {
    openTab(/^Pengaturan/);
    fireEvent.click(screen.getByRole('button', { name: 'Atur skala sendiri' }));
    expect(screen.getByRole('button', { name: 'Atur skala sendiri' })).toHaveAttribute('aria-expanded', 'true');
  }

  /** Baik ≥ 90, Cukup > 50, Kurang below. */
  function fillValid() {
    type(screen.getByRole('textbox', { name: 'Nama skala' }), 'Skala Dinas');
    type(within(band(1)).getByRole('textbox', { name: 'Label' }), 'Baik');
    type(within(band(1)).getByRole('textbox', { name: 'Batas bawah (%)' }), '90');
    type(within(band(2)).getByRole('textbox', { name: 'Label' }), 'Cukup');
    type(within(band(2)).getByRole('textbox', { name: 'Batas bawah (%)' }), '50');
    fireEvent.change(within(band(2)).getByRole('combobox', { name: 'Pembanding' }), { target: { value: 'gt' } });
    type(within(band(3)).getByRole('textbox', { name: 'Label' }), 'Kurang');
  }

  test('invalid bands show what to fix and are not saved', async () => {
    renderPane([table('Baik', 'Cukup')]);
    openEditor();
    type(screen.getByRole('textbox', { name: 'Nama skala' }), 'Skala Dinas');
    type(within(band(1)).getByRole('textbox', { name: 'Label' }), 'Baik');
    type(within(band(1)).getByRole('textbox', { name: 'Batas bawah (%)' }), '50');
    type(within(band(2)).getByRole('textbox', { name: 'Batas bawah (%)' }), '70'); // not below band 1
    // Band 2 has no label; band 3 (the catch-all) has no bound to give.
    expect(within(band(3)).queryByRole('textbox', { name: 'Batas bawah (%)' })).not.toBeInTheDocument();
    type(within(band(3)).getByRole('textbox', { name: 'Label' }), 'Kurang');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan skala' }));
    const alert = screen.getByRole('group', { name: 'Skala belum dapat disimpan:' });
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // Each field says what is wrong with it, too.
    expect(within(band(2)).getByRole('textbox', { name: 'Label' })).toHaveAttribute('aria-invalid', 'true');
    expect(within(band(2)).getByRole('textbox', { name: 'Batas bawah (%)' })).toHaveAccessibleDescription(
      'Batas bawah kategori 2 harus lebih kecil dari batas kategori 1.',
    );
    expect(within(band(1)).getByRole('textbox', { name: 'Label' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(alert).toHaveTextContent('Label kategori 2 kosong.');
    expect(alert).toHaveTextContent('Batas bawah kategori 2 harus lebih kecil dari batas kategori 1.');
    expect(platformSettingsStore.load()?.customScales).toBeUndefined();
    expect(within(screen.getByRole('combobox', { name: 'Skala predikat' })).queryByRole('option', { name: 'Skala Dinas' })).not.toBeInTheDocument();

    // A bound that is not a number, a repeated label and an empty name are caught too.
    type(within(band(2)).getByRole('textbox', { name: 'Label' }), 'baik');
    type(within(band(2)).getByRole('textbox', { name: 'Batas bawah (%)' }), 'lima');
    type(screen.getByRole('textbox', { name: 'Nama skala' }), ' ');
    expect(alert).toHaveTextContent('Beri nama skala.');
    expect(alert).toHaveTextContent('Label kategori 2 sudah dipakai kategori lain.');
    expect(alert).toHaveTextContent('Batas bawah kategori 2 harus berupa angka.');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan skala' }));
    expect(platformSettingsStore.load()?.customScales).toBeUndefined();

    // Fixed, the list goes away and the scale is saved.
    fillValid();
    expect(screen.queryByRole('group', { name: 'Skala belum dapat disimpan:' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan skala' }));
    expect(platformSettingsStore.load()?.customScales).toHaveLength(1);
  });

  test('bands can be added up to six and removed down to two', () => {
    renderPane([table('Baik', 'Cukup')]);
    openEditor();
    expect(screen.getAllByRole('group', { name: /^Kategori/ })).toHaveLength(3);
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Tambah kategori' }));
    expect(screen.getAllByRole('group', { name: /^Kategori/ })).toHaveLength(6);
    expect(screen.queryByRole('button', { name: 'Tambah kategori' })).not.toBeInTheDocument();
    for (let i = 6; i > 2; i--) fireEvent.click(screen.getByRole('button', { name: `Hapus kategori ${i}` }));
    expect(screen.getAllByRole('group', { name: /^Kategori/ })).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^Hapus kategori/ })).not.toBeInTheDocument();
  });

  test('a valid scale is saved, persisted, selectable and used by the engine', async () => {
    renderPane([table('Baik', 'Cukup')]);
    openEditor();
    fillValid();
    fireEvent.click(screen.getByRole('button', { name: 'Simpan skala' }));
    expect(screen.getByText('Skala disimpan. Pilih di “Skala predikat”.')).toBeInTheDocument();

    // Persisted through the store, the catch-all band's −Infinity included (JSON keeps it as null).
    const raw = JSON.parse(localStorage.getItem('@cermat/settings') ?? 'null') as { customScales: unknown[] };
    expect(raw.customScales).toHaveLength(1);
    expect(platformSettingsStore.load()?.customScales).toEqual([DINAS_SCALE]);

    const select = screen.getByRole('combobox', { name: 'Skala predikat' });
    expect(within(select).getByRole('option', { name: 'Skala Dinas' })).toBeInTheDocument();
    fireEvent.change(select, { target: { value: 'custom' } });
    expect(platformSettingsStore.load()?.predikat).toBe('custom');

    // 95 is Baik, 60 is Cukup on this scale: no predikat finding.
    await check();
    expect(status()).toHaveTextContent(/^Pemeriksaan selesai: 1 tabel, 0 kesalahan/);
    openTab(/^Temuan/);
    openGroups();
    expect(findingButtons('F2')).toHaveLength(0);
    expect(findingButtons('F3')).toHaveLength(0);
  });

  test('with the custom scale chosen, a wrong label is a ratio.predikat error naming the right band', async () => {
    platformSettingsStore.save({
      lang: 'id',
      lowerFormula: 'inverse',
      ratioTolerance: 0,
      formulas: true,
      predikat: 'custom',
      customScales: [DINAS_SCALE],
    });
    resetPlatformForTests();
    renderPane([table('Baik', 'Kurang')]);
    await check();
    openGroups();
    expect(findingButtons('F2')).toHaveLength(0);
    const [f3] = findingButtons('F3');
    expect(f3).toBeDefined();
    expect(f3).toHaveTextContent('seharusnya Cukup · tertulis Kurang');
    expect(f3).toHaveTextContent('Skala Dinas');

    // The editor opens on the saved scale; deleting it goes back to the automatic scale.
    openEditor();
    expect(screen.getByRole('textbox', { name: 'Nama skala' })).toHaveValue('Skala Dinas');
    expect(within(band(2)).getByRole('combobox', { name: 'Pembanding' })).toHaveValue('gt');
    fireEvent.click(screen.getByRole('button', { name: 'Hapus skala' }));
    expect(platformSettingsStore.load()).toMatchObject({ predikat: 'auto' });
    expect(platformSettingsStore.load()?.customScales).toBeUndefined();
  });

  test('English labels and errors', () => {
    render(<App host={new FakeHost([table('Baik', 'Cukup')])} store={platformSettingsStore} />);
    openTab(/^Pengaturan/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Bahasa' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Define your own scale' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save scale' }));
    const alert = screen.getByRole('group', { name: 'The scale cannot be saved yet:' });
    expect(alert).toHaveTextContent('Give the scale a name.');
    expect(alert).toHaveTextContent('Band 1 needs a label.');
    expect(screen.getByRole('region', { name: 'Polarity per row' })).toHaveTextContent('No row set yet.');
  });
});
