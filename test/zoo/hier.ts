/**
 * Hierarchical budget tables: a tree of program > kegiatan > sub kegiatan (or any tiers), numbered by
 * one marker scheme per level (Roman, letters, numbers, small letters, bullets, dotted numbers,
 * Kepmendagri 050 codes, APBN codes, or nothing but bold and indent), laid out pre-order with the
 * parent above its children, money columns summed by every parent and by the total row.
 */
import { type ColDef, type Rel, Rng, type Ref, Table, round } from './core';
import * as W from './words';

export type Tier =
  | 'urusan'
  | 'bidang'
  | 'opd'
  | 'group'
  | 'sumber'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'belanja'
  | 'apbnprog'
  | 'apbnkeg'
  | 'output'
  | 'komponen'
  | 'subkomp';

export interface Node {
  tier: Tier;
  level: number;
  label: string;
  children: Node[];
  marker?: string;
  kode?: string;
  /** Kode parts for split kode columns (Urusan | Bidang | Program | Kegiatan | Sub Kegiatan). */
  kodeParts?: string[];
  row?: number;
  /** Rest of a long label, typed on the next row. */
  fragment?: string;
}

export type Scheme =
  | 'roman'
  | 'roman.'
  | 'upper'
  | 'upper.'
  | 'num'
  | 'num.'
  | 'num)'
  | '(num)'
  | 'lower.'
  | 'lower)'
  | '▪'
  | '-'
  | '•'
  | 'o'
  | 'dotted'
  | 'kode'
  | 'apbn'
  | 'none';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export function marker(s: Scheme, i: number, path: number[]): string {
  const L = String.fromCharCode(65 + i);
  switch (s) {
    case 'roman':
      return ROMAN[i];
    case 'roman.':
      return ROMAN[i] + '.';
    case 'upper':
      return L;
    case 'upper.':
      return L + '.';
    case 'num':
      return String(i + 1);
    case 'num.':
      return `${i + 1}.`;
    case 'num)':
      return `${i + 1})`;
    case '(num)':
      return `(${i + 1})`;
    case 'lower.':
      return L.toLowerCase() + '.';
    case 'lower)':
      return L.toLowerCase() + ')';
    case 'dotted':
      return path.map((x) => x + 1).join('.');
    case '▪':
    case '-':
    case '•':
    case 'o':
      return s;
    default:
      return '';
  }
}

const TIER_WORDS: Record<Tier, readonly string[]> = {
  urusan: W.URUSAN,
  bidang: W.BIDANG,
  opd: W.OPD,
  group: W.GROUP_TITLES,
  sumber: W.SUMBER_DANA,
  program: W.PROGRAM,
  kegiatan: W.KEGIATAN,
  subkegiatan: W.SUBKEGIATAN,
  belanja: W.BELANJA,
  apbnprog: W.APBN_PROGRAM,
  apbnkeg: W.APBN_KEGIATAN,
  output: W.APBN_OUTPUT,
  komponen: W.APBN_KOMPONEN,
  subkomp: W.APBN_SUB,
};

/** Builds a tree: fanout[l] = [min, max] children at level l (level 0 = the top rows). */
export function buildTree(rng: Rng, tiers: Tier[], fanout: [number, number][]): Node[] {
  const used = new Map<Tier, number>();
  const decks = new Map<Tier, string[]>();
  const label = (tier: Tier): string => {
    let deck = decks.get(tier);
    if (!deck || !deck.length) decks.set(tier, (deck = rng.shuffle(TIER_WORDS[tier])));
    used.set(tier, (used.get(tier) ?? 0) + 1);
    return deck.pop()!;
  };
  const make = (level: number): Node[] => {
    const [lo, hi] = fanout[level];
    const n = rng.int(lo, hi);
    const out: Node[] = [];
    for (let i = 0; i < n; i++) {
      const node: Node = { tier: tiers[level], level, label: label(tiers[level]), children: [] };
      if (level + 1 < tiers.length) node.children = make(level + 1);
      out.push(node);
    }
    return out;
  };
  return make(0);
}

