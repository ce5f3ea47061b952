/** ratio.predikat: a stated predikat matches its capaian under the table's scale (Renstra or LKjIP bands, or the user's). */
import type { ColumnInfo } from '../types';
import type { CheckContext } from './common';
import { cell, current, defineRule, message, num, val } from './common';
import { PREDIKAT_SCALES, type PredikatScale } from '../settings';
import { words } from '../text';
import { IKM_MUTU, skmMutu, statedMutu } from './skm';
import { SAKIP_PREDIKAT, sakipGrades } from './sakip';
import { isLower } from './ratio-pairs';
import { tableNotes } from './common';

/** The scale a table's own note states: named by where it stands, in either language. */
const NOTE_SCALE = 'note';
const scaleId = (name: unknown) => (name === NOTE_SCALE ? 'di catatan tabel' : String(name));
const scaleEn = (name: unknown) => (name === NOTE_SCALE ? "the table's note" : `the ${String(name)}`);

export function bandOf(scale: PredikatScale, v: number): string {
  for (const b of scale.bands) if (b.inclusive ? v >= b.min : v > b.min) return b.label;
  return scale.bands[scale.bands.length - 1].label;
}

/** The bands a figure shown to ±h may fall in (either side of an edge within its rounding), folded as words(). */
function bandsNear(scale: PredikatScale, v: number, h: number): string[] {
  return [bandOf(scale, v - h), bandOf(scale, v), bandOf(scale, v + h)].map(words);
}

function scales(ctx: CheckContext): PredikatScale[] {
  // The scale the table's own note states comes first: it is the office's, whatever the regulation's bands.
  const noted = notedScale([...ctx.table.info.title, ...tableNotes(ctx.table.info)]);
  return [...(noted ? [noted] : []), ...Object.values(PREDIKAT_SCALES), ...(ctx.settings.customScales ?? [])];
}

/**
 * A scale a note under the table states, band by band, in any of the ways offices write it: "Predikat: Sangat Tinggi
 * (≥ 91%), Tinggi (76% – < 91%), …, Rendah (< 66%)"; "Sangat Tinggi: ≥ 100%; Tinggi: 85% - < 100%; …"; "Tinggi = 90% <
 * capaian ≤ 100%"; or a band a line, either way round ("≥ 100% : Sangat Tinggi", "Sangat Tinggi (≥ 100%)"). Three bands
 * at least, each floor below the one before (highest first, or read so); else null.
 */
export function notedScale(notes: string[]): PredikatScale | null {
  // A line stating every band, then the bands of consecutive lines, one each.
  for (const note of notes) {
    const scale = scaleOf(note.split(/;|,\s+(?=[A-Za-z])|\)\s*,?\s*(?=[A-Za-z])/).map((x) => (/\(/.test(x) && !/\)/.test(x) ? `${x})` : x)));
    if (scale) return scale;
  }
  for (let i = 0; i < notes.length; i++) {
    const run: string[] = [];
    for (let j = i; j < notes.length && bandItem(notes[j]); j++) run.push(notes[j]);
    const scale = run.length >= 3 ? scaleOf(run) : null;
    if (scale) return scale;
  }
  return null;
}

function scaleOf(items: string[]): PredikatScale | null {
  const read = items.map(bandItem);
  // (Every item with a bound read, or none: a band lost to words before it would shift every figure into the next one.)
  if (read.some((b, i) => b === null && /\d\s*%/.test(items[i]))) return null;
  const bands = read.filter((b): b is PredikatScale['bands'][number] => b !== null);
  if (bands.length < 3) return null;
  // (Lowest first, "< 55% : Sangat Rendah" down to "≥ 100% : Sangat Tinggi": read highest first.)
  if (bands[0].min === -Infinity) bands.reverse();
  if (!bands.every((b, i) => i === 0 || b.min < bands[i - 1].min) || bands[bands.length - 1].min !== -Infinity) return null;
  return { id: 'note', name: NOTE_SCALE, bands };
}

