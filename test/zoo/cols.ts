/**
 * Money column palettes of budget tables (LKjIP, LKPJ, Laporan Tahunan, RFK): which numeric columns a
 * table has, which of them parents sum, how a leaf is filled, and the relations of every row.
 */
import { type ColDef, FMT_PCT, FMT_RP, Rng, type Ref, Table, round } from './core';
import type { Node } from './hier';

export interface Palette {
  id: string;
  numCols: ColDef[];
  sumKeys: string[];
  leaf: (t: Table, r: number, node: Node) => void;
  rowRels: (t: Table, r: number, total: number | null, kind: 'leaf' | 'parent' | 'total') => void;
  parentRels?: (t: Table, r: number, children: number[], total: number | null) => void;
  /** Row-relation columns a planted error may hit, with the families that may report it. */
  rowKeys: { key: string; families: ('sum' | 'ratio' | 'formula')[] }[];
}

export interface PaletteOpts {
  /** Percent stored as 94.74, as 0.9474 with a % format, or as a bare fraction. */
  pct?: 'pct' | 'frac%' | 'frac';
  /** Some leaves have no realisation yet ('-' or empty). */
  dashReal?: boolean;
  /** Computed columns are formulas. */
  formulas?: boolean;
  /** Header words. */
  words?: 'pagu' | 'anggaran' | 'target';
  /** Rp in millions of rupiah ('dalam juta rupiah') with 2 decimals. */
  juta?: boolean;
}

export const ratio = (x: number[]) => (x[1] ? (x[0] / x[1]) * 100 : NaN);

function pctCol(key: string, path: string[], rng: Rng, o: PaletteOpts): ColDef {
  const mode = o.pct ?? 'pct';
  if (mode === 'pct') return { key, path, kind: 'num', fmt: rng.pick(FMT_PCT), dec: 2, formulas: o.formulas };
  if (mode === 'frac%') return { key, path, kind: 'num', fmt: '0.00%', dec: 2, scale: 'frac', formulas: o.formulas };
  return { key, path, kind: 'num', fmt: '0.0000', dec: 2, scale: 'frac', formulas: o.formulas };
}

/** The ratio relation real / base × 100 on one row (a fraction column's formula omits × 100). */
export function ratioRel(t: Table, r: number, target: string, num: string, den: string, name = 'ratio', denRow = r) {
  const frac = t.col(target).scale === 'frac';
  t.rel({
    name,
    target: [r, target],
    inputs: [
      [r, num],
      [denRow, den],
    ],
    f: ratio,
    fx: (A) => `${A([r, num])}/${A([denRow, den], denRow !== r)}${frac ? '' : '*100'}`,
  });
}

export function diffRel(t: Table, r: number, target: string, a: string, b: string, name = 'difference') {
  t.rel({
    name,
    target: [r, target],
    inputs: [
      [r, a],
      [r, b],
    ] as Ref[],
    f: (x) => x[0] - x[1],
    fx: (A) => `${A([r, a])}-${A([r, b])}`,
  });
}

export function rpCol(key: string, path: string[], rng: Rng, o: PaletteOpts, formulas = false): ColDef {
  if (o.juta) return { key, path, kind: 'num', fmt: '#,##0.00', dec: 2, formulas };
  return { key, path, kind: 'num', fmt: rng.pick(FMT_RP), dec: 0, formulas };
}

/** A leaf budget: pagu in the tens of millions to billions; realisation 55–100 % of it (or nothing yet). */
export function leafMoney(rng: Rng, o: PaletteOpts, dash: boolean): [number, number | null] {
  const pagu = o.juta ? round(rng.rp(25e6, 3.5e9, 1000) / 1e6, 2) : rng.rp(25e6, 3.5e9, 1000);
  if (dash) return [pagu, null];
  const share = 0.55 + rng.next() * 0.45;
  const unit = rng.pick([1, 100, 1000]);
  const real = o.juta ? round(pagu * share, 2) : Math.min(pagu, Math.round((pagu * share) / unit) * unit);
  return [pagu, real];
}

const W_PAGU = { pagu: 'Pagu', anggaran: 'Anggaran', target: 'Target' } as const;

