/**
 * The findings sheet ("Temuan Cermat" / "Cermat findings"), as src/present/findings-sheet.ts lays
 * it out: a header row and one row per finding, the cell column linking to the cell. One sync to find the sheet (two when one of that name exists, to tell ours from a
 * user's), one write sync (more only for reports over ~3.5 MB).
 */
import type { Finding, TableInfo } from '../engine/types';
import type { Lang } from '../engine/settings';
import { findingsHeader, findingsRows, findingsSheetCandidates, hyperlinkFormula, internalLink, isFindingsHeader, type SheetCell } from '../present';
import { rectA1 } from './addresses';

const WRITE_BUDGET = 3.5 * 1024 * 1024;

/** What Excel's range.formulas takes for a cell: text as text (its format forced to @), numbers, links as HYPERLINK. */
function formulaOf(c: SheetCell): string | number {
  if (c.kind === 'link') return `=${hyperlinkFormula(c.target, c.text)}`;
  if (c.kind === 'number') return c.value;
  return c.text;
}

function formatOf(c: SheetCell): string {
  if (c.kind === 'number') return c.format;
  return c.kind === 'link' ? 'General' : '@';
}

export function reportRows(findings: Finding[], tables: TableInfo[], lang: Lang): SheetCell[][] {
  return findingsRows(
    findings.map((finding) => ({ finding, table: finding.table === undefined ? undefined : tables[finding.table] })),
    lang,
    { withFile: false, link: (e) => internalLink(e.finding.sheet, e.finding.cell) },
  );
}

/**
 * Which sheet the report goes to: our earlier report (cleared and rewritten), else a new one.
 * A user's own sheet that happens to bear the name is never touched: the report takes
 * "Temuan Cermat (2)", "(3)" … instead.
 */
async function reportSheet(ctx: Excel.RequestContext, lang: Lang): Promise<Excel.Worksheet> {
  const sheets = ctx.workbook.worksheets.load('items/name');
  await ctx.sync();
  const names = new Set(sheets.items.map((w) => w.name));
  const candidates = findingsSheetCandidates(lang);
  // Our earlier findings sheet in either language is ours to rewrite (it keeps its name).
  const ours0 = [...new Set([...candidates, ...findingsSheetCandidates(lang === 'id' ? 'en' : 'id')])];
  const width = findingsHeader(lang, false).length;
  const present = ours0
    .filter((n) => names.has(n))
    .map((n) => ({ n, head: ctx.workbook.worksheets.getItem(n).getRangeByIndexes(0, 0, 1, width).load('values') }));
  if (present.length) await ctx.sync();
  const ours = present.find((p) => isFindingsHeader(p.head.values[0]));
  // Clearing rather than deleting keeps the sheet's place and tab colour, and avoids a flash.
  if (ours) {
    const ws = ctx.workbook.worksheets.getItem(ours.n);
    ws.getRange().clear();
    return ws;
  }
  const free = candidates.find((n) => !names.has(n)) ?? `${candidates[0]} ${Date.now()}`;
  return ctx.workbook.worksheets.add(free);
}

export async function writeReport(ctx: Excel.RequestContext, findings: Finding[], tables: TableInfo[], lang: Lang): Promise<void> {
  const ws = await reportSheet(ctx, lang);

  const header = findingsHeader(lang, false);
  const rows: SheetCell[][] = [header.map((text) => ({ kind: 'text', text })), ...reportRows(findings, tables, lang)];
  const width = header.length;
  let start = 0;
  let bytes = 0;
  const flush = async (end: number) => {
    if (end <= start) return;
    const range = ws.getRangeByIndexes(start, 0, end - start, width);
    const part = rows.slice(start, end);
    range.numberFormat = part.map((r) => r.map(formatOf));
    range.formulas = part.map((r) => r.map(formulaOf));
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