// A band's label, and the three ways a note writes it with its bounds: "Label (bounds)", "Label: bounds" / "Label = bounds",
// "bounds : Label".
const BAND_LABEL = '([A-Za-z][A-Za-z ]{1,30}?)';
const LABEL_BOUNDS = new RegExp(`^${BAND_LABEL}\\s*[:=]?\\s*\\(\\s*([^()]*?)\\s*\\)\\s*[.,]?$`);
const LABEL_COLON_BOUNDS = new RegExp(`^${BAND_LABEL}\\s*[:=]\\s*([^:=]*\\d[^:=]*?)\\s*[.,]?$`);
const BOUNDS_COLON_LABEL = new RegExp(`^([^:=A-Za-z]*\\d[^:=A-Za-z]*?(?:s\\.?\\s?d\\.?[^:=A-Za-z]*)?)\\s*[:=]\\s*${BAND_LABEL}\\s*[.,]?$`);
// ("≥ 100% Sangat Baik; 80% - < 100% Baik; … < 60% Kurang": the bounds, then the label, nothing between.)
const BOUNDS_LABEL = new RegExp(`^([^:=A-Za-z]*\\d[^:=A-Za-z]*?%)\\s+${BAND_LABEL}\\s*[.,]?$`);

/** One band: its label and its floor, from "Label (bounds)", "Label: bounds", "Label = bounds" or "bounds : Label". */
function bandItem(text: string): PredikatScale['bands'][number] | null {
  const t = text.replace(/^\s*(skala|predikat|kriteria|kategori|keterangan)(\s+[a-z]+){0,3}\s*:?\s*/i, '').trim();
  // (The bounds may name the figure before the label: "Capaian ≥ 90% = Sangat Baik", "80% ≤ capaian < 90% = Baik".)
  const named = t.replace(/\b(capaian|nilai|realisasi|skor)\b/gi, '§');
  const m =
    LABEL_BOUNDS.exec(t) ?? LABEL_COLON_BOUNDS.exec(t) ?? ((x) => (x ? [x[0], x[2], x[1]] : null))(BOUNDS_COLON_LABEL.exec(named) ?? BOUNDS_LABEL.exec(named));
  if (!m) return null;
  const label = m[1].trim();
  if (/\b(capaian|nilai|realisasi)\b/i.test(label)) return null;
  const bounds = m[2].replace(/§/g, ' v ').replace(/\b(capaian|nilai|realisasi|skor|x)\b/gi, ' v ');
  // "90% < capaian ≤ 100%": the floor before the figure's name.
  const before = /(\d+(?:[.,]\d+)?)\s*%?\s*(<=|≤|<)\s*v\b/.exec(bounds);
  if (before) return { label, min: Number(before[1].replace(',', '.')), inclusive: before[2] !== '<' };
  const nums = [...bounds.matchAll(/(≥|>=|>|≤|<=|<)?\s*(\d+(?:[.,]\d+)?)/g)].map((x) => ({ op: x[1] ?? '', v: Number(x[2].replace(',', '.')) }));
  if (nums.length === 0) return null;
  // The band's floor: its first bound unless that is an upper one ("< 66%", "capaian ≤ 60%": the lowest band).
  const low = nums[0].op.startsWith('<') || nums[0].op.startsWith('≤') ? null : nums[0];
  return { label, min: low ? low.v : -Infinity, inclusive: !low || low.op !== '>' };
}

