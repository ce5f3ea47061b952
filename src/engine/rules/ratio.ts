/**
 * ratio.capaian and ratio.anggaran: a stated capaian / rasio equals realisasi ÷ target × 100
 * (or realisasi ÷ anggaran × 100), within what the shown decimals allow. Lower-is-better
 * indicators accept (2·T − R)/T × 100 and T/R × 100; the one the table uses is also what Cermat fills.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext, Draft, RuleModule } from './common';
import { absent, cell, current, half, quoted, say, val, yearTag } from './common';
import { evaluate, matched, round2, targetValue, type Formula } from '../ratio-math';

export { evaluate } from '../ratio-math';
import { isLowerBetter } from '../polarity';
import { ratioRelation } from '../relation';

export interface RatioPair {
  ratio: ColumnInfo;
  num: ColumnInfo;
  den: ColumnInfo;
  kind: 'capaian' | 'anggaran';
  /** 100 for percentages, 1 for fractions: whichever the column's rows bear out. */
  k: number;
}

const MONEY_ROLES = new Set<ColumnInfo['role']>(['anggaran', 'realisasiRp', 'rp', 'akhirRp', 'sisa']);

/** Each column explained as an own-row ratio (recognise/relations.ts), with what it divides. */
export function ratioPairs(cols: ColumnInfo[]): RatioPair[] {
  const out: RatioPair[] = [];
  const byCol = new Map(cols.map((c) => [c.col, c]));
  for (const q of cols) {
    const rel = q.relation?.rel;
    if (!rel || rel.kind !== 'ratio') continue;
    const num = byCol.get(rel.num);
    const den = byCol.get(rel.den);
    if (!num || !den) continue;
    // realisasi ÷ target of an indicator is a capaian (polarity matters); anything over money is a rasio.
    const kind = MONEY_ROLES.has(den.role) || MONEY_ROLES.has(num.role) || /keuangan|anggaran|pagu|dana|belanja|\brp\b/i.test(q.path.join(' ')) ? 'anggaran' : 'capaian';
    out.push({ ratio: q, num, den, kind, k: rel.k });
  }
  return out;
}

export function formulaText(f: Formula, r: string, t: string, k: number): string {
  const times = k === 100 ? '*100' : '';
  if (f === 'inverse') return `=IFERROR((2*${t}-${r})/${t}${times},"")`;
  if (f === 'reciprocal') return `=IFERROR(${t}/${r}${times},"")`;
  return `=IFERROR(${r}/${t}${times},"")`;
}

/** Units that count whole things: 5 dokumen is exactly 5, not anything from 4,5 to 5,5. */
const COUNT_UNIT = /^(orang|jiwa|kk|dokumen|dok|laporan|unit|buah|kegiatan|kali|kasus|perusahaan|koperasi|umkm|desa|kelurahan|kecamatan|sekolah|paket|lokasi|titik|kelompok|lembaga|peserta|pelaku usaha|usaha|ukm|keluarga|rumah|rtlh|ekor|hektar|ha|km|meter|m|bulan|hari|event|produk|izin|sertifikat|regulasi|perda|perbup|sk|dokumen perencanaan|naskah|kab|kabupaten|kota|opd|pd|skpd|sp\/sb|usulan|forum|rekomendasi|layanan)\b/;

function countUnit(ctx: CheckContext, x: RowInfo): boolean {
  const c = ctx.table.ctx.satuanCol;
  return c !== undefined && COUNT_UNIT.test(ctx.table.view.shownText(x.row, c).trim().toLowerCase());
}

/** DOMAIN: integers that count things match exactly; only shown decimals carry rounding. */
function exactIfCount(v: import('../number').NumberValue, counted: boolean) {
  return counted && v.decimals === 0 && Number.isInteger(v.value) ? { ...v, decimals: 12 } : v;
}

function indicatorText(ctx: CheckContext, x: RowInfo): string {
  const t = ctx.table;
  const ind = t.ctx.indicatorCol !== undefined ? t.view.shownText(x.row, t.ctx.indicatorCol) : '';
  return ind || x.label;
}

function isLower(ctx: CheckContext, x: RowInfo): boolean {
  const key = `${ctx.table.info.sheet}!${x.row + 1}`;
  const set = ctx.settings.polarity?.[key];
  if (set) return set === 'lower';
  return isLowerBetter(indicatorText(ctx, x));
}

/** The formula a table uses for its lower-is-better rows, when its stated values show one. */
function lowerConvention(ctx: CheckContext, pairs: RatioPair[], rows: RowInfo[]): Formula {
  const votes: Record<Formula, number> = { ratio: 0, inverse: 0, reciprocal: 0 };
  for (const p of pairs) {
    const k = p.k;
    for (const x of rows) {
      if (!isLower(ctx, x)) continue;
      const s = val(ctx, x.row, p.ratio.col);
      const R = val(ctx, x.row, p.num.col);
      if (s.kind !== 'number' || R.kind !== 'number') continue;
      const T = targetValue(val(ctx, x.row, p.den.col), R);
      const e = T ? evaluate(R, T, k) : null;
      if (!e) continue;
      const m = matched(e, s, half(s));
      if (m.length === 1) votes[m[0]]++;
    }
  }
  const best = (Object.keys(votes) as Formula[]).sort((a, b) => votes[b] - votes[a])[0];
  return votes[best] > 0 ? best : ctx.settings.lowerFormula;
}