/** Pagu | Realisasi | % (own-row ratio). */
export function palettePR(rng: Rng, o: PaletteOpts): Palette {
  const w = W_PAGU[o.words ?? 'anggaran'];
  const unit = o.juta ? '(Juta Rp)' : '(Rp)';
  const numCols: ColDef[] = [
    rpCol('pagu', [`${w} ${unit}`], rng, o, o.formulas),
    { ...rpCol('real', [`Realisasi ${unit}`], rng, o, o.formulas), nullAs: rng.pick(['-', ''] as const) },
    pctCol('pct', [rng.pick(['%', 'Capaian (%)', 'Persentase (%)', 'Rasio (%)'])], rng, o),
  ];
  return {
    id: 'PR%',
    numCols,
    sumKeys: ['pagu', 'real'],
    leaf: (t, r) => {
      const [p, q] = leafMoney(rng, o, !!o.dashReal && rng.chance(0.12));
      t.set(r, 'pagu', p);
      t.set(r, 'real', q);
    },
    rowRels: (t, r) => ratioRel(t, r, 'pct', 'real', 'pagu'),
    rowKeys: [{ key: 'pct', families: ['ratio'] }],
  };
}

/** Pagu | Realisasi | Sisa (| %): Sisa = Pagu − Realisasi, also Σ the children's Sisa. */
export function palettePRS(rng: Rng, o: PaletteOpts, withPct: boolean): Palette {
  const w = W_PAGU[o.words ?? 'pagu'];
  const numCols: ColDef[] = [
    rpCol('pagu', [`${w} (Rp)`], rng, o, o.formulas),
    { ...rpCol('real', ['Realisasi (Rp)'], rng, o, o.formulas), nullAs: rng.pick(['-', ''] as const) },
  ];
  if (withPct) numCols.push(pctCol('pct', ['%'], rng, o));
  numCols.push(rpCol('sisa', [rng.pick(['Sisa Anggaran (Rp)', 'Sisa (Rp)', 'Selisih (Rp)', 'Sisa Dana'])], rng, o, o.formulas));
  return {
    id: withPct ? 'PRS%' : 'PRS',
    numCols,
    sumKeys: ['pagu', 'real'],
    leaf: (t, r) => {
      const [p, q] = leafMoney(rng, o, !!o.dashReal && rng.chance(0.12));
      t.set(r, 'pagu', p);
      t.set(r, 'real', q);
    },
    rowRels: (t, r) => {
      diffRel(t, r, 'sisa', 'pagu', 'real');
      if (withPct) ratioRel(t, r, 'pct', 'real', 'pagu');
    },
    parentRels: (t, r, ch) =>
      t.sumRel(
        [r, 'sisa'],
        ch.map((c) => [c, 'sisa'] as Ref),
        false,
        'hierarchy-sisa',
      ),
    rowKeys: [{ key: 'sisa', families: ['sum'] }, ...(withPct ? [{ key: 'pct', families: ['ratio'] as 'ratio'[] }] : [])],
  };
}

/**
 * "Keuangan" Target (Rp) | Realisasi (Rp) | % and "Fisik" (or "Kinerja") Target (%) | Realisasi (%) | %:
 * Target in a budget table is the pagu; fisik columns are progress, never summed (a parent's fisik
 * is its children's fisik weighted by pagu).
 */
