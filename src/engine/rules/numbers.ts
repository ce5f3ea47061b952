/**
 * number.*: every cell of a numeric column is read the way a reviewer reads it. Numbers typed as
 * text (pasted from Word: "1.091.140.000", "94,74") are read and reported, because Excel's SUM
 * ignores them; units in the cell, non-numbers, Excel errors and negative amounts are reported too.
 */
import type { RuleModule } from './common';
import { cell, say } from './common';
import { isNumericRole } from '../recognise/columns';

const NO_NEGATIVE = new Set(['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'value', 'rowTotal', 'target', 'realisasi']);


/** Values a qualitative indicator is measured in (SAKIP grades, BPK opinions): not numbers, not errors. */
const QUALITATIVE = /^(AA|A|BB|B|CC|C|D|E|[AB][+-]|WTP|WDP|TW|TMP|sangat baik|baik|cukup|kurang|sangat tinggi|tinggi|sedang|rendah|sangat rendah|memuaskan|sangat memuaskan|ada|tidak ada|ya|tidak|terlaksana|tidak terlaksana|tercapai|tidak tercapai)$/i;
export const numbers: RuleModule = {
  id: 'number.text',
  family: 'number',
  severity: 'warning',
  arithmetic: false,
  title: { id: 'Angka tersimpan sebagai teks', en: 'Number stored as text' },
  check(ctx) {
    const { table } = ctx;
    const cols = table.info.columns.filter((c) => isNumericRole(c.role));
    for (const x of table.info.rows) {
      if (['blank', 'headerRepeat'].includes(x.kind)) continue;
      for (const col of cols) {
        const v = table.view.value(x.row, col.col);
        // Only text, errors and text or negative numbers have something to say: skip the rest early.
        if (!(v.kind === 'text' || v.kind === 'error' || (v.kind === 'number' && (v.fromText || v.value < 0)))) continue;
        const at = cell(x.row, col.col);
        if (v.kind === 'number' && v.fromText) {
          const raw = String(table.view.cell(x.row, col.col)?.value ?? '');
          if (v.unit && v.unit !== '%') {
            ctx.emit({ cell: at, rule: 'number.unit', severity: 'info', expected: v.value, actual: raw, related: [], message: say((f, id) => (id ? `Satuan di dalam sel: "${raw}" dibaca sebagai ${f(v.value)}; tulis satuan di kolom Satuan agar angka dapat dijumlah` : `Unit inside the cell: "${raw}" is read as ${f(v.value)}; put the unit in the Satuan column so the number can be summed`)) });
          } else {
            ctx.emit({ cell: at, rule: 'number.text', severity: 'warning', expected: v.value, actual: raw, related: [], message: say((f, id) => (id ? `Angka tersimpan sebagai teks: "${raw}" dibaca ${f(v.value)} (gaya ${v.style === 'en' ? 'Inggris' : 'Indonesia'}); SUM di Excel mengabaikannya` : `Number stored as text: "${raw}" reads as ${f(v.value)} (${v.style === 'en' ? 'English' : 'Indonesian'} style); Excel's SUM ignores it`)) });
          }
        } else if (v.kind === 'error') {
          ctx.emit({ cell: at, rule: 'number.invalid', severity: 'error', expected: null, actual: v.code, related: [], message: say((_f, id) => (id ? `Sel berisi galat Excel ${v.code}` : `The cell holds the Excel error ${v.code}`)) });
        } else if (v.kind === 'text' && x.kind !== 'heading' && !QUALITATIVE.test(v.text.trim())) {
          ctx.emit({ cell: at, rule: 'number.invalid', severity: 'warning', expected: null, actual: v.text, related: [], message: say((_f, id) => (id ? `"${v.text}" bukan angka, padahal kolom "${col.path.join(' / ')}" berisi angka` : `"${v.text}" is not a number in the numeric column "${col.path.join(' / ')}"`)) });
        }
        // A Surplus/(Defisit) line is negative when there is a deficit.
        if (v.kind === 'number' && v.value < 0 && NO_NEGATIVE.has(col.role) && x.kind !== 'derived') {
          ctx.emit({ cell: at, rule: 'number.negative', severity: 'warning', expected: null, actual: v.value, related: [], message: say((f, id) => (id ? `Nilai negatif ${f(v.value)} pada kolom "${col.path.join(' / ')}"` : `Negative value ${f(v.value)} in "${col.path.join(' / ')}"`)) });
        }
      }
    }
  },
};
