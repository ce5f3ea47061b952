/** value.missing: a realisasi without its target (or anggaran) cannot be judged; a target without realisasi is noted. */
import type { ColumnInfo } from '../types';
import { absent, cell, defineRule, message, quoted, val, yearHead } from './common';

function pairs(cols: ColumnInfo[]): { den: ColumnInfo; num: ColumnInfo }[] {
  const out: { den: ColumnInfo; num: ColumnInfo }[] = [];
  for (const [d, n] of [
    ['target', 'realisasi'],
    ['anggaran', 'realisasiRp'],
  ] as const) {
    for (const den of cols.filter((c) => c.role === d)) {
      const num = cols.find((c) => c.role === n && c.year === den.year && c.period === den.period);
      if (num) out.push({ den, num });
    }
  }
  return out;
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
    const ps = pairs(ctx.table.info.columns);
    for (const x of ctx.table.info.rows) {
      if (!['indicator', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind)) continue;
      for (const { den, num } of ps) {
        const D = val(ctx, x.row, den.col);
        const N = val(ctx, x.row, num.col);
        const base = { year: den.year, period: den.period, row: quoted(x), den: den.role === 'target' ? 'target' : 'anggaran' };
        if (N.kind === 'number' && N.value !== 0 && absent(D)) {
          ctx.report('value.missing', {
            cell: cell(x.row, den.col),
            expected: null,
            actual: D.kind === 'empty' ? null : '-',
            related: [cell(x.row, num.col)],
            data: { ...base, value: N.value },
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
