/** Entry points: analyse one sheet or a whole workbook. Never throws on a strange sheet. */
import type { Finding, FillItem, SheetAnalysis, SheetGrid, TableOverride } from './types';
import { withDefaults, type Settings } from './settings';
import { SheetView } from './sheet';
import { toDecimals } from './number';
import { formatNumber } from './format';
import { recogniseSheet } from './recognise';
import { declared, finding, RULE_MODULES, wordReason } from './rules/registry';
import type { CheckContext, Draft } from './rules/rule';
import { explainSecondary } from './rules/value.crossing';
import { markStale } from './rules/stale';
import { markHidden } from './rules/hidden';
import { errorsOutsideTables } from './rules/number.errors-outside';
import { uncachedFormulas } from './rules/formula.uncached';
import { sheetLinks } from './links';
import { carriedAmounts } from './split-tables';
import { parseA1 } from './address';
import { MAX_FORMULA_CHARS } from './formula';
import { toleranceFor } from './tolerance';
import { settlePlans } from './fill-plans';
import { closeFill } from './fill-closure';
import { tableEntities, type Entity } from './entities';
import { counted, findingKey, shiftCandidates, shiftDraft, shiftedGrid, shiftHolds, unshiftedCell, type Shift } from './rules/value.shifted';

export interface AnalyseOptions {
  /** Run only these table rules (module ids, e.g. 'sum.total-row'): a rule tested alone. Default: all. */
  rules?: string[];
  /**
   * Which tables' entities to build: 'all' (default), or 'cross' — only where this sheet alone can use
   * them, i.e. when it holds two tables or more (a one-sheet, one-table workbook has nothing to compare
   * them with, and they cost about a third of a large table's memory).
   */
  entities?: 'all' | 'cross';
  /**
   * Plan the fill to a fixed point (fill-closure.ts): the cells that become computable once the
   * planned ones are written are planned too. For hosts about to fill (cermat fill, the add-in);
   * a check alone does not pay for the extra analyses.
   */
  closeFill?: boolean;
  /**
   * Whether another sheet of the workbook may hold the rest of a table split over sheets (split-tables.ts): false for
   * a one-sheet workbook, which then does not pay for adding each table's top-level rows up. Default true.
   */
  carry?: boolean;
}

const NO_TABLE = {
  id: 'Tidak ada tabel yang dikenali di lembar ini: Cermat mencari baris judul kolom (No, Uraian, Indikator, Target, Realisasi, Anggaran, Jumlah …) di atas baris data.',
  en: 'No table recognised on this sheet: Cermat looks for a header row (No, Uraian, Indikator, Target, Realisasi, Anggaran, Jumlah …) above the data rows.',
};

/**
 * The stated value as its cell shows it, for the message ("tertulis 98,33" where the cell holds
 * 98,333333 in a 0.00 format); `actual` keeps the stored value.
 */
function shownStated<T extends { cell: string; data?: Record<string, unknown> }>(view: SheetView, r: T): T {
  const stated = r.data?.stated;
  const at = typeof stated === 'number' && !Number.isInteger(stated) ? parseA1(r.cell) : null;
  if (!at) return r;
  const v = view.value(at.row, at.col);
  if (v.kind !== 'number' || v.value !== stated || v.decimals >= 6 || v.decimals < 0) return r;
  return { ...r, data: { ...r.data, stated: toDecimals(stated, v.decimals) } };
}

export function analyseSheet(
  grid: SheetGrid,
  settings?: Partial<Settings>,
  overrides: TableOverride[] = [],
  tableOffset = 0,
  options: AnalyseOptions = {},
): SheetAnalysis {
  const s = withDefaults(settings);
  // The sheet again, as a reading to compare (a row read one column back, a fill's written cells).
  const again = (g: SheetGrid, entities: AnalyseOptions['entities'] = 'cross') =>
    analyseOnce(g, s, overrides, tableOffset, { rules: options.rules, entities }).result;
  const once = analyseOnce(grid, s, overrides, tableOffset, options);
  const { result, moved } = withShiftedRows(grid, once.view, once.result, tableOffset, (g, joined) => again(g, joined ? options.entities : 'cross'));
  if (options.closeFill && result.fill.length) {
    // Nothing is filled into rows read one column back, in the closure's rounds either.
    for (const x of closeFill(grid, result.fill, (g) => again(g).fill)) if (!moved.has(parseA1(x.cell)?.row ?? -1)) result.fill.push(x);
  }
  return result;
}

