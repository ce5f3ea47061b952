/** Renders FileResults for people (text) and for programs (JSON). Data in, strings out. */
import { formatPair } from '../engine/format';
import { sheetRef } from '../engine/address';
import type { Finding, Lang, Severity, TableInfo } from '../engine';
import { countBySeverity, type FileResult } from '../xlsx/check';
import { SEVERITY_LABEL, SEVERITY_ORDER, t } from '../xlsx/labels';

export interface Style {
  color: boolean;
}

const ANSI: Record<Severity | 'bold' | 'dim', string> = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' };

function paint(s: string, what: keyof typeof ANSI, style: Style): string {
  return style.color ? `\u001b[${ANSI[what]}m${s}\u001b[0m` : s;
}

const W = {
  tables: { id: 'Tabel yang dikenali', en: 'Tables recognised' },
  noTables: { id: 'Tidak ada tabel yang dikenali.', en: 'No table recognised.' },
  noFindings: { id: 'Tidak ada temuan.', en: 'No findings.' },
  header: { id: 'baris judul kolom', en: 'header rows' },
  body: { id: 'baris isi', en: 'body rows' },
  expected: { id: 'seharusnya', en: 'expected' },
  found: { id: 'tertulis', en: 'found' },
  unreadable: { id: 'TIDAK TERBACA', en: 'UNREADABLE' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  file: { id: 'Berkas', en: 'File' },
  tablesCol: { id: 'Tabel', en: 'Tables' },
  errors: { id: 'Kesalahan', en: 'Errors' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  total: { id: 'Jumlah', en: 'Total' },
};

export function renderTable(tb: TableInfo, lang: Lang): string {
  return `  ${sheetRef(tb.sheet, tb.range)}  ${tb.layout}  (${tb.headerRows} ${t(W.header, lang)}, ${tb.bodyRows} ${t(W.body, lang)})`;
}

export function renderFinding(f: Finding, lang: Lang): string {
  const where = sheetRef(f.sheet, f.cell);
  const pair = formatPair(f.expected, f.actual, lang);
  const values = f.expected !== null || f.actual !== null ? `  ${t(W.expected, lang)} ${pair.expected}, ${t(W.found, lang)} ${pair.actual}` : '';
  return `  ${where}  [${f.rule}]${values}\n      ${t(f.message, lang)}`;
}

/** The report of one file: its tables, then its findings grouped by severity. */
export function renderFile(r: FileResult, lang: Lang, style: Style = { color: false }): string {
  const lines: string[] = [paint(`== ${r.file} ==`, 'bold', style)];
  if (r.error) {
    lines.push(paint(`${t(W.unreadable, lang)}: ${t(r.error, lang)}`, 'error', style), '');
    return lines.join('\n');
  }
  if (r.tables.length === 0) lines.push(t(W.noTables, lang));
  else {
    lines.push(`${t(W.tables, lang)} (${r.tables.length}):`);
    for (const tb of r.tables) lines.push(renderTable(tb, lang));
  }
  if (r.findings.length === 0) lines.push(t(W.noFindings, lang));
  for (const sev of SEVERITY_ORDER) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    lines.push(paint(`${t(SEVERITY_LABEL[sev], lang)} (${list.length}):`, sev, style));
    for (const f of list) lines.push(renderFinding(f, lang));
  }
  lines.push('');
  return lines.join('\n');
}

/** The closing table: one line per file and a total line. */
export function renderSummary(results: FileResult[], lang: Lang, style: Style = { color: false }): string {
  const head = [t(W.file, lang), t(W.tablesCol, lang), t(W.errors, lang), t(W.warnings, lang)];
  const rows: string[][] = [];
  let tables = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.error) {
      rows.push([r.file, '–', t(W.unreadable, lang), '']);
      continue;
    }
    const c = countBySeverity(r.findings);
    tables += r.tables.length;
    errors += c.error;
    warnings += c.warning;
    rows.push([r.file, String(r.tables.length), String(c.error), String(c.warning)]);
  }
  if (results.length > 1) rows.push([t(W.total, lang), String(tables), String(errors), String(warnings)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  const out = [paint(t(W.summary, lang), 'bold', style), fmt(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(fmt(r));
  return out.join('\n') + '\n';
}

export interface JsonReport {
  files: Array<{
    file: string;
    error?: string;
    tables: Array<{ sheet: string; range: string; layout: string; headerRows: number; bodyRows: number }>;
    findings: Array<{ sheet: string; cell: string; rule: string; severity: Severity; expected: Finding['expected']; actual: Finding['actual']; message: string }>;
  }>;
}

export function toJson(results: FileResult[], lang: Lang): JsonReport {
  return {
    files: results.map((r) => ({
      file: r.file,
      ...(r.error ? { error: t(r.error, lang) } : {}),
      tables: r.tables.map((tb) => ({ sheet: tb.sheet, range: tb.range, layout: tb.layout, headerRows: tb.headerRows, bodyRows: tb.bodyRows })),
      findings: r.findings.map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        rule: f.rule,
        severity: f.severity,
        expected: f.expected,
        actual: f.actual,
        message: t(f.message, lang),
      })),
    })),
  };
}
