/**
 * Two versions of one workbook (Renstra and Renstra Perubahan, APBD murni and perubahan, this
 * year's submission and last year's): what changed, per program, kegiatan, sub kegiatan and
 * indicator (entities.ts).
 *
 * Matching must not invent pairs, as in the cross-table check (match.ts). Tables pair first (same
 * sheet and place on it, else the same title, else the one table left on each side); entities
 * pair only within paired tables, one level at a time, by a key unique on both sides:
 * 1. the kode;
 * 2. the name under the parent's name (a kode that differs is then a kode change);
 * 3. the name alone, when neither side has a kode that says otherwise.
 * An indicator pairs with the indicator of the same name under its owner's pair. What pairs by
 * none of these is added or removed; an entity renamed *and* without kode cannot be told from a
 * removal and an addition, and is reported as those.
 *
 * A move is one 'moved' change, never a removal and an addition: an entity whose parent's pair
 * differs, or whose order among its siblings changed (the fewest siblings that explain the new
 * order: those outside the longest run kept in order). Rows that only shift because others were
 * added or removed above them are not moved. Indicators reordered under their entity are not
 * reported.
 *
 * Figures compare like with like (match.ts `pairs`: same measure, year, variant and unit), and
 * are the same when they show the same at the same decimals, else when the rounding both cells
 * show allows it (match.ts `near`; integers exactly). A figure present on one side only (a new year column) is
 * not a change here: the table's shape changed, which the check reports. Columns without a calendar
 * year (akhir periode) are not entities' figures, so a Rp changed in one year shows on that year and
 * on the sums above it, not on the period total.
 */
import type { Entity, EntityLevel, EntityValue, Measure } from './entities';
import { near, pairs } from './match';
import type { TableInfo } from './types';

/** A rupiah amount in a unit of thousands or millions, as its cell typed it (no binary-fraction tail: 300000.1 not 300000.09999). */
const inUnit = (rupiah: number, unit: number) => Number((rupiah / unit).toPrecision(15));

/** The decimals a figure's cell shows (none for whole numbers), where the change shows it in the cell's own unit. */
function decimalsOf(v: EntityValue | undefined, unit: number): number | undefined {
  const d = v?.cellDecimals ?? v?.shown;
  return v && d !== undefined && d > 0 && d <= 6 && (v.unit ?? 1) === unit ? d : undefined;
}

export type ChangeKind = 'value' | 'renamed' | 'kode' | 'moved' | 'added' | 'removed' | 'indicatorAdded' | 'indicatorRemoved' | 'tableAdded' | 'tableRemoved';

/** One side of a change: where it is in that version and what it says there. */
export interface ChangeSide {
  sheet: string;
  /** The figure's cell for a value; the label's cell otherwise. */
  cell: string;
  label: string;
  kode?: string;
  value?: number;
  /** The decimals the figure's cell shows ("296,00": 2), where the value is shown in the cell's own unit. */
  decimals?: number;
}

export interface Change {
  kind: ChangeKind;
  level: EntityLevel;
  /** The entity the change is about, as the new version names it (the old one for a removal). */
  label: string;
  kode?: string;
  /** For a value: which figure. */
  measure?: Measure;
  /**
   * Money both versions state in thousands or millions (1 000, 1 000 000): the sides' values are in that unit, as
   * their cells show them. Where the versions' units differ, or for rupiah, the values are in rupiah.
   */
  unit?: number;
  year?: number;
  variant?: EntityValue['variant'];
  old?: ChangeSide;
  new?: ChangeSide;
}

/** What compareVersions needs of a workbook's analysis (check.ts's Analysis has it). */
export interface Version {
  tables: Pick<TableInfo, 'sheet' | 'title' | 'range'>[];
  entities: Entity[];
}

export interface Comparison {
  changes: Change[];
  /** Entities paired across the versions, and those left without a pair on each side (the bench reports them). */
  counts: { matched: number; oldOnly: number; newOnly: number };
  /**
   * The new version's tables that state no figure a version can be compared by (columns without a calendar
   * year, counts): "no changes" says nothing about them, and the report says so.
   */
  uncompared: string[];
}

const ORDER: Record<ChangeKind, number> = {
  tableAdded: 0,
  tableRemoved: 0,
  removed: 1,
  added: 1,
  renamed: 2,
  kode: 3,
  moved: 4,
  value: 5,
  indicatorRemoved: 6,
  indicatorAdded: 6,
};
const MEASURES: Measure[] = ['plan', 'realisasiRp', 'target', 'realisasi'];

