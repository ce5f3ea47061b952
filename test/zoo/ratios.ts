/**
 * Own-row ratios: LKjIP capaian = realisasi / target × 100 stored as percents (94,74), as fractions with a
 * % format, or as bare fractions; T | R | % per year; lower-is-better indicators (pengangguran, kemiskinan,
 * kasus) by (2T − R) / T × 100 or T / R × 100; signed Selisih / Deviasi columns; undefined ratios
 * (#DIV/0!, '-', empty) where the target is 0, '-' or empty.
 */
import { type BuiltCase, type ColDef, FMT_PCT, type Ref, SheetB, Table, drawLayout, pair, render, round } from './core';
import { pctTypo } from './hier';
import * as W from './words';

type PctMode = 'pct' | 'frac%' | 'frac';
interface RatioVariant {
  name: string;
  convention: string;
  years: number;
  pct: PctMode;
  lowerFormula: '2T-R' | 'T/R';
  selisih: boolean;
  undefinedRatios: boolean;
  formulas: boolean;
  sasaran: boolean;
  rows: [number, number];
}

const higher = (x: number[]) => (x[1] ? (x[0] / x[1]) * 100 : NaN);
const lower2 = (x: number[]) => (x[1] ? ((2 * x[1] - x[0]) / x[1]) * 100 : NaN);
const lowerInv = (x: number[]) => (x[0] ? (x[1] / x[0]) * 100 : NaN);

