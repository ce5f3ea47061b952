/**
 * number.*: every cell of a numeric column is read the way a reviewer reads it. Numbers typed as
 * text (pasted from Word: "1.091.140.000", "94,74") are read and reported — once per column, with
 * how many and where, because Excel's SUM ignores them; units inside cells likewise. A malformed
 * number ("Rp. 103.426.819.26") is reported at its cell and read as what it most likely says, so
 * the rest of its column is still checked. Excel error values: a ratio over a zero or missing
 * denominator (#DIV/0!) is "undefined", a warning; a broken reference (#REF!, #NAME?) is an error.
 * Negative amounts are noted, except in columns that are signed by definition.
 */
import type { ColumnInfo, RowInfo } from '../types';
import type { CheckContext, RuleModule } from './common';
import { absent, cell, say } from './common';
import { isNumericRole } from '../recognise/columns';
import { words } from '../text';

const NO_NEGATIVE = new Set(['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'value', 'rowTotal', 'target', 'realisasi']);
/** Columns whose values may be negative by what they are: a change, a difference, a deficit. */
const SIGNED = /\b(selisih|deviasi|bertambah|berkurang|surplus|defisit|kenaikan|penurunan|perubahan|pertumbuhan|saldo|sisa|lebih|kurang|growth|difference)\b/;
/** Error values that mean the formula itself is broken, not that its inputs are missing. */
const BROKEN = /^#(REF!|NAME\?|NULL!|SPILL!|CALC!)$/;

/** Values a qualitative indicator is measured in (SAKIP grades, BPK opinions): not numbers, not errors. */
const QUALITATIVE = /^(AA|A|BB|B|CC|C|D|E|[AB][+-]|WTP|WDP|TW|TMP|sangat baik|baik|cukup|kurang|sangat tinggi|tinggi|sedang|rendah|sangat rendah|memuaskan|sangat memuaskan|ada|tidak ada|ya|tidak|terlaksana|tidak terlaksana|tercapai|tidak tercapai)$/i;

/** How many cells of one kind a column gathers before they are reported as one finding. */
interface Gathered {
  col: ColumnInfo;
  cells: string[];
  first: { raw: string; value: number; style?: string };
}

function rangeText(cells: string[]): string {
  return cells.length === 1 ? cells[0] : `${cells[0]}…${cells[cells.length - 1]}`;
}

/** The denominator of a ratio column on a row, when the column's relation names one. */
function denominatorAbsent(ctx: CheckContext, col: ColumnInfo, x: RowInfo): boolean | null {
  const rel = col.relation?.rel;
  if (!rel) return null;
  const den = rel.kind === 'ratio' ? rel.den : null;
  if (den === null) return null;
  const v = ctx.table.view.value(x.row, den);
  return absent(v) || (v.kind === 'number' && v.value === 0);
}

export const numbers: RuleModule = {
  id: 'number.text',
  family: 'number',
  severity: 'warning',
  arithmetic: false,
  title: { id: 'Angka tersimpan sebagai teks', en: 'Number stored as text' },
  check(ctx) {
    const { table } = ctx;
    const cols = table.info.columns.filter((c) => isNumericRole(c.role));
    const asText = new Map<number, Gathered>();
    const withUnit = new Map<number, Gathered>();
    const notNumber = new Map<number, Gathered>();
    const gather = (m: Map<number, Gathered>, col: ColumnInfo, at: string, raw: string, value: number, style?: string) => {
      const g = m.get(col.col);
      if (g) g.cells.push(at);
      else m.set(col.col, { col, cells: [at], first: { raw, value, style } });
    };
    for (const x of table.info.rows) {
      if (['blank', 'headerRepeat'].includes(x.kind)) continue;
      for (const col of cols) {
        const v = table.view.value(x.row, col.col);
        // Only text, errors and text or negative numbers have something to say: skip the rest early.
        if (!(v.kind === 'text' || v.kind === 'error' || (v.kind === 'number' && (v.fromText || v.value < 0)))) continue;
        const at = cell(x.row, col.col);
        const raw = String(table.view.cell(x.row, col.col)?.value ?? '');
        if (v.kind === 'number' && v.malformed) {
          ctx.emit({
            cell: at,
            rule: 'number.malformed',
            severity: 'warning',
            expected: v.value,
            actual: raw,
            related: [],
            message: say((f, id) => (id ? `Angka salah tulis: "${raw}" dibaca sebagai ${f(v.value)} (tanda desimal tertukar); betulkan penulisannya` : `Malformed number: "${raw}" is read as ${f(v.value)} (the decimal mark is the thousands mark); correct how it is written`)),
          });
        } else if (v.kind === 'number' && v.fromText) {
          if (v.unit && v.unit !== '%') gather(withUnit, col, at, raw, v.value);
          else gather(asText, col, at, raw, v.value, v.style);
        } else if (v.kind === 'error') {
          const undefinedRatio = v.code === '#DIV/0!' && (col.role === 'ratio' || !!col.percent);
          const broken = BROKEN.test(v.code);
          const why = undefinedRatio && denominatorAbsent(ctx, col, x) !== false;
          ctx.emit({
            cell: at,
            rule: undefinedRatio ? 'ratio.undefined' : 'number.invalid',
            severity: broken ? 'error' : 'warning',
            expected: null,
            actual: v.code,
            related: [],
            message: say((_f, id) =>
              undefinedRatio
                ? id
                  ? `Rasio tidak terdefinisi (${v.code})${why ? ': pembaginya 0, "-" atau kosong' : ''}; tulis "-" bila memang tidak ada nilainya`
                  : `No ratio can be computed (${v.code})${why ? ': its denominator is 0, "-" or empty' : ''}; write "-" where there is no value`
                : broken
                  ? id
                    ? `Rumus rusak: sel berisi galat Excel ${v.code}`
                    : `Broken formula: the cell holds the Excel error ${v.code}`
                  : id
                    ? `Sel berisi galat Excel ${v.code}`
                    : `The cell holds the Excel error ${v.code}`,
            ),
          });
        } else if (v.kind === 'text' && x.kind !== 'heading' && !QUALITATIVE.test(v.text.trim())) {
          const g = notNumber.get(col.col);
          if (g) g.cells.push(at);
          else notNumber.set(col.col, { col, cells: [at], first: { raw: v.text, value: 0 } });
        }
        // A Surplus/(Defisit) line is negative when there is a deficit; a Selisih column by its nature.
        if (v.kind === 'number' && v.value < 0 && NO_NEGATIVE.has(col.role) && x.kind !== 'derived' && !SIGNED.test(words(col.path.join(' '))) && col.relation?.rel.kind !== 'difference') {
          ctx.emit({ cell: at, rule: 'number.negative', severity: 'warning', expected: null, actual: v.value, related: [], message: say((f, id) => (id ? `Nilai negatif ${f(v.value)} pada kolom "${col.path.join(' / ')}"` : `Negative value ${f(v.value)} in "${col.path.join(' / ')}"`)) });
        }
      }
    }
    // One finding per column: a reviewer converts a column at once, not cell by cell.
    for (const g of asText.values()) {
      const n = g.cells.length;
      const style = g.first.style === 'en' ? { id: 'Inggris', en: 'English' } : { id: 'Indonesia', en: 'Indonesian' };
      ctx.emit({
        cell: g.cells[0],
        rule: 'number.text',
        severity: 'warning',
        expected: g.first.value,
        actual: g.first.raw,
        related: g.cells.slice(0, 200),
        message: say((f, id) =>
          id
            ? `${n === 1 ? 'Angka' : `${n} angka`} di kolom "${g.col.path.join(' / ')}" tersimpan sebagai teks (${rangeText(g.cells)}), mis. "${g.first.raw}" dibaca ${f(g.first.value)} (gaya ${style.id}); SUM di Excel mengabaikannya — ubah menjadi angka`
            : `${n === 1 ? 'A number' : `${n} numbers`} in column "${g.col.path.join(' / ')}" ${n === 1 ? 'is' : 'are'} stored as text (${rangeText(g.cells)}), e.g. "${g.first.raw}" reads as ${f(g.first.value)} (${style.en} style); Excel's SUM ignores ${n === 1 ? 'it' : 'them'} — convert to numbers`,
        ),
      });
    }
    for (const g of notNumber.values()) {
      const n = g.cells.length;
      ctx.emit({
        cell: g.cells[0],
        rule: 'number.invalid',
        severity: 'warning',
        expected: null,
        actual: g.first.raw,
        related: g.cells.slice(0, 200),
        message: say((_f, id) =>
          n === 1
            ? id
              ? `"${g.first.raw}" bukan angka, padahal kolom "${g.col.path.join(' / ')}" berisi angka`
              : `"${g.first.raw}" is not a number in the numeric column "${g.col.path.join(' / ')}"`
            : id
              ? `${n} sel di kolom "${g.col.path.join(' / ')}" bukan angka (${rangeText(g.cells)}), mis. "${g.first.raw}"`
              : `${n} cells in the numeric column "${g.col.path.join(' / ')}" are not numbers (${rangeText(g.cells)}), e.g. "${g.first.raw}"`,
        ),
      });
    }
    for (const g of withUnit.values()) {
      const n = g.cells.length;
      ctx.emit({
        cell: g.cells[0],
        rule: 'number.unit',
        severity: 'info',
        expected: g.first.value,
        actual: g.first.raw,
        related: g.cells.slice(0, 200),
        message: say((f, id) =>
          id
            ? `${n === 1 ? 'Satu sel' : `${n} sel`} di kolom "${g.col.path.join(' / ')}" memuat satuan (${rangeText(g.cells)}), mis. "${g.first.raw}" dibaca ${f(g.first.value)}; tulis satuan di kolom Satuan agar angka dapat dijumlah`
            : `${n === 1 ? 'A cell' : `${n} cells`} in column "${g.col.path.join(' / ')}" hold${n === 1 ? 's' : ''} a unit (${rangeText(g.cells)}), e.g. "${g.first.raw}" reads as ${f(g.first.value)}; put the unit in the Satuan column so the numbers can be summed`,
        ),
      });
    }
  },
};
