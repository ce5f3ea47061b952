/**
 * Colours finding cells by severity and attaches their messages; clearMarks undoes exactly that.
 * Both take three syncs whatever the number of findings: (1) the remembered marks, sheet names
 * and comments; (2) current fills, notes and comment locations of the cells involved; (3) all
 * writes, with one getRanges() per colour per sheet.
 */
import type { Finding, Severity } from '../engine/types';
import type { Lang } from '../engine/settings';
import { compactAddresses, normaliseCell } from './addresses';
import { cellNote, isCermatNote, SEVERITY_COLOUR, worst } from '../present';
import {
  FILL_PROPS,
  MARKS_KEY,
  emptyMemory,
  fillFromProps,
  isGradient,
  parseMemory,
  restoreFill,
  stillMarked,
  type CellMark,
  type FillState,
  type MarkMemory,
} from './marks';
import type { ExcelEnv } from './office';

interface Target {
  severity: Severity;
  findings: Finding[];
}

type FillResult = OfficeExtension.ClientResult<Array<Array<{ format?: { fill?: Record<string, unknown> } }>>>;

interface CellState {
  fill: FillResult;
  note?: Excel.Note;
}

interface Snapshot {
  memory: MarkMemory;
  /** Whether the settings held a memory before this run. */
  hadMemory: boolean;
  sheetNames: Set<string>;
  /** sheet → A1 → our view of the cell now. */
  cells: Map<string, Map<string, CellState>>;
  /** sheet → A1 → comment on that cell. */
  comments: Map<string, Map<string, Excel.Comment>>;
}

function groupFindings(findings: Finding[]): Map<string, Map<string, Target>> {
  const out = new Map<string, Map<string, Target>>();
  for (const f of findings) {
    const cell = normaliseCell(f.cell);
    if (!cell) continue;
    const sheet = out.get(f.sheet) ?? new Map<string, Target>();
    out.set(f.sheet, sheet);
    const t = sheet.get(cell) ?? { severity: f.severity, findings: [] };
    t.severity = worst([t.severity, f.severity]);
    t.findings.push(f);
    sheet.set(cell, t);
  }
  return out;
}

/** Sheet part of a Comment location address ("'Tabel 1'!D7" → Tabel 1, D7). */
function splitSheetAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const cell = normaliseCell(address.slice(bang + 1).split(':')[0]);
  return cell ? { sheet, cell } : null;
}

/** Syncs 1 and 2: memory, then the state of every cell in `wanted` plus every remembered cell. */
async function snapshot(ctx: Excel.RequestContext, env: ExcelEnv, wanted: Map<string, Set<string>>): Promise<Snapshot> {
  const notes = env.isSetSupported('ExcelApi', '1.18');
  const setting = ctx.workbook.settings.getItemOrNullObject(MARKS_KEY).load('value');
  const sheets = ctx.workbook.worksheets.load('items/name');
  const comments = ctx.workbook.comments.load('items/content');
  await ctx.sync();

  const memory = setting.isNullObject ? emptyMemory() : parseMemory(setting.value);
  const sheetNames = new Set(sheets.items.map((s) => s.name));
  // Marks on sheets deleted (or renamed) since are forgotten: nothing left to restore.
  for (const name of Object.keys(memory.sheets)) if (!sheetNames.has(name)) delete memory.sheets[name];

  const involved = new Map<string, Set<string>>();
  for (const [sheet, cells] of wanted) if (sheetNames.has(sheet)) involved.set(sheet, new Set(cells));
  for (const [sheet, marks] of Object.entries(memory.sheets)) {
    const set = involved.get(sheet) ?? new Set<string>();
    for (const cell of Object.keys(marks)) set.add(cell);
    involved.set(sheet, set);
  }

  const cells = new Map<string, Map<string, CellState>>();
  for (const [sheet, set] of involved) {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const states = new Map<string, CellState>();
    for (const cell of set) {
      const fill = ws.getRange(cell).getCellProperties(FILL_PROPS) as unknown as FillResult;
      states.set(cell, { fill, note: notes ? ws.notes.getItemOrNullObject(cell).load('content') : undefined });
    }
    cells.set(sheet, states);
  }
  const located = comments.items.map((c) => ({ comment: c, where: c.getLocation().load('address') }));
  await ctx.sync();

  const byCell = new Map<string, Map<string, Excel.Comment>>();
  for (const { comment, where } of located) {
    const at = splitSheetAddress(where.address);
    if (!at) continue;
    const m = byCell.get(at.sheet) ?? new Map<string, Excel.Comment>();
    m.set(at.cell, comment);
    byCell.set(at.sheet, m);
  }
  return { memory, hadMemory: !setting.isNullObject, sheetNames, cells, comments: byCell };
}

