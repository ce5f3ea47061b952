/** value.missing: a realisasi without its target (or anggaran) cannot be judged; a target without realisasi is noted. */
import type { ColumnInfo } from '../types';
import { absent, cell, columnCell, defineRule, message, quoted, val, yearHead, type CheckContext } from './common';
import { words } from '../text';
import { ofAnotherLevel } from '../recognise/columns';

/** A revenue line, by its account (4 …) or its name. */
const REVENUE = /^4(\.|\s)|\b(pendapatan|penerimaan|pajak|retribusi|dana bagi hasil|dana insentif|lain lain pendapatan)\b/;

function pairs(cols: ColumnInfo[]): { den: ColumnInfo; num: ColumnInfo }[] {
  const out: { den: ColumnInfo; num: ColumnInfo }[] = [];
  // A part of a row total ("Anggaran ▸ APBD | DAK | Jumlah": one source of funds, "-" where it gave nothing) is no
  // budget of its own: the realisasi answers to the Jumlah.
  const parts = new Set(cols.flatMap((c) => (c.role === 'rowTotal' ? (c.parts ?? []) : [])));
  for (const [d, n] of [
    ['target', 'realisasi'],
    ['anggaran', 'realisasiRp'],
  ] as const) {
    // (Not another government's target of the year, "Target Nasional 2023": the region's realisasi answers to its own.)
    for (const den of cols.filter((c) => c.role === d && !parts.has(c.col) && !ofAnotherLevel(c))) {
      const num = cols.find((c) => c.role === n && c.year === den.year && c.period === den.period);
      if (num) out.push({ den, num });
    }
  }
  return out;
}

/**
 * A plan's series of yearly targets with one left blank (empty, not "-" or NA, which say none is set): between two set
 * years, or where that year's Rp is filled. A table with realisasi is judged by its pairs instead.
 */
function gaps(ctx: CheckContext): void {
  const cols = ctx.table.info.columns;
  if (cols.some((c) => c.role === 'realisasi' || c.role === 'realisasiRp')) return;
  const targets = cols.filter((c) => c.role === 'target' && (c.year !== undefined || c.period !== undefined)).sort((a, b) => a.col - b.col);
  if (targets.length < 3) return;
  const rpOf = (t: ColumnInfo) => cols.find((c) => c.role === 'rp' && c.year === t.year && c.period === t.period);
  for (const x of ctx.table.info.rows) {
    if (!['indicator', 'program', 'kegiatan', 'subkegiatan', 'continuation'].includes(x.kind)) continue;
    const kinds = targets.map((t) => val(ctx, x.row, t.col).kind);
    const set = kinds.map((k) => k !== 'empty' && k !== 'dash' && k !== 'na');
    if (set.filter(Boolean).length < 2) continue;
    targets.forEach((t, i) => {
      if (kinds[i] !== 'empty') return;
      const rp = rpOf(t);
      const R = rp ? val(ctx, x.row, rp.col) : null;
      const between = set.slice(0, i).some(Boolean) && set.slice(i + 1).some(Boolean);
      const funded = R?.kind === 'number' && R.value !== 0;
      if (!between && !funded) return;
      ctx.report('value.missing', {
        cell: cell(x.row, t.col),
        messageId: 'gap',
        expected: null,
        actual: null,
        related: funded && rp ? [cell(x.row, rp.col)] : [],
        data: { year: t.year, period: t.period, row: quoted(x), why: funded ? 'rp' : 'between', value: funded ? R.value : null },
      });
    });
  }
}

