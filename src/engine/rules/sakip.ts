/**
 * The predikat of an evaluation of SAKIP (Permenpan RB 88/2021: AA > 90–100, A > 80–90, BB > 70–80, B > 60–70,
 * CC > 50–60, C > 30–50, D 0–30) typed on a row of its own under the Nilai it grades: "Nilai Akuntabilitas Kinerja |
 * 72,57 | 71,84" over "Predikat | BB | BB". ratio.predikat checks each letter against the figure above it.
 */
import type { CheckContext } from './common';
import { cell, val } from './common';
import { half } from '../tolerance';
import { words } from '../text';
import type { PredikatScale } from '../settings';

export const SAKIP_PREDIKAT: PredikatScale = {
  id: 'sakip',
  name: 'SAKIP (Permenpan RB 88/2021)',
  bands: [
    { min: 90, inclusive: false, label: 'AA' },
    { min: 80, inclusive: false, label: 'A' },
    { min: 70, inclusive: false, label: 'BB' },
    { min: 60, inclusive: false, label: 'B' },
    { min: 50, inclusive: false, label: 'CC' },
    { min: 30, inclusive: false, label: 'C' },
    { min: -Infinity, inclusive: true, label: 'D' },
  ],
};

const PREDIKAT_ROW = /^(predikat|kategori)( (sakip|akip|sakip pd|akuntabilitas kinerja|nilai))?$/;
/** A letter grade with its name in brackets or after a dash or a slash, as LHE tables write it: "BB (Sangat Baik)", "A - Memuaskan", "B / Baik". */
const GRADE = /^(AA|A|BB|B|CC|C|D)(\s*[(/\-–]\s*[a-z ]+\)?)?$/i;
/** Where the double letters are absent (A, B, C only), the table must say what it evaluates. */
const SAKIP_WORDS = /\b(sakip|akip|akuntabilitas kinerja|lhe)\b/;

export interface StatedGrade {
  at: string;
  text: string;
  grade: string;
  /** The figure graded: the nearest number above in the same column. */
  value: number;
  valueCell: string;
  half: number;
}

/**
 * Each letter of a SAKIP predikat with the figure it grades, where the table is an evaluation of SAKIP: a Predikat
 * row under its Nilai row, or a Predikat column beside its Nilai column ("Tahun | Nilai SAKIP | Predikat", the years
 * down the rows).
 */
export function sakipGrades(ctx: CheckContext): StatedGrade[] {
  const out = [...rowGrades(ctx), ...columnGrades(ctx)];
  if (out.length === 0) return out;
  const info = ctx.table.info;
  const doubled = out.some((g) => g.grade.length === 2);
  const named = [...info.title, ...info.columns.map((c) => c.path.join(' ')), ...info.rows.map((x) => x.label)].join(' ');
  return doubled || SAKIP_WORDS.test(words(named)) ? out : [];
}

/** A row a predikat row may grade: the evaluation's Nilai (Skor, Total, Hasil Evaluasi, its SAKIP), or a line with no name. */
function gradedBy(label: string): boolean {
  const w = words(label);
  return w === '' || /\b(nilai|skor|total|jumlah|hasil)\b/.test(w) || SAKIP_WORDS.test(w);
}

function rowGrades(ctx: CheckContext): StatedGrade[] {
  const rows = ctx.table.info.rows;
  const out: StatedGrade[] = [];
  for (let i = 1; i < rows.length; i++) {
    const x = rows[i];
    // (The raw label first: folding every row's label would cost a large table more than the check.)
    if (!/predikat|kategori/i.test(x.label) || !PREDIKAT_ROW.test(words(x.label))) continue;
    for (const col of ctx.table.info.columns) {
      const v = val(ctx, x.row, col.col);
      if (v.kind !== 'text') continue;
      const text = v.text;
      const m = GRADE.exec(text.trim());
      if (!m) continue;
      for (let k = i - 1; k >= 0; k--) {
        const above = val(ctx, rows[k].row, col.col);
        if (above.kind === 'empty') continue;
        // (Under the Nilai it grades: not under another indicator of its own, "Indeks Kepuasan Masyarakat" above a
        // "Predikat SAKIP" row of an indicator table.)
        if (above.kind === 'number' && above.value >= 0 && above.value <= 100 && gradedBy(rows[k].label))
          out.push({ at: cell(x.row, col.col), text, grade: m[1].toUpperCase(), value: above.value, valueCell: cell(rows[k].row, col.col), half: half(above) });
        break;
      }
    }
  }
  return out;
}

/** A Predikat column holding letters only, graded against the nearest Nilai (or Skor) column on its left. */
function columnGrades(ctx: CheckContext): StatedGrade[] {
  const cols = ctx.table.info.columns;
  const out: StatedGrade[] = [];
  for (const col of cols) {
    if (!/\bpredikat\b/.test(words(col.path.join(' ')))) continue;
    const nilai = cols
      .filter((c) => c.col < col.col && /\b(nilai|skor)\b/.test(words(c.path.join(' '))) && !/\bpredikat\b/.test(words(c.path.join(' '))))
      .pop();
    if (!nilai) continue;
    const found: StatedGrade[] = [];
    let other = false;
    for (const x of ctx.table.info.rows) {
      const v = val(ctx, x.row, col.col);
      if (v.kind !== 'text') continue;
      const m = GRADE.exec(v.text.trim());
      // A column of other words (Renstra or LKjIP predikat) is ratio.predikat's own.
      if (!m) {
        other = true;
        break;
      }
      const n = val(ctx, x.row, nilai.col);
      if (n.kind === 'number' && n.value >= 0 && n.value <= 100)
        found.push({ at: cell(x.row, col.col), text: v.text, grade: m[1].toUpperCase(), value: n.value, valueCell: cell(x.row, nilai.col), half: half(n) });
    }
    if (!other) out.push(...found);
  }
  return out;
}