function ratioCase(v: RatioVariant): BuiltCase[] {
  return pair(v.name, v.convention, (rng, prng) => {
    // One offset for the whole run: consecutive, distinct years.
    const first = 2025 - v.years + 1 - rng.int(0, 2);
    const years = Array.from({ length: v.years }, (_, k) => first + k);
    const pf = rng.pick(FMT_PCT);
    const cols: ColDef[] = [
      { key: 'no', path: ['No'], kind: 'no' },
      { key: 'label', path: [rng.pick(['Indikator Kinerja', 'Sasaran / Indikator Kinerja', 'Indikator Kinerja Utama'])], kind: 'label' },
      { key: 'sat', path: ['Satuan'], kind: 'text' },
    ];
    const pc = (key: string, path: string[]): ColDef =>
      v.pct === 'pct'
        ? { key, path, kind: 'num', fmt: pf, dec: 2, formulas: v.formulas }
        : { key, path, kind: 'num', fmt: v.pct === 'frac%' ? '0.00%' : '0.0000', dec: 2, scale: 'frac', formulas: v.formulas };
    for (const y of years) {
      const g = v.years > 1 ? [rng.chance(0.5) ? String(y) : `Tahun ${y}`] : [];
      cols.push({ key: `t${y}`, path: [...g, 'Target'], kind: 'num', fmt: '#,##0.00', dec: 2, nullAs: '' });
      cols.push({ key: `r${y}`, path: [...g, 'Realisasi'], kind: 'num', fmt: '#,##0.00', dec: 2 });
      cols.push(pc(`c${y}`, [...g, rng.pick(['Capaian (%)', '%', 'Capaian'])]));
      if (v.selisih)
        cols.push({
          key: `s${y}`,
          path: [...g, rng.pick(['Selisih', 'Deviasi', 'Selisih (R-T)'])],
          kind: 'num',
          fmt: '#,##0.00;(#,##0.00)',
          dec: 2,
          formulas: v.formulas,
        });
    }
    const t = new Table(cols);
    const inds = rng.shuffle(W.INDICATORS);
    const nRows = rng.int(v.rows[0], v.rows[1]);
    const lowerRows: number[] = [];
    let n = 0;
    for (let i = 0; i < nRows; i++) {
      if (v.sasaran && i % rng.int(3, 5) === 0)
        t.addRow({
          kind: 'heading',
          texts: {
            label: `Sasaran ${Math.floor(i / 3) + 1}: ${rng.pick(['Meningkatnya kualitas pelayanan publik', 'Menurunnya angka pengangguran', 'Meningkatnya daya saing UMKM', 'Meningkatnya akuntabilitas kinerja'])}`,
          },
          bold: true,
        });
      const ind = inds[i % inds.length];
      const r = t.addRow({ kind: 'indicator', texts: { no: ++n, label: ind.name, sat: ind.satuan } });
      if (ind.lower) lowerRows.push(r);
      years.forEach((y, k) => {
        let T: number | null = round(ind.lo + rng.next() * (ind.hi - ind.lo), ind.dec);
        if (ind.lower) T = round(T * (1 - 0.05 * k), ind.dec);
        let R = round(T * (0.75 + rng.next() * 0.4), ind.dec);
        if (ind.satuan === '%' && R > 100) R = 100;
        if (v.undefinedRatios && rng.chance(0.15)) {
          const kind = rng.pick(['zero', 'dash', 'empty'] as const);
          T = kind === 'zero' ? 0 : null;
          if (kind === 'dash') t.raw.set(`${r}|t${y}`, { value: '-' });
          R = rng.chance(0.5) ? R : 0;
        }
        t.set(r, `t${y}`, T);
        t.set(r, `r${y}`, R);
        const f = ind.lower ? (v.lowerFormula === '2T-R' ? lower2 : lowerInv) : higher;
        const frac = v.pct !== 'pct';
        t.rel({
          name: ind.lower ? `capaian-lower-${v.lowerFormula}` : 'capaian',
          target: [r, `c${y}`],
          inputs: [
            [r, `r${y}`],
            [r, `t${y}`],
          ],
          f,
          strict: true,
          fx: (A) => {
            const R_ = A([r, `r${y}`]);
            const T_ = A([r, `t${y}`]);
            const body = !ind.lower ? `${R_}/${T_}` : v.lowerFormula === '2T-R' ? `(2*${T_}-${R_})/${T_}` : `${T_}/${R_}`;
            return frac ? body : `${body}*100`;
          },
        });
        if (v.selisih)
          t.rel({
            name: 'selisih',
            target: [r, `s${y}`],
            inputs: [
              [r, `r${y}`],
              [r, `t${y}`],
            ],
            f: (x) => x[0] - x[1],
            strict: true,
            fx: (A) => `${A([r, `r${y}`])}-${A([r, `t${y}`])}`,
          });
      });
    }
    t.solve();
    // an undefined ratio: a formula shows #DIV/0! (#VALUE! over a '-'); a typed table has #DIV/0!, '-' or nothing
    for (const rel of t.rels) {
      const k = `${rel.target[0]}|${rel.target[1]}`;
      const val = t.vals.get(k);
      if (v.formulas && val === null && rel.name.startsWith('capaian'))
        t.vals.set(k, t.raw.get(`${rel.inputs[1][0]}|${rel.inputs[1][1]}`)?.value === '-' ? '#VALUE!' : '#DIV/0!');
      else if (!v.formulas && (val === '#DIV/0!' || val === null) && rel.name.startsWith('capaian')) t.vals.set(k, rng.pick(['#DIV/0!', '-', null]));
    }
    const layout = drawLayout(rng, [
      rng.pick([
        `Tabel 3.${rng.int(1, 20)} Capaian Indikator Kinerja Utama ${rng.pick(W.OPD)}`,
        `Pengukuran Kinerja Tahun ${years[years.length - 1]}`,
        'Tabel 2.3.1 Pencapaian Kinerja Pelayanan',
      ]),
    ]);
    if (prng) {
      const used: Ref[] = [];
      const want = prng.int(1, 3);
      for (let tries = 0; t.planted.length < want && tries < 40; tries++) {
        const y = prng.pick(years);
        const rows = t.rows
          .map((_, i) => i)
          .filter((i) => t.rows[i].kind === 'indicator' && typeof t.get(i, `c${y}`) === 'number' && typeof t.get(i, `t${y}`) === 'number');
        const r = prng.pick(rows);
        if (r === undefined) continue;
        // (A lower-is-better indicator computed as R / T is a convention question, a warning by
        // DOMAIN.md and the fixtures' "uncertain" list: it is not planted as an error here.)
        const kind = prng.pick(v.selisih ? ['capaian', 'selisih'] : ['capaian']);
        const cells: Ref[] = [[r, kind === 'selisih' ? `s${y}` : `c${y}`]];
        if (used.length && t.overlaps(used, cells)) continue;
        const cur = t.get(r, cells[0][1]) as number;
        if (kind === 'polarity') {
          // a lower-is-better indicator computed as realisasi / target: matches neither accepted formula
          if (!lowerRows.includes(r)) continue;
          const R = t.num(r, `r${y}`);
          const T = t.num(r, `t${y}`);
          const wrong = round((R / T) * 100, 2);
          if (!T || Math.abs(wrong - cur) < 1 || Math.abs(wrong - lowerInv([R, T])) < 1) continue;
          t.plant(cells[0], wrong, ['ratio'], 'lower-is-better capaian computed as R / T × 100');
        } else if (kind === 'capaian') t.plant(cells[0], pctTypo(prng, cur), ['ratio'], 'wrong capaian');
        else t.plant(cells[0], round(cur + (prng.chance(0.5) ? 1 : -1) * prng.int(2, 40), 2), ['sum'], 'wrong selisih');
        used.push(...cells);
      }
    }
    const sh = new SheetB(rng.pick(['IKU', 'Capaian', 'Tabel 3.1']));
    return { sheets: [sh], placed: [render(sh, t, layout)] };
  });
}

