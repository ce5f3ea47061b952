/** Words shared by the annotated copy, the summary workbook and the CLI. */
import type { Lang, LocalText, Severity } from '../engine';

export const SEVERITY_LABEL: Record<Severity, LocalText> = {
  error: { id: 'Kesalahan', en: 'Error' },
  warning: { id: 'Peringatan', en: 'Warning' },
  info: { id: 'Info', en: 'Info' },
};

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const L = {
  sheet: { id: 'Lembar', en: 'Sheet' },
  cell: { id: 'Sel', en: 'Cell' },
  rule: { id: 'Aturan', en: 'Rule' },
  severity: { id: 'Tingkat', en: 'Severity' },
  expected: { id: 'Seharusnya', en: 'Expected' },
  found: { id: 'Tertulis', en: 'Found' },
  message: { id: 'Pesan', en: 'Message' },
  file: { id: 'Berkas', en: 'File' },
  tables: { id: 'Tabel', en: 'Tables' },
  errors: { id: 'Kesalahan', en: 'Errors' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  infos: { id: 'Info', en: 'Info' },
  status: { id: 'Status', en: 'Status' },
  ok: { id: 'Terbaca', en: 'Read' },
  unreadable: { id: 'Tidak terbaca', en: 'Unreadable' },
} satisfies Record<string, LocalText>;

export function t(text: LocalText, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}