/** The column holding predikat labels: a "Predikat" header, or a Ket. column full of band labels. */
function predikatColumn(ctx: CheckContext): { col: ColumnInfo; scale: PredikatScale } | null {
  const rows = ctx.table.info.rows;
  const all = scales(ctx);
  const sets = all.map((s) => new Set(s.bands.map((b) => words(b.label))));
  // words() only drops characters, so a cell can match only if its text is at least as long as the
  // label; allow generous decoration ("Sangat Tinggi *)", "( Baik )") beyond the longest label.
  const longest = Math.max(...sets.flatMap((set) => [...set].map((w) => w.length))) * 2 + 16;
  for (const col of ctx.table.info.columns) {
    if (col.role !== 'predikat' && col.role !== 'text') continue;
    const texts: string[] = [];
    let probed = 0;
    let labels = 0;
    for (const x of rows) {
      const v = val(ctx, x.row, col.col);
      if (v.kind !== 'text') continue;
      texts.push(v.text);
      // A text column (Tujuan, Unit Kerja, Lokasi …) whose first 100 texts are mostly not band
      // labels is no predikat column: stop reading it (these columns are as long as the table).
      if (col.role !== 'predikat' && probed < 100) {
        probed++;
        if (v.text.length <= longest && sets.some((set) => set.has(words(v.text)))) labels++;
        if (probed === 100 && labels < 30) break;
      }
    }
    if (texts.length === 0 || (col.role !== 'predikat' && probed === 100 && labels < 30)) continue;
    // A text column (Ket., Unit Kerja, Lokasi …) needs 60 % band labels: stop normalising its
    // cells once that is out of reach (these columns are as long as the table).
    const hits = new Array<number>(all.length).fill(0);
    let misses = 0;
    let hopeless = false;
    for (const t of texts) {
      // Far longer than any band label ("Sangat Tinggi"): a miss, without normalising it.
      const w = t.length > longest ? '' : words(t);
      let any = false;
      sets.forEach((set, i) => {
        if (set.has(w)) {
          hits[i]++;
          any = true;
        }
      });
      if (!any && ++misses > 0.4 * texts.length && col.role !== 'predikat') {
        hopeless = true;
        break;
      }
    }
    if (hopeless) continue;
    let best: PredikatScale | null = null;
    let bestHits = 0;
    all.forEach((s, i) => {
      if (hits[i] > bestHits) {
        best = s;
        bestHits = hits[i];
      }
    });
    const chosen = ctx.settings.predikat !== 'auto' ? (all.find((s) => s.id === ctx.settings.predikat) ?? best) : best;
    if (chosen && (col.role === 'predikat' || bestHits / texts.length >= 0.6)) return { col, scale: chosen };
  }
  return null;
}

/**
 * A stated band (a predikat, a mutu letter) outside its figure's band on `scale`, either side of an edge within the
 * figure's rounding: reported at its cell, and a knock-on of a wrong figure (the corrected figure gives the band).
 */
function offBand(
  ctx: CheckContext,
  scale: PredikatScale,
  /** `value` and `half` in the scale's unit; the figure's cell holds value ÷ times (a capaian kept as a fraction). */
  b: { at: string; figure: string; value: number; half: number; band: string; text: string; times?: number },
  messageId: string | undefined,
  data: (expected: string) => Record<string, unknown>,
): void {
  if (bandsNear(scale, b.value, b.half).includes(words(b.band))) return;
  const expected = bandOf(scale, b.value);
  ctx.report('ratio.predikat', {
    cell: b.at,
    ...(messageId ? { messageId } : {}),
    expected,
    actual: b.text,
    related: [b.figure],
    data: data(expected),
    relation: {
      inputs: [b.figure],
      holds: (sub) => {
        const v = sub.get(b.figure);
        return v !== undefined && bandsNear(scale, v * (b.times ?? 1), b.half).includes(words(b.band));
      },
      solve: () => null,
    },
  });
}