export function walk(nodes: Node[], f: (n: Node, path: number[], parent?: Node) => void, path: number[] = [], parent?: Node) {
  nodes.forEach((n, i) => {
    f(n, [...path, i], parent);
    walk(n.children, f, [...path, i], n);
  });
}

export function countNodes(nodes: Node[]): number {
  let n = 0;
  walk(nodes, () => n++);
  return n;
}

/** Kepmendagri 050 codes: urusan 2 . bidang 07 . program 02 . kegiatan 2.01 . sub kegiatan 0003 (or 03). */
export function assignKode050(rng: Rng, nodes: Node[], subWidth: 2 | 4) {
  const urusan = rng.int(1, 3);
  const bidang = rng.int(1, 20);
  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  walk(nodes, (n, path, parent) => {
    const i = path[path.length - 1];
    switch (n.tier) {
      case 'urusan':
        n.kodeParts = [String(urusan + i)];
        break;
      case 'bidang':
        n.kodeParts = [...(parent?.kodeParts ?? [String(urusan)]), pad(bidang + i, 2)];
        break;
      case 'program':
        n.kodeParts = [...(parent?.kodeParts ?? [String(urusan), pad(bidang, 2)]), pad(i + 1, 2)];
        break;
      case 'kegiatan': {
        const base = parent?.kodeParts ?? [String(urusan), pad(bidang, 2), '02'];
        const kind = base[2] === '01' ? '1' : '2';
        n.kodeParts = [...base, `${kind}.${pad(i + 1, 2)}`];
        break;
      }
      case 'subkegiatan':
        n.kodeParts = [...(parent?.kodeParts ?? [String(urusan), pad(bidang, 2), '02', '2.01']), pad(i + 1, subWidth)];
        break;
      default:
        n.kodeParts = [...(parent?.kodeParts ?? []), pad(i + 1, 2)];
    }
    n.kode = n.kodeParts.join('.');
  });
}

/** APBN / RKA-K/L codes: program 044.01.EB > kegiatan 2726 > output 2726.AEH.001 > komponen 051 > sub komponen a./A. */
export function assignKodeApbn(rng: Rng, nodes: Node[], opts: { oldOutput?: boolean; stray?: boolean; leadingSpace?: boolean; subUpper?: boolean }) {
  const kl = rng.pick(['044', '113', '024', '025', '027']);
  const progs = rng.pick(['EB', 'DL', 'WA', 'FB']);
  let keg = rng.int(2001, 6999);
  const kro = rng.shuffle(W.KRO);
  walk(nodes, (n, path, parent) => {
    const i = path[path.length - 1];
    switch (n.tier) {
      case 'apbnprog':
        n.kode = kl === '113' ? `${kl}.01.${String(6 + i).padStart(2, '0')}` : `${kl}.0${1 + i}.${progs}`;
        break;
      case 'apbnkeg':
        n.kode = String(keg++);
        break;
      case 'output': {
        const k = parent?.kode ?? String(keg);
        let code = opts.oldOutput ? `${k}.${String(i + 1).padStart(3, '0')}` : `${k}.${kro[i % kro.length]}.${String(i + 1).padStart(3, '0')}`;
        if (opts.stray && rng.chance(0.35)) code = rng.chance(0.5) ? code.replace('.', ',') : code.replace('.', '. ');
        n.kode = code;
        break;
      }
      case 'komponen':
        n.kode = (opts.leadingSpace ? ' ' : '') + String(51 + i * rng.int(1, 2)).padStart(3, '0');
        break;
      case 'subkomp':
        n.kode = opts.subUpper ? String.fromCharCode(65 + i) : String.fromCharCode(97 + i) + '.';
        break;
      default:
        n.kode = String(i + 1);
    }
  });
}