const FORMULA_NAME: Record<Formula, { id: string; en: string }> = {
  ratio: { id: 'realisasi/target×100', en: 'realisasi/target×100' },
  inverse: { id: '(2×target−realisasi)/target×100', en: '(2×target−realisasi)/target×100' },
  reciprocal: { id: 'target/realisasi×100', en: 'target/realisasi×100' },
};

function makeRule(kind: 'capaian' | 'anggaran'): RuleModule {
  const id = kind === 'capaian' ? 'ratio.capaian' : 'ratio.anggaran';
  const numName = kind === 'capaian' ? 'realisasi' : 'realisasi';
  const denName = kind === 'capaian' ? 'target' : 'anggaran';
  return {
    id,
    family: 'ratio',
    severity: 'error',
    arithmetic: true,
    title:
      kind === 'capaian'
        ? { id: 'Capaian tidak sesuai realisasi ÷ target', en: 'Capaian does not match realisasi ÷ target' }
        : { id: 'Rasio tidak sesuai realisasi ÷ anggaran', en: 'Ratio does not match realisasi ÷ anggaran' },
    check(ctx) {
      const rows = ctx.table.info.rows.filter((x) => ['indicator', 'continuation', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind) || (x.kind === 'heading' && x.level !== undefined));
      const pairs = ratioPairs(ctx.table.info.columns).filter((q) => q.kind === kind);
      // One convention per table for its lower-is-better rows, read from every year's stated values.
      const lowerF = kind === 'capaian' ? lowerConvention(ctx, pairs, rows) : 'ratio';
      for (const p of pairs) {
        const k = p.k;
        const tag = (idl: boolean) => yearTag(p.ratio.year, p.ratio.period, idl);
        for (const x of rows) checkRow(ctx, x, p, k, lowerF, tag);
      }
    },
  };

  function checkRow(ctx: CheckContext, x: RowInfo, p: RatioPair, k: number, lowerF: Formula, tag: (id: boolean) => string): void {
    const S = val(ctx, x.row, p.ratio.col);
    const Rv = val(ctx, x.row, p.num.col);
    const Tv = val(ctx, x.row, p.den.col);
    const at = cell(x.row, p.ratio.col);
    const rRef = cell(x.row, p.num.col);
    const tRef = cell(x.row, p.den.col);
    const lower = kind === 'capaian' && isLower(ctx, x);
    // Capaian findings say which polarity they were judged by, so the pane can offer to flip it.
    const emit = (d: Draft) => ctx.emit(kind === 'capaian' ? { ...d, polarity: lower ? 'lower' : 'higher' } : d);
    const counted = countUnit(ctx, x);
    const R = Rv.kind === 'number' ? exactIfCount(Rv, counted) : null;
    const T0 = R ? targetValue(Tv, R) : Tv.kind === 'number' ? Tv : null;
    const T = T0 ? exactIfCount(T0, counted) : null;
    const e = R && T ? evaluate(R, T, k) : null;
    const fillF: Formula = lower ? lowerF : 'ratio';
    const head = (idl: boolean) => `${tag(idl) ? `${tag(idl)}: ` : ''}${quoted(x) ? `${quoted(x)} ` : ''}`;

    if (S.kind === 'empty' || S.kind === 'dash' || S.kind === 'na') {
      if (!e || Tv.kind !== 'number') return;
      const value = round2(e.exact[fillF]);
      ctx.plan({ cell: at, formula: formulaText(fillF, rRef, tRef, k), value, rule: id, current: current(ctx, x.row, p.ratio.col), reason: say((_f, idl) => (idl ? `${kind === 'capaian' ? 'Capaian' : 'Rasio'} = ${FORMULA_NAME[fillF].id}` : `${kind === 'capaian' ? 'Capaian' : 'Ratio'} = ${FORMULA_NAME[fillF].en}`)) });
      if (S.kind !== 'empty') {
        emit({
          cell: at,
          rule: 'value.missing',
          severity: 'warning',
          expected: value,
          actual: S.kind === 'dash' ? '-' : 'NA',
          related: [rRef, tRef],
          message: say((f, idl) =>
            idl
              ? `${head(true)}${denName} ${f(T!.value)} dan ${numName} ${f(R!.value)} terisi, tetapi rasionya kosong ('-'); seharusnya ${f(value)}`
              : `${head(false)}${denName} ${f(T!.value)} and ${numName} ${f(R!.value)} are filled but the ratio is blank ('-'); it would be ${f(value)}`,
          ),
        });
      }
      return;
    }
    if (S.kind !== 'number') return;
    // A formula cell computes what its formula says: where the column's relation was read from
    // its header or its rows rather than its formulas, a formula that computes something else is
    // another convention, not a slip (formula smells are checked against the column's own formulas).
    if (p.ratio.relation?.by !== 'formula' && ctx.table.view.cell(x.row, p.ratio.col)?.formula) return;
    if (!e) {
      if (S.value === 0) return;
      // Only a column whose header names this relation says where its figures must come from.
      if (p.ratio.relation?.by === 'data') return;
      const both = absent(Rv) && absent(Tv);
      emit({
        cell: at,
        rule: both ? id : 'value.missing',
        severity: both ? 'error' : 'warning',
        expected: null,
        actual: S.value,
        related: [rRef, tRef],
        message: say((f, idl) =>
          both
            ? idl
              ? `${head(true)}rasio ${f(S.value, 6)} tertulis, padahal ${denName} dan ${numName} kosong: tidak dapat dihitung dari baris ini`
              : `${head(false)}a ratio of ${f(S.value, 6)} is stated although ${denName} and ${numName} are blank: it cannot come from this row`
            : idl
              ? `${head(true)}rasio ${f(S.value, 6)} tidak dapat diperiksa karena ${absent(Tv) || Tv.kind !== 'number' ? denName : numName} kosong atau bukan angka`
              : `${head(false)}the ratio ${f(S.value, 6)} cannot be checked: ${absent(Tv) || Tv.kind !== 'number' ? denName : numName} is blank or not a number`,
        ),
      });
      return;
    }
    const tol = half(S) + ctx.settings.ratioTolerance;
    const m = matched(e, S, tol);
    const ok = lower ? m.includes('inverse') || m.includes('reciprocal') : m.includes('ratio');
    if (ok) return;
    if (m.length > 0) {
      // Matches a formula of the other polarity: a convention question, not an arithmetic slip.
      const alt: Formula = lowerF === 'ratio' ? ctx.settings.lowerFormula : lowerF;
      emit({
        cell: at,
        rule: id,
        severity: 'warning',
        expected: round2(e.exact[lower ? alt : 'ratio']),
        actual: S.value,
        related: [rRef, tRef],
        message: say((f, idl) =>
          lower
            ? idl
              ? `${head(true)}indikator "makin kecil makin baik", tetapi ${f(S.value, 6)} dihitung sebagai realisasi/target; rumus ${FORMULA_NAME[alt].id} memberi ${f(round2(e.exact[alt]))}`
              : `${head(false)}a lower-is-better indicator, but ${f(S.value, 6)} is computed as realisasi/target; ${FORMULA_NAME[alt].en} gives ${f(round2(e.exact[alt]))}`
            : idl
              ? `${head(true)}${f(S.value, 6)} sesuai rumus indikator "makin kecil makin baik" (${FORMULA_NAME[m[0]].id}); realisasi/target memberi ${f(round2(e.exact.ratio))}. Tandai polaritas baris ini bila memang demikian`
              : `${head(false)}${f(S.value, 6)} matches a lower-is-better formula (${FORMULA_NAME[m[0]].en}); realisasi/target gives ${f(round2(e.exact.ratio))}. Set this row's polarity if that is intended`,
        ),
      });
      return;
    }
    const expected = round2(e.exact[lower ? lowerF : 'ratio']);
    const accepted: Formula[] = lower ? ['inverse', 'reciprocal'] : ['ratio'];
    emit({
      cell: at,
      rule: id,
      severity: 'error',
      expected,
      actual: S.value,
      related: [rRef, tRef],
      relation: ratioRelation(ctx.table.view, { r: x.row, c: p.ratio.col, half: tol }, { r: x.row, c: p.num.col, half: half(R!) }, { r: x.row, c: p.den.col, half: half(T!) }, k, accepted),
      message: say((f, idl) => {
        const base = idl
          ? `${head(true)}${numName} ${f(R!.value)} / ${denName} ${f(T!.value)}${k === 1 ? '' : ` × ${k}`} = ${f(round2(e.exact.ratio))}; tertulis ${f(S.value, 6)}`
          : `${head(false)}${numName} ${f(R!.value)} / ${denName} ${f(T!.value)}${k === 1 ? '' : ` × ${k}`} = ${f(round2(e.exact.ratio))}; ${f(S.value, 6)} is stated`;
        if (!lower) return base;
        return idl
          ? `${base}. Indikator "makin kecil makin baik": (2T−R)/T = ${f(round2(e.exact.inverse))}, T/R = ${f(round2(e.exact.reciprocal))}, juga tidak sesuai`
          : `${base}. Lower-is-better indicator: (2T−R)/T = ${f(round2(e.exact.inverse))}, T/R = ${f(round2(e.exact.reciprocal))}, no match either`;
      }),
    });
  }
}

export const ratioCapaian = makeRule('capaian');
export const ratioAnggaran = makeRule('anggaran');