type Pairing = Map<Entity, Entity>;

export function compareVersions(older: Version, newer: Version): Comparison {
  const tablePairs = pairTables(older, newer);
  const byTable = (v: Version) => {
    const m = new Map<number, Entity[]>();
    for (const e of v.entities) (m.get(e.table) ?? m.set(e.table, []).get(e.table)!).push(e);
    return m;
  };
  const oldBy = byTable(older);
  const newBy = byTable(newer);
  const out: Keyed[] = [];
  let matched = 0;
  let oldOnly = 0;
  let newOnly = 0;

  for (const [ti, tj] of tablePairs.paired) {
    const a = oldBy.get(ti) ?? [];
    const b = newBy.get(tj) ?? [];
    const fwd = pairEntities(a, b);
    matched += fwd.size;
    oldOnly += a.length - fwd.size;
    newOnly += b.length - fwd.size;
    for (const change of tableChanges(a, b, fwd, tj)) out.push(change); // a whole table's changes: too many to spread
  }
  for (const ti of tablePairs.oldOnly) {
    const t = older.tables[ti];
    oldOnly += oldBy.get(ti)?.length ?? 0;
    out.push({ change: { kind: 'tableRemoved', level: 'table', label: t.title[0] || t.sheet, old: tableSide(t) }, key: [Number.MAX_SAFE_INTEGER, ti, 0, 0] });
  }
  for (const tj of tablePairs.newOnly) {
    const t = newer.tables[tj];
    newOnly += newBy.get(tj)?.length ?? 0;
    out.push({ change: { kind: 'tableAdded', level: 'table', label: t.title[0] || t.sheet, new: tableSide(t) }, key: [tj, -1, 0, 0] });
  }
  out.sort((x, y) => compareKeys(x.key, y.key));
  const withFigures = new Set(newer.entities.map((e) => e.table));
  const uncompared = newer.tables.flatMap((t, i) => (withFigures.has(i) ? [] : [`'${t.sheet}'!${t.range}`]));
  return { changes: out.map((x) => x.change), counts: { matched, oldOnly, newOnly }, uncompared };
}