export default defineRule({
  meta: {
    id: 'ratio.predikat',
    arithmetic: true,
    emits: {
      'ratio.predikat': {
        severity: 'error',
        title: { id: 'Predikat tidak sesuai capaian', en: 'Predikat does not match the capaian' },
        messages: {
          default: message(
            (d, w) => `Capaian ${w.n(d.capaian)}% pada skala ${scaleId(d.scale)} berpredikat "${d.expected}", tertulis "${d.stated}"`,
            (d, w) => `A capaian of ${w.n(d.capaian)}% is "${d.expected}" on ${scaleEn(d.scale)} scale; "${d.stated}" is stated`,
          ),
          sakip: message(
            (d, w) =>
              `Nilai ${w.n(d.nilai)} berpredikat ${d.expected} (Permenpan RB 88/2021: AA >90–100, A >80–90, BB >70–80, B >60–70, CC >50–60, C >30–50, D 0–30), tertulis "${d.stated}"`,
            (d, w) =>
              `A nilai of ${w.n(d.nilai)} is predikat ${d.expected} (Permenpan RB 88/2021: AA >90–100, A >80–90, BB >70–80, B >60–70, CC >50–60, C >30–50, D 0–30); "${d.stated}" is stated`,
          ),
          mutu: message(
            (d, w) =>
              `IKM ${w.n(d.ikm)} bermutu ${d.expected} (Permenpan RB 14/2017: A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99), tertulis "${d.stated}"`,
            (d, w) =>
              `An IKM of ${w.n(d.ikm)} is mutu ${d.expected} (Permenpan RB 14/2017: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99); "${d.stated}" is stated`,
          ),
        },
      },
    },
    fills: {
      default: message(
        (d) => `Predikat menurut skala ${scaleId(d.scale)}`,
        (d) => `Predikat on ${scaleEn(d.scale)} scale`,
      ),
    },
  },
  check(ctx) {
    // An SKM's mutu letter under its IKM.
    const m = skmMutu(ctx);
    const mutu = m ? statedMutu(m.text) : null;
    if (m && mutu)
      offBand(ctx, IKM_MUTU, { at: m.at, figure: m.ikmCell, value: m.ikm, half: m.half, band: mutu, text: m.text }, 'mutu', (expected) => ({
        ikm: m.ikm,
        expected,
        stated: m.text,
      }));
    // The predikat of a SAKIP evaluation on the row under its Nilai.
    for (const g of sakipGrades(ctx))
      offBand(ctx, SAKIP_PREDIKAT, { at: g.at, figure: g.valueCell, value: g.value, half: g.half, band: g.grade, text: g.text }, 'sakip', (expected) => ({
        nilai: g.value,
        expected,
        stated: g.text,
      }));
    const found = predikatColumn(ctx);
    if (!found) return;
    const { col, scale } = found;
    const q = gradedFigure(ctx, col, scale);
    if (!q) return;
    for (const x of ctx.table.info.rows) {
      if (!['indicator', 'program', 'kegiatan', 'subkegiatan', 'continuation'].includes(x.kind)) continue;
      const s = q.at(x.row);
      if (!s) continue;
      const p = val(ctx, x.row, col.col);
      if (p.kind === 'empty') {
        const bands = scale.bands;
        let f = `"${bands[bands.length - 1].label}"`;
        for (let i = bands.length - 2; i >= 0; i--) f = `IF(${s.ref}${bands[i].inclusive ? '>=' : '>'}${bands[i].min / q.times},"${bands[i].label}",${f})`;
        ctx.plan({
          cell: cell(x.row, col.col),
          formula: `=IF(${s.cell}="","",${f})`,
          value: bandOf(scale, s.value * q.times),
          current: current(ctx, x.row, col.col),
          data: { scale: scale.name },
        });
        continue;
      }
      if (p.kind !== 'text') continue;
      offBand(
        ctx,
        scale,
        { at: cell(x.row, col.col), figure: s.cell, value: s.value * q.times, half: s.half * q.times, band: p.text, text: p.text, times: q.times },
        undefined,
        (expected) => ({
          capaian: s.value * q.times,
          scale: scale.name,
          expected,
          stated: p.text,
        }),
      );
    }
  },
});

/** A figure a predikat is read from on a row: its value, its rounding, the cell it stands in, and a formula's reference to it. */
interface Figure {
  value: number;
  half: number;
  cell: string;
  /** How a fill's formula reads it (the cell, or the quotient of its cells). */
  ref: string;
}

/** What a Predikat column grades, row by row; `times` turns it into the scale's percentages. */
interface Graded {
  at: (row: number) => Figure | null;
  times: number;
}

/**
 * The figure a Predikat grades (gradedColumn): a column's, or, where the table states no capaian of the kinerja but its
 * target and realisasi, realisasi ÷ target × 100 worked out from them when the predikat follow those bands on more rows
 * than the rasio of money's.
 */