export interface HierOpts {
  /** Marker scheme per level. */
  schemes: Scheme[];
  /** Where markers go: their own No column, the start of the label, or a kode column (codes). */
  placement: 'col' | 'prefix' | 'kode' | 'split' | 'none';
  /** Columns after the label: numeric columns; keys listed in sumKeys are summed by parents. */
  numCols: ColDef[];
  sumKeys: string[];
  /** Fills a leaf row's free cells. */
  leaf: (t: Table, r: number, node: Node) => void;
  /** Relations of every row (leaf, parent, total): Sisa = Pagu − Realisasi, % = R / P × 100, … */
  rowRels?: (t: Table, r: number, total: number | null, kind: 'leaf' | 'parent' | 'total') => void;
  /** Relations of parents beyond Σ children for sumKeys (e.g. fisik of a parent). */
  parentRels?: (t: Table, r: number, children: number[], total: number | null) => void;
  total?: { label: string; noText?: string; bold?: boolean } | null;
  /** Parents in bold, labels indented by level. */
  bold?: boolean;
  indent?: boolean;
  /** Labels of these tiers in capitals. */
  upperTiers?: Tier[];
  /** Split long labels of some rows onto a second row. */
  fragments?: number;
  /** Bold titles without numbers before some top-level rows ('PERANGKAT DAERAH …', 'Sekretariat'). */
  headings?: number;
  labelHeader?: string;
  noHeader?: string;
  kodeHeader?: string;
  /** Extra text columns after the label (Satuan, Lokasi) with a filler. */
  extraText?: { col: ColDef; fill: (rng: Rng, node: Node) => string }[];
}

export interface Hier {
  table: Table;
  nodes: Node[];
  /** Body row of the total (or null). */
  total: number | null;
  parents: number[];
  leaves: number[];
  /** children rows of each parent row. */
  childrenOf: Map<number, number[]>;
  parentOf: Map<number, number>;
  topRows: number[];
  headingRows: number[];
  fragmentRows: number[];
}

