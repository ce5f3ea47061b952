/** value.missing: a realisasi without its target (or anggaran) cannot be judged; a target without realisasi is noted. */
import type { ColumnInfo } from '../types';
import type { RuleModule } from './common';
import { absent, cell, quoted, say, val, yearTag } from './common';

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

export const missing: RuleModule = {
  id: 'value.missing',
  family: 'value',
  severity: 'warning',
  arithmetic: true,
  title: { id: 'Nilai yang berpasangan tidak lengkap', en: 'A paired value is missing' },
  check(ctx) {
    const ps = pairs(ctx.table.info.columns);
    for (const x of ctx.table.info.rows) {
      if (!['indicator', 'program', 'kegiatan', 'subkegiatan'].includes(x.kind)) continue;
      for (const { den, num } of ps) {
        const D = val(ctx, x.row, den.col);
        const N = val(ctx, x.row, num.col);
        const tag = (id: boolean) => yearTag(den.year, den.period, id);
        if (N.kind === 'number' && N.value !== 0 && absent(D)) {
          ctx.emit({
            cell: cell(x.row, den.col),
            rule: this.id,
            severity: 'warning',
            expected: null,
            actual: D.kind === 'empty' ? null : '-',
            related: [cell(x.row, num.col)],
            message: say((f, id) =>
              id
                ? `${tag(true) ? `${tag(true)}: ` : ''}${quoted(x)} realisasi ${f(N.value)} tanpa ${den.role === 'target' ? 'target' : 'anggaran'}: capaiannya tidak dapat dinilai`
                : `${tag(false) ? `${tag(false)}: ` : ''}${quoted(x)} realisasi ${f(N.value)} has no ${den.role === 'target' ? 'target' : 'anggaran'}: it cannot be assessed`,
            ),
          });
        } else if (D.kind === 'number' && D.value !== 0 && N.kind === 'empty') {
          ctx.emit({
            cell: cell(x.row, num.col),
            rule: this.id,
            severity: 'info',
            expected: null,
            actual: null,
            related: [cell(x.row, den.col)],
            message: say((f, id) =>
              id
                ? `${tag(true) ? `${tag(true)}: ` : ''}${quoted(x)} ${den.role === 'target' ? 'target' : 'anggaran'} ${f(D.value)} belum ada realisasinya`
                : `${tag(false) ? `${tag(false)}: ` : ''}${quoted(x)} ${den.role === 'target' ? 'target' : 'anggaran'} ${f(D.value)} has no realisasi yet`,
            ),
          });
        }
      }
    }
  },
};
