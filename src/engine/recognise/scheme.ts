/**
 * A table's outline scheme, learned from the table itself: which marker type sits at which
 * depth. Types are met in table order; a type not seen before nests under the current row, a
 * type already open closes everything below it (as a reader reads "I … A … 1 … a … 2 … B").
 * Each type's depth is the one most of its rows were met at, so one stray row cannot reshape
 * the scheme. Any depth.
 */

/** Rows without any marker: always placed by their neighbours (a child of the marked row above, or its sibling). */
export const UNMARKED = 'none';

export function isUnmarked(key: string | null): boolean {
  return key !== null && key.startsWith(UNMARKED);
}

export interface SchemeInput {
  /** Marker type of a node row; null for rows that are not nodes (headings, totals, blanks …). */
  key: string | null;
  /**
   * Keys whose order is known in advance (kode columns left to right, tier words urusan > bidang >
   * program > kegiatan > sub kegiatan, dotted numbers by length): same family, lower rank = shallower.
   * A bidang row met for the first time deep in the table is still above its programs.
   */
  family?: string;
  rank?: number;
  /** The rank its row's own words give it in the 'tier' family ("I | Program …": program), whatever its key. */
  tierRank?: number;
  /**
   * A row that closes open groups: a Jumlah row closes all of them; a heading without a marker
   * (a tujuan / sasaran line, an OPD name) is 'soft' and leaves open the groups whose order is
   * known (a bidang's programs go on under it across a new sasaran). A 'group' one (a "Sub Total" under a program's
   * kegiatan) closes the group of the row above it only: that row and its parent.
   */
  reset?: boolean | 'soft' | 'group';
  /**
   * With `reset: true`, the index of the row whose group the Jumlah closes when its label names that row ("Jumlah
   * Pendapatan Asli Daerah" after "A. Pendapatan Asli Daerah"): that group and those inside it close, the groups
   * around it stay open ("B. Pendapatan Transfer" goes on under "I. PENDAPATAN"). Not open there: all close.
   */
  closes?: number;
}

/**
 * Depth of each key, by the depth most of its rows were met at. A key met at several depths
 * without a clear majority (unmarked rows that are kegiatan in one program and sub kegiatan in
 * the next) floats: each of its rows is placed by its neighbours instead (see outline).
 */
export interface Scheme {
  depths: Map<string, number | 'float'>;
  /**
   * "A>B": keys learned at one depth where a B row nearly always follows each A row (a sub-output
   * 5099.951.001 followed by its komponen 051, where other outputs take their komponen directly):
   * after an A row, B rows nest under it.
   */
  nests: Set<string>;
}