function gradedFigure(ctx: CheckContext, col: ColumnInfo, scale: PredikatScale): Graded | undefined {
  const q = gradedColumn(ctx, col, scale);
  const ofColumn = (c: ColumnInfo): Graded => ({
    times: timesOf(c),
    at: (row) => {
      const v = val(ctx, row, c.col);
      if (v.kind !== 'number') return null;
      const at = cell(row, c.col);
      return { value: v.value, half: ctx.tol.shown(v), cell: at, ref: at };
    },
  });
  const table = ctx.table;
  const kinerja = table.byRole('ratio').some((r) => r.col < col.col && r.relation?.rel.kind === 'ratio' && table.col(r.relation.rel.den)?.role === 'target');
  const timed = (c: ColumnInfo) => c.col < col.col && (col.year === undefined || c.year === col.year) && (col.period === undefined || c.period === col.period);
  const targets = table.byRole('target').filter(timed);
  const reals = table.byRole('realisasi').filter(timed);
  if (kinerja || targets.length !== 1 || reals.length !== 1) return q && ofColumn(q);
  const [T, R] = [targets[0].col, reals[0].col];
  const pair = { ratio: col, num: reals[0], den: targets[0], kind: 'capaian' as const, k: 100 };
  const computed: Graded = {
    times: 1,
    at: (row) => {
      // (A lower-is-better indicator's capaian is not R ÷ T: with no column stating it, its predikat is left alone.)
      const x = table.row(row);
      if (!x || isLower(ctx, x, pair)) return null;
      const t = num(ctx, row, T);
      const r = num(ctx, row, R);
      if (!t || !r || t.value === 0) return null;
      const ref = `(${cell(row, R)}/${cell(row, T)}*100)`;
      return { value: (r.value / t.value) * 100, half: 0.005, cell: cell(row, R), ref };
    },
  };
  if (!q) return computed;
  // (On the rows the computed figure grades: a lower-is-better row it leaves alone does not count for the money.)
  const on = (row: number) => !!computed.at(row);
  const column = ofColumn(q);
  return agreeing(ctx, col, scale, (row) => figureOf(computed, row), on) > agreeing(ctx, col, scale, (row) => figureOf(column, row), on) ? computed : column;
}

/** A capaian kept as a fraction (0,9978 under "% Capaian", the column's quotient × 1): its bands are percentages. */
const timesOf = (c: ColumnInfo) => (c.relation?.rel.kind === 'ratio' && c.relation.rel.k === 1 ? 100 : 1);

/** A graded figure on a row, in the scale's percentages. */
const figureOf = (g: Graded, row: number) => {
  const f = g.at(row);
  return f ? f.value * g.times : null;
};

/** On how many rows (of those `on` keeps) the stated predikat is the band of `figure` on the scale. */
function agreeing(
  ctx: CheckContext,
  col: ColumnInfo,
  scale: PredikatScale,
  figure: (row: number) => number | null,
  on: (row: number) => boolean = () => true,
): number {
  let n = 0;
  for (const x of ctx.table.info.rows) {
    if (!on(x.row)) continue;
    const f = figure(x.row);
    const t = val(ctx, x.row, col.col);
    if (f !== null && t.kind === 'text' && words(bandOf(scale, f)) === words(t.text)) n++;
  }
  return n;
}

/**
 * The figure a Predikat column grades. Of the capaian of its year (any year, a Predikat column naming none), the nearest
 * left of it: "N-1 ▸ T | R | %", "N ▸ T | R | %", Predikat grades year N; against the year's own target, not the
 * Renstra's end target, unless the Predikat names that ("Predikat Capaian terhadap Target Akhir Renstra"). A kinerja
 * (its capaian, or stated as a % of its own: "Realisasi Kinerja (%)") before a rasio of money; offices grade by either,
 * so of the two the one whose bands the stated predikat follow on more rows (the kinerja on a tie).
 */