/** Lays a tree out as a table, with its relations (parents = Σ children; row relations; total = Σ top rows). */
export function hierTable(rng: Rng, nodes: Node[], o: HierOpts): Hier {
  const cols: ColDef[] = [];
  if (o.placement === 'col') cols.push({ key: 'no', path: [o.noHeader ?? 'No'], kind: 'no' });
  if (o.placement === 'kode') cols.push({ key: 'kode', path: [o.kodeHeader ?? 'Kode'], kind: 'kode' });
  if (o.placement === 'split') {
    const names = ['Urusan', 'Bidang Urusan', 'Program', 'Kegiatan', 'Sub Kegiatan'];
    for (let i = 0; i < 5; i++) cols.push({ key: `k${i}`, path: ['Kode', names[i]], kind: 'kode' });
  }
  cols.push({ key: 'label', path: [o.labelHeader ?? 'Program / Kegiatan / Sub Kegiatan'], kind: 'label' });
  for (const e of o.extraText ?? []) cols.push(e.col);
  cols.push(...o.numCols);
  const t = new Table(cols);
  const childrenOf = new Map<number, number[]>();
  const parentOf = new Map<number, number>();
  const parents: number[] = [];
  const leaves: number[] = [];
  const topRows: number[] = [];
  const headingRows: number[] = [];
  const fragmentRows: number[] = [];
  const fragNodes = new Set<Node>();
  const all: Node[] = [];
  walk(nodes, (n) => all.push(n));
  for (const n of rng.some(
    all.filter((n) => n.label.split(' ').length >= 5),
    o.fragments ?? 0,
  ))
    fragNodes.add(n);
  const headingBefore = new Set(rng.some(nodes.slice(1).concat(nodes.slice(0, 1)), o.headings ?? 0));
  const headingPool = rng.shuffle([...W.GROUP_TITLES, ...W.OPD.map((x) => x.toUpperCase())]);

  const lay = (ns: Node[], path: number[], parentRow: number | null) => {
    ns.forEach((n, i) => {
      if (parentRow === null && headingBefore.has(n)) {
        const h = t.addRow({ kind: 'heading', texts: { label: headingPool.pop()! }, bold: true, level: 0 });
        headingRows.push(h);
      }
      const p = [...path, i];
      const scheme = o.schemes[n.level] ?? 'none';
      let label = (o.upperTiers ?? []).includes(n.tier) ? n.label.toUpperCase() : n.label;
      let rest: string | undefined;
      if (fragNodes.has(n)) [label, rest] = splitLabelAt(label);
      const texts: Record<string, string | number> = {};
      const mk = scheme === 'kode' || scheme === 'apbn' ? (n.kode ?? '') : marker(scheme, i, p);
      if (o.placement === 'col') {
        if (mk) texts.no = scheme === 'num' && rng.chance(0.7) ? i + 1 : mk;
        texts.label = label;
      } else if (o.placement === 'prefix') {
        texts.label = mk ? `${mk} ${label}` : label;
      } else if (o.placement === 'kode') {
        if (mk) texts.kode = mk;
        texts.label = label;
      } else if (o.placement === 'split') {
        (n.kodeParts ?? []).forEach((part, k) => {
          // each row shows its own part in its tier's column and its ancestors' parts to the left
          texts[`k${k}`] = part;
        });
        texts.label = label;
      } else texts.label = label;
      for (const e of o.extraText ?? []) texts[e.col.key] = e.fill(rng, n);
      const isParent = n.children.length > 0;
      const row = t.addRow({
        kind: isParent ? 'parent' : 'data',
        texts,
        bold: o.bold ? isParent : undefined,
        indent: o.indent ? n.level : undefined,
        level: n.level,
      });
      n.row = row;
      if (parentRow === null) topRows.push(row);
      else {
        parentOf.set(row, parentRow);
        childrenOf.get(parentRow)!.push(row);
      }
      if (rest) {
        const fr = t.addRow({ kind: 'fragment', texts: { label: rest }, bold: o.bold ? isParent : undefined, indent: o.indent ? n.level : undefined });
        fragmentRows.push(fr);
      }
      if (isParent) {
        parents.push(row);
        childrenOf.set(row, []);
        lay(n.children, p, row);
      } else {
        leaves.push(row);
        o.leaf(t, row, n);
      }
    });
  };
  lay(nodes, [], null);

  let total: number | null = null;
  if (o.total) {
    const texts: Record<string, string> = { label: o.total.label };
    total = t.addRow({ kind: 'total', texts, bold: o.total.bold ?? true });
  }
  for (const pr of parents) {
    const ch = childrenOf.get(pr)!;
    for (const k of o.sumKeys)
      t.sumRel(
        [pr, k],
        ch.map((c) => [c, k] as Ref),
        true,
        'hierarchy',
      );
    o.parentRels?.(t, pr, ch, total);
  }
  if (total !== null)
    for (const k of o.sumKeys)
      t.sumRel(
        [total, k],
        topRows.map((c) => [c, k] as Ref),
        true,
        'total',
      );
  for (const r of leaves) o.rowRels?.(t, r, total, 'leaf');
  for (const r of parents) o.rowRels?.(t, r, total, 'parent');
  if (total !== null) o.rowRels?.(t, total, total, 'total');
  return { table: t, nodes, total, parents, leaves, childrenOf, parentOf, topRows, headingRows, fragmentRows };
}

function splitLabelAt(s: string): [string, string] {
  return W.splitLabel(s);
}

/* ------------------------------------------------------------------ planting in hierarchies */

/** A money typo: a few digits changed, still a plausible amount. */
export function moneyTypo(rng: Rng, v: number): number {
  const mag = Math.max(1000, 10 ** Math.floor(Math.log10(Math.max(1, Math.abs(v))) - rng.int(1, 3)));
  const d = rng.pick([1, 2, 3, 5, 9]) * mag * (rng.chance(0.5) ? 1 : -1);
  let x = Math.round((v + d) / 1000) * 1000;
  if (x === v || x <= 0) x = v + mag * 2;
  return x;
}

/** A percent typo: off by 0.5–15 points, rounded to the column's decimals. */
export function pctTypo(rng: Rng, v: number, dec = 2): number {
  const d = (rng.chance(0.5) ? 1 : -1) * (0.5 + rng.next() * 14.5);
  let x = round(v + d, dec);
  if (x < 0) x = round(v + Math.abs(d), dec);
  return x;
}