function currentFill(state: CellState): FillState {
  return fillFromProps(state.fill.value[0]?.[0] as Parameters<typeof fillFromProps>[0]);
}

/** Queues the fill restores, grouped by identical original fill (one getRanges per group). */
function queueRestores(ctx: Excel.RequestContext, restores: Map<string, Map<string, FillState>>): void {
  for (const [sheet, cells] of restores) {
    const groups = new Map<string, { fill: FillState; cells: string[] }>();
    for (const [cell, fill] of cells) {
      const key = JSON.stringify(fill);
      const g = groups.get(key) ?? { fill, cells: [] };
      g.cells.push(cell);
      groups.set(key, g);
    }
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const g of groups.values()) for (const addr of compactAddresses(g.cells)) restoreFill(ws.getRanges(addr).format, g.fill);
  }
}

/** Deletes Cermat's own annotation on a cell, if it is still there and still ours. */
/** Queues a marked cell's original fill (unless the user refilled it since) and its note's removal. */
function unmark(snap: Snapshot, restores: Map<string, Map<string, FillState>>, sheet: string, cell: string, mark: CellMark): void {
  const state = snap.cells.get(sheet)?.get(cell);
  // A cell the user refilled since keeps the user's fill.
  if (state && stillMarked(currentFill(state), mark.mark)) {
    const m = restores.get(sheet) ?? new Map<string, FillState>();
    m.set(cell, mark.original);
    restores.set(sheet, m);
  }
  queueAnnotationRemoval(snap, sheet, cell, mark);
}

function queueAnnotationRemoval(snap: Snapshot, sheet: string, cell: string, mark: CellMark): void {
  if (mark.annotation === 'note') {
    const note = snap.cells.get(sheet)?.get(cell)?.note;
    if (note && !note.isNullObject && isCermatNote(note.content)) note.delete();
  } else if (mark.annotation === 'comment') {
    const comment = snap.comments.get(sheet)?.get(cell);
    if (comment && isCermatNote(comment.content)) comment.delete();
  }
}

function saveMemory(ctx: Excel.RequestContext, memory: MarkMemory, hadMemory: boolean): void {
  const empty = Object.values(memory.sheets).every((m) => Object.keys(m).length === 0);
  if (!empty) ctx.workbook.settings.add(MARKS_KEY, JSON.stringify(memory));
  else if (hadMemory) ctx.workbook.settings.getItem(MARKS_KEY).delete();
}

