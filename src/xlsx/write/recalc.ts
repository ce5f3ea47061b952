/**
 * The cached results of the formulas a fill wrote, exact, and of the formulas already in the workbook that read
 * them ("Rata-rata Capaian" =AVERAGE(F2:F4) over capaian the fill just wrote). Excel works them out again on open
 * (fullCalcOnLoad), but anything reading the saved file (Cermat's own check, a viewer, a script) would see the
 * results saved before the fill. Each is worked out again here through the engine's formula reader; one it cannot
 * work out (a function it does not know) loses its stale result rather than keep it.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { evaluateResult, fullyEvaluated, parseFormula, refsOf, type Lookup, type Node } from '../../engine/formula-parse';

interface FormulaCell {
  ws: Worksheet;
  cell: Cell;
  node: Node | null;
  refs: ReturnType<typeof refsOf>;
}

/** Rounds of dependents (a mean over a Jumlah over the written cells is two): past these, results are dropped. */
const MAX_ROUNDS = 8;

const keyOf = (sheet: string, r: number, c: number) => `${sheet}\u0000${r}\u0000${c}`;

function numberOf(cell: Cell | undefined): number | null {
  const v = cell?.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  return null;
}

/**
 * Works out again the cached result of every formula reading a written cell, directly or through another such
 * formula. `written`: the cells the fill wrote, as sheet name and 0-based row and column.
 */
export function recalcDependents(wb: Workbook, written: { sheet: string; r: number; c: number }[]): void {
  if (written.length === 0) return;
  const mine = new Set(written.map((w) => keyOf(w.sheet, w.r, w.c)));
  // Every formula of the workbook but the fill's own (a cross-sheet summary may read the filled sheet).
  const formulas: FormulaCell[] = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const f = cell.formula;
        if (!f || mine.has(keyOf(ws.name, Number(cell.row) - 1, Number(cell.col) - 1))) return;
        const node = parseFormula(f);
        formulas.push({ ws, cell, node, refs: node ? refsOf(node) : [] });
      });
    });
  });
  // What a reference reads, one reader per sheet a formula stands on (its unprefixed references are that sheet's).
  const readers = new Map<Worksheet, Lookup>();
  const lookup = (home: Worksheet): Lookup =>
    readers.get(home) ?? readers.set(home, (sheet, r, c) => numberOf((sheet ? wb.getWorksheet(sheet) : home)?.findCell(r + 1, c + 1))).get(home)!;
  // The fill's own formulas first, to their exact results (a plan's value is rounded for the list it is shown in),
  // over as many passes as they read each other (a Jumlah over sub-totals the same fill wrote).
  const own = written.flatMap((w) => {
    const ws = wb.getWorksheet(w.sheet);
    const cell = ws?.findCell(w.r + 1, w.c + 1);
    const node = cell?.formula ? parseFormula(cell.formula) : null;
    return ws && cell && node && fullyEvaluated(node) ? [{ ws, cell, node }] : [];
  });
  for (let pass = 0, moved = true; moved && pass < MAX_ROUNDS; pass++) {
    moved = false;
    for (const w of own) {
      const value = evaluateResult(w.node, lookup(w.ws));
      const v = w.cell.value as { formula?: string; result?: unknown };
      if (typeof value !== 'number' || v.result === value) continue;
      w.cell.value = { ...v, result: value } as Cell['value'];
      moved = true;
    }
  }
  if (formulas.length === 0) return;
  // The cells changed in a round, by sheet: what the fill wrote, then each formula whose result was worked out.
  type Changed = Map<string, { cells: { r: number; c: number }[]; keys: Set<number> }>;
  const WIDE = 1 << 14; // columns: XFD is 16,384
  const mark = (m: Changed, sheet: string, r: number, c: number) => {
    const s = m.get(sheet) ?? m.set(sheet, { cells: [], keys: new Set() }).get(sheet)!;
    s.cells.push({ r, c });
    s.keys.add(r * WIDE + c);
  };
  // A range is tested cell by cell or against the changed cells, whichever is fewer (a Jumlah's range over
  // thousands of written capaian, or thousands of formulas each over a few cells).
  const readsChanged = (f: FormulaCell, m: Changed) =>
    f.refs.some((q) => {
      const s = m.get(q.sheet ?? f.ws.name);
      if (!s) return false;
      if (q.t === 'ref') return s.keys.has(q.r * WIDE + q.c);
      if ((q.r1 - q.r0 + 1) * (q.c1 - q.c0 + 1) <= s.cells.length) {
        for (let r = q.r0; r <= q.r1; r++) for (let c = q.c0; c <= q.c1; c++) if (s.keys.has(r * WIDE + c)) return true;
        return false;
      }
      return s.cells.some((x) => q.r0 <= x.r && x.r <= q.r1 && q.c0 <= x.c && x.c <= q.c1);
    });
  const first: Changed = new Map();
  for (const w of written) mark(first, w.sheet, w.r, w.c);
  const done = new Set<FormulaCell>();
  let round = first;
  for (let k = 0; k < MAX_ROUNDS && round.size > 0; k++) {
    const next: Changed = new Map();
    for (const f of formulas) {
      if (done.has(f) || !readsChanged(f, round)) continue;
      done.add(f);
      const value = f.node && fullyEvaluated(f.node) ? evaluateResult(f.node, lookup(f.ws)) : null;
      const v = f.cell.value as { formula?: string; sharedFormula?: string; result?: unknown };
      if (value !== null) {
        if (v.result !== value) f.cell.value = { ...v, result: value } as Cell['value'];
      } else {
        // An Excel error, or past this reader: no result is better than the stale one.
        const { result: _stale, ...rest } = v;
        f.cell.value = rest as Cell['value'];
      }
      mark(next, f.ws.name, Number(f.cell.row) - 1, Number(f.cell.col) - 1);
    }
    round = next;
  }
}