export default defineRule({
  meta: {
    id: 'value.missing',
    arithmetic: true,
    emits: {
      'value.missing': {
        severity: 'warning',
        title: { id: 'Nilai yang berpasangan tidak lengkap', en: 'A paired value is missing' },
        messages: {
          /** A realisasi without its target or anggaran. */
          default: message(
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)} tanpa ${d.den}: capaiannya tidak dapat dinilai`,
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)} has no ${d.den}: it cannot be assessed`,
          ),
          /** A realisasi whose target is written as none ("NA", "-"): the office says it sets none; noted. */
          noneSet: message(
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)}, target ditulis "${d.stated}": tidak dinilai`,
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)}, target written "${d.stated}": not assessed`,
            'info',
          ),
          /** Revenue received without a budget line: lawful in an LRA, noted. */
          unbudgeted: message(
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)} tanpa anggaran: pendapatan di luar anggaran, dicatat`,
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} realisasi ${w.n(d.value)} without a budget: revenue outside the budget, noted`,
            'info',
          ),
          /** A target or anggaran column with no figure at all beside realisasi: the year has none (a baseline year), said once. */
          noColumn: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}kolom ${d.den} kosong di semua baris, padahal ${w.count(d.n, 'baris')} berisi realisasi: realisasi tahun itu tidak dapat dinilai`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}the ${d.den} column is empty on every row, while ${w.count(d.n, { one: 'row has', other: 'rows have' })} a realisasi: that year cannot be assessed`,
          ),
          /** A plan's yearly target left blank between set years, or beside that year's Rp. */
          gap: message(
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} target kosong, padahal ${d.why === 'rp' ? `Rp tahun itu ${w.n(d.value)} terisi` : 'target tahun sebelum dan sesudahnya terisi'}`,
            (d, w) =>
              `${yearHead(d.year, d.period, w.lang)}${d.row} has no target, while ${d.why === 'rp' ? `that year's Rp ${w.n(d.value)} is filled` : 'the years before and after have one'}`,
          ),
          /** A target or anggaran without its realisasi (yet). */
          noRealisasi: message(
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.den} ${w.n(d.value)} belum ada realisasinya`,
            (d, w) => `${yearHead(d.year, d.period, w.lang)}${d.row} ${d.den} ${w.n(d.value)} has no realisasi yet`,
            'info',
          ),
        },
      },
    },
  },
  check(ctx) {
    gaps(ctx);
    const ps = pairs(ctx.table.info.columns);
    const rows = ctx.table.info.rows.filter((x) => ['indicator', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind));
    // A target column without a single figure (every row '-' or blank, a baseline year): the table sets
    // no target that year. One finding on the column, not one per row.
    const emptyColumn = new Set<ColumnInfo>();
    for (const { den, num } of ps) {
      // A target written as a criterion or a bound ("≥ 82,00", "WTP") is set, and is judged by.
      if (rows.some((x) => !absent(val(ctx, x.row, den.col)))) continue;
      const orphans = rows.filter((x) => {
        const N = val(ctx, x.row, num.col);
        return N.kind === 'number' && N.value !== 0;
      });
      if (orphans.length < 2) continue;
      emptyColumn.add(den);
      // The year's target on the total row alone ("Target Tahunan" under months of realisasi): set for the whole, not
      // per row; nothing missing.
      if (ctx.table.info.rows.some((x) => x.kind === 'total' && val(ctx, x.row, den.col).kind === 'number')) continue;
      ctx.report('value.missing', {
        cell: columnCell(ctx, den.col),
        messageId: 'noColumn',
        expected: null,
        actual: null,
        related: orphans.slice(0, 200).map((x) => cell(x.row, num.col)),
        data: { year: den.year, period: den.period, den: den.role === 'target' ? 'target' : 'anggaran', n: orphans.length },
      });
    }
    for (const x of rows) {
      for (const { den, num } of ps) {
        if (emptyColumn.has(den)) continue;
        const D = val(ctx, x.row, den.col);
        const N = val(ctx, x.row, num.col);
        const base = { year: den.year, period: den.period, row: quoted(x), den: den.role === 'target' ? 'target' : 'anggaran' };
        if (N.kind === 'number' && N.value !== 0 && absent(D)) {
          // A target written as none is the office's word (an indicator measured without one that year): "NA" (not
          // applicable) with no capaian stated over it, or "-" (which may also mean nothing was typed) under a capaian
          // written as none too. Not a capaian stated all the same (then the target is missing), nor money spent
          // without a pagu.
          const over = ctx.table.info.columns.filter((c) => c.relation?.rel.kind === 'ratio' && c.relation.rel.den === den.col);
          const capaian = over.map((c) => val(ctx, x.row, c.col));
          const said =
            den.role === 'target' &&
            ((D.kind === 'na' && capaian.every(absent)) || (D.kind === 'dash' && capaian.length > 0 && capaian.every((v) => absent(v) && v.kind !== 'empty')));
          const stated = said ? ctx.table.view.shownText(x.row, den.col).trim() : undefined;
          // Revenue received without a budget line (an LRA's "Bea Perolehan … | - | 28.781.000"): common and lawful, noted.
          const unbudgeted = den.role === 'anggaran' && num.role === 'realisasiRp' && REVENUE.test(`${x.kode ?? ''} ${words(x.label)}`);
          ctx.report('value.missing', {
            cell: cell(x.row, den.col),
            ...(stated ? { messageId: 'noneSet' } : unbudgeted ? { messageId: 'unbudgeted' } : {}),
            expected: null,
            actual: D.kind === 'empty' ? null : (stated ?? '-'),
            related: [cell(x.row, num.col)],
            data: { ...base, value: N.value, ...(stated ? { stated } : {}) },
          });
        } else if (D.kind === 'number' && D.value !== 0 && N.kind === 'empty') {
          ctx.report('value.missing', {
            cell: cell(x.row, num.col),
            messageId: 'noRealisasi',
            expected: null,
            actual: null,
            related: [cell(x.row, den.col)],
            data: { ...base, value: D.value },
          });
        }
      }
    }
  },
});