export async function highlight(ctx: Excel.RequestContext, env: ExcelEnv, findings: Finding[], lang: Lang): Promise<void> {
  const useNotes = env.isSetSupported('ExcelApi', '1.18');
  const targets = groupFindings(findings);
  const wanted = new Map([...targets].map(([s, m]) => [s, new Set(m.keys())]));
  const snap = await snapshot(ctx, env, wanted);
  const memory = snap.memory;

  const colours = new Map<string, Map<string, string[]>>(); // sheet → colour → cells
  const restores = new Map<string, Map<string, FillState>>();
  type Annotation = { sheet: string; cell: string; text: string; existing?: Excel.Note | Excel.Comment };
  const annotations: Annotation[] = [];

  // Marks from an earlier run on cells that are no longer findings: put them back.
  for (const [sheet, marks] of Object.entries(memory.sheets)) {
    for (const [cell, mark] of Object.entries(marks)) {
      if (targets.get(sheet)?.has(cell)) continue;
      unmark(snap, restores, sheet, cell, mark);
      delete marks[cell];
    }
  }

  for (const [sheet, cells] of targets) {
    if (!snap.sheetNames.has(sheet)) continue;
    const marks = (memory.sheets[sheet] ??= {});
    for (const [cell, t] of cells) {
      const state = snap.cells.get(sheet)?.get(cell);
      if (!state) continue;
      const now = currentFill(state);
      const prior = marks[cell];
      // Keep the first original while the cell still shows our colour; otherwise the user refilled it.
      const original = prior && stillMarked(now, prior.mark) ? prior.original : now;
      const colour = SEVERITY_COLOUR[t.severity];
      const mark: CellMark = { original, mark: colour.toUpperCase() };
      if (!isGradient(original)) {
        const byColour = colours.get(sheet) ?? new Map<string, string[]>();
        byColour.set(colour, [...(byColour.get(colour) ?? []), cell]);
        colours.set(sheet, byColour);
      }

      // The same note as the annotated copies carry (src/present/note.ts).
      const text = cellNote(t.findings, lang);
      const note = state.note && !state.note.isNullObject ? state.note : undefined;
      const comment = snap.comments.get(sheet)?.get(cell);
      const ours = (c: string, kind: 'note' | 'comment') => isCermatNote(c) && prior?.annotation === kind;
      if (note && ours(note.content, 'note')) {
        annotations.push({ sheet, cell, text, existing: note });
        mark.annotation = 'note';
      } else if (comment && ours(comment.content, 'comment')) {
        annotations.push({ sheet, cell, text, existing: comment });
        mark.annotation = 'comment';
      } else if (!note && !comment) {
        // A cell holds a note or a comment, never both; a user's own annotation is left alone.
        annotations.push({ sheet, cell, text });
        mark.annotation = useNotes ? 'note' : 'comment';
      }
      if (!isGradient(original) || mark.annotation) marks[cell] = mark;
    }
  }

  const queueWrites = (withAnnotations: boolean) => {
    queueRestores(ctx, restores);
    for (const [sheet, byColour] of colours) {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      for (const [colour, cells] of byColour) {
        for (const addr of compactAddresses(cells)) {
          // Solid and untinted, whatever pattern or tint the cell had: the mark must read clearly.
          const f = ws.getRanges(addr).format.fill;
          f.color = colour;
          f.pattern = 'Solid';
          f.tintAndShade = 0;
        }
      }
    }
    if (withAnnotations) {
      for (const a of annotations) {
        if (a.existing) a.existing.content = a.text;
        else if (useNotes) ctx.workbook.worksheets.getItem(a.sheet).notes.add(ctx.workbook.worksheets.getItem(a.sheet).getRange(a.cell), a.text);
        else ctx.workbook.comments.add(ctx.workbook.worksheets.getItem(a.sheet).getRange(a.cell), a.text);
      }
    }
    saveMemory(ctx, memory, snap.hadMemory);
  };

  queueWrites(true);
  try {
    await ctx.sync();
  } catch (e) {
    if (annotations.length === 0) throw e;
    // An annotation the host refused (e.g. a legacy note invisible below ExcelApi 1.18): colours still matter.
    for (const marks of Object.values(memory.sheets)) for (const m of Object.values(marks)) delete m.annotation;
    queueWrites(false);
    await ctx.sync();
  }
}

export async function clearMarks(ctx: Excel.RequestContext, env: ExcelEnv): Promise<void> {
  const snap = await snapshot(ctx, env, new Map());
  const restores = new Map<string, Map<string, FillState>>();
  for (const [sheet, marks] of Object.entries(snap.memory.sheets)) {
    for (const [cell, mark] of Object.entries(marks)) {
      unmark(snap, restores, sheet, cell, mark);
    }
  }
  queueRestores(ctx, restores);
  saveMemory(ctx, emptyMemory(), snap.hadMemory);
  await ctx.sync();
}
