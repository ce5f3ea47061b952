/**
 * Every string the task pane shows, in Bahasa Indonesia (default) and English.
 * Components read them through `useT()` (see I18nContext.tsx); numbers go through formatNumber
 * so counts read "1.234" in Indonesian and "1,234" in English.
 */
import { formatNumber } from '../engine/format';
import type { Lang } from '../engine/settings';
import type { Family, RowKind, Severity } from '../engine/types';
import type { Scope } from '../excel/api';
import type { Polarity } from './polarity';
import type { ScaleProblem } from './predikatScale';

const id = {
  appTitle: 'Cermat',
  appTagline: 'Periksa dan lengkapi tabel Renstra, LKjIP dan LKPJ',
  // Scope and actions
  scopeLabel: 'Yang diperiksa',
  scope: { sheet: 'Lembar ini', selection: 'Pilihan', workbook: 'Seluruh buku kerja' } satisfies Record<Scope, string>,
  actionsLabel: 'Tindakan',
  check: 'Periksa',
  recheck: 'Periksa ulang',
  fill: 'Isi kolom capaian/rasio',
  highlight: 'Tandai',
  clearMarks: 'Hapus tanda',
  report: 'Buat lembar temuan',
  cancel: 'Batal',
  dismiss: 'Tutup pesan',
  // Progress
  progressLabel: 'Kemajuan pemeriksaan',
  reading: (done: number, total: number) =>
    total > 0 ? `Membaca sel… ${formatNumber(done, 'id')} dari ${formatNumber(total, 'id')}` : 'Membaca sel…',
  analysing: (i: number, n: number, sheet: string) => `Menganalisis lembar ${i} dari ${n}: ${sheet}`,
  working: 'Sedang bekerja…',
  // Results
  checkDone: (tables: number, errors: number, warnings: number, infos: number) =>
    `Pemeriksaan selesai: ${formatNumber(tables, 'id')} tabel, ${formatNumber(errors, 'id')} galat, ` +
    `${formatNumber(warnings, 'id')} peringatan, ${formatNumber(infos, 'id')} info.`,
  noTables: 'Tidak ada tabel yang dikenali di sini. Pilih tabelnya (termasuk judul kolom) lalu periksa “Pilihan”.',
  cancelled: 'Pemeriksaan dibatalkan.',
  staleSettings: 'Pengaturan berubah. Klik Periksa ulang untuk menerapkannya.',
  highlightDone: (n: number) => `${formatNumber(n, 'id')} sel ditandai.`,
  clearDone: 'Tanda Cermat dihapus.',
  reportDone: 'Lembar “Temuan Cermat” dibuat.',
  fillNothing: 'Tidak ada sel yang perlu diisi.',
  fillDone: (written: number, skipped: number) =>
    `${formatNumber(written, 'id')} sel diisi, ${formatNumber(skipped, 'id')} dilewati.`,
  // Errors
  errorTitle: 'Terjadi kesalahan',
  errors: {
    read: 'Gagal membaca buku kerja.',
    analyse: 'Gagal menganalisis tabel.',
    highlight: 'Gagal menandai sel.',
    clearMarks: 'Gagal menghapus tanda.',
    report: 'Gagal membuat lembar temuan.',
    fill: 'Gagal mengisi sel.',
    select: 'Gagal memilih sel.',
    settings: 'Pengaturan tidak dapat disimpan; pilihan berlaku sampai panel ditutup.',
  },
  crashTitle: 'Panel mengalami kesalahan',
  crashBody: 'Buku kerja Anda tidak berubah. Coba muat ulang panel.',
  retry: 'Muat ulang panel',
  // Tabs
  tabsLabel: 'Bagian panel',
  tabFindings: (n: number) => `Temuan (${formatNumber(n, 'id')})`,
  tabTables: (n: number) => `Tabel (${formatNumber(n, 'id')})`,
  tabSettings: 'Pengaturan',
  tabFiles: 'Berkas',
  notInExcel: 'Panel ini bekerja di dalam Excel. Buka Cermat dari tab Beranda di Excel.',
  loading: 'Memuat…',
  // Tables
  tablesHeading: 'Tabel yang dikenali',
  tablesEmpty: 'Belum ada tabel. Klik Periksa.',
  tableRange: 'Rentang',
  tableYears: 'Tahun',
  tableRows: 'Baris',
  tableNotChecked: 'Tanpa aritmetika (tidak diperiksa)',
  familyLabel: 'Jenis tabel',
  headerRowsLabel: 'Jumlah baris judul kolom',
  applyCorrection: 'Terapkan dan periksa ulang',
  resetCorrection: 'Kembalikan',
  corrected: 'Dikoreksi',
  family: {
    rekap: 'Rekap (daftar dengan jumlah)',
    kinerja: 'Kinerja (target, realisasi, rasio per tahun)',
    anggaran: 'Anggaran (anggaran, realisasi, rasio per tahun)',
    rencana: 'Rencana program dan pendanaan (T-C.27)',
    capaian: 'Capaian kinerja satu periode',
    realisasi: 'Realisasi anggaran satu periode',
    target: 'Target per tahun',
  } satisfies Record<Family, string>,
  rowKind: {
    heading: 'judul',
    program: 'program',
    kegiatan: 'kegiatan',
    subkegiatan: 'sub kegiatan',
    indicator: 'indikator',
    continuation: 'lanjutan',
    total: 'jumlah',
    average: 'rata-rata',
    derived: 'selisih (surplus/defisit)',
    headerRepeat: 'judul berulang',
    blank: 'kosong',
  } satisfies Record<RowKind, string>,
  // Findings
  findingsHeading: 'Temuan',
  findingsEmpty: 'Tidak ada temuan.',
  findingsNoMatch: 'Tidak ada temuan yang cocok dengan saringan.',
  findingsNotYet: 'Belum diperiksa. Pilih cakupan lalu klik Periksa.',
  filterText: 'Cari temuan',
  filterTextPlaceholder: 'sel, aturan atau kata',
  filterSeverity: 'Tingkat',
  severityAll: 'Semua tingkat',
  severity: { error: 'Galat', warning: 'Peringatan', info: 'Info' } satisfies Record<Severity, string>,
  expected: 'seharusnya',
  found: 'tertulis',
  showMore: (n: number) => `Tampilkan ${formatNumber(n, 'id')} lagi`,
  goToCell: (cell: string) => `Ke sel ${cell}`,
  count: (n: number) => formatNumber(n, 'id'),
  // Fill dialog
  fillDialogTitle: 'Ganti isi sel?',
  fillDialogIntro: (direct: number) =>
    `${formatNumber(direct, 'id')} sel kosong akan diisi. Sel berikut sudah berisi; centang yang boleh diganti.`,
  fillCell: 'Sel',
  fillReplace: 'Ganti',
  fillOld: 'Lama',
  fillNew: 'Baru',
  replaceAll: 'Ganti semua',
  skipAll: 'Lewati semua',
  fillConfirm: 'Isi',
  fillCellLabel: (cell: string, oldV: string, newV: string) => `Ganti ${cell}: ${oldV} menjadi ${newV}`,
  // Settings
  settingsHeading: 'Pengaturan',
  language: 'Bahasa',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' } satisfies Record<Lang, string>,
  lowerFormula: 'Rumus capaian untuk indikator “makin rendah makin baik”',
  lowerInverse: 'Kebalikan: (2×T − R) / T × 100',
  lowerReciprocal: 'Perbandingan: T / R × 100',
  tolerance: 'Toleransi rasio (poin persen)',
  toleranceHint: '0 = ketat; selisih pembulatan selalu diterima.',
  predikat: 'Skala predikat',
  predikatAuto: 'Otomatis (sesuai label tabel)',
  formulas: 'Tulis sebagai rumus Excel (bukan nilai)',
  settingsSaved: 'Pengaturan disimpan di perangkat ini.',
  // Per-row polarity (ratio.capaian findings, Settings)
  polarityGroup: (row: number) => `Polaritas baris ${row}`,
  polarityChoice: { lower: 'Makin kecil makin baik', higher: 'Makin besar makin baik' } satisfies Record<Polarity, string>,
  polarityAuto: 'Kembalikan ke otomatis',
  polaritySetNote: (p: Polarity) => `Diatur: ${p === 'lower' ? 'makin kecil makin baik' : 'makin besar makin baik'}.`,
  polarityHeading: 'Polaritas per baris',
  polarityHint: 'Diatur dari temuan capaian; berlaku setelah Periksa ulang.',
  polarityNone: 'Belum ada baris yang diatur.',
  polarityEntry: (sheet: string, row: number, p: Polarity) =>
    `${sheet} baris ${row}: ${p === 'lower' ? 'makin kecil makin baik' : 'makin besar makin baik'}`,
  remove: 'Hapus',
  polarityRemoveLabel: (sheet: string, row: number) => `Hapus polaritas ${sheet} baris ${row}`,
  polarityRemoveAll: 'Hapus semua',
  polarityRemoveAllLabel: 'Hapus semua polaritas baris',
  // Custom predikat scale
  scaleHeading: 'Skala predikat sendiri',
  scaleOpen: 'Atur skala sendiri',
  scaleName: 'Nama skala',
  scaleBand: (i: number) => `Kategori ${i}`,
  scaleBandLabel: 'Label',
  scaleBandMin: 'Batas bawah (%)',
  scaleBandOp: 'Pembanding',
  scaleOpInclusive: '≥ (minimal)',
  scaleOpExclusive: '> (lebih dari)',
  scaleBandRest: 'Semua capaian di bawah kategori sebelumnya.',
  scaleAddBand: 'Tambah kategori',
  scaleRemoveBand: (i: number) => `Hapus kategori ${i}`,
  scaleSave: 'Simpan skala',
  scaleDelete: 'Hapus skala',
  scaleSaved: 'Skala disimpan. Pilih di “Skala predikat”.',
  scaleProblemsTitle: 'Skala belum dapat disimpan:',
  scaleProblem: (p: ScaleProblem): string => {
    switch (p.kind) {
      case 'name':
        return 'Beri nama skala.';
      case 'label':
        return `Label kategori ${p.band} kosong.`;
      case 'duplicate':
        return `Label kategori ${p.band} sudah dipakai kategori lain.`;
      case 'bound':
        return `Batas bawah kategori ${p.band} harus berupa angka.`;
      case 'order':
        return `Batas bawah kategori ${p.band} harus lebih kecil dari batas kategori ${p.band - 1}.`;
    }
  },
  // Rule pages (docs/rules/<id>.md), opened from a finding
  ruleDocOpen: 'Penjelasan aturan',
  ruleDocClose: 'Tutup',
  ruleDocFailed: 'Penjelasan aturan ini tidak dapat dimuat. Periksa sambungan jaringan; bila halaman ini dibuka langsung dari disk (file://), bukalah melalui server web.',
};

