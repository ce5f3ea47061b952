/**
 * The one check pipeline over a workbook's grids, for every host: the CLI and the browser worker
 * (grids read from .xlsx bytes) and the add-in (grids read through Office.js). Sheet by sheet,
 * each sheet's tables numbered after the previous sheets'; the asynchronous form yields between
 * sheets and honours a cancel, for a pane that must stay responsive.
 */
import type { Analysis, Finding, SheetAnalysis, SheetGrid, TableInfo, TableOverride } from './types';
import { officeOf, type Entity } from './entities';
import { withDefaults, type Settings } from './settings';
import { analyseSheet, order, type AnalyseOptions } from './analyse';
import { crossCheck } from './rules/cross.value';
import { linkFindings } from './links';
import { withoutSplitTotals, type Carried } from './split-tables';
import { continuedRuns, findingsByPart, stackedGrid, tableOnPart } from './continued-sheets';
import { counted } from './rules/value.shifted';

export type SheetAnalyser = (grid: SheetGrid, settings: Settings, overrides: TableOverride[], options?: AnalyseOptions) => SheetAnalysis;

export interface CheckOptions {
  settings?: Partial<Settings>;
  overrides?: TableOverride[];
  /** Stops between sheets (throws CheckCancelled). */
  signal?: AbortSignal;
  /** Before each sheet: which one, of how many. */
  onSheet?: (index: number, count: number, sheet: string) => void;
  /** Awaited before each sheet (the pane yields to its event loop here). */
  pause?: () => Promise<void>;
  /** The per-sheet analysis (tests substitute a fake). */
  analyse?: SheetAnalyser;
  /**
   * 'all' (default): every table's entities, in Analysis.entities (files compared with each other or as
   * versions need them). 'cross': only what this workbook's own cross-table check can use — none for a
   * workbook of one sheet with one table.
   */
  entities?: 'all' | 'cross';
  /** Plan the fill to a fixed point (AnalyseOptions.closeFill): for a host about to fill. */
  closeFill?: boolean;
}

export class CheckCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Joins per-sheet results (a finding's `table` index re-based onto the joined table list), then
 * compares the tables with each other (rules/cross.value.ts).
 */
export function joinSheets(sheets: SheetAnalysis[]): Analysis {
  const tables: Analysis['tables'] = [];
  const findings: Analysis['findings'] = [];
  const fill: Analysis['fill'] = [];
  const entities: Analysis['entities'] = [];
  const carried: Carried[] = [];
  for (const s of sheets) {
    const base = tables.length;
    for (const t of s.tables) tables.push(t);
    for (const c of s.carried ?? []) carried.push({ ...c, table: c.table + base });
    for (const f of s.findings) findings.push(f.table === undefined || base === 0 ? f : { ...f, table: f.table + base });
    for (const x of s.fill) fill.push(x);
    for (const e of s.entities ?? []) entities.push(base === 0 ? e : { ...e, table: e.table + base });
  }
  // Across the workbook's tables: the same program carries the same figures everywhere, and a figure pulled from
  // another sheet comes from its own row there.
  // (A pulled figure off its row is said by its formula: the copy's disagreement at that cell says it less well.)
  const links = linkFindings(sheets);
  const pulled = new Set(links.map((f) => `${f.sheet}!${f.cell}`));
  // (Cells the sheets' own findings state or read: of two copies that differ, the one among them is the slip.)
  const questioned = new Set<string>();
  // (Not how a figure is stored: a number.text finding names every text cell of its table, both copies alike.)
  for (const f of findings) {
    if (f.severity === 'info' || f.rule === 'number.text') continue;
    for (const c of [f.cell, ...(f.related ?? [])]) if (!c.includes('!')) questioned.add(`${f.sheet}!${c}`);
  }
  const suspect = (_source: number, sheet: string, cell: string) => questioned.has(`${sheet}!${cell}`);
  for (const c of crossCheck([{ entities }], suspect)) if (!pulled.has(`${c.finding.sheet}!${c.finding.cell}`)) findings.push(c.finding);
  for (const f of links) findings.push(f);
  return { sheets, tables, findings: withoutSplitTotals(findings, tables, carried), fill, entities };
}

const defaultAnalyse: SheetAnalyser = (grid, settings, overrides, options) => analyseSheet(grid, settings, overrides, 0, options);

export async function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): Promise<Analysis> {
  const settings = withDefaults(options.settings);
  const overrides = options.overrides ?? [];
  const analyse = options.analyse ?? defaultAnalyse;
  const sheets: SheetAnalysis[] = [];
  // With two sheets or more, another sheet may hold the copies: every table's entities are needed.
  const entities = options.entities === 'cross' && grids.length === 1 ? 'cross' : 'all';
  for (let i = 0; i < grids.length; i++) {
    if (options.signal?.aborted) throw new CheckCancelled();
    options.onSheet?.(i, grids.length, grids[i].name);
    if (options.pause) await options.pause();
    if (options.signal?.aborted) throw new CheckCancelled();
    sheets.push(analyse(grids[i], settings, overrides, { entities, closeFill: options.closeFill, carry: grids.length > 1 }));
  }
  if (options.pause) await options.pause();
  return joinSheets(readContinued(grids, sheets, overrides, (g) => analyse(g, settings, overrides, { entities: 'cross', carry: false })));
}

