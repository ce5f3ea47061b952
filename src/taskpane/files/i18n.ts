/**
 * File-mode UI strings, Indonesian (default) and English. Shared terms (severity, table families)
 * come from the task pane's STRINGS so both modes name things alike; engine messages carry their own LocalText.
 */
import type { Lang } from '../../engine/settings';
import type { LocalText } from '../../engine/types';
import type { FileStatus } from './state';

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

const id: FileStrings = {
  title: 'Periksa berkas Excel',
  intro: 'Buka satu atau beberapa berkas .xlsx. Cermat mengenali tabelnya, memeriksa hitungannya, dan menyiapkan salinan bertanda untuk dikirim kembali.',
  privacy: 'Berkas dibaca di peramban ini saja. Berkas tidak dikirim ke mana pun.',
  pick: 'Pilih berkas .xlsx',
  drop: 'atau seret berkas ke sini',
  dropZone: 'Area untuk menjatuhkan berkas .xlsx',
  language: 'Bahasa',
  status: { queued: 'Menunggu', reading: 'Membaca', checking: 'Memeriksa', done: 'Selesai', failed: 'Gagal' },
  tables: (n) => `${n} tabel`,
  errors: (n) => `${n} galat`,
  warnings: (n) => `${n} peringatan`,
  progress: (done, total) => `${done} dari ${total} berkas selesai diperiksa`,
  batch: (files, errors, warnings, failed) =>
    `${files} berkas · ${errors} galat · ${warnings} peringatan` + (failed ? ` · ${failed} tidak dapat dibaca` : ''),
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
  tableLine: (layout, rows) => `${layout} · ${rows} baris`,
  notChecked: 'tidak berisi hitungan yang diperiksa',
  expected: 'Seharusnya',
  stated: 'Tertulis',
  related: 'Sel terkait',
  replaced: (names) =>
    `${names.join(', ')} sudah ada di daftar. Berkas yang sama tidak ditambahkan dua kali: yang baru dibuka menggantikannya dan diperiksa ulang.`,
  dismiss: 'Tutup',
};

const en: FileStrings = {
  title: 'Check Excel files',
  intro: 'Open one or more .xlsx files. Cermat recognises their tables, checks the arithmetic and prepares a marked copy to send back.',
  privacy: 'Files are read in this browser only. Files are not sent anywhere.',
  pick: 'Choose .xlsx files',
  drop: 'or drop files here',
  dropZone: 'Drop area for .xlsx files',
  language: 'Language',
  status: { queued: 'Queued', reading: 'Reading', checking: 'Checking', done: 'Done', failed: 'Failed' },
  tables: (n) => `${n} ${n === 1 ? 'table' : 'tables'}`,
  errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  progress: (done, total) => `${done} of ${total} files checked`,
  batch: (files, errors, warnings, failed) =>
    `${files} ${files === 1 ? 'file' : 'files'} · ${errors} ${errors === 1 ? 'error' : 'errors'} · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` +
    (failed ? ` · ${failed} unreadable` : ''),
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
  tableLine: (layout, rows) => `${layout} · ${rows} ${rows === 1 ? 'row' : 'rows'}`,
  notChecked: 'holds no arithmetic to check',
  expected: 'Expected',
  stated: 'Stated',
  related: 'Related cells',
  replaced: (names) =>
    `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} already in the list. The same file is not added twice: the one just opened replaces it and is checked again.`,
  dismiss: 'Dismiss',
};

export const FILE_STRINGS: Record<Lang, FileStrings> = { id, en };

/** Picks a LocalText in the UI language (LocalText's `id` field is the Indonesian text). */
export function local(text: LocalText, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}
