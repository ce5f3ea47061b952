/** Renders FileResults for people (text) and for programs (JSON). Data in, strings out. */
import { formatNumber, formatPair } from '../engine/format';
import { sheetRef } from '../engine/address';
import type { Finding, Lang, Severity, TableInfo } from '../engine';
import type { FileResult } from '../xlsx/file-check';
import { catalog, countBySeverity, local, SEVERITY_ORDER } from '../present';

export interface Style {
  color: boolean;
}

const ANSI: Record<Severity | 'bold' | 'dim', string> = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' };

function paint(s: string, what: keyof typeof ANSI, style: Style): string {
  return style.color ? `\u001b[${ANSI[what]}m${s}\u001b[0m` : s;
}

export function renderTable(tb: TableInfo, lang: Lang): string {
  const c = catalog(lang);
  return c.cli.tableLine(sheetRef(tb.sheet, tb.range), c.familyShort[tb.layout], tb.headerRows, tb.bodyRows);
}

export function renderFinding(f: Finding, lang: Lang): string {
  const where = sheetRef(f.sheet, f.cell);
  const pair = formatPair(f.expected, f.actual, lang);
  const w = catalog(lang).cli;
  const values = f.expected !== null || f.actual !== null ? `  ${w.expected} ${pair.expected}, ${w.found} ${pair.actual}` : '';
  return `  ${where}  [${f.rule}]${values}\n      ${local(f.message, lang)}`;
}

/** The report of one file: its tables, then its findings grouped by severity. */
export function renderFile(r: FileResult, lang: Lang, style: Style = { color: false }): string {
  const c = catalog(lang);
  const lines: string[] = [paint(`== ${r.file} ==`, 'bold', style)];
  if (r.error) {
    lines.push(paint(`${c.cli.unreadable}: ${local(r.error, lang)}`, 'error', style), '');
    return lines.join('\n');
  }
  if (r.tables.length === 0) lines.push(c.cli.noTables);
  else {
    lines.push(`${c.cli.tablesRecognised} (${formatNumber(r.tables.length, lang)}):`);
    for (const tb of r.tables) lines.push(renderTable(tb, lang));
  }
  if (r.findings.length === 0) lines.push(c.cli.noFindings);
  for (const sev of SEVERITY_ORDER) {
    const list = r.findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    lines.push(paint(`${c.severityHeading(sev, list.length)}:`, sev, style));
    for (const f of list) lines.push(renderFinding(f, lang));
  }
  lines.push('');
  return lines.join('\n');
}

/** The closing table: one line per file and a total line. */
export function renderSummary(results: FileResult[], lang: Lang, style: Style = { color: false }): string {
  const w = catalog(lang).cli;
  const head = [w.file, w.tables, w.errors, w.warnings];
  const rows: string[][] = [];
  let tables = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.error) {
      rows.push([r.file, '–', w.unreadable, '']);
      continue;
    }
    const c = countBySeverity(r.findings);
    tables += r.tables.length;
    errors += c.error;
    warnings += c.warning;
    rows.push([r.file, String(r.tables.length), String(c.error), String(c.warning)]);
  }
  if (results.length > 1) rows.push([w.total, String(tables), String(errors), String(warnings)]);
  // A loop, not Math.max(...rows): one row per file, and a call takes at most some 125,000 arguments.
  const widths = head.map((h, i) => rows.reduce((w, r) => Math.max(w, r[i].length), h.length));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [paint(w.summary, 'bold', style), fmt(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(fmt(r));
  return out.join('\n') + '\n';
}

export interface JsonReport {
  files: Array<{
    file: string;
    error?: string;
    tables: Array<{ sheet: string; range: string; layout: string; headerRows: number; bodyRows: number }>;
    findings: Array<{
      sheet: string;
      cell: string;
      rule: string;
      severity: Severity;
      expected: Finding['expected'];
      actual: Finding['actual'];
      message: string;
      related?: string[];
    }>;
  }>;
}

export function toJson(results: FileResult[], lang: Lang): JsonReport {
  return {
    files: results.map((r) => ({
      file: r.file,
      ...(r.error ? { error: local(r.error, lang) } : {}),
      tables: r.tables.map((tb) => ({ sheet: tb.sheet, range: tb.range, layout: tb.layout, headerRows: tb.headerRows, bodyRows: tb.bodyRows })),
      findings: r.findings.map((f) => ({
        sheet: f.sheet,
        cell: f.cell,
        rule: f.rule,
        severity: f.severity,
        expected: f.expected,
        actual: f.actual,
        message: local(f.message, lang),
        // The other cells the finding compares with (cross.*: `[file]Sheet!A1` in another file of the batch).
        ...(f.related?.length ? { related: f.related } : {}),
      })),
    })),
  };
}