/** The same pipeline, synchronously (a CLI or a test with nothing to yield to). */
export function analyseWorkbook(grids: SheetGrid[], settings?: Partial<Settings>, overrides: TableOverride[] = []): Analysis {
  const s = withDefaults(settings);
  const sheets = grids.map((g) => defaultAnalyse(g, s, overrides));
  return joinSheets(readContinued(grids, sheets, overrides, (g) => defaultAnalyse(g, s, overrides, { entities: 'cross', carry: false })));
}

/**
 * The sheets' analyses, those of a table continued over sheets (continued-sheets.ts) with the findings of the sheets
 * read as one: taken when the sheets say they continue, or else when that reading leaves fewer findings standing.
 * A run whose later sheets the user corrected (a TableOverride) is left as read: the stacked sheet cannot carry it.
 */
function readContinued(grids: SheetGrid[], sheets: SheetAnalysis[], overrides: TableOverride[], read: (g: SheetGrid) => SheetAnalysis): SheetAnalysis[] {
  const runs = continuedRuns(grids);
  if (!runs.length) return sheets;
  const out = [...sheets];
  for (const run of runs) {
    const names = new Set(run.sheets.slice(1).map((i) => grids[i].name));
    if (overrides.some((o) => names.has(o.sheet))) continue;
    const { grid, parts } = stackedGrid(run.sheets.map((i) => grids[i]));
    const own = run.sheets.map((i) => sheets[i]);
    const stacked = read(grid);
    const byPart = findingsByPart(stacked, parts, own);
    if (!byPart) continue;
    const standing = (fs: Finding[][]) => fs.reduce((n, list) => n + list.filter(counted).length, 0);
    if (!run.said && standing(byPart) >= standing(own.map((x) => x.findings))) continue;
    // (How a sheet's cells are typed stays said on that sheet: the stacked reading says it once, on the first.)
    const typed = (f: Finding) => f.rule === 'number.text';
    run.sheets.forEach((i, p) => {
      const findings = [...byPart[p].filter((f) => !typed(f)), ...sheets[i].findings.filter(typed)];
      // (A continuation showing no table of its own gets the stacked table's part of it, for its findings to belong to.)
      const part = sheets[i].tables.length === 0 ? tableOnPart(stacked, parts, p) : null;
      out[i] = { ...sheets[i], ...(part ? { tables: [part], notice: undefined } : {}), findings: findings.sort((a, b) => order(a) - order(b)) };
    });
  }
  return out;
}

/** One checked file of a batch, for acrossFiles. */
export interface FileFindings {
  file: string;
  findings: Finding[];
  entities?: Entity[];
  /** Its tables, whose titles name the office (two offices' files are not compared). */
  tables?: TableInfo[];
}

/**
 * The files of one batch compared with each other (`cermat check --across`): the cross rules run
 * once over every file's entities, and each file's cross.* findings are replaced by that run's, which
 * sees the same copies inside the file and the copies in the other files as well (a figure that is
 * the odd one out across files may be a different cell than the one a file alone would point at).
 * A cell in another file is named `[file]Sheet!A1`. Files without entities (unreadable) take no part.
 */
export function acrossFiles<T extends FileFindings>(files: T[]): T[] {
  const taking = files.filter((f) => f.entities);
  if (taking.length < 2) return files;
  const found = crossCheck(taking.map((f) => ({ file: f.file, office: officeOf((f.tables ?? []).flatMap((t) => t.title)), entities: f.entities ?? [] })));
  const bySource = taking.map(() => [] as Finding[]);
  for (const c of found) bySource[c.source].push(c.finding);
  return files.map((f) => {
    const i = taking.indexOf(f);
    if (i < 0) return f;
    return { ...f, findings: [...f.findings.filter((x) => !x.rule.startsWith('cross.')), ...bySource[i]] };
  });
}