export type PlantKind = 'parent' | 'childTypo' | 'total' | 'row';

/**
 * Plants up to n errors in a hierarchy, each in its own corner (no two share a relation):
 * a parent ≠ Σ children, a child's typo (reported at the child when a row relation decides, at the
 * parent otherwise), a wrong total, a wrong row-relation cell (ratio, sisa, bobot).
 */
export function plantHier(rng: Rng, h: Hier, n: number, kinds: PlantKind[], rowKeys: { key: string; families: ('sum' | 'ratio' | 'formula')[] }[] = []) {
  const t = h.table;
  const used: Ref[] = [];
  const sumKeys = t.numKeys().filter((k) => t.rels.some((r) => r.name === 'hierarchy' && r.target[1] === k));
  let tries = 0;
  while (t.planted.length < n && tries++ < 60) {
    const kind = rng.pick(kinds);
    let ref: Ref | null = null;
    let at: Ref | null = null;
    let value: number | null = null;
    let fam: ('sum' | 'ratio' | 'formula')[] = ['sum'];
    let what = '';
    if (kind === 'parent' && h.parents.length && sumKeys.length) {
      const r = rng.pick(h.parents);
      const k = rng.pick(sumKeys);
      const v = t.get(r, k);
      if (typeof v !== 'number' || v === 0) continue;
      ref = [r, k];
      value = moneyTypo(rng, v);
      what = `parent ${k} ≠ Σ children`;
    } else if (kind === 'childTypo' && h.leaves.length && sumKeys.length) {
      const r = rng.pick(h.leaves.filter((x) => h.parentOf.has(x)));
      if (r === undefined) continue;
      const k = rng.pick(sumKeys);
      const v = t.get(r, k);
      if (typeof v !== 'number' || v === 0) continue;
      ref = [r, k];
      value = moneyTypo(rng, v);
      // a row relation decides (Sisa, %) only where it is a typed value (a formula follows the typo)
      // and the typo changes what it gives (a ratio over a '-' realisation is 0 whatever the pagu)
      const before = (x: Rel) => x.f(x.inputs.map((q) => Number(t.get(q[0], q[1])) || 0));
      const after = (x: Rel) => x.f(x.inputs.map((q) => (q[0] === r && q[1] === k ? value! : Number(t.get(q[0], q[1])) || 0)));
      const decided = t.relsOf(ref).some((x) => x.name !== 'hierarchy' && x.target[0] === r && !t.isFormula(x.target) && Math.abs(after(x) - before(x)) > 0.01);
      at = decided ? ref : [h.parentOf.get(r)!, k];
      fam = decided ? ['sum', 'ratio'] : ['sum'];
      what = decided ? `child ${k} typo (its row relation decides)` : `child ${k} typo: parent ≠ Σ children`;
    } else if (kind === 'total' && h.total !== null && sumKeys.length) {
      const k = rng.pick(sumKeys);
      const v = t.get(h.total, k);
      if (typeof v !== 'number' || v === 0) continue;
      ref = [h.total, k];
      value = moneyTypo(rng, v);
      what = `total ${k} ≠ Σ top rows`;
    } else if (kind === 'row' && rowKeys.length) {
      const rk = rng.pick(rowKeys);
      const r = rng.pick([...h.leaves, ...h.parents]);
      const v = t.get(r, rk.key);
      if (typeof v !== 'number') continue;
      ref = [r, rk.key];
      const c = t.col(rk.key);
      value = (c.dec ?? 0) > 0 || c.scale ? pctTypo(rng, v, c.dec ?? 2) : moneyTypo(rng, Math.abs(v) || 1000000);
      fam = rk.families;
      what = `wrong ${rk.key}`;
    } else continue;
    if (!ref) continue;
    const cells = [ref, ...(at ? [at] : [])];
    if (used.length && t.overlaps(used, cells)) continue;
    used.push(...cells);
    t.plant(ref, value, fam as never, what, at ? { at } : {});
  }
}
