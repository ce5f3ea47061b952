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
import type { CheckContext } from './common';
import { absent, cell, defineRule, message, num, rangeText, val } from './common';
import { isPending } from '../number';
import { isNumericRole, NOTE_COLUMN, TAX_WORDS } from '../recognise/columns';
import { isCriterion, isMark, words } from '../text';

const NO_NEGATIVE = new Set(['rp', 'akhirRp', 'anggaran', 'realisasiRp', 'value', 'rowTotal', 'target', 'realisasi']);
/** Columns whose values may be negative by what they are: a change, a difference, a deficit. */
const SIGNED =
  /\b(selisih|deviasi|bertambah|berkurang|surplus|defisit|kenaikan|penurunan|perubahan|pertumbuhan|saldo|sisa|lebih|kurang|kelebihan|kekurangan|naik|turun|mutasi|reklasifikasi|koreksi|penyesuaian|growth|difference)\b/;
/** "Debet/(Kredit)", "Naik/(Turun)": the side typed negative, bracketed after the slash. */
const SIGNED_HEAD = /\S\s*\/\s*\(\s*[A-Za-z][A-Za-z ]*\)/;
/** A table whose title names a change or a rate of change. */
const SIGNED_TITLE = /\b(laju|pertumbuhan|perubahan|inflasi|deflasi|selisih|kenaikan|penurunan|surplus|defisit|growth|change)\b/;
/** A row negative by what it is: a contra account, a net flow, a deduction ("Akumulasi Penyusutan", "Arus Kas Bersih …", "dikurangi: …"). */
const SIGNED_ROW =
  /\b((akumulasi|akm|akum) (penyusutan|amortisasi)|penyisihan|cadangan kerugian|arus kas bersih|dikurangi|dikurangkan|pengurangan|potongan|(belanja|pengeluaran)( pembiayaan)? wajib|wajib dan mengikat)\b/;
/** A row of change or a contra account, signed on every column. */
const signedRow = (label: string) => {
  const w = words(label);
  return SIGNED_TITLE.test(w) || SIGNED_ROW.test(w);
};
/** Error values that mean the formula itself is broken, not that its inputs are missing. */
const BROKEN = /^#(REF!|NAME\?|NULL!|SPILL!|CALC!)$/;

