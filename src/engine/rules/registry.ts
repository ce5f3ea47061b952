/** The catalogue of rules: the runner knows nothing about any rule beyond this list. */
import type { LocalText, Severity } from '../types';
import type { RuleModule } from './common';
import { sumRowTotal } from './sumRowTotal';
import { sumTotalRow } from './sumTotalRow';
import { sumHierarchy } from './sumHierarchy';
import { sumPeriod } from './sumPeriod';
import { sumDifference } from './sumDifference';
import { ratioAnggaran, ratioCapaian } from './ratio';
import { ratioTotal } from './ratioTotal';
import { pertumbuhan } from './pertumbuhan';
import { predikat } from './predikat';
import { numbers } from './numbers';
import { missing } from './missing';
import { kode } from './kode';
import { average } from './average';
import { formulas } from './formulas';
import { ratioShare } from './share';
import { ratioWeighted } from './weighted';
import { columnUnexplained } from './unexplained';

export interface RuleInfo {
  id: string;
  family: RuleModule['family'];
  severity: Severity;
  title: LocalText;
}

export const RULE_MODULES: RuleModule[] = [sumRowTotal, sumTotalRow, average, sumHierarchy, sumPeriod, sumDifference, ratioCapaian, ratioAnggaran, ratioShare, ratioWeighted, ratioTotal, pertumbuhan, predikat, numbers, missing, kode, formulas, columnUnexplained];

/** Every rule id a finding can carry, including the secondary ids some modules emit. */
export const RULES: RuleInfo[] = [
  ...RULE_MODULES.map(({ id, family, severity, title }) => ({ id, family, severity, title })),
  { id: 'column.akhir-periode', family: 'column', severity: 'warning', title: { id: 'Kolom akhir periode memakai Rp tahun terakhir', en: "End-of-period column uses the last year's Rp" } },
  { id: 'column.pertumbuhan', family: 'column', severity: 'warning', title: { id: 'Isi kolom pertumbuhan tidak sesuai judulnya', en: 'Growth column does not hold growth rates' } },
  { id: 'number.unit', family: 'number', severity: 'info', title: { id: 'Satuan di dalam sel angka', en: 'Unit inside a number cell' } },
  { id: 'number.invalid', family: 'number', severity: 'warning', title: { id: 'Isi sel bukan angka', en: 'Not a number' } },
  { id: 'number.errors-outside', family: 'number', severity: 'info', title: { id: 'Galat Excel di luar tabel', en: 'Excel errors outside the tables' } },
  { id: 'number.malformed', family: 'number', severity: 'warning', title: { id: 'Angka salah tulis', en: 'Malformed number' } },
  { id: 'ratio.undefined', family: 'ratio', severity: 'warning', title: { id: 'Rasio tidak terdefinisi', en: 'Ratio undefined' } },
  { id: 'number.negative', family: 'number', severity: 'warning', title: { id: 'Nilai negatif', en: 'Negative value' } },
  { id: 'formula.constant', family: 'formula', severity: 'error', title: { id: 'Angka diketik menimpa rumus', en: 'A number typed over a formula' } },
  { id: 'formula.adjusted', family: 'formula', severity: 'error', title: { id: 'Rumus disesuaikan dengan tangan', en: 'A formula adjusted by hand' } },
  { id: 'formula.range', family: 'formula', severity: 'error', title: { id: 'Rentang SUM tidak sesuai baris yang dijumlah', en: 'SUM range does not match the rows it totals' } },
  { id: 'value.crossing', family: 'value', severity: 'error', title: { id: 'Sel yang membuat dua hubungan tidak cocok', en: 'A cell that breaks two relations' } },
  { id: 'value.suspect', family: 'value', severity: 'warning', title: { id: 'Sel yang kemungkinan salah ketik', en: 'Probably mistyped cell' } },
  { id: 'kode.number', family: 'kode', severity: 'warning', title: { id: 'Kode tersimpan sebagai angka', en: 'Kode stored as a number' } },
];

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
