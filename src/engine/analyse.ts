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
import { errorsOutsideTables } from './rules/number.errors-outside';
import { uncachedFormulas } from './rules/formula.uncached';
import { a1, parseA1, scanA1 } from './address';
import { MAX_FORMULA_CHARS } from './formula';
import { toleranceFor } from './tolerance';
import { evaluateFormula, fullyEvaluated, parseFormula, type Node } from './formula-parse';
import { tableEntities, type Entity } from './entities';

export interface AnalyseOptions {
  /** Run only these table rules (module ids, e.g. 'sum.total-row'): a rule tested alone. Default: all. */
  rules?: string[];
  /**
   * Which tables' entities to build: 'all' (default), or 'cross' — only where this sheet alone can use
   * them, i.e. when it holds two tables or more (a one-sheet, one-table workbook has nothing to compare
   * them with, and they cost about a third of a large table's memory).
   */
  entities?: 'all' | 'cross';
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
  const tol = toleranceFor(s);
  const modules = options.rules ? RULE_MODULES.filter((r) => options.rules!.includes(r.meta.id)) : RULE_MODULES;
  const view = new SheetView(grid);
  let tables;
  try {
    tables = recogniseSheet(view, overrides);
  } catch (e) {
    return { sheet: grid.name, tables: [], findings: [], fill: [], entities: [], notice: failure(e) };
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
    const textNumbers = view.hasReadTextNumbers();
    const plans: Omit<FillItem, 'sheet'>[] = [];
    for (const item of items) {
      // Never written where the user cannot see it: a hidden column, a hidden row.
      const at = parseA1(item.cell);
      if (!at || hiddenCols?.has(at.col) || view.isHidden(at.row)) continue;
      if (textNumbers && readsTextNumbers(view, item.formula)) skippedForText++;
      else plans.push(inPercentCell(view, item));
    }
    // Every cell a rule proposed, kept or not: a plan reading one left empty (its inputs are text) would compute a wrong value.
    for (const item of consistentPlans(view, plans, new Set(items.map((p) => p.cell)))) fill.push({ sheet: grid.name, ...item });
    for (const d of explainSecondary(drafts, view)) drafts.push(d); // one per failing cell: too many to spread
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
  return { sheet: grid.name, tables: tables.map((t) => t.info), findings, fill, entities, notice: tables.length ? undefined : NO_TABLE };
}

/**
 * A fill into a column shown in % ("0.00%": its cells hold 0,9333 and show 93,33 %) is written in the
 * scale the cell shows: the engine reads 93,33 there, but the cell must hold 0,9333, so the formula
 * loses its ×100 and the cached value is a hundredth. The column's format is its nearest number
 * above, the one the writers copy onto the new cell.
 */
function inPercentCell<T extends Omit<FillItem, 'sheet'>>(view: SheetView, item: T): T {
  const at = parseA1(item.cell);
  if (!at) return item;
  let percent = false;
  for (let r = at.row - 1; r >= 0 && r >= at.row - 60; r--) {
    const v = view.value(r, at.col);
    if (v.kind !== 'number') continue;
    percent = !!v.percent;
    break;
  }
  if (!percent) return item;
  const formula = item.formula.replace(/\*100(?=,""\)$|$)/, '');
  return { ...item, formula, value: typeof item.value === 'number' ? Math.round(item.value * 1e4) / 1e6 : item.value };
}

/**
 * The plans as Excel will compute them, over the sheet and the other plans kept. A plan whose formula
 * gives "" or an error there is dropped: a Jumlah row's ratio planned over sums the same fill drops
 * (their inputs are text) or never proposes (indicators in different units) would show "" beside the
 * number Cermat printed. A plan that reads another plan's cell takes the value the formula then gives
 * (an akhir-periode Rp over a year's Rp the same fill writes). To a fixed point: a dropped or changed
 * cell may be what another plan reads.
 */