export function learnDepths(rows: SchemeInput[]): Scheme {
  const votes = new Map<string, Map<number, number>>();
  const stack: string[] = [];
  // The row that opened each entry of the stack, for a Jumlah that closes a named group.
  const opener: number[] = [];
  const ranked = new Map<string, { family: string; rank: number }>();
  for (const x of rows) if (x.key !== null && x.family !== undefined && x.rank !== undefined) ranked.set(x.key, { family: x.family, rank: x.rank });
  rows.forEach((x, i) => {
    // A heading between groups (soft) does not change which marker sits at which depth: only
    // a Jumlah row starts the learning over (or that of the group it names).
    if (x.reset === true) stack.length = closedTo(opener, x.closes, stack.length);
    else if (x.reset === 'group') stack.length = Math.max(0, stack.length - 2);
    if (x.key === null) return;
    const own = ranked.get(x.key);
    if (own) {
      // A ranked key closes every open key of its family ranked at or below it.
      const cut = stack.findIndex((k) => {
        const r = ranked.get(k);
        return !!r && r.family === own.family && r.rank >= own.rank && k !== x.key;
      });
      if (cut >= 0) stack.length = cut;
    }
    const at = stack.lastIndexOf(x.key);
    let depth: number;
    if (at >= 0) {
      stack.length = at + 1;
      depth = at;
      opener[at] = i;
    } else {
      stack.push(x.key);
      depth = stack.length - 1;
      opener[depth] = i;
    }
    let v = votes.get(x.key);
    if (!v) votes.set(x.key, (v = new Map()));
    v.set(depth, (v.get(depth) ?? 0) + 1);
  });
  const fixed = new Map<string, number>();
  const out = new Map<string, number | 'float'>();
  // Where the floating keys mostly stand: a level of its own between fixed ones (bold groups met at depth 1 in
  // most sections and 0 in one keep their lines at depth 2).
  const floating = new Set<number>();
  for (const [key, v] of votes) {
    let best = 0;
    let n = -1;
    let total = 0;
    for (const [d, c] of v) {
      total += c;
      if (c > n || (c === n && d < best)) [best, n] = [d, c];
    }
    // Unmarked rows stand where their neighbours put them, unless nearly all sit at one depth.
    if (isUnmarked(key) ? total >= 2 && n >= 0.9 * total : total <= 2 || n >= 0.8 * total || ranked.has(key)) fixed.set(key, best);
    else {
      out.set(key, 'float');
      floating.add(best);
    }
  }
  // Ranked keys keep their family's order: each family starts where its shallowest key was met.
  const families = new Map<string, string[]>();
  for (const [k, r] of ranked) if (fixed.has(k)) (families.get(r.family) ?? families.set(r.family, []).get(r.family)!).push(k);
  const between = tierBetween(rows, ranked, fixed);
  for (const keys of families.values()) {
    keys.sort((a, b) => ranked.get(a)!.rank - ranked.get(b)!.rank);
    const base = Math.min(...keys.map((k) => fixed.get(k)!));
    let d = base;
    keys.forEach((k, i) => {
      if (i > 0) d += 1 + between(keys[i - 1], k);
      fixed.set(k, d);
    });
  }
  const nests = new Set<string>();
  // Which key follows which, row after row (no reset between).
  const follows = new Map<string, number>();
  const count = new Map<string, number>();
  let prev: string | null = null;
  for (const x of rows) {
    if (x.reset) prev = null;
    if (x.key === null) continue;
    count.set(x.key, (count.get(x.key) ?? 0) + 1);
    if (prev !== null && prev !== x.key) follows.set(`${prev}>${x.key}`, (follows.get(`${prev}>${x.key}`) ?? 0) + 1);
    prev = x.key;
  }
  for (const [pair, n] of follows) {
    const [a, b] = pair.split('>');
    const da = fixed.get(a);
    if (da === undefined || da !== fixed.get(b) || ranked.has(a) || ranked.has(b)) continue;
    if (n >= 2 && n >= 0.8 * (count.get(a) ?? 0) && (count.get(b) ?? 0) > n) nests.add(pair);
  }
  // Depths renumbered without gaps (0, 1, 2 …), keeping their order.
  const levels = [...new Set([...fixed.values(), ...floating])].sort((a, b) => a - b);
  const rank = new Map(levels.map((d, i) => [d, i]));
  for (const [k, d] of fixed) out.set(k, rank.get(d)!);
  return { depths: out, nests };
}

/**
 * How many levels of other keys stand between two ranked keys of the tier family, met between them and named by their
 * rows' words as a tier between theirs: URUSAN (a tier word) over programs numbered I, II (a Roman key, each row
 * "Program …") over "- Kegiatan …" (a tier word) keeps the programs' level between the two.
 */
function tierBetween(rows: SchemeInput[], ranked: Map<string, { family: string; rank: number }>, fixed: Map<string, number>): (a: string, b: string) => number {
  const tierOf = mostly(rows.map((x) => (x.key !== null && !ranked.has(x.key) ? [x.key, x.tierRank] : [null, undefined])));
  return (a, b) => {
    const ra = ranked.get(a)!;
    const rb = ranked.get(b)!;
    if (ra.family !== 'tier' || tierOf.size === 0) return 0;
    const [da, db] = [fixed.get(a)!, fixed.get(b)!];
    const levels = new Set<number>();
    for (const [k, r] of tierOf) {
      const d = fixed.get(k);
      if (d !== undefined && d > da && d < db && r > ra.rank && r < rb.rank) levels.add(d);
    }
    return levels.size;
  };
}

