/**
 * The "Temuan Cermat" sheet: a header row and one row per finding, the cell column linking to
 * the cell. One sync to find the sheet (two when one of that name exists, to tell ours from a
 * user's), one write sync (more only for reports over ~3.5 MB).
 */
import type { Finding, Severity, TableInfo } from '../engine/types';
import type { Lang } from '../engine/settings';
import { formatPair } from '../engine/format';
import { ruleInfo } from '../engine/rules/registry';
import { rectA1 } from './addresses';
import { REPORT_SHEET } from './read';

const HEADERS: Record<Lang, string[]> = {
  id: ['Lembar', 'Sel', 'Tabel', 'Aturan', 'Tingkat', 'Seharusnya', 'Tertulis', 'Pesan'],
  en: ['Sheet', 'Cell', 'Table', 'Rule', 'Severity', 'Expected', 'Found', 'Message'],
};

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  id: { error: 'Kesalahan', warning: 'Peringatan', info: 'Info' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Column B holds a formula; every other column is forced to text so nothing is reinterpreted. */
const LINK_COL = 1;
const WRITE_BUDGET = 3.5 * 1024 * 1024;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** =HYPERLINK("#'Tabel 1'!D7","D7"): works on every platform, survives exceljs and CSV export. */
export function linkFormula(sheet: string, cell: string): string {
  const target = `#${quoteSheet(sheet)}!${cell}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${cell}")`;
}

function tableLabel(t: TableInfo | undefined): string {
  if (!t) return '';
  const title = t.title.find((s) => s.trim().length > 0);
  return title ? `${t.range} · ${title}` : t.range;
}

export function reportRows(findings: Finding[], tables: TableInfo[], lang: Lang): string[][] {
  const rows: string[][] = [HEADERS[lang]];
  for (const f of findings) {
    const title = ruleInfo(f.rule)?.title;
    rows.push([
      f.sheet,
      linkFormula(f.sheet, f.cell),
      tableLabel(f.table === undefined ? undefined : tables[f.table]),
      title ? `${f.rule} · ${lang === 'id' ? title.id : title.en}` : f.rule,
      SEVERITY[lang][f.severity],
      f.expected === null ? '' : formatPair(f.expected, f.actual, lang).expected,
      f.actual === null ? '' : formatPair(f.expected, f.actual, lang).actual,
      lang === 'id' ? f.message.id : f.message.en,
    ]);
  }
  return rows;
}

/** A sheet Cermat wrote before: its first row is one of our header rows. */
function isOurReport(firstRow: unknown[] | undefined): boolean {
  if (!firstRow) return false;
  return Object.values(HEADERS).some((h) => h.every((text, i) => String(firstRow[i] ?? '') === text));
}

/**
 * Which sheet the report goes to: our earlier report (cleared and rewritten), else a new one.
 * A user's own sheet that happens to bear the name is never touched: the report takes
 * "Temuan Cermat (2)", "(3)" … instead.
 */
async function reportSheet(ctx: Excel.RequestContext): Promise<Excel.Worksheet> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const names = new Set(sheets.items.map((w) => w.name));
  const candidates = [REPORT_SHEET, ...Array.from({ length: 20 }, (_, i) => `${REPORT_SHEET} (${i + 2})`)];
  const present = candidates.filter((n) => names.has(n)).map((n) => ({ n, head: ctx.workbook.worksheets.getItem(n).getRange('A1:H1').load('values') }));
  if (present.length) await ctx.sync();
  const ours = present.find((p) => isOurReport(p.head.values[0]));
  // Clearing rather than deleting keeps the sheet's place and tab colour, and avoids a flash.
  if (ours) {
    const ws = ctx.workbook.worksheets.getItem(ours.n);
    ws.getRange().clear();
    return ws;
  }
  const free = candidates.find((n) => !names.has(n)) ?? `${REPORT_SHEET} ${Date.now()}`;
  return ctx.workbook.worksheets.add(free);
}

export async function writeReport(ctx: Excel.RequestContext, findings: Finding[], tables: TableInfo[], lang: Lang): Promise<void> {
  const ws = await reportSheet(ctx);

  const rows = reportRows(findings, tables, lang);
  const width = HEADERS[lang].length;
  let start = 0;
  let bytes = 0;
  const flush = async (end: number) => {
    if (end <= start) return;
    const range = ws.getRangeByIndexes(start, 0, end - start, width);
    range.numberFormat = rows.slice(start, end).map(() => HEADERS[lang].map((_, c) => (c === LINK_COL ? 'General' : '@')));
    range.formulas = rows.slice(start, end);
    start = end;
    bytes = 0;
  };
  for (let i = 0; i < rows.length; i++) {
    bytes += JSON.stringify(rows[i]).length + width * 6;
    if (bytes > WRITE_BUDGET && i > start) {
      await flush(i);
      await ctx.sync();
      bytes = JSON.stringify(rows[i]).length + width * 6;
    }
  }
  await flush(rows.length);
  ws.getRange(rectA1({ r0: 0, c0: 0, r1: 0, c1: width - 1 })).format.font.bold = true;
  ws.freezePanes.freezeRows(1);
  ws.getRange(rectA1({ r0: 0, c0: 0, r1: rows.length - 1, c1: width - 2 })).format.autofitColumns();
  ws.activate();
  await ctx.sync();
}