function consistentPlans<T extends Omit<FillItem, 'sheet'>>(view: SheetView, plans: T[], proposed: Set<string>): T[] {
  // The first plan of a cell is the one written (the writers skip a second): the one checked here.
  const planned = new Map<string, T>();
  const first = new Set<T>();
  for (const p of plans)
    if (!planned.has(p.cell)) {
      planned.set(p.cell, p);
      first.add(p);
    }
  // Parsed once. After the first round only the plans that read another plan's cell can change.
  const nodes = new Map<T, Node | null>();
  let check = plans;
  for (let round = 0; round < 5 && check.length; round++) {
    const again: T[] = [];
    let changed = false;
    for (const p of check) {
      if (planned.get(p.cell) !== p) continue; // dropped or replaced meanwhile
      let node = nodes.get(p);
      if (node === undefined) {
        // Only a formula reading a cell without a number (another plan's, text, an empty cell) can give
        // other than the rule worked out: the rest (nearly every plan) is not parsed at all.
        const doubt = typeof p.value === 'number' && readsAny(p.formula, (r, c) => view.numberAt(r, c) === undefined);
        nodes.set(p, (node = doubt ? parseFormula(p.formula) : null));
      }
      if (!node) continue;
      const got = formulaValue(view, node, planned, proposed);
      if (got.readsPlans) again.push(p);
      if (got.value === 'drop') {
        planned.delete(p.cell);
        changed = true;
      } else if (got.value !== undefined && Math.abs(got.value - (p.value as number)) > 0.01 + 1e-6 * Math.abs(p.value as number)) {
        const q = { ...p, value: Math.round(got.value * 1e6) / 1e6 };
        nodes.set(q, node);
        planned.set(p.cell, q);
        changed = true;
      }
    }
    if (!changed) break;
    check = again.map((p) => planned.get(p.cell)).filter((p): p is T => p !== undefined);
  }
  const out: T[] = [];
  for (const p of plans) {
    if (!first.has(p)) out.push(p);
    else {
      const q = planned.get(p.cell);
      if (q) out.push(q);
    }
  }
  return out;
}

/**
 * What a plan's formula gives in Excel over the sheet and the plans kept: a number, 'drop' ("" or an
 * error, or a cell some plan was to fill and no longer does), undefined (not known here); and whether
 * it read another plan's cell (it may change when that plan does).
 */
function formulaValue<T extends Omit<FillItem, 'sheet'>>(
  view: SheetView,
  node: Node,
  planned: Map<string, T>,
  proposed: Set<string>,
): { value: number | 'drop' | undefined; readsPlans: boolean } {
  let unknown = false;
  let readsUnplanned = false;
  let readsPlans = false;
  const got = evaluateFormula(node, (sheet, r, c) => {
    if (sheet !== undefined && sheet !== view.name) {
      unknown = true;
      return null;
    }
    const n = view.numberAt(r, c);
    if (n !== undefined) return n;
    const at = a1(r, c);
    if (!proposed.has(at)) return null;
    readsPlans = true;
    const other = planned.get(at);
    if (other) return typeof other.value === 'number' ? other.value : null;
    // A cell some plan was to fill, dropped since: what this plan counted on will not be there.
    if (view.value(r, c).kind === 'empty') readsUnplanned = true;
    return null;
  });
  if (unknown) return { value: undefined, readsPlans };
  if (readsUnplanned) return { value: 'drop', readsPlans };
  // Null from a formula the evaluator reads whole is "" or an Excel error, not the number claimed;
  // from an unknown function it says nothing.
  if (got === null) return { value: fullyEvaluated(node) ? 'drop' : undefined, readsPlans };
  return { value: got, readsPlans };
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

function readsTextNumbers(view: SheetView, formula: string): boolean {
  return readsAny(formula, (r, c) => {
    const v = view.value(r, c);
    return v.kind === 'number' && v.fromText;
  });
}

/** Whether a formula refers to a cell (alone or in a range) that `test` accepts. */
function readsAny(formula: string, test: (r: number, c: number) => boolean): boolean {
  // Called for every planned cell: references are scanned by hand (A1, $B$7, C3:C9), without a
  // regex match object per reference.
  const n = formula.length;
  let i = 0;
  while (i < n) {
    const a = readRef(formula, i);
    if (!a) {
      i++;
      continue;
    }
    let q = a;
    if (formula.charCodeAt(a.end) === 58 /* : */) {
      const b = readRef(formula, a.end + 1);
      if (b) q = b;
    }
    for (let r = a.row; r <= q.row; r++) for (let c = a.col; c <= q.col; c++) if (test(r, c)) return true;
    i = q.end;
  }
  return false;
}

/** A cell reference starting at i, not inside a longer name ("TAHUNA2021"). */
function readRef(s: string, i: number): { row: number; col: number; end: number } | null {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 0;
  if ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57) || prev === 95) return null;
  return scanA1(s, i);
}

function order(f: Finding): number {
  const p = parseA1(f.cell);
  return (f.table ?? 0) * 1e12 + (p ? p.row * 1e4 + p.col : 0);
}

function failure(e: unknown) {
  return { id: `Lembar ini tidak dapat dibaca: ${String(e)}`, en: `This sheet could not be read: ${String(e)}` };
}
