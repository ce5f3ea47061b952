/**
 * When two entities (entities.ts) are the same thing, and which of their figures compare: shared by
 * the cross-table check (rules/cross.value.ts) and the comparison of two versions (compare.ts).
 * A match needs a key that is unique on both sides: a kode, else a name (qualified by the parent's
 * name where the plain name repeats); generic or very short names are never keys.
 */
import type { Entity, EntityValue } from './entities';
import { sameStated } from './tolerance';

const GENERIC = /^(jumlah|total|sub ?total|jumlah total|lain lain|lainnya|belanja|pendapatan|pembiayaan|program|kegiatan|sub kegiatan|indikator|uraian)$/;
export const usableName = (n: string) => n.length >= 5 && !GENERIC.test(n);

/** Which levels may be the same thing: a tier with itself; an untiered item with any money tier. */
export function levelsMeet(a: Entity['level'], b: Entity['level']): boolean {
  if (a === 'indicator' || b === 'indicator') return a === b;
  if (a === 'table' || b === 'table') return false;
  return a === b || a === 'item' || b === 'item';
}

/** Keys an entity may be matched by in one table, most specific first. */
export function keys(e: Entity): string[] {
  const out: string[] = [];
  if (e.level === 'indicator') {
    if (usableName(e.name)) out.push(`i:${e.parent ?? ''}/${e.name}`, `i:${e.name}`);
    return out;
  }
  if (e.kode && e.kode.includes('.')) out.push(`k:${e.kode}`);
  if (usableName(e.name)) out.push(`n:${e.parent ?? ''}/${e.name}`, `n:${e.name}`);
  return out;
}

/** Per table, key → the one entity bearing it (keys borne twice are dropped: ambiguous). */
export function index(list: Entity[]): Map<string, Entity> {
  const seen = new Map<string, Entity | null>();
  for (const e of list) for (const k of keys(e)) seen.set(k, seen.has(k) ? null : e);
  const out = new Map<string, Entity>();
  for (const [k, e] of seen) if (e) out.set(k, e);
  return out;
}

/**
 * Whether two copies state the same figure (tolerance.sameStated): what they show when they show
 * the same decimals, else overlapping rounding intervals. Integers must match exactly (Rp 120.000.000
 * against 120.000.001, a target of 2 against 3 are two figures).
 */
export function near(a: EntityValue, b: EntityValue): boolean {
  return sameStated(a, b);
}

export const figureKey = (v: EntityValue) => `${v.measure}|${v.year ?? ''}|${v.variant ?? ''}`;

/** Figures of two matched entities, paired by measure, year and variant (one each side, or none). */
export function pairs(a: Entity, b: Entity): [EntityValue, EntityValue][] {
  if (a.unit && b.unit && a.unit !== b.unit) return [];
  const byKey = (e: Entity) => {
    const m = new Map<string, EntityValue | null>();
    for (const v of e.values) m.set(figureKey(v), m.has(figureKey(v)) ? null : v);
    return m;
  };
  const ma = byKey(a);
  const mb = byKey(b);
  const out: [EntityValue, EntityValue][] = [];
  for (const [k, va] of ma) {
    const vb = mb.get(k);
    if (va && vb) out.push([va, vb]);
  }
  // The budget after its revision ("Anggaran Setelah Perubahan") is the budget in force, the one a table naming no
  // version states ("Anggaran"): paired where each side has only its own.
  for (const [x, y, flip] of [
    [ma, mb, false],
    [mb, ma, true],
  ] as const)
    for (const [k, v] of x) {
      if (!v || v.variant !== 'perubahan') continue;
      const plain = `${v.measure}|${v.year ?? ''}|`;
      const murni = `${plain}murni`;
      const w = y.get(plain);
      if (!w || x.has(plain) || y.has(k) || y.has(murni)) continue;
      out.push(flip ? [w, v] : [v, w]);
    }
  return out;
}