/** How many cells of one kind a column gathers before they are reported as one finding. */
interface Gathered {
  col: ColumnInfo;
  cells: string[];
  first: { raw: string; value: number; style?: string };
  /** Every cell a mark (number.invalid's cells only). */
  marks?: boolean;
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

const colName = (d: { col: string }) => d.col;
/** "C, D, E, O, P" for the first cells of the columns (eight at most, then "…"). */
function columnLetters(cells: string[]): string {
  const letters = cells.map((a) => a.replace(/\d+$/, ''));
  return letters.length > 8 ? `${letters.slice(0, 8).join(', ')}, …` : letters.join(', ');
}

/** Columns of one table holding numbers stored as text from which they are said once, for the table. */
const TABLE_WIDE = 3;

/**
 * A column of identifiers (a regulation's Nomor and Tahun, a NIP, a road's "No. Ruas" typed "054" to keep its zero):
 * digits typed as text there are no amount to convert.
 */
const IDENTIFIER =
  /^((nomor|no|kode)( [a-z]+){0,2}|tahun|th|thn|tahun anggaran|ta|tahun terbit|tahun ditetapkan|tahun pengesahan|nip|nik|npwp|npsn|nuptk|nisn|nrg|nib|telepon)$/;

/**
 * Columns where a word without a digit is a qualitative target or a milestone ("Penyusunan PK",
 * "LKjIP", "Monev" in a rencana aksi's triwulan), not a number typed wrong. A realisasi in words
 * ("seratus", "dalam proses") is still said: it is what was achieved, and cannot be checked.
 */
const QUALITATIVE_FIGURES = new Set<ColumnInfo['role']>(['target', 'realisasi', 'akhirTarget', 'kondisiAwal']);
/** A satuan that names a grade, not a quantity. */
const QUALITATIVE_UNIT = /^(predikat|level|tingkat|zona|status|kategori|klaster|strata|opini|peringkat|nilai huruf|huruf|kualitatif|skala|tahap|tahapan)\b/;
const MILESTONE_ROLES = new Set<ColumnInfo['role']>(['target', 'akhirTarget']);

/** A text with a word in it (three letters or more), not a figure typed wrong ("92.35.1", "1 1"). */
const HAS_WORD = /\p{L}{3,}/u;

/** Words, not a number typed wrong: no digit at all ("Monev"), or a figure inside a phrase ("Turun menjadi 3,2% (2029)"). */
function isProse(text: string): boolean {
  return !/\d/.test(text) || (text.match(/\p{L}{3,}/gu)?.length ?? 0) >= 2;
}

export default defineRule({
  meta: {
    id: 'number.text',
    arithmetic: false,
    emits: {
      'number.text': {
        severity: 'warning',
        title: { id: 'Angka tersimpan sebagai teks', en: 'Number stored as text' },
        messages: {
          default: message(
            (d, w) =>
              `${d.n === 1 ? 'Angka' : `${w.n(d.n, 0)} angka`} di kolom "${colName(d)}" tersimpan sebagai teks (${d.range}), mis. "${d.raw}" dibaca ${w.n(d.value, 6)} (gaya ${d.style === 'en' ? 'Inggris' : 'Indonesia'}); SUM di Excel mengabaikannya — ubah menjadi angka`,
            (d, w) =>
              `${d.n === 1 ? 'A number' : `${w.n(d.n, 0)} numbers`} in column "${colName(d)}" ${d.n === 1 ? 'is' : 'are'} stored as text (${d.range}), e.g. "${d.raw}" reads as ${w.n(d.value, 6)} (${d.style === 'en' ? 'English' : 'Indonesian'} style); Excel's SUM ignores ${d.n === 1 ? 'it' : 'them'} — convert to numbers`,
          ),
          /** Three columns or more of one table (a table pasted from Word or a PDF): said once, for the table. */
          table: message(
            (d, w) =>
              `${w.n(d.n, 0)} angka di ${w.n(d.m, 0)} kolom tabel ini tersimpan sebagai teks (kolom ${d.cols}), mis. "${d.raw}" di ${d.first} dibaca ${w.n(d.value, 6)} (gaya ${d.style === 'en' ? 'Inggris' : 'Indonesia'}); SUM di Excel mengabaikannya — ubah menjadi angka sekaligus (pilih selnya, lalu Data ▸ Text to Columns)`,
            (d, w) =>
              `${w.n(d.n, 0)} numbers in ${w.n(d.m, 0)} columns of this table are stored as text (columns ${d.cols}), e.g. "${d.raw}" at ${d.first} reads as ${w.n(d.value, 6)} (${d.style === 'en' ? 'English' : 'Indonesian'} style); Excel's SUM ignores them — convert them at once (select the cells, then Data ▸ Text to Columns)`,
          ),
        },
      },
      'number.unit': {
        severity: 'info',
        title: { id: 'Satuan di dalam sel angka', en: 'Unit inside a number cell' },
        messages: {
          default: message(
            (d, w) =>
              `${d.n === 1 ? 'Satu sel' : `${w.n(d.n, 0)} sel`} di kolom "${colName(d)}" memuat satuan (${d.range}), mis. "${d.raw}" dibaca ${w.n(d.value, 6)}; tulis satuan di kolom Satuan agar angka dapat dijumlah`,
            (d, w) =>
              `${d.n === 1 ? 'A cell' : `${w.n(d.n, 0)} cells`} in column "${colName(d)}" hold${d.n === 1 ? 's' : ''} a unit (${d.range}), e.g. "${d.raw}" reads as ${w.n(d.value, 6)}; put the unit in the Satuan column so the numbers can be summed`,
          ),
          /** The column is added up by a Jumlah row of the table: Excel's SUM leaves the text out. */
          summed: message(
            (d, w) =>
              `${d.n === 1 ? 'Satu sel' : `${w.n(d.n, 0)} sel`} di kolom "${colName(d)}" memuat satuan (${d.range}), mis. "${d.raw}" dibaca ${w.n(d.value, 6)}; kolom ini dijumlahkan baris Jumlah, dan SUM di Excel mengabaikan teks — tulis angkanya saja (satuan di kolom Satuan)`,
            (d, w) =>
              `${d.n === 1 ? 'A cell' : `${w.n(d.n, 0)} cells`} in column "${colName(d)}" hold${d.n === 1 ? 's' : ''} a unit (${d.range}), e.g. "${d.raw}" reads as ${w.n(d.value, 6)}; the column is added up by a total row, and Excel's SUM ignores text — type the number alone (the unit in the Satuan column)`,
            'warning',
          ),
        },
      },
      'number.invalid': {
        severity: 'warning',
        title: { id: 'Isi sel bukan angka', en: 'Not a number' },
        messages: {
          default: message(
            (d, w) =>
              d.n === 1
                ? `"${d.raw}" bukan angka, padahal kolom "${colName(d)}" berisi angka`
                : `${w.n(d.n, 0)} sel di kolom "${colName(d)}" bukan angka (${d.range}), mis. "${d.raw}"`,
            (d, w) =>
              d.n === 1
                ? `"${d.raw}" is not a number in the numeric column "${colName(d)}"`
                : `${w.n(d.n, 0)} cells in the numeric column "${colName(d)}" are not numbers (${d.range}), e.g. "${d.raw}"`,
          ),
          /** An Excel error value other than a ratio's #DIV/0!. */
          excelError: message(
            (d) => `Sel berisi galat Excel ${d.code}`,
            (d) => `The cell holds the Excel error ${d.code}`,
          ),
          /** #REF!, #NAME? …: the formula itself is broken. */
          broken: message(
            (d) => `Rumus rusak: sel berisi galat Excel ${d.code}`,
            (d) => `Broken formula: the cell holds the Excel error ${d.code}`,
            'error',
          ),
        },
      },
      'number.malformed': {
        severity: 'warning',
        title: { id: 'Angka salah tulis', en: 'Malformed number' },
        messages: {
          default: message(
            (d, w) => `Angka salah tulis: "${d.raw}" dibaca sebagai ${w.n(d.value, 6)} (tanda desimal tertukar); betulkan penulisannya`,
            (d, w) => `Malformed number: "${d.raw}" is read as ${w.n(d.value, 6)} (the decimal mark is the thousands mark); correct how it is written`,
          ),
          /** A letter typed for the last digit: read as the digit it looks like. */
          letter: message(
            (d, w) => `Angka salah tulis: "${d.raw}" memuat huruf ${d.letter} di tempat angka, dibaca ${w.n(d.value, 6)}; betulkan penulisannya`,
            (d, w) => `Malformed number: "${d.raw}" has the letter ${d.letter} where a digit belongs, read as ${w.n(d.value, 6)}; correct how it is written`,
          ),
        },
      },
      'number.negative': {
        severity: 'warning',
        title: { id: 'Nilai negatif', en: 'Negative value' },
        messages: {
          default: message(
            (d, w) => `Nilai negatif ${w.n(d.value)} pada kolom "${colName(d)}"`,
            (d, w) => `Negative value ${w.n(d.value)} in "${colName(d)}"`,
          ),
        },
      },
      'ratio.undefined': {
        severity: 'warning',
        title: { id: 'Rasio tidak terdefinisi', en: 'Ratio undefined' },
        messages: {
          default: message(
            (d) => `Rasio tidak terdefinisi (${d.code})${d.why ? ': pembaginya 0, "-" atau kosong' : ''}; tulis "-" bila memang tidak ada nilainya`,
            (d) => `No ratio can be computed (${d.code})${d.why ? ': its denominator is 0, "-" or empty' : ''}; write "-" where there is no value`,
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const cols = table.info.columns.filter((c) => isNumericRole(c.role));
    const asText = new Map<number, Gathered>();
    const withUnit = new Map<number, Gathered>();
    const notNumber = new Map<number, Gathered>();
    // "85%": a number typed as text, unless its column writes units in its cells ("6 Unit", "5.420 Orang"),
    // where the % is that row's unit like the others.
    const typed: Array<{ col: ColumnInfo; at: string; raw: string; value: number; style?: string; unit?: string }> = [];
    const unitCols = new Set<number>();
    const gather = (m: Map<number, Gathered>, col: ColumnInfo, at: string, raw: string, value: number, style?: string) => {
      const g = m.get(col.col);
      if (g) g.cells.push(at);
      else m.set(col.col, { col, cells: [at], first: { raw, value, style } });
    };
    // A table of growth or change ("Laju Pertumbuhan PDRB", "Inflasi") is signed whatever its columns say.
    const signedTable = SIGNED_TITLE.test(words(table.info.title.join(' ')));
    // The flows of a balance (Pelunasan, Pemakaian typed negative, the closing following them as typed).
    const flows = new Set(table.info.columns.filter((c) => c.balance).flatMap((c) => [...(c.parts ?? []), ...(c.minus ?? [])]));
    // A column of no named kind ("2020", "Nilai") holds counts when all its numbers are whole: there a
    // negative is a slip; among decimals (rates, indices, growth) it is a value like any other.
    const counts = new Map<number, boolean>();
    const countColumn = (c: number) => {
      let k = counts.get(c);
      if (k === undefined) {
        k = table.info.rows.every((x) => {
          const n = table.view.numberAt(x.row, c);
          return n === undefined || Number.isInteger(n);
        });
        counts.set(c, k);
      }
      return k;
    };
    // A qualitative indicator's row (Predikat, Level, Zona in its satuan, or words in both its target and
    // realisasi: "Paripurna | Paripurna", "Zona Hijau"): its words are its values, not numbers typed wrong.
    const figures = table.info.columns.filter((c) => QUALITATIVE_FIGURES.has(c.role));
    const satuan = table.ctx.satuanCol;
    const qualitativeRow = (r: number) =>
      (satuan !== undefined && QUALITATIVE_UNIT.test(words(table.view.shownText(r, satuan)))) ||
      figures.filter((c) => table.view.value(r, c.col).kind === 'text').length >= 2;
    // Another column of the figures (right of the names, not a note on the row) holding words too: the row compares in
    // words.
    const named = new Set<ColumnInfo['role']>(['no', 'label', 'kode', 'indicator', 'satuan']);
    const note = (o: ColumnInfo) => NOTE_COLUMN.test(words(o.path.join(' ')));
    const nameCol = Math.max(table.ctx.labelCol ?? -1, table.ctx.indicatorCol ?? -1);
    const proseBeside = (r: number, c: number) =>
      table.info.columns.some((o) => {
        if (o.col === c || o.col <= nameCol || named.has(o.role) || note(o)) return false;
        const w = table.view.value(r, o.col);
        return w.kind === 'text' && HAS_WORD.test(w.text);
      });
    // A caption typed across the figures under the header ("Jumlah Koperasi Baru" over TW I … IV): the row's one cell,
    // with no name beside it and no figure, says what the figures count.
    const caption = (r: number) => table.info.columns.filter((c) => table.view.value(r, c.col).kind !== 'empty').length === 1;
    // A group's row over its items stating no figure anywhere ("I | Bidang Pendidikan | Dinas Pendidikan" over its layanan):
    // its words in a figure column name who or where it is for, nothing typed wrong.
    const parents = new Set(table.info.rows.map((y) => y.parent));
    const wordsOnly = (r: number) => parents.has(r) && !cols.some((c) => table.view.kindAt(r, c.col) === 'number');
    // Each column's habit, read once where a figure typed as text is met (most columns have none):
    // - mostly words ("AKI 122 per 100.000 KH", "≥ 95%", "14%" under "Target Nasional" of a problems table): its one
    //   figure typed as text is prose like the rest, nothing a SUM reads;
    // - figures typed with their units ("4 Laporan", "85,50 %": a Renja's Target Capaian Kinerja), two thirds of its
    //   figures or more: text by habit, and a bare figure typed as text among them ("74,48") too (number.unit says the units).
    const habits = new Map<number, { wordy: boolean; withUnits: boolean }>();
    const habitOf = (c: number) => {
      let h = habits.get(c);
      if (h === undefined) {
        let texts = 0;
        let numbers = 0;
        let units = 0;
        let figures = 0;
        let marks = 0;
        for (const x of table.info.rows) {
          // (kindAt: no value made for a packed number.)
          const kind = table.view.kindAt(x.row, c);
          if (kind === 'text') {
            texts++;
            if (isMark(table.view.shownText(x.row, c))) marks++;
          } else if (kind === 'number') numbers++;
          if (x.kind === 'blank' || x.kind === 'headerRepeat' || x.kind === 'total') continue;
          const v = table.view.value(x.row, c);
          if (v.kind !== 'number') continue;
          figures++;
          if (v.fromText && v.unit && v.unit !== 'Rp') units++;
        }
        // (Or a column of marks, "√" or "SPM" on some rows, with as few figures: its "100%" a reference typed so.)
        h = { wordy: (texts >= 2 && texts > numbers) || (marks >= 1 && marks >= figures), withUnits: units >= 2 && 3 * units >= 2 * figures };
        habits.set(c, h);
      }
      return h;
    };
    for (const x of table.info.rows) {
      if (['blank', 'headerRepeat'].includes(x.kind)) continue;
      for (const col of cols) {
        // A number stored as one, not negative: nothing to say (and no typed value to make).
        const stored = table.view.raw(x.row, col.col);
        if (typeof stored === 'number' && Number.isFinite(stored) && stored >= 0 && !table.view.isError(x.row, col.col)) continue;
        const v = table.view.value(x.row, col.col);
        // Only text, errors and text or negative numbers have something to say: skip the rest early.
        if (!(v.kind === 'text' || v.kind === 'error' || (v.kind === 'number' && (v.fromText || v.value < 0)))) continue;
        const at = cell(x.row, col.col);
        const raw = String(table.view.raw(x.row, col.col) ?? '');
        if (v.kind === 'number' && v.malformed) {
          ctx.report('number.malformed', {
            cell: at,
            ...(v.letter ? { messageId: 'letter' } : {}),
            expected: v.value,
            actual: raw,
            related: [],
            data: { raw, value: v.value, letter: v.letter },
          });
        } else if (v.kind === 'number' && v.fromText) {
          // (English style among them is still said: "1,250.50" is read as 1.250,5 only by its style.)
          if (habitOf(col.col).wordy || (!v.unit && v.style !== 'en' && habitOf(col.col).withUnits)) continue;
          typed.push({ col, at, raw, value: v.value, style: v.style, unit: v.unit });
          if (v.unit && v.unit !== '%' && v.unit !== 'Rp') unitCols.add(col.col);
        } else if (v.kind === 'error') {
          const undefinedRatio = v.code === '#DIV/0!' && (col.role === 'ratio' || !!col.percent);
          const data = { code: v.code, why: undefinedRatio && denominatorAbsent(ctx, col, x) !== false };
          // (A leftover formula alone on an unused row, "=#REF!/C7*100" above TOTAL: said as a note, as below the table.)
          const alone = !cols.some((c) => c.col !== col.col && table.view.value(x.row, c.col).kind !== 'empty') && !x.label;
          if (undefinedRatio) ctx.report('ratio.undefined', { cell: at, expected: null, actual: v.code, related: [], data });
          else
            ctx.report('number.invalid', {
              cell: at,
              ...(alone ? { severity: 'info' as const } : {}),
              messageId: BROKEN.test(v.code) ? 'broken' : 'excelError',
              expected: null,
              actual: v.code,
              related: [],
              data,
            });
        } else if (
          v.kind === 'text' &&
          // (A heading row carrying figures, an OPD of a rekap by its kode, is an amount row like the others.)
          (x.kind !== 'heading' || cols.some((c) => c.col !== col.col && table.view.kindAt(x.row, c.col) === 'number')) &&
          !caption(x.row) &&
          !wordsOnly(x.row) &&
          !isCriterion(v.text) &&
          !(MILESTONE_ROLES.has(col.role) && isProse(v.text)) &&
          !(QUALITATIVE_FIGURES.has(col.role) && qualitativeRow(x.row)) &&
          // (A draft's word for a figure not in yet: "proses", "on progress", "TW IV belum", "menunggu rilis BPS".)
          !isPending(v.text.trim()) &&
          // (Words beside sentences on a row, "3 sasaran dengan 8 indikator" | "5 sasaran dengan 5 indikator" or "1.02.01
          // (Permendagri 13/2006)" of a Review Renstra: a row compared in words, not a figure typed wrong.)
          !(HAS_WORD.test(v.text) && proseBeside(x.row, col.col))
        ) {
          const g = notNumber.get(col.col);
          if (g) {
            g.cells.push(at);
            g.marks &&= isMark(v.text);
          } else notNumber.set(col.col, { col, cells: [at], first: { raw: v.text, value: 0 }, marks: isMark(v.text) });
        }
        // A Surplus/(Defisit) line is negative when there is a deficit; a Selisih column by its nature.
        if (
          v.kind === 'number' &&
          v.value < 0 &&
          NO_NEGATIVE.has(col.role) &&
          x.kind !== 'derived' &&
          !SIGNED.test(words(col.path.join(' '))) &&
          // (A contra account heading its column, "Akumulasi Penyusutan (Rp)" typed (7.500.000.000), as on its row.)
          !SIGNED_ROW.test(words(col.path.join(' '))) &&
          !signedTable &&
          !flows.has(col.col) &&
          // A journal's amounts (a Buku Kas Umum of one "Jumlah" column) are signed by their side.
          !table.ctx.dated &&
          // A header stating its negative side in brackets ("Debet/(Kredit)", "Lebih/(Kurang)").
          !SIGNED_HEAD.test(col.path.join(' ')) &&
          // A row of change ("Laju Pertumbuhan Ekonomi" −16,55 in 2020, "Inflasi") or a contra account ("Akumulasi Penyusutan").
          !signedRow(x.label) &&
          col.relation?.rel.kind !== 'difference' &&
          (col.role !== 'value' || countColumn(col.col))
        ) {
          ctx.report('number.negative', { cell: at, expected: null, actual: v.value, related: [], data: { value: v.value, col: col.path.join(' / ') } });
        }
      }
    }
    // "Rp 1.091.140.000,00" in a money column is money typed as text, not a unit for the Satuan column; among
    // "150 orang", "12 dokumen" it is that row's unit like the others, as "85%" is.
    for (const t of typed)
      // (A line's tax rate printed "11%" / "0%" by SIPD: a label of the rate no sum reads; ratio.weighted reads it as typed.)
      if (t.unit === '%' && TAX_WORDS.test(words(t.col.path.join(' ')))) continue;
      else if (t.unit && ((t.unit !== '%' && t.unit !== 'Rp') || unitCols.has(t.col.col))) gather(withUnit, t.col, t.at, t.raw, t.value);
      else gather(asText, t.col, t.at, t.raw, t.value, t.style);
    // One finding per column: a reviewer converts a column at once, not cell by cell.
    const columnData = (g: Gathered) => ({
      n: g.cells.length,
      col: g.col.path.join(' / '),
      range: rangeText(g.cells),
      raw: g.first.raw,
      value: g.first.value,
      style: g.first.style,
    });
    const textCols = [...asText.values()].filter((g) => !IDENTIFIER.test(words(g.col.path[g.col.path.length - 1] ?? ''))).sort((a, b) => a.col.col - b.col.col);
    // Pasted: a fifth or more of the column's figures are text (a table pasted from Word or a PDF keeps a third of them so,
    // scattered); a cell or two typed so among many numbers are slips, each said where it is.
    // (Counted once per column: both the pasted and the habit tests ask.)
    const figureCount = new Map<number, number>();
    const figuresIn = (col: number) => {
      let n = figureCount.get(col);
      if (n === undefined) figureCount.set(col, (n = ctx.table.info.rows.reduce((k, x) => k + (num(ctx, x.row, col) ? 1 : 0), 0)));
      return n;
    };
    const pasted = textCols.filter((g) => g.cells.length >= 2 && 5 * g.cells.length >= figuresIn(g.col.col));
    // (Or text in four columns or more, a cell or two each, a twentieth of their figures at least: the table's own habit,
    // said once rather than column by column. Four slips among a 10,000-row table's figures are each said.)
    const habit =
      textCols.length > TABLE_WIDE && 20 * textCols.reduce((k, g) => k + g.cells.length, 0) >= textCols.reduce((k, g) => k + figuresIn(g.col.col), 0);
    if (pasted.length >= TABLE_WIDE || habit) {
      // A pasted table's numbers are text in most of its columns: one warning for the table, each column's first cell named.
      const first = textCols[0];
      const heads = textCols.map((g) => g.cells[0]);
      ctx.report('number.text', {
        cell: first.cells[0],
        messageId: 'table',
        expected: first.first.value,
        actual: first.first.raw,
        related: [...new Set([...heads, ...textCols.flatMap((g) => g.cells)])].slice(0, 200),
        data: {
          n: textCols.reduce((k, g) => k + g.cells.length, 0),
          m: textCols.length,
          cols: columnLetters(heads),
          first: first.cells[0],
          raw: first.first.raw,
          value: first.first.value,
          style: first.first.style,
        },
      });
    } else
      for (const g of textCols)
        ctx.report('number.text', { cell: g.cells[0], expected: g.first.value, actual: g.first.raw, related: g.cells.slice(0, 200), data: columnData(g) });
    for (const g of notNumber.values()) {
      // A column of marks ("√" on the SPM rows, "IKK" on one, "-" on the rest; a "√" beside one "100%"): ticks, no
      // figures typed wrong — as many marks as figures or more, each a short word or sign.
      if (g.marks && figuresIn(g.col.col) <= g.cells.length) continue;
      ctx.report('number.invalid', { cell: g.cells[0], expected: null, actual: g.first.raw, related: g.cells.slice(0, 200), data: columnData(g) });
    }
    // A column whose total row states a number (not "57 orang" typed like its rows) is added up: there the text is left
    // out of the sum.
    const summed = (col: number) =>
      ctx.table.info.rows.some((x) => {
        const v = x.kind === 'total' ? val(ctx, x.row, col) : undefined;
        return v?.kind === 'number' && !v.fromText;
      });
    for (const g of withUnit.values())
      ctx.report('number.unit', {
        cell: g.cells[0],
        ...(summed(g.col.col) ? { messageId: 'summed' } : {}),
        expected: g.first.value,
        actual: g.first.raw,
        related: g.cells.slice(0, 200),
        data: columnData(g),
      });
  },
});
