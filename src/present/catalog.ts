/**
 * Every word Cermat shows, in Bahasa Indonesia (default) and English: the task pane, the browser
 * file mode, the sheets Cermat writes and the command line. One word per idea across all faces
 * (Kesalahan / Error, Peringatan / Warning, Info). Numbers (1.234 / 1,234) and English counts
 * ("1 table", "3 tables") go through engine/format.ts.
 * Finding messages are not here: each rule words its own findings (src/engine/rules).
 */
import { counted, formatNumber } from '../engine/format';
import type { Lang } from '../engine/settings';
import type { Family, LocalText, RowKind, Severity } from '../engine/types';
import type { Polarity } from '../engine/polarity';
import type { ChangeKind } from '../engine/compare';
import type { EntityLevel, Measure } from '../engine/entities';
// Types only: the words follow the states the hosts define.
import type { Scope } from '../excel/api';
import type { FileStatus } from '../taskpane/files/state';
import type { ScaleProblem } from '../taskpane/predikatScale';

export interface FileStrings {
  title: string;
  intro: string;
  privacy: string;
  pick: string;
  drop: string;
  dropZone: string;
  language: string;
  status: Record<FileStatus, string>;
  tables: (n: number) => string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  progress: (done: number, total: number) => string;
  batch: (files: number, errors: number, warnings: number, failed: number) => string;
  fileList: string;
  empty: string;
  open: (name: string) => string;
  openShort: string;
  downloadAnnotated: string;
  downloadSummary: string;
  preparing: string;
  downloadFailed: (detail: string) => string;
  remove: (name: string) => string;
  clear: string;
  back: string;
  tablesHeading: string;
  findingsHeading: string;
  noTables: string;
  noFindings: string;
  tableLine: (layout: string, rows: number) => string;
  notChecked: string;
  expected: string;
  stated: string;
  related: string;
  /** Files added again that were already in the list. */
  replaced: (names: string[]) => string;
  dismiss: string;
}

/** Words of the sheets Cermat writes (findings sheet, summary workbook, cell notes). */
export interface SheetWords {
  /** Sheet names. */
  findingsSheet: string;
  summarySheet: string;
  allFindingsSheet: string;
  file: string;
  sheet: string;
  cell: string;
  table: string;
  rule: string;
  severity: string;
  expected: string;
  found: string;
  message: string;
  tables: string;
  errors: string;
  warnings: string;
  infos: string;
  status: string;
  ok: string;
  unreadable: string;
  noFindings: string;
}

/** Words of the comparison of two versions: the CLI's `compare`, the changes sheet and the browser's Bandingkan view. */
export interface CompareWords {
  kind: Record<ChangeKind, string>;
  measure: Record<Measure, string>;
  level: Record<EntityLevel, string>;
  variant: { murni: string; perubahan: string };
  /** The money unit of a change's figures, when both versions show them in thousands or millions ("ribu rupiah"). */
  unit: (unit: number) => string;
  /** The sheet listing every change, and its columns. */
  sheet: string;
  entity: string;
  kode: string;
  levelColumn: string;
  change: string;
  figure: string;
  old: string;
  new: string;
  oldCell: string;
  newCell: string;
  /** The note on a highlighted cell of the new version. */
  note: (kind: string, old: string) => string;
  none: string;
  /** No change among the tables compared, while others could not be. */
  noneCompared: string;
  notCompared: (n: number, list: string) => string;
  count: (n: number) => string;
  heading: (older: string, newer: string) => string;
  written: (out: string, replaced: boolean) => string;
  outIsInput: (out: string, input: string) => string;
  outNotXlsx: (out: string) => string;
  /** Browser view. */
  title: string;
  intro: string;
  tab: string;
  pickOld: string;
  pickNew: string;
  choose: string;
  run: string;
  running: string;
  download: string;
  notReady: string;
  failed: (detail: string) => string;
  /** "Bandingkan antarberkas": every checked file against the others (cermat check --across). */
  acrossTitle: string;
  acrossIntro: string;
  acrossRun: (files: number) => string;
  acrossRunning: string;
  acrossNone: (files: number) => string;
  acrossFound: (findings: number, files: number) => string;
  acrossStale: string;
  acrossFailed: (detail: string) => string;
}