export type Strings = typeof id;

const en: Strings = {
  appTitle: 'Cermat',
  appTagline: 'Check and complete Renstra, LKjIP and LKPJ tables',
  scopeLabel: 'What to check',
  scope: { sheet: 'This sheet', selection: 'Selection', workbook: 'Whole workbook' },
  actionsLabel: 'Actions',
  check: 'Check',
  recheck: 'Check again',
  fill: 'Fill capaian/ratio columns',
  highlight: 'Highlight',
  clearMarks: 'Clear marks',
  report: 'Create findings sheet',
  cancel: 'Cancel',
  dismiss: 'Dismiss message',
  progressLabel: 'Check progress',
  reading: (done, total) =>
    total > 0 ? `Reading cells… ${formatNumber(done, 'en')} of ${formatNumber(total, 'en')}` : 'Reading cells…',
  analysing: (i, n, sheet) => `Analysing sheet ${i} of ${n}: ${sheet}`,
  working: 'Working…',
  checkDone: (tables, errors, warnings, infos) =>
    `Check finished: ${formatNumber(tables, 'en')} tables, ${formatNumber(errors, 'en')} errors, ` +
    `${formatNumber(warnings, 'en')} warnings, ${formatNumber(infos, 'en')} notes.`,
  noTables: 'No table recognised here. Select the table (including its column headers) and check "Selection".',
  cancelled: 'Check cancelled.',
  staleSettings: 'Settings changed. Click Check again to apply them.',
  highlightDone: (n) => `${formatNumber(n, 'en')} cells highlighted.`,
  clearDone: "Cermat's marks removed.",
  reportDone: 'The "Temuan Cermat" sheet was created.',
  fillNothing: 'No cell needs filling.',
  fillDone: (written, skipped) => `${formatNumber(written, 'en')} cells filled, ${formatNumber(skipped, 'en')} skipped.`,
  errorTitle: 'Something went wrong',
  errors: {
    read: 'Could not read the workbook.',
    analyse: 'Could not analyse the tables.',
    highlight: 'Could not highlight the cells.',
    clearMarks: 'Could not clear the marks.',
    report: 'Could not create the findings sheet.',
    fill: 'Could not fill the cells.',
    select: 'Could not select the cell.',
    settings: 'Settings could not be saved; they apply until the pane is closed.',
  },
  crashTitle: 'The pane hit an error',
  crashBody: 'Your workbook was not changed. Try reloading the pane.',
  retry: 'Reload pane',
  tabsLabel: 'Pane sections',
  tabFindings: (n) => `Findings (${formatNumber(n, 'en')})`,
  tabTables: (n) => `Tables (${formatNumber(n, 'en')})`,
  tabSettings: 'Settings',
  tabFiles: 'Files',
  notInExcel: 'This pane works inside Excel. Open Cermat from the Home tab in Excel.',
  loading: 'Loading…',
  tablesHeading: 'Recognised tables',
  tablesEmpty: 'No tables yet. Click Check.',
  tableRange: 'Range',
  tableYears: 'Years',
  tableRows: 'Rows',
  tableNotChecked: 'No arithmetic (not checked)',
  familyLabel: 'Table type',
  headerRowsLabel: 'Number of column-header rows',
  applyCorrection: 'Apply and check again',
  resetCorrection: 'Reset',
  corrected: 'Corrected',
  family: {
    rekap: 'Summary (list with totals)',
    kinerja: 'Performance (target, actual, ratio per year)',
    anggaran: 'Budget (budget, actual, ratio per year)',
    rencana: 'Programme and funding plan (T-C.27)',
    capaian: 'Performance for one period',
    realisasi: 'Budget realisation for one period',
    target: 'Targets per year',
  },
  rowKind: {
    heading: 'heading',
    program: 'programme',
    kegiatan: 'activity',
    subkegiatan: 'sub-activity',
    indicator: 'indicator',
    continuation: 'continuation',
    total: 'total',
    average: 'average',
    derived: 'difference (surplus/deficit)',
    headerRepeat: 'repeated header',
    blank: 'blank',
  },
  findingsHeading: 'Findings',
  findingsEmpty: 'No findings.',
  findingsNoMatch: 'No finding matches the filter.',
  findingsNotYet: 'Not checked yet. Choose a scope and click Check.',
  filterText: 'Search findings',
  filterTextPlaceholder: 'cell, rule or word',
  filterSeverity: 'Severity',
  severityAll: 'All severities',
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  expected: 'expected',
  found: 'found',
  showMore: (n) => `Show ${formatNumber(n, 'en')} more`,
  goToCell: (cell) => `Go to cell ${cell}`,
  count: (n) => formatNumber(n, 'en'),
  fillDialogTitle: 'Replace cell contents?',
  fillDialogIntro: (direct) =>
    `${formatNumber(direct, 'en')} empty cells will be filled. The cells below already hold something; tick those that may be replaced.`,
  fillCell: 'Cell',
  fillReplace: 'Replace',
  fillOld: 'Old',
  fillNew: 'New',
  replaceAll: 'Replace all',
  skipAll: 'Skip all',
  fillConfirm: 'Fill',
  fillCellLabel: (cell, oldV, newV) => `Replace ${cell}: ${oldV} with ${newV}`,
  settingsHeading: 'Settings',
  language: 'Language',
  languageNames: { id: 'Bahasa Indonesia', en: 'English' },
  lowerFormula: 'Capaian formula for "lower is better" indicators',
  lowerInverse: 'Inverse: (2×T − R) / T × 100',
  lowerReciprocal: 'Reciprocal: T / R × 100',
  tolerance: 'Ratio tolerance (percentage points)',
  toleranceHint: '0 = strict; rounding differences are always accepted.',
  predikat: 'Predikat scale',
  predikatAuto: 'Automatic (from the table’s labels)',
  formulas: 'Write Excel formulas (not values)',
  settingsSaved: 'Settings are saved on this device.',
  polarityGroup: (row) => `Polarity of row ${row}`,
  polarityChoice: { lower: 'Lower is better', higher: 'Higher is better' },
  polarityAuto: 'Back to automatic',
  polaritySetNote: (p) => `Set: ${p === 'lower' ? 'lower is better' : 'higher is better'}.`,
  polarityHeading: 'Polarity per row',
  polarityHint: 'Set from capaian findings; applies after Check again.',
  polarityNone: 'No row set yet.',
  polarityEntry: (sheet, row, p) => `${sheet} row ${row}: ${p === 'lower' ? 'lower is better' : 'higher is better'}`,
  remove: 'Remove',
  polarityRemoveLabel: (sheet, row) => `Remove the polarity of ${sheet} row ${row}`,
  polarityRemoveAll: 'Remove all',
  polarityRemoveAllLabel: 'Remove all row polarities',
  scaleHeading: 'Your own predikat scale',
  scaleOpen: 'Define your own scale',
  scaleName: 'Scale name',
  scaleBand: (i) => `Band ${i}`,
  scaleBandLabel: 'Label',
  scaleBandMin: 'Lower bound (%)',
  scaleBandOp: 'Comparison',
  scaleOpInclusive: '≥ (at least)',
  scaleOpExclusive: '> (more than)',
  scaleBandRest: 'Every capaian below the band above.',
  scaleAddBand: 'Add band',
  scaleRemoveBand: (i) => `Remove band ${i}`,
  scaleSave: 'Save scale',
  scaleDelete: 'Delete scale',
  scaleSaved: 'Scale saved. Choose it under “Predikat scale”.',
  scaleProblemsTitle: 'The scale cannot be saved yet:',
  scaleProblem: (p) => {
    switch (p.kind) {
      case 'name':
        return 'Give the scale a name.';
      case 'label':
        return `Band ${p.band} needs a label.`;
      case 'duplicate':
        return `Band ${p.band} has the same label as another band.`;
      case 'bound':
        return `Band ${p.band}'s lower bound must be a number.`;
      case 'order':
        return `Band ${p.band}'s lower bound must be below band ${p.band - 1}'s.`;
    }
  },
  ruleDocOpen: 'About this rule',
  ruleDocClose: 'Close',
  ruleDocFailed: "This rule's explanation could not be loaded. Check the network connection; if this page was opened straight from disk (file://), open it through a web server.",
};

export const STRINGS: Record<Lang, Strings> = { id, en };