function gradedColumn(ctx: CheckContext, col: ColumnInfo, scale: PredikatScale): ColumnInfo | undefined {
  const table = ctx.table;
  const ratios = table.byRole('ratio').filter((q) => q.col < col.col);
  const divides = (r: ColumnInfo, num: ColumnInfo['role'] | null, den: ColumnInfo['role'] | null) =>
    r.relation?.rel.kind === 'ratio' &&
    (num === null || table.col(r.relation.rel.num)?.role === num) &&
    (den === null || table.col(r.relation.rel.den)?.role === den);
  const mine = ratios.filter((r) => r.year === col.year && r.period === col.period);
  const timed = col.year !== undefined || col.period !== undefined;
  const kinerja = (timed ? mine : ratios).filter((r) => divides(r, 'realisasi', 'target'));
  const ofEnd = /\b(akhir|renstra|rpjmd)\b/.test(words(col.path.join(' '))) ? ratios.filter((r) => divides(r, null, 'akhirTarget')) : [];
  const named = (c: ColumnInfo) => words(c.path.join(' '));
  const stated = table.info.columns.filter(
    (c) =>
      c.col < col.col &&
      (c.role === 'realisasi' || c.role === 'ratio') &&
      !c.relation &&
      (c.percent || /%/.test(c.path.join(' '))) &&
      /\b(kinerja|capaian|fisik)\b/.test(named(c)) &&
      !/\b(keuangan|anggaran|dana|rp)\b/.test(named(c)),
  );
  // (Money by what it divides, or by its K | Rp leaf: "Tingkat Capaian … s/d Tahun 2024 ▸ K | Rp" over the s.d. totals.)
  const leafOf = (c: ColumnInfo | undefined) => words(c?.path[c.path.length - 1] ?? '');
  const moneyLeaf = (c: ColumnInfo | undefined) => /^(rp|anggaran|keuangan|dana)\b/.test(leafOf(c));
  const money = (r: ColumnInfo) =>
    divides(r, 'realisasiRp', null) || moneyLeaf(r) || (r.relation?.rel.kind === 'ratio' && moneyLeaf(table.col(r.relation.rel.num)));
  const preferred =
    ofEnd[ofEnd.length - 1] ??
    kinerja[kinerja.length - 1] ??
    (stated.length > 0 && (mine[0] === undefined || money(mine[0])) ? stated[stated.length - 1] : undefined) ??
    mine[0] ??
    ratios.filter((r) => !money(r)).pop() ??
    ratios[ratios.length - 1];
  if (!preferred) return undefined;
  const agreeingOf = (c: ColumnInfo) =>
    agreeing(ctx, col, scale, (row) => {
      const v = num(ctx, row, c.col)?.value;
      return v === undefined ? null : v * timesOf(c);
    });
  // (Whether the kinerja is stated as a % of its own or computed beside its target: the rasio of money competes the same way,
  // and so does the kinerja against the Renstra's end target, "Tingkat Capaian … Renstra s/d Tahun 2018" beside the Renja's.)
  const pool = timed ? mine : ratios;
  const rivals = money(preferred)
    ? []
    : [pool.filter(money).pop(), ...pool.filter((r) => r !== preferred && !money(r) && divides(r, null, 'akhirTarget'))].filter(
        (r): r is ColumnInfo => r !== undefined,
      );
  let best = preferred;
  let most = rivals.length ? agreeingOf(preferred) : 0;
  for (const r of rivals) {
    const n = agreeingOf(r);
    if (n > most) [best, most] = [r, n];
  }
  // (A scale of capaian grades an achievement: a realisasi over its target or budget, or a column named so. Another ratio
  // graded in the same words, "Rasio Ketergantungan | Kriteria: Sangat Tinggi", has a scale of its own the table does not
  // give, unless its notes do.)
  const achieved =
    divides(best, 'realisasi', null) ||
    divides(best, 'realisasiRp', null) ||
    divides(best, null, 'target') ||
    divides(best, null, 'akhirTarget') ||
    /\b(capaian|realisasi|serapan|kinerja|fisik)\b/.test(named(best));
  if (scale.id !== 'note' && !achieved) return undefined;
  return best;
}
