/**
 * cross.value / cross.total: the same program, kegiatan or indicator carries the same figures in
 * every table that states them (an LKPJ's realisation table and its indicator table; a Renstra's
 * Tabel 6.1 and its funding table), and a summary row equals the total of the table it sums up.
 *
 * Matching must not invent pairs. Entities (entities.ts) match by kode, else by name and level,
 * only where the key is unique in both tables (a name repeated under two programs is told apart
 * by its parent, or not used). Figures compare like with like: the same measure, year, variant and
 * unit. Two tables are compared at all only when their matched figures mostly agree: two tables
 * whose shared names never carry the same figures describe other years or other scopes.
 * With three or more copies the odd one out is reported; with two, the later copy, naming the other.
 */
import type { Finding } from '../types';
import type { Entity, EntityValue } from '../entities';
import { index, keys, levelsMeet, near, pairs } from '../match';
import type { Draft, RuleMeta } from './rule';
import { message } from './rule';
import { sheetRef } from '../address';
// A cycle the registry tolerates: it reads this module's meta when it loads, this module calls the
// registry's wording only when it runs.
import { finding as toFinding } from './registry';

export const meta: RuleMeta = {
  id: 'cross.value',
  arithmetic: true,
  emits: {
    'cross.value': {
      severity: 'error',
      title: { id: 'Angka berbeda dari salinannya di tabel lain', en: 'A figure differs from its copy in another table' },
      messages: {
        default: message(
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].id} ${w.n(d.value, 6)} di sini, ${d.others.map((o: { value: number; at: string }) => `${w.n(o.value, 6)} di ${o.at}`).join(', ')} (${d.by === 'kode' ? `kode ${d.kode}` : 'nama yang sama'})`,
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].en} ${w.n(d.value, 6)} here, ${d.others.map((o: { value: number; at: string }) => `${w.n(o.value, 6)} in ${o.at}`).join(', ')} (${d.by === 'kode' ? `kode ${d.kode}` : 'same name'})`,
        ),
        /** Several copies with no majority: said once, as a warning. */
        split: message(
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].id} berbeda di ${d.n} tabel (${d.others.map((o: { value: number; at: string }) => `${w.n(o.value, 6)} di ${o.at}`).join(', ')}); tidak jelas mana yang benar`,
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: the ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].en} differs across ${d.n} tables (${d.others.map((o: { value: number; at: string }) => `${w.n(o.value, 6)} in ${o.at}`).join(', ')}); which is right is unclear`,
          'warning',
        ),
      },
    },
    'cross.total': {
      severity: 'error',
      title: { id: 'Baris ringkasan berbeda dari jumlah tabelnya', en: 'A summary row differs from the total of its table' },
      messages: {
        default: message(
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].id} ${w.n(d.value, 6)} di baris ringkasan ini, tetapi baris Jumlah tabel "${d.table}" ${w.n(d.total, 6)} (${d.at})`,
          (d, w) =>
            `${d.label}${d.year ? ` ${d.year}` : ''}: ${MEASURE_WORD[d.measure as keyof typeof MEASURE_WORD].en} ${w.n(d.value, 6)} in this summary row, but the total row of table "${d.table}" says ${w.n(d.total, 6)} (${d.at})`,
        ),
      },
    },
  },
};

const MEASURE_WORD = {
  plan: { id: 'pagu', en: 'budget' },
  realisasiRp: { id: 'realisasi anggaran', en: 'budget realisation' },
  target: { id: 'target', en: 'target' },
  realisasi: { id: 'realisasi', en: 'realisation' },
};

/** The entities of one workbook (or of one file of a batch). */
export interface EntitySource {
  /** The file, when several are compared (`cermat check --across`). */
  file?: string;
  /** The office its titles name (entities.ts officeOf): two files of two offices are not compared. */
  office?: string;
  entities: Entity[];
}

/** A finding, and which source it belongs to. */
export interface CrossFinding {
  source: number;
  finding: Finding;
}

interface Place {
  source: number;
  e: Entity;
}

interface Link {
  a: Place;
  b: Place;
  va: EntityValue;
  vb: EntityValue;
  by: 'kode' | 'name';
  kind: 'value' | 'total';
}

type TableKey = string;
const tableKey = (p: { source: number; e: Entity }): TableKey => `${p.source}|${p.e.sheet}|${p.e.table}`;

/** The figures matched between tables: what the check compares (and what the bench counts). */
export function matchFigures(sources: EntitySource[]): Link[] {
  // Entities by table, and the tables in document order.
  const tables = new Map<TableKey, Place[]>();
  for (let s = 0; s < sources.length; s++) {
    // A table's entities come one after another: its key and list are looked up once per run of
    // them, not built as a string and looked up again for each of 20,000 entities.
    let sheet: string | undefined;
    let table = -1;
    let list: Place[] = [];
    for (const e of sources[s].entities) {
      if (e.sheet !== sheet || e.table !== table) {
        sheet = e.sheet;
        table = e.table;
        const k = tableKey({ source: s, e });
        list = tables.get(k) ?? tables.set(k, []).get(k)!;
      }
      list.push({ source: s, e });
    }
  }
  const keysInOrder = [...tables.keys()];
  // Keyed only when there is another table to match against (a one-table workbook has no pairs).
  const indexes = new Map(
    keysInOrder.length < 2
      ? []
      : keysInOrder.map((k) => [
          k,
          index(
            tables
              .get(k)!
              .map((p) => p.e)
              .filter((e) => e.level !== 'table'),
          ),
        ]),
  );

  // 1. Matched figures between every two tables, kept only where the two tables mostly agree.
  const links: Link[] = [];
  for (let i = 0; i < keysInOrder.length; i++) {
    for (let j = i + 1; j < keysInOrder.length; j++) {
      const A = tables.get(keysInOrder[i])!;
      const B = tables.get(keysInOrder[j])!;
      // (Two offices' files, each named in its titles: parallel plans of a kabupaten, not copies of one another.)
      const [sa, sb] = [A[0]?.source, B[0]?.source];
      if (sa !== undefined && sb !== undefined && sa !== sb && sources[sa].office && sources[sb].office && sources[sa].office !== sources[sb].office) continue;
      const ib = indexes.get(keysInOrder[j])!;
      const found: Link[] = [];
      const used = new Set<Entity>();
      for (const pa of A) {
        if (pa.e.level === 'table') continue;
        for (const k of keys(pa.e)) {
          const eb = ib.get(k);
          if (!eb || used.has(eb) || !levelsMeet(pa.e.level, eb.level)) continue;
          // The key must be unique on this side too.
          if (indexes.get(keysInOrder[i])!.get(k) !== pa.e) continue;
          used.add(eb);
          const pb = B.find((p) => p.e === eb)!;
          for (const [va, vb] of pairs(pa.e, eb)) found.push({ a: pa, b: pb, va, vb, by: k.startsWith('k:') ? 'kode' : 'name', kind: 'value' });
          break;
        }
      }
      // Mostly: three in four. Sheets of parallel units (one per Kecamatan or OPD, the same standard programs
      // and kode in each) agree on a few figures by chance; copies of one table differ in a slip or two.
      const agree = found.filter((l) => near(l.va, l.vb)).length;
      if (agree >= 2 && agree >= 0.75 * found.length) links.push(...found);
    }
  }

  // 2. Summary rows against the total of the table they name (the name of its sheet or its title).
  const totals: Place[] = [];
  for (const list of tables.values()) for (const p of list) if (p.e.level === 'table') totals.push(p);
  for (const t of totals) {
    for (const [k, list] of tables) {
      if (k === tableKey(t)) continue;
      const names = new Set([t.e.name, ...(t.e.aliases ?? [])]);
      const rows = list.filter((p) => p.e.level !== 'table' && p.e.level !== 'indicator' && names.has(p.e.name));
      if (rows.length !== 1) continue;
      for (const [va, vb] of pairs(rows[0].e, t.e)) links.push({ a: rows[0], b: t, va, vb, by: 'name', kind: 'total' });
    }
  }
  return links;
}

/** How many entities found a copy in another table, and how many did not. */
export function matchCounts(sources: EntitySource[]): { entities: number; matched: number; unmatched: number } {
  const links = matchFigures(sources);
  const matched = new Set<Entity>();
  for (const l of links) {
    matched.add(l.a.e);
    matched.add(l.b.e);
  }
  const entities = sources.reduce((n, s) => n + s.entities.length, 0);
  return { entities, matched: matched.size, unmatched: entities - matched.size };
}

/**
 * With two copies, the later one is reported, unless the sheets' own findings say otherwise: a copy whose cell another
 * finding reads or states (the akhir that no longer adds its years) is the slip, the copy no relation questions is right.
 */
export type Suspect = (source: number, sheet: string, cell: string) => boolean;

export function crossCheck(sources: EntitySource[], suspect?: Suspect): CrossFinding[] {
  const links = matchFigures(sources);
  // 3. Copies of one figure form groups; the odd one out of a group is the finding.
  const id = (p: Place, v: EntityValue) => `${p.source}|${p.e.sheet}|${v.cell}`;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const node = new Map<string, { p: Place; v: EntityValue }>();
  for (const l of links) {
    for (const [p, v] of [
      [l.a, l.va],
      [l.b, l.vb],
    ] as const) {
      const k = id(p, v);
      if (!node.has(k)) {
        node.set(k, { p, v });
        parent.set(k, k);
      }
    }
    parent.set(find(id(l.a, l.va)), find(id(l.b, l.vb)));
  }
  const groups = new Map<string, string[]>();
  for (const k of node.keys()) (groups.get(find(k)) ?? groups.set(find(k), []).get(find(k))!).push(k);

  const out: CrossFinding[] = [];
  const where = (from: Place, to: Place, cell: string) => {
    const inSheet = sheetRef(to.e.sheet, cell);
    return to.source === from.source ? inSheet : `[${sources[to.source].file ?? ''}]${inSheet}`;
  };
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const items = members.map((k) => node.get(k)!);
    // Clusters of equal figures.
    const clusters: (typeof items)[] = [];
    for (const it of items) {
      const c = clusters.find((cl) => near(cl[0].v, it.v));
      if (c) c.push(it);
      else clusters.push([it]);
    }
    if (clusters.length === 1) continue;
    clusters.sort((a, b) => b.length - a.length);
    const link = links.find((l) => members.includes(id(l.a, l.va)) || members.includes(id(l.b, l.vb)))!;
    const isTotal = links.some((l) => l.kind === 'total' && (members.includes(id(l.a, l.va)) || members.includes(id(l.b, l.vb))));
    const order = (x: (typeof items)[number]) =>
      `${String(x.p.source).padStart(4, '0')}|${String(x.p.e.table).padStart(6, '0')}|${String(x.p.e.row).padStart(8, '0')}`;
    // Keys of equal length, digits and '|': compared as plain strings (no locale's collation needed).
    const byOrder = (a: (typeof items)[number], b: (typeof items)[number]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0);
    let odd: typeof items;
    let rest: typeof items;
    let messageId = 'default';
    if (clusters[0].length >= 2 && clusters[1].length === 1 && clusters.slice(1).every((c) => c.length === 1)) {
      odd = clusters.slice(1).flat();
      rest = clusters[0];
    } else if (items.length === 2) {
      const sorted = [...items].sort(byOrder);
      // A summary row and a table's total: the summary row is the copy to look at.
      const summary = isTotal ? sorted.find((x) => x.p.e.level !== 'table') : undefined;
      // (Else the copy its own sheet's findings question, where one alone is; else the later one.)
      const questioned = summary || !suspect ? [] : sorted.filter((x) => suspect(x.p.source, x.p.e.sheet, x.v.cell));
      const blamed = summary ?? (questioned.length === 1 ? questioned[0] : sorted[1]);
      odd = [blamed];
      rest = [sorted.find((x) => x !== blamed)!];
    } else {
      const sorted = [...items].sort(byOrder);
      odd = [sorted[sorted.length - 1]];
      rest = sorted.slice(0, -1);
      messageId = 'split';
    }
    for (const o of odd) {
      const e = o.p.e;
      const others = rest.map((r) => ({ value: r.v.value, at: where(o.p, r.p, r.v.cell) }));
      const total = isTotal && e.level !== 'table' ? rest.find((r) => r.p.e.level === 'table') : undefined;
      const draft: Draft = total
        ? {
            cell: o.v.cell,
            rule: 'cross.total',
            severity: 'error',
            messageId: 'default',
            expected: total.v.value,
            actual: o.v.value,
            related: [where(o.p, total.p, total.v.cell)],
            data: {
              label: e.label,
              year: o.v.year,
              measure: o.v.measure,
              value: o.v.value,
              total: total.v.value,
              table: total.p.e.label,
              at: where(o.p, total.p, total.v.cell),
            },
          }
        : {
            cell: o.v.cell,
            rule: 'cross.value',
            severity: messageId === 'split' ? 'warning' : 'error',
            messageId,
            expected: rest.length === 1 || clusters[0].length >= 2 ? rest[0].v.value : null,
            actual: o.v.value,
            related: others.map((x) => x.at),
            data: { label: e.label, year: o.v.year, measure: o.v.measure, value: o.v.value, others, n: items.length, by: link.by, kode: e.kodeText ?? e.kode },
          };
      out.push({ source: o.p.source, finding: { ...toFinding(draft, e.sheet, e.table) } });
    }
  }
  return out;
}