/** Words of the command line's text report. */
export interface CliWords {
  tablesRecognised: string;
  noTables: string;
  noFindings: string;
  tableLine: (where: string, family: string, header: number, body: number) => string;
  expected: string;
  found: string;
  unreadable: string;
  summary: string;
  file: string;
  tables: string;
  errors: string;
  warnings: string;
  total: string;
  noXlsx: string;
  summaryWritten: (path: string, replaced: boolean) => string;
  summaryFailed: (path: string, why: string) => string;
  reportNotXlsx: (path: string) => string;
  reportIsInput: (path: string, input: string) => string;
  annotateIsInput: (path: string, input: string) => string;
  annotatedIsInput: (dest: string, input: string) => string;
  folderFailed: (dir: string, why: string) => string;
  annotatedFailed: (dest: string, why: string) => string;
  annotatedWritten: (dir: string) => string;
  outIsInput: (out: string, input: string) => string;
  outNotXlsx: (out: string) => string;
  writeFailed: (out: string, why: string) => string;
  filled: (n: number) => string;
  nothingToFill: string;
  /** After a filled cell whose formula only the column's header gives (no row shows it yet). */
  assumed: string;
  /** Before the tables' notes (cells left empty: inputs typed as text, formulas too long). */
  tableNotes: string;
  leftAlone: (n: number) => string;
  now: string;
  written: (out: string, replaced: boolean) => string;
  /** `cermat --help`, and after a usage error. */
  usage: string;
  unknownOption: (arg: string) => string;
  needsValue: (option: string) => string;
  langInvalid: (value: string) => string;
  notForCommand: (option: string, command: string) => string;
  nameFiles: string;
  jobsInvalid: (value: string) => string;
  fillOneFile: string;
  fillNeedsOut: string;
  compareTwoFiles: string;
  unknownCommand: (command: string) => string;
}

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
  reading: (done: number, total: number) => (total > 0 ? `Membaca sel… ${formatNumber(done, 'id')} dari ${formatNumber(total, 'id')}` : 'Membaca sel…'),
  analysing: (i: number, n: number, sheet: string) => `Menganalisis lembar ${i} dari ${n}: ${sheet}`,
  working: 'Sedang bekerja…',
  // Results
  checkDone: (tables: number, errors: number, warnings: number, infos: number) =>
    `Pemeriksaan selesai: ${formatNumber(tables, 'id')} tabel, ${formatNumber(errors, 'id')} kesalahan, ` +
    `${formatNumber(warnings, 'id')} peringatan, ${formatNumber(infos, 'id')} info.`,
  noTables: 'Tidak ada tabel yang dikenali di sini. Pilih tabelnya (termasuk judul kolom) lalu periksa “Pilihan”.',
  cancelled: 'Pemeriksaan dibatalkan.',
  staleSettings: 'Pengaturan berubah. Klik Periksa ulang untuk menerapkannya.',
  highlightDone: (n: number) => `${formatNumber(n, 'id')} sel ditandai.`,
  clearDone: 'Tanda Cermat dihapus.',
  reportDone: 'Lembar “Temuan Cermat” dibuat.',
  fillNothing: 'Tidak ada sel yang perlu diisi.',
  fillDone: (written: number, skipped: number) => `${formatNumber(written, 'id')} sel diisi, ${formatNumber(skipped, 'id')} dilewati.`,
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
  severity: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' } satisfies Record<Severity, string>,
  expected: 'seharusnya',
  found: 'tertulis',
  showMore: (n: number) => `Tampilkan ${formatNumber(n, 'id')} lagi`,
  goToCell: (cell: string) => `Ke sel ${cell}`,
  count: (n: number) => formatNumber(n, 'id'),
  // Fill dialog
  fillDialogTitle: 'Ganti isi sel?',
  fillDialogIntro: (direct: number) => `${formatNumber(direct, 'id')} sel kosong akan diisi. Sel berikut sudah berisi; centang yang boleh diganti.`,
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
  polarityEntry: (sheet: string, row: number, p: Polarity) => `${sheet} baris ${row}: ${p === 'lower' ? 'makin kecil makin baik' : 'makin besar makin baik'}`,
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
  /** A cross-table finding's other copies. */
  relatedLabel: 'Salinan lain',
  // Rule pages (docs/rules/<id>.md), opened from a finding
  ruleDocOpen: 'Penjelasan aturan',
  ruleDocClose: 'Tutup',
  ruleDocFailed:
    'Penjelasan aturan ini tidak dapat dimuat. Periksa sambungan jaringan; bila halaman ini dibuka langsung dari disk (file://), bukalah melalui server web.',
  /** A severity's group heading with its count: "Kesalahan (3)". */
  severityHeading: (s: Severity, n: number) => `${{ error: 'Kesalahan', warning: 'Peringatan', info: 'Info' }[s]} (${formatNumber(n, 'id')})`,
  /** A family's short name for one-line listings (the CLI): the DOMAIN id, which is Indonesian. */
  familyShort: {
    rekap: 'rekap',
    kinerja: 'kinerja',
    anggaran: 'anggaran',
    rencana: 'rencana',
    capaian: 'capaian',
    realisasi: 'realisasi',
    target: 'target',
  } satisfies Record<Family, string>,
  files: {
    title: 'Periksa berkas Excel',
    intro: 'Buka satu atau beberapa berkas .xlsx. Cermat mengenali tabelnya, memeriksa hitungannya, dan menyiapkan salinan bertanda untuk dikirim kembali.',
    privacy: 'Berkas dibaca di peramban ini saja. Berkas tidak dikirim ke mana pun.',
    pick: 'Pilih berkas .xlsx',
    drop: 'atau seret berkas ke sini',
    dropZone: 'Area untuk menjatuhkan berkas .xlsx',
    language: 'Bahasa',
    status: { queued: 'Menunggu', reading: 'Membaca', checking: 'Memeriksa', done: 'Selesai', failed: 'Gagal' },
    tables: (n) => `${formatNumber(n, 'id')} tabel`,
    errors: (n) => `${formatNumber(n, 'id')} kesalahan`,
    warnings: (n) => `${formatNumber(n, 'id')} peringatan`,
    progress: (done, total) => `${done} dari ${total} berkas selesai diperiksa`,
    batch: (files, errors, warnings, failed) =>
      `${formatNumber(files, 'id')} berkas · ${formatNumber(errors, 'id')} kesalahan · ${formatNumber(warnings, 'id')} peringatan` +
      (failed ? ` · ${formatNumber(failed, 'id')} tidak dapat dibaca` : ''),
    fileList: 'Berkas yang dibuka',
    empty: 'Belum ada berkas yang dibuka.',
    open: (name) => `Lihat tabel dan temuan ${name}`,
    openShort: 'Lihat temuan',
    downloadAnnotated: 'Unduh salinan bertanda',
    downloadSummary: 'Unduh ringkasan (.xlsx)',
    preparing: 'Menyiapkan unduhan…',
    downloadFailed: (d) => `Unduhan gagal: ${d}`,
    remove: (name) => `Hapus ${name} dari daftar`,
    clear: 'Kosongkan daftar',
    back: 'Kembali ke daftar berkas',
    tablesHeading: 'Tabel',
    findingsHeading: 'Temuan',
    noTables: 'Tidak ada tabel yang dikenali di berkas ini.',
    noFindings: 'Tidak ada temuan: hitungan tabel sesuai.',
    tableLine: (layout, rows) => `${layout} · ${formatNumber(rows, 'id')} baris`,
    notChecked: 'tidak berisi hitungan yang diperiksa',
    expected: 'Seharusnya',
    stated: 'Tertulis',
    related: 'Sel terkait',
    replaced: (names) =>
      `${names.join(', ')} sudah ada di daftar. Berkas yang sama tidak ditambahkan dua kali: yang baru dibuka menggantikannya dan diperiksa ulang.`,
    dismiss: 'Tutup',
  } as FileStrings,
  compare: {
    kind: {
      value: 'Angka berubah',
      renamed: 'Nama berubah',
      kode: 'Kode berubah',
      moved: 'Dipindah',
      added: 'Ditambahkan',
      removed: 'Dihapus',
      indicatorAdded: 'Indikator ditambahkan',
      indicatorRemoved: 'Indikator dihapus',
      tableAdded: 'Tabel ditambahkan',
      tableRemoved: 'Tabel dihapus',
    },
    measure: { plan: 'pagu', realisasiRp: 'realisasi anggaran', target: 'target', realisasi: 'realisasi' },
    level: { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan', item: 'baris', indicator: 'indikator', table: 'tabel' },
    variant: { murni: 'murni', perubahan: 'perubahan' },
    unit: (u) => `${u === 1e9 ? 'miliar' : u === 1e6 ? 'juta' : u === 1e3 ? 'ribu' : `× ${formatNumber(u, 'id')}`} rupiah`,
    sheet: 'Perubahan Cermat',
    entity: 'Uraian',
    kode: 'Kode',
    levelColumn: 'Jenis',
    change: 'Perubahan',
    figure: 'Angka',
    old: 'Versi lama',
    new: 'Versi baru',
    oldCell: 'Sel lama',
    newCell: 'Sel baru',
    note: (kind, old) => `Cermat: ${kind}${old ? `; versi lama: ${old}` : ''}`,
    none: 'Tidak ada perubahan.',
    noneCompared: 'Tidak ada perubahan pada tabel yang dibandingkan.',
    notCompared: (n, list) =>
      `${formatNumber(n, 'id')} tabel tidak dibandingkan karena tidak ada angka yang dapat dipasangkan antarversi (kolom tanpa tahun kalender, hitungan): ${list}`,
    count: (n) => `${formatNumber(n, 'id')} perubahan`,
    heading: (older, newer) => `Perubahan dari ${older} ke ${newer}`,
    written: (out, replaced) => `Buku kerja perubahan ditulis ke ${out}${replaced ? ' (berkas lama diganti)' : ''}`,
    outIsInput: (out, input) =>
      `cermat: --out ${out} adalah berkas yang dibandingkan (${input}); Cermat tidak menimpa berkas asli. Pilih nama lain. Tidak ada yang ditulis.`,
    outNotXlsx: (out) => `cermat: --out menulis buku kerja Excel: beri nama berakhiran .xlsx, bukan "${out}".`,
    title: 'Bandingkan dua versi',
    intro:
      'Pilih versi lama dan versi baru dari berkas yang sudah dibuka (Renstra dan Renstra Perubahan, APBD murni dan perubahan, kiriman tahun lalu dan tahun ini). Cermat mencocokkan program, kegiatan, sub kegiatan dan indikator menurut kode atau nama, lalu menampilkan yang berubah.',
    tab: 'Bandingkan',
    pickOld: 'Versi lama',
    pickNew: 'Versi baru',
    choose: 'Pilih berkas',
    run: 'Bandingkan',
    running: 'Membandingkan…',
    download: 'Unduh buku kerja perubahan (.xlsx)',
    notReady: 'Buka dan periksa dulu dua berkas di daftar berkas.',
    failed: (d) => `Perbandingan gagal: ${d}`,
    acrossTitle: 'Bandingkan antarberkas',
    acrossIntro:
      'Program, kegiatan dan indikator yang sama harus berangka sama di setiap berkas (LKjIP dan Renstra-nya, bab LKPJ dan lampirannya). Cermat membandingkan semua berkas yang sudah diperiksa satu sama lain; temuannya (cross.value, cross.total) masuk ke temuan tiap berkas.',
    acrossRun: (n) => `Bandingkan ${formatNumber(n, 'id')} berkas`,
    acrossRunning: 'Membandingkan berkas…',
    acrossNone: (n) => `${formatNumber(n, 'id')} berkas dibandingkan: angka yang sama di berkas-berkas itu sesuai.`,
    acrossFound: (k, n) => `${formatNumber(n, 'id')} berkas dibandingkan: ${formatNumber(k, 'id')} temuan antartabel, di daftar temuan berkasnya.`,
    acrossStale: 'Daftar berkas berubah sejak perbandingan terakhir; bandingkan lagi.',
    acrossFailed: (d) => `Perbandingan antarberkas gagal: ${d}`,
  } as CompareWords,
  sheet: {
    findingsSheet: 'Temuan Cermat',
    summarySheet: 'Ringkasan',
    allFindingsSheet: 'Temuan',
    file: 'Berkas',
    sheet: 'Lembar',
    cell: 'Sel',
    table: 'Tabel',
    rule: 'Aturan',
    severity: 'Tingkat',
    expected: 'Seharusnya',
    found: 'Tertulis',
    message: 'Pesan',
    tables: 'Tabel',
    errors: 'Kesalahan',
    warnings: 'Peringatan',
    infos: 'Info',
    status: 'Status',
    ok: 'Terbaca',
    unreadable: 'Tidak terbaca',
    noFindings: 'Tidak ada temuan.',
  } as SheetWords,
  cli: {
    tablesRecognised: 'Tabel yang dikenali',
    noTables: 'Tidak ada tabel yang dikenali.',
    noFindings: 'Tidak ada temuan.',
    tableLine: (where: string, family: string, header: number, body: number) =>
      `  ${where}  ${family}  (${formatNumber(header, 'id')} baris judul kolom, ${formatNumber(body, 'id')} baris isi)`,
    expected: 'seharusnya',
    found: 'tertulis',
    unreadable: 'TIDAK TERBACA',
    summary: 'Ringkasan',
    file: 'Berkas',
    tables: 'Tabel',
    errors: 'Kesalahan',
    warnings: 'Peringatan',
    total: 'Jumlah',
    noXlsx: 'cermat: tidak ada berkas .xlsx di path yang disebutkan.',
    summaryWritten: (path: string, replaced: boolean) => `Ringkasan ditulis ke ${path}${replaced ? ' (berkas lama diganti)' : ''}`,
    summaryFailed: (path: string, why: string) => `cermat: ringkasan ${path} tidak dapat ditulis: ${why}`,
    reportNotXlsx: (path: string) => `--report menulis buku kerja Excel: beri nama berakhiran .xlsx, bukan "${path}".`,
    reportIsInput: (path: string, input: string) => `--report ${path} akan menimpa berkas yang diperiksa (${input}); pilih nama lain. Tidak ada yang ditulis.`,
    annotateIsInput: (path: string, input: string) => `--annotate ${path} adalah berkas yang diperiksa (${input}), bukan folder. Tidak ada yang ditulis.`,
    annotatedIsInput: (dest: string, input: string) =>
      `salinan bertanda ${dest} akan menimpa berkas yang diperiksa (${input}); pilih folder lain untuk --annotate. Tidak ada yang ditulis.`,
    folderFailed: (dir: string, why: string) => `cermat: folder ${dir} tidak dapat dibuat: ${why}`,
    annotatedFailed: (dest: string, why: string) => `cermat: salinan bertanda ${dest} tidak dapat ditulis: ${why}`,
    annotatedWritten: (dir: string) => `Salinan bertanda ditulis ke ${dir}`,
    outIsInput: (out: string, input: string) =>
      `cermat: berkas hasil ${out} adalah berkas asli ${input}; Cermat tidak menimpa berkas asli. Pilih nama lain untuk -o.`,
    outNotXlsx: (out: string) => `cermat: -o menulis buku kerja Excel: beri nama berakhiran .xlsx, bukan "${out}".`,
    writeFailed: (out: string, why: string) => `cermat: ${out} tidak dapat ditulis: ${why}`,
    filled: (n: number) => `Diisi (${formatNumber(n, 'id')} sel):`,
    nothingToFill: 'Tidak ada sel kosong yang perlu diisi.',
    assumed: 'diasumsikan dari judul kolom: periksa rumusnya',
    tableNotes: 'Catatan:',
    leftAlone: (n: number) => `Dibiarkan karena sel sudah berisi (${formatNumber(n, 'id')}):`,
    now: 'isi sekarang',
    written: (out: string, replaced: boolean) => `Hasil ditulis ke ${out}${replaced ? ' (berkas lama diganti)' : ''}`,
    usage: `Cermat: memeriksa hitungan tabel Renstra / LKjIP / LKPJ dalam buku kerja Excel.

Pemakaian:
  cermat check PATH... [--json] [--lang id|en] [--report RINGKASAN.xlsx]
                       [--annotate FOLDER] [--exit-zero] [--jobs N] [--across]
  cermat fill BERKAS.xlsx -o HASIL.xlsx [--lang id|en]
  cermat compare LAMA.xlsx BARU.xlsx [--json] [--out PERUBAHAN.xlsx] [--lang id|en] [--exit-zero]
  cermat --help | --version

check   Memeriksa berkas .xlsx, atau semua .xlsx dalam folder (termasuk subfolder).
  --json            keluaran JSON untuk program lain
  --lang id|en      bahasa laporan (bawaan: id)
  --report BERKAS   tulis juga buku kerja ringkasan (Ringkasan + Temuan)
  --annotate FOLDER tulis salinan bertanda tiap berkas ke FOLDER
  --exit-zero       kode keluar 0 walau ada kesalahan (2 tetap berarti berkas tak terbaca)
  --jobs N          jumlah berkas yang diperiksa bersamaan (bawaan: jumlah inti CPU)
  --across          bandingkan juga berkas-berkas itu satu sama lain: program, kegiatan atau
                    indikator yang sama harus berangka sama di tiap berkas (mis. LKjIP dan Renstra-nya)
fill    Mengisi sel hitungan yang kosong dengan rumus Cermat; sel yang sudah berisi tidak diubah.
compare Menampilkan yang berubah antara dua versi buku kerja (angka, nama, kode, baris yang
        ditambah, dihapus atau dipindah); program, kegiatan dan indikator dicocokkan menurut kode atau nama.
  --out BERKAS      tulis juga versi baru dengan sel yang berubah ditandai dan lembar perubahan
  --json            keluaran JSON untuk program lain (lihat README)

Kode keluar: 0 tanpa kesalahan (compare: tanpa perubahan), 1 ada kesalahan (compare: ada
perubahan), 2 berkas tak terbaca atau pemakaian salah.
`,
    unknownOption: (arg: string) => `opsi tidak dikenal: ${arg}`,
    needsValue: (option: string) => `opsi ${option} memerlukan nilai`,
    langInvalid: (value: string) => `--lang harus id atau en, bukan "${value}"`,
    notForCommand: (option: string, command: string) => `opsi ${option} tidak berlaku untuk "cermat ${command}"`,
    nameFiles: 'sebutkan berkas .xlsx atau folder yang akan diperiksa',
    jobsInvalid: (value: string) => `--jobs harus bilangan bulat ≥ 1, bukan "${value}"`,
    fillOneFile: 'cermat fill memerlukan tepat satu berkas .xlsx',
    fillNeedsOut: 'sebutkan berkas hasil dengan -o HASIL.xlsx',
    compareTwoFiles: 'cermat compare memerlukan dua berkas .xlsx: versi lama lalu versi baru',
    unknownCommand: (command: string) => `perintah tidak dikenal: ${command}`,
  } as CliWords,
};