/**
 * The sheet with each row one column off read back in place, when that explains its findings (value.shifted):
 * the findings of that reading, one value.shifted per row in place of those it explains, no fill on the row; and
 * the rows moved.
 */
function withShiftedRows(
  grid: SheetGrid,
  view: SheetView,
  result: SheetAnalysis,
  tableOffset: number,
  again: (g: SheetGrid, joined: boolean) => SheetAnalysis,
): { result: SheetAnalysis; moved: Set<number> } {
  const none = { result, moved: new Set<number>() };
  const tried = shiftCandidates(view, result.tables, result.findings, tableOffset);
  if (tried.length === 0) return none;
  let held: { shift: Shift; after: SheetAnalysis }[] = [];
  for (const shift of tried) {
    const after = again(shiftedGrid(grid, [shift]), !!shift.joins);
    if (shiftHolds(result, after, shift)) held.push({ shift, after });
  }
  if (held.length === 0) return none;
  let after = held[0].after;
  // A page joined to the table above renumbers the tables after it: taken alone.
  if (held[0].shift.joins) held = held.slice(0, 1);
  else held = held.filter((h) => !h.shift.joins);
  if (held.length > 1) {
    const all = again(
      shiftedGrid(
        grid,
        held.map((h) => h.shift),
      ),
      false,
    );
    if (held.every((h) => shiftHolds(result, all, h.shift))) after = all;
    else held = held.slice(0, 1);
  }
  const shifts = held.map((h) => h.shift);
  const rows = new Set(shifts.flatMap((h) => h.rows));
  const back = (cell: string) => unshiftedCell(cell, shifts);
  const still = new Set(after.findings.filter(counted).map(findingKey));
  const gone = result.findings.filter((f) => counted(f) && !still.has(findingKey(f)));
  // A page joined to the table above changes the tables: that reading's tables, entities and notes are taken.
  const joined = shifts.some((h) => h.joins);
  // The shifted reading's findings stand where its cells stand in the sheet; the sheet's own (its notes and
  // number.text, where the tables did not change) already do.
  const moved = (f: Finding) => ({ ...f, cell: back(f.cell), related: f.related.map(back) });
  const findings = joined ? after.findings.map(moved) : [...result.findings.filter((f) => !counted(f)), ...after.findings.filter(counted).map(moved)];
  for (const shift of shifts) {
    const mine = new Set(shift.rows);
    const own = gone.filter((f) => mine.has(parseA1(f.cell)?.row ?? -1) || !rows.has(parseA1(f.cell)?.row ?? -1));
    findings.push(finding(shiftDraft(view, result.tables[shift.table], shift, own), grid.name, tableOffset + shift.table));
  }
  findings.sort((a, b) => order(a) - order(b));
  const fill = result.fill.filter((x) => !rows.has(parseA1(x.cell)?.row ?? -1));
  if (!joined) return { result: { ...result, findings, fill }, moved: rows };
  const entities = (after.entities ?? []).map((e) => ({ ...e, at: e.at && back(e.at), values: e.values.map((v) => ({ ...v, cell: back(v.cell) })) }));
  return { result: { ...result, tables: after.tables, findings, fill, entities }, moved: rows };
}

