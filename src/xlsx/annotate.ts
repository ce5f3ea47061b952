/**
 * An annotated copy of a checked workbook: each finding's cell coloured by severity with a
 * note that explains it, and a "Temuan Cermat" sheet listing every finding with a link.
 */
import type { Cell, Workbook } from 'exceljs';
import { parseA1, sheetRef } from '../engine/address';
import { formatPair, formatValue } from '../engine/format';
import type { Finding, Lang, Severity } from '../engine';
import type { FileResult } from './check';
import { L, SEVERITY_LABEL, SEVERITY_ORDER, t } from './labels';
import { loadWorkbook } from './load';
import { SEVERITY_ARGB, solidFill, writeFindingsTable } from './sheet-out';
import { asBytes } from './sniff';

export const FINDINGS_SHEET = 'Temuan Cermat';

export async function annotateWorkbook(data: ArrayBuffer | Uint8Array, result: FileResult, lang: Lang = 'id'): Promise<Uint8Array> {
  const wb = await loadWorkbook(data, result.file);
  // Annotating an annotated copy replaces the old list instead of adding "Temuan Cermat (2)".
  const old = wb.getWorksheet(FINDINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);

  for (const [key, group] of groupByCell(result.findings)) {
    const cell = findingCell(wb, group[0]);
    if (!cell) continue;
    void key;
    const worst = SEVERITY_ORDER.find((s) => group.some((f) => f.severity === s)) as Severity;
    // Assign a new style object: exceljs shares style objects between cells with the same style id.
    cell.style = { ...cell.style, fill: solidFill(SEVERITY_ARGB[worst]) };
    const previous = noteText(cell);
    const ours = group.map((f) => noteFor(f, lang)).join('\n\n');
    cell.note = previous ? `${previous}\n\n${ours}` : ours;
  }

  const ws = wb.addWorksheet(FINDINGS_SHEET);
  // Links within this workbook (the HYPERLINK form works in Excel, LibreOffice and WPS alike).
  const link = ({ finding: f }: { finding: Finding }) => '#' + sheetRef(f.sheet, f.cell);
  writeFindingsTable(ws, result.findings.map((finding) => ({ finding })), lang, { withFile: false, link });
  if (result.findings.length === 0) {
    ws.getCell('A2').value = lang === 'en' ? 'No findings.' : 'Tidak ada temuan.';
  }
  return asBytes(await wb.xlsx.writeBuffer());
}

export function noteFor(f: Finding, lang: Lang): string {
  const lines = [`Cermat – ${t(SEVERITY_LABEL[f.severity], lang)} (${f.rule})`, t(f.message, lang)];
  if (f.expected !== null || f.actual !== null) {
    const pair = formatPair(f.expected, f.actual, lang);
    lines.push(`${t(L.expected, lang)}: ${pair.expected}`);
    lines.push(`${t(L.found, lang)}: ${pair.actual}`);
  }
  return lines.join('\n');
}

function groupByCell(findings: Finding[]): Map<string, Finding[]> {
  const m = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.sheet}\u0000${f.cell}`;
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  }
  return m;
}

function findingCell(wb: Workbook, f: Finding): Cell | undefined {
  const ws = wb.getWorksheet(f.sheet);
  const ref = parseA1(f.cell);
  if (!ws || !ref) return undefined;
  const cell = ws.getCell(ref.row + 1, ref.col + 1);
  // A finding on a cell covered by a merge is shown on the merge's top-left cell.
  return cell.isMerged ? cell.master : cell;
}

function noteText(cell: Cell): string {
  const n: unknown = cell.note;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text?: string }> }).texts;
  return Array.isArray(texts) ? texts.map((x) => x.text ?? '').join('') : '';
}