export type Catalog = typeof id;

const en: Catalog = {
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
  reading: (done, total) => (total > 0 ? `Reading cells… ${formatNumber(done, 'en')} of ${formatNumber(total, 'en')}` : 'Reading cells…'),
  analysing: (i, n, sheet) => `Analysing sheet ${i} of ${n}: ${sheet}`,
  working: 'Working…',
  checkDone: (tables, errors, warnings, infos) =>
    `Check finished: ${counted('en', tables, { one: 'table', other: 'tables' })}, ${counted('en', errors, { one: 'error', other: 'errors' })}, ` +
    `${counted('en', warnings, { one: 'warning', other: 'warnings' })}, ${formatNumber(infos, 'en')} info.`,
  noTables: 'No table recognised here. Select the table (including its column headers) and check "Selection".',
  cancelled: 'Check cancelled.',
  staleSettings: 'Settings changed. Click Check again to apply them.',
  highlightDone: (n) => `${counted('en', n, { one: 'cell', other: 'cells' })} highlighted.`,
  clearDone: "Cermat's marks removed.",
  reportDone: 'The "Cermat findings" sheet was created.',
  fillNothing: 'No cell needs filling.',
  fillDone: (written, skipped) => `${counted('en', written, { one: 'cell', other: 'cells' })} filled, ${formatNumber(skipped, 'en')} skipped.`,
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
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  expected: 'expected',
  found: 'found',
  showMore: (n) => `Show ${formatNumber(n, 'en')} more`,
  goToCell: (cell) => `Go to cell ${cell}`,
  count: (n) => formatNumber(n, 'en'),
  fillDialogTitle: 'Replace cell contents?',
  fillDialogIntro: (direct) =>
    `${counted('en', direct, { one: 'empty cell', other: 'empty cells' })} will be filled. The cells below already hold something; tick those that may be replaced.`,
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
  relatedLabel: 'Other copies',
  ruleDocOpen: 'About this rule',
  ruleDocClose: 'Close',
  ruleDocFailed:
    "This rule's explanation could not be loaded. Check the network connection; if this page was opened straight from disk (file://), open it through a web server.",
  severityHeading: (s, n) =>
    `${n === 1 ? { error: 'Error', warning: 'Warning', info: 'Info' }[s] : { error: 'Errors', warning: 'Warnings', info: 'Info' }[s]} (${formatNumber(n, 'en')})`,
  familyShort: {
    rekap: 'summary',
    kinerja: 'performance',
    anggaran: 'budget',
    rencana: 'plan',
    capaian: 'achievement',
    realisasi: 'realisation',
    target: 'targets',
  },
  files: {
    title: 'Check Excel files',
    intro: 'Open one or more .xlsx files. Cermat recognises their tables, checks the arithmetic and prepares a marked copy to send back.',
    privacy: 'Files are read in this browser only. Files are not sent anywhere.',
    pick: 'Choose .xlsx files',
    drop: 'or drop files here',
    dropZone: 'Drop area for .xlsx files',
    language: 'Language',
    status: { queued: 'Queued', reading: 'Reading', checking: 'Checking', done: 'Done', failed: 'Failed' },
    tables: (n) => counted('en', n, { one: 'table', other: 'tables' }),
    errors: (n) => counted('en', n, { one: 'error', other: 'errors' }),
    warnings: (n) => counted('en', n, { one: 'warning', other: 'warnings' }),
    progress: (done, total) => `${done} of ${total} files checked`,
    batch: (files, errors, warnings, failed) =>
      `${counted('en', files, { one: 'file', other: 'files' })} · ${counted('en', errors, { one: 'error', other: 'errors' })} · ${counted('en', warnings, { one: 'warning', other: 'warnings' })}` +
      (failed ? ` · ${formatNumber(failed, 'en')} unreadable` : ''),
    fileList: 'Opened files',
    empty: 'No files opened yet.',
    open: (name) => `Show the tables and findings of ${name}`,
    openShort: 'View findings',
    downloadAnnotated: 'Download marked copy',
    downloadSummary: 'Download summary (.xlsx)',
    preparing: 'Preparing the download…',
    downloadFailed: (d) => `Download failed: ${d}`,
    remove: (name) => `Remove ${name} from the list`,
    clear: 'Clear the list',
    back: 'Back to the file list',
    tablesHeading: 'Tables',
    findingsHeading: 'Findings',
    noTables: 'No table was recognised in this file.',
    noFindings: 'No findings: the tables add up.',
    tableLine: (layout, rows) => `${layout} · ${counted('en', rows, { one: 'row', other: 'rows' })}`,
    notChecked: 'holds no arithmetic to check',
    expected: 'Expected',
    stated: 'Stated',
    related: 'Related cells',
    replaced: (names) =>
      `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} already in the list. The same file is not added twice: the one just opened replaces it and is checked again.`,
    dismiss: 'Dismiss',
  },
  compare: {
    kind: {
      value: 'Figure changed',
      renamed: 'Renamed',
      kode: 'Kode changed',
      moved: 'Moved',
      added: 'Added',
      removed: 'Removed',
      indicatorAdded: 'Indicator added',
      indicatorRemoved: 'Indicator removed',
      tableAdded: 'Table added',
      tableRemoved: 'Table removed',
    },
    measure: { plan: 'budget', realisasiRp: 'budget realisation', target: 'target', realisasi: 'realisation' },
    level: { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan', item: 'row', indicator: 'indicator', table: 'table' },
    variant: { murni: 'original', perubahan: 'revised' },
    unit: (u) => `${u === 1e9 ? 'billion' : u === 1e6 ? 'million' : u === 1e3 ? 'thousand' : `× ${formatNumber(u, 'en')}`} rupiah`,
    sheet: 'Cermat changes',
    entity: 'Item',
    kode: 'Kode',
    levelColumn: 'Kind',
    change: 'Change',
    figure: 'Figure',
    old: 'Old version',
    new: 'New version',
    oldCell: 'Old cell',
    newCell: 'New cell',
    note: (kind, old) => `Cermat: ${kind}${old ? `; old version: ${old}` : ''}`,
    none: 'No changes.',
    noneCompared: 'No changes in the tables compared.',
    notCompared: (n, list) =>
      `${counted('en', n, { one: 'table was', other: 'tables were' })} not compared: no figure pairs across the versions (columns without a calendar year, counts): ${list}`,
    count: (n) => counted('en', n, { one: 'change', other: 'changes' }),
    heading: (older, newer) => `Changes from ${older} to ${newer}`,
    written: (out, replaced) => `Changes workbook written to ${out}${replaced ? ' (the old file was replaced)' : ''}`,
    outIsInput: (out, input) =>
      `cermat: --out ${out} is a file being compared (${input}); Cermat does not overwrite the original. Choose another name. Nothing was written.`,
    outNotXlsx: (out) => `cermat: --out writes an Excel workbook: give it a name ending in .xlsx, not "${out}".`,
    title: 'Compare two versions',
    intro:
      "Choose the old and the new version among the files already opened (Renstra and Renstra Perubahan, APBD murni and perubahan, last year's and this year's submission). Cermat matches programs, kegiatan, sub kegiatan and indicators by kode or name and shows what changed.",
    tab: 'Compare',
    pickOld: 'Old version',
    pickNew: 'New version',
    choose: 'Choose a file',
    run: 'Compare',
    running: 'Comparing…',
    download: 'Download the changes workbook (.xlsx)',
    notReady: 'First open and check two files in the file list.',
    failed: (d) => `The comparison failed: ${d}`,
    acrossTitle: 'Compare the files with each other',
    acrossIntro:
      'The same program, kegiatan or indicator must carry the same figures in every file (an LKjIP and its Renstra, an LKPJ chapter and its annex). Cermat compares all checked files with each other; what it finds (cross.value, cross.total) joins each file’s findings.',
    acrossRun: (n) => `Compare ${counted('en', n, { one: 'file', other: 'files' })}`,
    acrossRunning: 'Comparing the files…',
    acrossNone: (n) => `${counted('en', n, { one: 'file', other: 'files' })} compared: the figures they share agree.`,
    acrossFound: (k, n) =>
      `${counted('en', n, { one: 'file', other: 'files' })} compared: ${counted('en', k, { one: 'cross-table finding', other: 'cross-table findings' })}, in the files’ findings.`,
    acrossStale: 'The list of files changed since the last comparison; compare again.',
    acrossFailed: (d) => `The comparison across files failed: ${d}`,
  },
  sheet: {
    findingsSheet: 'Cermat findings',
    summarySheet: 'Summary',
    allFindingsSheet: 'Findings',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    table: 'Table',
    rule: 'Rule',
    severity: 'Severity',
    expected: 'Expected',
    found: 'Found',
    message: 'Message',
    tables: 'Tables',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Info',
    status: 'Status',
    ok: 'Read',
    unreadable: 'Unreadable',
    noFindings: 'No findings.',
  },
  cli: {
    tablesRecognised: 'Tables recognised',
    noTables: 'No table recognised.',
    noFindings: 'No findings.',
    tableLine: (where, family, header, body) =>
      `  ${where}  ${family}  (${counted('en', header, { one: 'header row', other: 'header rows' })}, ${counted('en', body, { one: 'body row', other: 'body rows' })})`,
    expected: 'expected',
    found: 'found',
    unreadable: 'UNREADABLE',
    summary: 'Summary',
    file: 'File',
    tables: 'Tables',
    errors: 'Errors',
    warnings: 'Warnings',
    total: 'Total',
    noXlsx: 'cermat: no .xlsx file found under the given paths.',
    summaryWritten: (path, replaced) => `Summary written to ${path}${replaced ? ' (the old file was replaced)' : ''}`,
    summaryFailed: (path, why) => `cermat: cannot write the summary ${path}: ${why}`,
    reportNotXlsx: (path) => `--report writes an Excel workbook: give it a name ending in .xlsx, not "${path}".`,
    reportIsInput: (path, input) => `--report ${path} would overwrite a file being checked (${input}); choose another name. Nothing was written.`,
    annotateIsInput: (path, input) => `--annotate ${path} is a file being checked (${input}), not a folder. Nothing was written.`,
    annotatedIsInput: (dest, input) =>
      `the annotated copy ${dest} would overwrite a file being checked (${input}); choose another folder for --annotate. Nothing was written.`,
    folderFailed: (dir, why) => `cermat: cannot create the folder ${dir}: ${why}`,
    annotatedFailed: (dest, why) => `cermat: cannot write the annotated copy ${dest}: ${why}`,
    annotatedWritten: (dir) => `Annotated copies written to ${dir}`,
    outIsInput: (out, input) => `cermat: the output ${out} is the input ${input}; Cermat does not overwrite the original. Choose another name for -o.`,
    outNotXlsx: (out) => `cermat: -o writes an Excel workbook: give it a name ending in .xlsx, not "${out}".`,
    writeFailed: (out, why) => `cermat: cannot write ${out}: ${why}`,
    filled: (n) => `Filled (${counted('en', n, { one: 'cell', other: 'cells' })}):`,
    nothingToFill: 'No empty cell to fill.',
    assumed: 'assumed from the column header: check the formula',
    tableNotes: 'Notes:',
    leftAlone: (n) => `Left as they are because the cell is not empty (${formatNumber(n, 'en')}):`,
    now: 'now',
    written: (out, replaced) => `Written to ${out}${replaced ? ' (the old file was replaced)' : ''}`,
    usage: `Cermat: checks the arithmetic of Renstra / LKjIP / LKPJ tables in Excel workbooks.

Usage:
  cermat check PATHS... [--json] [--lang id|en] [--report SUMMARY.xlsx]
                        [--annotate OUTDIR] [--exit-zero] [--jobs N] [--across]
  cermat fill FILE.xlsx -o OUT.xlsx [--lang id|en]
  cermat compare OLD.xlsx NEW.xlsx [--json] [--out CHANGES.xlsx] [--lang id|en] [--exit-zero]
  cermat --help | --version

check   Checks .xlsx files, or every .xlsx in a folder (recursively).
  --json            machine-readable output
  --lang id|en      language of the report (default: id)
  --report FILE     also write a summary workbook (Ringkasan + Temuan)
  --annotate DIR    write an annotated copy of each file into DIR
  --exit-zero       exit 0 even when errors are found (2 still means unreadable file)
  --jobs N          files checked in parallel (default: number of cores)
  --across          also compare the files with each other: the same program, kegiatan or
                    indicator must carry the same figures in each (e.g. an LKjIP and its Renstra)
fill    Writes Cermat's formulas into empty computed cells; never overwrites a filled cell.
compare Lists what changed between two versions of a workbook (figures, names, kode, rows
        added, removed or moved), matching programs, kegiatan and indicators by kode or name.
  --out FILE        also write the new version with changed cells marked and a changes sheet
  --json            machine-readable output (see README)

Exit codes: 0 no errors (compare: no change), 1 errors found (compare: changes found),
2 a file could not be read or bad usage.
`,
    unknownOption: (arg) => `unknown option: ${arg}`,
    needsValue: (option) => `option ${option} needs a value`,
    langInvalid: (value) => `--lang must be id or en, not "${value}"`,
    notForCommand: (option, command) => `option ${option} does not apply to "cermat ${command}"`,
    nameFiles: 'name the .xlsx files or folders to check',
    jobsInvalid: (value) => `--jobs must be a whole number ≥ 1, not "${value}"`,
    fillOneFile: 'cermat fill takes exactly one .xlsx file',
    fillNeedsOut: 'name the output file with -o OUT.xlsx',
    compareTwoFiles: 'cermat compare takes two .xlsx files: the old version, then the new one',
    unknownCommand: (command) => `unknown command: ${command}`,
  },
};

export const CATALOG: Record<Lang, Catalog> = { id, en };

export function catalog(lang: Lang): Catalog {
  return CATALOG[lang] ?? CATALOG.id;
}

/** A LocalText in a language (its \`id\` field is the Indonesian text). */
export function local(text: LocalText, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}
