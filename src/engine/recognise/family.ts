/** Which layout family a table belongs to, from the roles of its columns (DOMAIN.md's ids). */
import type { ColumnInfo, Family, RowInfo } from '../types';

export function classifyFamily(cols: ColumnInfo[], rows: RowInfo[]): { family: Family; checked: boolean } {
  const count = (role: ColumnInfo['role']) => cols.filter((c) => c.role === role).length;
  const yearsOf = (role: ColumnInfo['role']) => new Set(cols.filter((c) => c.role === role).map((c) => c.year ?? c.period ?? 0)).size;
  const rp = count('rp');
  const target = count('target');
  const realisasi = count('realisasi');
  const ratio = count('ratio');
  const anggaran = count('anggaran');
  const realisasiRp = count('realisasiRp');

  if (rp > 0 && (target > 0 || count('akhirRp') > 0)) return { family: 'rencana', checked: true };
  if (anggaran > 0 && realisasiRp > 0) {
    return { family: Math.max(yearsOf('anggaran'), yearsOf('realisasiRp')) >= 2 ? 'anggaran' : 'realisasi', checked: true };
  }
  if (target > 0 && realisasi > 0) {
    // (An LKjIP's one year measured beside last year's realisasi, "Realisasi 2019 | Target 2020 | Realisasi | Capaian", is a
    // capaian table: years of realisasi make a T-C.23 only with a capaian for each.)
    const years = yearsOf('target') >= 2 || (yearsOf('realisasi') >= 2 && (ratio === 0 || yearsOf('ratio') >= 2));
    return { family: years ? 'kinerja' : 'capaian', checked: true };
  }
  if (target > 0) return { family: 'target', checked: true };
  if (realisasiRp > 0 && ratio > 0) return { family: 'realisasi', checked: true };
  if (ratio > 0 && (realisasi > 0 || anggaran > 0)) return { family: 'capaian', checked: true };
  // A column explained by its neighbours (a Selisih of two realisasi) makes any table worth checking.
  // So does money alone (Kebutuhan Pendanaan (Rp) ▸ 2025 … 2029, with no target beside it), and realisasi alone under a
  // Jumlah (production by kind per year: sumColumns' realisedAmounts adds them up where the data says they add up).
  // (Or under an outline, "4 Pendapatan Daerah" over "4.1 PAD" over "4.1.1 Pajak Daerah": sum.hierarchy adds them where the
  // tree's parents bear it out.)
  const totals = rows.some((r) => r.kind === 'total' || r.parent !== undefined);
  const numeric = cols.some(
    (c) =>
      ['value', 'rowTotal', 'anggaran', 'pertumbuhan', 'rp', 'realisasiRp', 'akhirRp'].includes(c.role) ||
      (c.relation && !c.relation.assumed) ||
      (c.role === 'realisasi' && totals),
  );
  const rowTotals = cols.some((c) => c.role === 'rowTotal');
  return { family: 'rekap', checked: numeric && (totals || rowTotals || true) };
}