export function ratioCases(): BuiltCase[] {
  const out: BuiltCase[] = [];
  const modes: PctMode[] = ['pct', 'frac%', 'frac'];
  let i = 0;
  for (const pct of modes)
    for (const years of [1, 3]) {
      out.push(
        ...ratioCase({
          name: `ratios/capaian/${pct}/y${years}`,
          convention: `ratio.capaian-${pct}`,
          years,
          pct,
          lowerFormula: i % 3 === 2 ? 'T/R' : '2T-R',
          selisih: false,
          undefinedRatios: false,
          formulas: i % 2 === 1,
          sasaran: i % 2 === 0,
          rows: [8, 18],
        }),
      );
      i++;
    }
  for (let k = 0; k < 4; k++)
    out.push(
      ...ratioCase({
        name: `ratios/lower-better/v${k}`,
        convention: 'ratio.lower-is-better',
        years: 1 + (k % 2),
        pct: modes[k % 3],
        lowerFormula: k === 3 ? 'T/R' : '2T-R',
        selisih: false,
        undefinedRatios: false,
        formulas: k === 2,
        sasaran: false,
        rows: [12, 18],
      }),
    );
  for (let k = 0; k < 4; k++)
    out.push(
      ...ratioCase({
        name: `ratios/signed-selisih/v${k}`,
        convention: 'signed.selisih-deviasi',
        years: 1 + (k % 3),
        pct: modes[k % 3],
        lowerFormula: '2T-R',
        selisih: true,
        undefinedRatios: false,
        formulas: k % 2 === 1,
        sasaran: k % 2 === 0,
        rows: [8, 16],
      }),
    );
  for (let k = 0; k < 5; k++)
    out.push(
      ...ratioCase({
        name: `ratios/undefined/v${k}`,
        convention: 'ratio.undefined',
        years: 1 + (k % 3),
        pct: modes[k % 3],
        lowerFormula: '2T-R',
        selisih: k % 2 === 0,
        undefinedRatios: true,
        formulas: k % 2 === 1,
        sasaran: false,
        rows: [10, 20],
      }),
    );
  return out;
}