export function paletteKeuFisik(rng: Rng, o: PaletteOpts): Palette {
  const g2 = rng.pick(['Fisik', 'Kinerja', 'Fisik (%)']);
  const numCols: ColDef[] = [
    { ...rpCol('pagu', [rng.pick(['Keuangan', 'Anggaran']), 'Target (Rp)'], rng, o) },
    { ...rpCol('real', [numColsGroup(), 'Realisasi (Rp)'], rng, o) },
    pctCol('pct', [numColsGroup(), '%'], rng, o),
    { key: 'ft', path: [g2, 'Target'], kind: 'num', fmt: '0.00', dec: 2 },
    { key: 'fr', path: [g2, 'Realisasi'], kind: 'num', fmt: '0.00', dec: 2 },
    { key: 'fp', path: [g2, '%'], kind: 'num', fmt: '0.00', dec: 2 },
  ];
  numCols[1].path[0] = numCols[0].path[0];
  numCols[2].path[0] = numCols[0].path[0];
  function numColsGroup() {
    return 'Keuangan';
  }
  return {
    id: 'keu-fisik',
    numCols,
    sumKeys: ['pagu', 'real'],
    leaf: (t, r) => {
      const [p, q] = leafMoney(rng, o, false);
      t.set(r, 'pagu', p);
      t.set(r, 'real', q);
      t.set(r, 'ft', 100);
      t.set(r, 'fr', round(60 + rng.next() * 40, 2));
    },
    parentRels: (t, r, ch) => {
      t.set(r, 'ft', 100);
      t.rel({
        name: 'fisik-weighted-mean',
        target: [r, 'fr'],
        inputs: ch.flatMap(
          (c) =>
            [
              [c, 'fr'],
              [c, 'pagu'],
            ] as Ref[],
        ),
        f: (x) => {
          let s = 0;
          let w = 0;
          for (let i = 0; i < x.length; i += 2) {
            s += x[i] * x[i + 1];
            w += x[i + 1];
          }
          return w ? s / w : NaN;
        },
      });
    },
    rowRels: (t, r, total, kind) => {
      ratioRel(t, r, 'pct', 'real', 'pagu');
      if (kind === 'total') {
        t.set(r, 'ft', 100);
        const tops = t.rels.filter((x) => x.name === 'total' && x.target[0] === r && x.target[1] === 'pagu')[0]?.inputs.map((x) => x[0]) ?? [];
        t.rel({
          name: 'fisik-weighted-mean',
          target: [r, 'fr'],
          inputs: tops.flatMap(
            (c) =>
              [
                [c, 'fr'],
                [c, 'pagu'],
              ] as Ref[],
          ),
          f: (x) => {
            let s = 0;
            let w = 0;
            for (let i = 0; i < x.length; i += 2) {
              s += x[i] * x[i + 1];
              w += x[i + 1];
            }
            return w ? s / w : NaN;
          },
        });
      }
      t.rel({
        name: 'ratio-fisik',
        target: [r, 'fp'],
        inputs: [
          [r, 'fr'],
          [r, 'ft'],
        ],
        f: ratio,
      });
    },
    rowKeys: [
      { key: 'pct', families: ['ratio'] },
      { key: 'fp', families: ['ratio'] },
    ],
  };
}

/** Murni | Perubahan | Bertambah/(Berkurang) (Rp) | (%): signed differences. */
export function paletteMurni(rng: Rng, o: PaletteOpts): Palette {
  const numCols: ColDef[] = [
    rpCol('murni', ['Anggaran', rng.pick(['Murni', 'Sebelum Perubahan'])], rng, o, o.formulas),
    rpCol('ubah', ['Anggaran', rng.pick(['Perubahan', 'Setelah Perubahan'])], rng, o, o.formulas),
    { ...rpCol('dif', [rng.pick(['Bertambah/(Berkurang)', 'Bertambah / (Berkurang)']), '(Rp)'], rng, o, o.formulas), neg: 'paren' },
    { ...pctCol('difp', ['Bertambah/(Berkurang)', '(%)'], rng, o) },
  ];
  numCols[3].path[0] = numCols[2].path[0];
  return {
    id: 'murni-perubahan',
    numCols,
    sumKeys: ['murni', 'ubah'],
    leaf: (t, r) => {
      const m = rng.rp(25e6, 3e9, 1000);
      const ch = rng.pick([0, 0, 1, -1, 1]) * rng.rp(0, 0.35, 0.0001);
      t.set(r, 'murni', m);
      t.set(r, 'ubah', Math.round((m * (1 + ch)) / 1000) * 1000);
    },
    rowRels: (t, r) => {
      diffRel(t, r, 'dif', 'ubah', 'murni');
      t.rel({
        name: 'ratio-change',
        target: [r, 'difp'],
        inputs: [
          [r, 'ubah'],
          [r, 'murni'],
        ],
        f: (x) => (x[1] ? ((x[0] - x[1]) / x[1]) * 100 : NaN),
        fx: (A) => `(${A([r, 'ubah'])}-${A([r, 'murni'])})/${A([r, 'murni'])}${t.col('difp').scale === 'frac' ? '' : '*100'}`,
      });
    },
    parentRels: (t, r, ch) =>
      t.sumRel(
        [r, 'dif'],
        ch.map((c) => [c, 'dif'] as Ref),
        false,
        'hierarchy-dif',
      ),
    rowKeys: [
      { key: 'dif', families: ['sum'] },
      { key: 'difp', families: ['ratio'] },
    ],
  };
}