function analyseOnce(
  grid: SheetGrid,
  s: Settings,
  overrides: TableOverride[],
  tableOffset: number,
  options: AnalyseOptions,
): { result: SheetAnalysis; view: SheetView } {
  const tol = toleranceFor(s);
  const modules = options.rules ? RULE_MODULES.filter((r) => options.rules!.includes(r.meta.id)) : RULE_MODULES;
  const view = new SheetView(grid);
  let tables;
  try {
    tables = recogniseSheet(view, overrides);
  } catch (e) {
    return { result: { sheet: grid.name, tables: [], findings: [], fill: [], entities: [], notice: failure(e) }, view };
  }
  const findings: Finding[] = [];
  const fill: FillItem[] = [];
  const entities: Entity[] = [];
  const hiddenCols = grid.hiddenCols?.length ? new Set(grid.hiddenCols) : undefined;
  const wantEntities = options.entities !== 'cross' || tables.length > 1;
  tables.forEach((table, i) => {
    try {
      if (wantEntities) for (const e of tableEntities(table, tableOffset + i)) entities.push(e);
    } catch (e) {
      table.info.notes.push({ id: `Entitas tabel tidak dapat dibaca: ${String(e)}`, en: `The table's entities could not be read: ${String(e)}` });
    }
    const drafts: Draft[] = [];
    const planned = new Set<string>();
    let skippedForText = 0;
    let skippedForLength = 0;
    let running = '';
    const ctx: CheckContext = {
      table,
      settings: s,
      tol,
      report: (id, r) => {
        const messageId = r.messageId ?? 'default';
        const severity = declared(running, id, messageId);
        if (!severity) throw new Error(`rule ${running} reports ${id}/${messageId}, which it does not declare`);
        const { messageId: _m, severity: own, ...rest } = r;
        drafts.push({ ...shownStated(view, rest), rule: id, severity: own ?? severity, messageId });
      },
      plan: (p) => {
        if (planned.has(p.cell)) return;
        planned.add(p.cell);
        const { reasonId, data, ...rest } = p;
        const reason = wordReason(running, reasonId ?? 'default', data);
        // A fill into a column whose relation only its header gives is marked as assumed, and says so.
        const at = parseA1(p.cell);
        const col = at ? table.col(at.col) : undefined;
        const item = col?.relation?.assumed
          ? {
              ...rest,
              rule: running,
              assumed: true,
              reason: { id: `${reason.id} (diasumsikan dari judul kolom)`, en: `${reason.en} (assumed from the column header)` },
            }
          : { ...rest, rule: running, reason };
        // Excel rejects a formula over 8,192 characters: such a cell is left for the user.
        if (item.formula.length > MAX_FORMULA_CHARS) {
          skippedForLength++;
          return;
        }
        items.push(item);
      },
    };
    const items: Omit<FillItem, 'sheet'>[] = [];
    for (const rule of modules) {
      if (rule.meta.arithmetic && !table.info.checked) continue;
      running = rule.meta.id;
      try {
        rule.check(ctx);
      } catch (e) {
        table.info.notes.push({ id: `Aturan ${rule.meta.id} gagal dijalankan: ${String(e)}`, en: `Rule ${rule.meta.id} failed: ${String(e)}` });
      }
    }
    // A formula over numbers stored as text gives #VALUE! (or a SUM that skips them): those
    // inputs are reported as number.text and must be converted before Cermat fills from them.
    // Checked once every rule has run: number.text has then read every numeric cell, so a sheet
    // where none was text skips the look at each formula's inputs.
    const settled = settlePlans(view, items, hiddenCols);
    skippedForText += settled.skippedForText;
    for (const item of settled.plans) fill.push({ sheet: grid.name, ...item });
    for (const d of explainSecondary(drafts, view)) drafts.push(d); // one per failing cell: too many to spread
    markStale(drafts, view);
    markHidden(drafts, view, hiddenCols);
    if (skippedForLength) {
      table.info.notes.push({
        id: `${skippedForLength} sel hitungan tidak diisi karena rumusnya akan melebihi batas Excel (8.192 karakter).`,
        en: `${skippedForLength} computed cells were not filled because their formula would exceed Excel's limit (8,192 characters).`,
      });
    }
    if (skippedForText) {
      table.info.notes.push({
        id: `${skippedForText} sel hitungan tidak diisi karena masukannya angka yang tersimpan sebagai teks (lihat temuan number.text).`,
        en: `${skippedForText} computed cells were not filled because their inputs are numbers stored as text (see the number.text findings).`,
      });
    }
    const seen = new Set<string>();
    // A formula finding says why the cell is off (its neighbours' formula, a SUM range): the
    // arithmetic finding at the same cell would say the same thing less well.
    const byFormula = new Set(drafts.filter((d) => d.rule.startsWith('formula.')).map((d) => d.cell));
    const kept: Draft[] = [];
    const sameFigure = new Map<string, Draft>();
    for (const d of drafts) {
      if (byFormula.has(d.cell) && !d.rule.startsWith('formula.') && (d.rule.startsWith('sum.') || d.rule.startsWith('ratio.'))) continue;
      // A hidden column (last period's years, a helper) is read, but only an error in it is worth a word.
      if (hiddenCols && d.severity !== 'error' && hiddenCols.has(parseA1(d.cell)?.col ?? -1)) continue;
      const key = `${d.cell}|${d.rule}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Two sums failing at one cell with the same figure (a grand-total corner, wrong both across
      // and down) are one mistake: one finding, naming the other relation's cells too.
      const same = d.rule.startsWith('sum.') && typeof d.expected === 'number' ? `${d.cell}|${d.severity}|${d.expected}|${d.actual}` : undefined;
      const first = same !== undefined ? sameFigure.get(same) : undefined;
      if (first) {
        first.related = [...new Set([...first.related, ...d.related])];
        continue;
      }
      if (same !== undefined) sameFigure.set(same, d);
      kept.push(d);
    }
    // Worded last: after the knock-on pass and the cap, only the findings a reader sees.
    for (const f of capFindings(kept.map((d) => finding(d, grid.name, tableOffset + i)))) findings.push(f);
  });
  // Only on a sheet with tables (a sheet without any is a cover letter: nothing to report), and
  // filed under its first table, so that every finding belongs to a table of its sheet.
  const outside = tables.length
    ? errorsOutsideTables(
        view,
        tables.map((t) => t.info),
      )
    : null;
  if (outside) findings.push(finding(outside, grid.name, tableOffset));
  // Formulas without a saved result: said once per table that has them, filed under that table.
  tables.forEach((t, i) => {
    const uncached = uncachedFormulas(view, t.info);
    if (uncached) findings.push(finding(uncached, grid.name, tableOffset + i));
  });
  findings.sort((a, b) => order(a) - order(b));
  const links = sheetLinks(view, tables);
  const carried = options.carry === false ? [] : carriedAmounts(tables, 0);
  return {
    result: {
      sheet: grid.name,
      tables: tables.map((t) => t.info),
      findings,
      fill,
      entities,
      notice: tables.length ? undefined : NO_TABLE,
      ...(links.length ? { links } : {}),
      ...(carried.length ? { carried } : {}),
    },
    view,
  };
}

/** Findings one rule may report in one column before the rest are grouped into one. */
export const MAX_PER_COLUMN = 50;

/**
 * A column where one rule fails thousands of times says one thing thousands of times: the first
 * MAX_PER_COLUMN are kept, the rest become one finding ("and 9,000 more like this in column K")
 * naming their cells, so a reviewer reads a page, not a wall.
 */
function capFindings(list: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of list) {
    const col = /^[A-Z]+/.exec(f.cell)?.[0] ?? '';
    const key = `${f.rule}|${col}|${f.severity}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const out: Finding[] = [];
  for (const [key, g] of groups) {
    if (g.length <= MAX_PER_COLUMN) {
      out.push(...g);
      continue;
    }
    g.sort((a, b) => order(a) - order(b));
    out.push(...g.slice(0, MAX_PER_COLUMN));
    const rest = g.slice(MAX_PER_COLUMN);
    const col = key.split('|')[1];
    const n = rest.length;
    out.push({
      ...rest[0],
      expected: null,
      actual: null,
      related: rest.slice(0, 200).map((f) => f.cell),
      message: {
        id: `… dan ${formatNumber(n, 'id', 0)} temuan serupa lainnya di kolom ${col} (${rest[0].cell}…${rest[n - 1].cell}), misalnya: ${rest[0].message.id}`,
        en: `… and ${formatNumber(n, 'en', 0)} more like this in column ${col} (${rest[0].cell}…${rest[n - 1].cell}), e.g.: ${rest[0].message.en}`,
      },
    });
  }
  return out;
}

/** A finding's place in reading order: its table, then its row, then its column. */
export function order(f: Finding): number {
  const p = parseA1(f.cell);
  return (f.table ?? 0) * 1e12 + (p ? p.row * 1e4 + p.col : 0);
}

function failure(e: unknown) {
  return { id: `Lembar ini tidak dapat dibaca: ${String(e)}`, en: `This sheet could not be read: ${String(e)}` };
}