/**
 * Depth and parent of each node row. A row of a fixed key sits at its key's depth, under the
 * nearest open row above that is shallower; right after a row of its own key it is that row's
 * sibling, and right after a row it nests under (Scheme.nests) its child. A floating row
 * continues the row above when that row has its key (a sibling), else nests one below it.
 * Nothing is open across a reset.
 */
export function outline(rows: SchemeInput[], { depths, nests }: Scheme): { depth: (number | undefined)[]; parent: (number | undefined)[] } {
  const depth: (number | undefined)[] = new Array(rows.length).fill(undefined);
  const parent: (number | undefined)[] = new Array(rows.length).fill(undefined);
  const open: { i: number; d: number; key: string }[] = [];
  const ranked = new Set(rows.filter((x) => x.key !== null && x.family !== undefined).map((x) => x.key!));
  rows.forEach((x, i) => {
    if (x.reset === 'soft') {
      // (And the groups shallower than the next marked row's depth: "Sasaran: …" between "I. Prioritas 1" and its
      // programs 1, 2, 3 titles them within the prioritas, whose depth-1 rows need it open.)
      let next = i + 1;
      while (next < rows.length && rows[next].key === null && !rows[next].reset) next++;
      const kNext = next < rows.length && rows[next].key !== null ? depths.get(rows[next].key!) : undefined;
      const below = typeof kNext === 'number' ? kNext : 0;
      const keep = open.filter((o) => ranked.has(o.key) || o.d < below);
      open.length = 0;
      open.push(...keep);
    } else if (x.reset === 'group') open.length = Math.max(0, open.length - 2);
    else if (x.reset)
      open.length = closedTo(
        open.map((o) => o.i),
        x.closes,
        open.length,
      );
    if (x.key === null) return;
    const k = depths.get(x.key);
    if (k === undefined) return;
    let d: number;
    const top = open[open.length - 1];
    // (A floating key still open further up closes what was opened under it: "Pendapatan Transfer" after the lines
    // of "Pendapatan Asli Daerah (PAD)" is PAD's sibling, not the last line's child.)
    let sameOpen: (typeof open)[number] | undefined;
    if (k === 'float') for (let j = open.length - 1; j >= 0 && !sameOpen; j--) if (open[j].key === x.key) sameOpen = open[j];
    if (k === 'float') d = !top ? 0 : sameOpen ? sameOpen.d : top.d + 1;
    // Two rows of one marker type in a row are siblings, wherever the first was placed.
    else if (top && top.key === x.key) d = top.d;
    else if (top && nests.has(`${top.key}>${x.key}`)) d = top.d + 1;
    else d = k;
    while (open.length && open[open.length - 1].d >= d) open.pop();
    if (open.length) parent[i] = open[open.length - 1].i;
    depth[i] = d;
    open.push({ i, d, key: x.key });
  });
  return { depth, parent };
}

/** How many of `depth` open groups stay open after a Jumlah closing the group opened at row `closes`: those outside it, or none. */
function closedTo(openers: number[], closes: number | undefined, depth: number): number {
  if (closes === undefined) return 0;
  const at = openers.lastIndexOf(closes, depth - 1);
  return at >= 0 && at < depth ? at : 0;
}

/** The value most entries of each key carry (at least 80 % of those carrying one), keys without such a value left out. */
export function mostly<K, V>(entries: [K | null, V | undefined][]): Map<K, V> {
  const votes = new Map<K, Map<V, number>>();
  for (const [k, v] of entries) {
    if (k === null || v === undefined) continue;
    const of = votes.get(k) ?? votes.set(k, new Map()).get(k)!;
    of.set(v, (of.get(v) ?? 0) + 1);
  }
  const out = new Map<K, V>();
  for (const [k, of] of votes) {
    let all = 0;
    for (const n of of.values()) all += n;
    for (const [v, n] of of) if (n >= 0.8 * all) out.set(k, v);
  }
  return out;
}