interface Keyed {
  change: Change;
  /** Table (new index), row anchor (new rows), kind order, column: the report's order. */
  key: number[];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

const tableSide = (t: Version['tables'][number]): ChangeSide => ({ sheet: t.sheet, cell: t.range.split(':')[0], label: t.title[0] || t.sheet });

/** Only the tables that state figures take part; they pair by sheet and place, then by title, then as the last one left. */
function pairTables(older: Version, newer: Version): { paired: [number, number][]; oldOnly: number[]; newOnly: number[] } {
  const used = (v: Version) => [...new Set(v.entities.map((e) => e.table))].sort((x, y) => x - y);
  let left = used(older);
  let right = used(newer);
  const paired: [number, number][] = [];
  const pairBy = (key: (v: Version, t: number) => string | undefined) => {
    const unique = (v: Version, list: number[]) => {
      const m = new Map<string, number | null>();
      for (const t of list) {
        const k = key(v, t);
        if (k !== undefined) m.set(k, m.has(k) ? null : t);
      }
      return m;
    };
    const ka = unique(older, left);
    const kb = unique(newer, right);
    for (const [k, ta] of ka) {
      const tb = kb.get(k);
      if (ta !== null && tb !== undefined && tb !== null) paired.push([ta, tb]);
    }
    const pa = new Set(paired.map((p) => p[0]));
    const pb = new Set(paired.map((p) => p[1]));
    left = left.filter((t) => !pa.has(t));
    right = right.filter((t) => !pb.has(t));
  };
  const place = (v: Version, t: number) => {
    const sheet = v.tables[t].sheet;
    return `${sheet}\u0000${v.tables.slice(0, t).filter((x) => x.sheet === sheet).length}`;
  };
  pairBy(place);
  pairBy((v, t) => v.tables[t].title.join(' ').trim() || undefined);
  if (left.length === 1 && right.length === 1) {
    paired.push([left[0], right[0]]);
    left = [];
    right = [];
  }
  paired.sort((x, y) => x[1] - y[1]);
  return { paired, oldOnly: left, newOnly: right };
}

/** Each entity's parent entity in its table: the nearest one above it bearing the parent's name. */
function parents(list: Entity[]): Map<Entity, Entity> {
  const out = new Map<Entity, Entity>();
  const last = new Map<string, Entity>();
  for (const e of list) {
    if (e.parent !== undefined) {
      const p = last.get(e.parent);
      if (p) out.set(e, p);
    }
    if (e.level !== 'indicator' && e.level !== 'table') last.set(e.name, e);
  }
  return out;
}

const isMoney = (e: Entity) => e.level !== 'indicator' && e.level !== 'table';

/** Pairs old entities with new ones (old → new), never on a key borne twice on either side. */
function pairEntities(a: Entity[], b: Entity[]): Pairing {
  const fwd: Pairing = new Map();
  const back = new Set<Entity>();
  const pass = (key: (e: Entity) => string | undefined, allowed: (x: Entity, y: Entity) => boolean = () => true) => {
    const index = (list: Entity[]) => {
      const m = new Map<string, Entity | null>();
      for (const e of list) {
        const k = key(e);
        if (k !== undefined) m.set(k, m.has(k) ? null : e);
      }
      return m;
    };
    const ib = index(b);
    for (const [k, x] of index(a)) {
      const y = ib.get(k);
      if (!x || !y || fwd.has(x) || back.has(y) || !allowed(x, y)) continue;
      fwd.set(x, y);
      back.add(y);
    }
  };
  const money = (f: (e: Entity) => string | undefined) => (e: Entity) => (isMoney(e) ? f(e) : undefined);
  pass(money((e) => (e.kode ? `${e.level}|${e.kode}` : undefined)));
  pass(money((e) => `${e.level}|${e.parent ?? ''}|${e.name}`));
  pass(
    money((e) => `${e.level}|${e.name}`),
    (x, y) => !(x.kode && y.kode && x.kode !== y.kode),
  );
  // The table's own total.
  pass((e) => (e.level === 'table' ? 'table' : undefined));
  // Indicators under their owner's pair (an owner without an entity: under its name).
  const pa = parents(a);
  const pb = parents(b);
  const ids = new Map<Entity, number>();
  let n = 0;
  for (const [x, y] of fwd) {
    ids.set(x, n);
    ids.set(y, n++);
  }
  const ownerKey = (owners: Map<Entity, Entity>) => (e: Entity) => {
    if (e.level !== 'indicator') return undefined;
    const o = owners.get(e);
    if (!o) return `name|${e.parent ?? ''}|${e.name}`;
    return ids.has(o) ? `pair|${ids.get(o)}|${e.name}` : undefined;
  };
  const ka = ownerKey(pa);
  const kb = ownerKey(pb);
  const inA = new Set(a);
  pass((e) => (inA.has(e) ? ka(e) : kb(e)));
  return fwd;
}

function tableChanges(a: Entity[], b: Entity[], fwd: Pairing, tableIndex: number): Keyed[] {
  const out: Keyed[] = [];
  const back = new Map([...fwd].map(([x, y]) => [y, x]));
  const pa = parents(a);
  const pb = parents(b);
  const inB = new Set(b);
  // A table's total is named by its row ("JUMLAH") and its table.
  const named = (e: Entity) => (e.rowLabel ? `${e.rowLabel} — ${e.label}` : e.label);
  const side = (e: Entity, v?: EntityValue, unit = 1): ChangeSide => {
    const decimals = decimalsOf(v, unit);
    return {
      sheet: e.sheet,
      cell: v?.cell ?? e.at ?? '',
      label: named(e),
      ...(e.kodeText ? { kode: e.kodeText } : {}),
      ...(v ? { value: unit === 1 ? v.value : inUnit(v.value, unit) } : {}),
      ...(decimals !== undefined ? { decimals } : {}),
    };
  };
  const about = (e: Entity, kind: ChangeKind): Pick<Change, 'kind' | 'level' | 'label' | 'kode'> => {
    // An indicator's change is about its owner, named as the version the change is seen in names it.
    const s = e.level === 'indicator' ? ((inB.has(e) ? pb : pa).get(e) ?? e) : e;
    return { kind, level: e.level, label: named(s), ...(s.kodeText ? { kode: s.kodeText } : {}) };
  };
  const anchorOld = oldAnchors(a, b, fwd);
  const col = (cell: string) => {
    const m = /^[A-Z]+/.exec(cell);
    return m ? [...m[0]].reduce((s, ch) => s * 26 + ch.charCodeAt(0) - 64, 0) : 0;
  };
  const push = (change: Change, row: number, extra = 0) => out.push({ change, key: [tableIndex, row, ORDER[change.kind], extra] });

  const moved = movedEntities(a, b, fwd, pa, pb);
  for (const [x, y] of fwd) {
    if (isMoney(x)) {
      if (x.name !== y.name) push({ ...about(y, 'renamed'), old: side(x), new: side(y) }, y.row);
      if (x.kode && y.kode && x.kode !== y.kode) push({ ...about(y, 'kode'), old: side(x), new: side(y) }, y.row);
      if (moved.has(x)) push({ ...about(y, 'moved'), old: side(x), new: side(y) }, y.row);
    }
    for (const [va, vb] of pairs(x, y)) {
      if (near(va, vb)) continue;
      // Shown in the unit both cells show them in (a table "dalam ribuan rupiah" in both versions).
      const unit = va.unit !== undefined && va.unit === vb.unit ? va.unit : 1;
      push(
        {
          ...about(y, 'value'),
          measure: vb.measure,
          ...(vb.year !== undefined ? { year: vb.year } : {}),
          ...(vb.variant ? { variant: vb.variant } : {}),
          ...(unit !== 1 ? { unit } : {}),
          old: side(x, va, unit),
          new: side(y, vb, unit),
        },
        y.row,
        MEASURES.indexOf(vb.measure) * 10_000 + col(vb.cell),
      );
    }
  }
  // Unpaired: an entity added or removed; an indicator added or removed under a paired entity
  // (under an added or removed one it goes with it).
  for (const y of b) {
    if (back.has(y) || y.level === 'table') continue;
    if (y.level !== 'indicator') push({ ...about(y, 'added'), new: side(y) }, y.row);
    else {
      const o = pb.get(y);
      if (!o || back.has(o)) push({ ...about(y, 'indicatorAdded'), new: side(y) }, y.row);
    }
  }
  for (const x of a) {
    if (fwd.has(x) || x.level === 'table') continue;
    if (x.level !== 'indicator') push({ ...about(x, 'removed'), old: side(x) }, anchorOld.get(x)!);
    else {
      const o = pa.get(x);
      if (!o || fwd.has(o)) push({ ...about(x, 'indicatorRemoved'), old: side(x) }, anchorOld.get(x)!);
    }
  }
  return out;
}

/** Where an old entity sits among the new rows: just after the new row of the nearest paired entity above it. */
function oldAnchors(a: Entity[], b: Entity[], fwd: Pairing): Map<Entity, number> {
  const out = new Map<Entity, number>();
  let anchor = (b[0]?.row ?? 0) - 0.5;
  for (const x of a) {
    const y = fwd.get(x);
    if (y) anchor = y.row + 0.5;
    else out.set(x, anchor);
  }
  return out;
}

/**
 * Paired entities that moved: to another parent, or out of order among their siblings (those
 * outside the longest run of siblings kept in their old order).
 */
function movedEntities(a: Entity[], b: Entity[], fwd: Pairing, pa: Map<Entity, Entity>, pb: Map<Entity, Entity>): Set<Entity> {
  const moved = new Set<Entity>();
  const groups = new Map<Entity | undefined, Entity[]>();
  const inB = new Map(b.map((e, i) => [e, i]));
  for (const x of a) {
    const y = fwd.get(x);
    if (!y || !isMoney(x)) continue;
    const px = pa.get(x);
    const py = pb.get(y);
    if ((px ? fwd.get(px) : undefined) !== py) {
      moved.add(x);
      continue;
    }
    (groups.get(px) ?? groups.set(px, []).get(px)!).push(x);
  }
  for (const siblings of groups.values()) {
    // Siblings in old order; their new places; keep the longest increasing run.
    const places = siblings.map((x) => inB.get(fwd.get(x)!)!);
    const keep = longestIncreasing(places);
    siblings.forEach((x, i) => {
      if (!keep.has(i)) moved.add(x);
    });
  }
  return moved;
}

/** Indexes of a longest strictly increasing subsequence (patience sorting). */
export function longestIncreasing(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]] < xs[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}
