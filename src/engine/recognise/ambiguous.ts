/**
 * "1,250" and "3.125": one separator with three digits after it is read the Indonesian way by default
 * (1,25 and 3.125 = 3125, number.ts), but English style turns up in the same workbooks (DOMAIN). The
 * column decides, once its header says what it holds: a thousands comma among whole counts of
 * hundreds, a decimal point among small decimals. Anything less clear keeps the default reading.
 */
import type { SheetView } from '../sheet';
import type { ColumnInfo, RowInfo } from '../types';
import type { NumberValue } from '../number';
import type { TableSpan } from './header';
import { isNumericRole } from './columns';
import { words } from '../text';
import { writtenScale } from './relations';

const LONE_SEPARATOR = /^(\d{1,3})([.,])(\d{3})$/;

/** A number typed as text with one or two decimals after a comma ("4,87", "47,00"): number.ts's Indonesian reading. */
function commaDecimal(view: SheetView, r: number, c: number): boolean {
  if (view.kindAt(r, c) !== 'number') return false;
  const v = view.value(r, c);
  return v.kind === 'number' && v.fromText && v.style === 'id' && v.decimals > 0 && v.decimals < 3;
}

export function rereadAmbiguous(view: SheetView, t: TableSpan, cols: ColumnInfo[]): void {
  // Whether the table's typist writes decimals with a comma anywhere (the column's own included): asked only before a
  // dot is read as a decimal point, once per table.
  let tableComma: boolean | undefined;
  const typedWithComma = () => {
    if (tableComma === undefined) {
      tableComma = false;
      for (const c of cols) {
        if (!isNumericRole(c.role)) continue;
        for (let r = t.bodyTop; r <= t.bodyEnd && !tableComma; r++) tableComma = commaDecimal(view, r, c.col);
        if (tableComma) break;
      }
    }
    return tableComma;
  };
  for (const col of cols) {
    if (!isNumericRole(col.role)) continue;
    // Text cells only: most columns hold none, and are passed over without reading their numbers.
    const lone: { r: number; m: RegExpExecArray }[] = [];
    for (let r = t.bodyTop; r <= t.bodyEnd; r++) {
      const raw = view.raw(r, col.col);
      const m = typeof raw === 'string' && raw.length <= 9 ? LONE_SEPARATOR.exec(raw.trim()) : null;
      if (m && m[1] !== '0') lone.push({ r, m });
    }
    if (lone.length === 0) continue;
    const others: number[] = [];
    for (let r = t.bodyTop, k = 0; r <= t.bodyEnd; r++) {
      if (lone[k]?.r === r) {
        k++;
        continue;
      }
      const n = view.numberAt(r, col.col);
      if (n !== undefined) others.push(n);
    }
    // A column typed all in one style ("1,234 | 987 | 1,500", an English export of head counts): every comma
    // followed by three digits, every other number whole, and a header of counts or money, not of measures.
    // (Not where the table's typist writes decimals with a comma: "3,306" beside "80,68" is an NRR of three decimals.)
    if (allThousands(col, lone, others) && !typedWithComma()) {
      for (const { r, m } of lone) view.reread(r, col.col, asThousands(m));
      continue;
    }
    // A column whose other figures typed as text are English only ("94.74", "1,091,140,000") and none Indonesian: its
    // lone separators are English too ("1,250" one thousand two hundred and fifty, "1.200" one point two).
    if (typedStyle(view, t, col.col, lone) === 'en') {
      for (const { r, m } of lone) view.reread(r, col.col, m[2] === ',' ? asThousands(m) : asDecimal(m));
      continue;
    }
    if (others.length < 2 || lone.length > others.length) continue;
    const whole = others.every(Number.isInteger);
    const sorted = [...others].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const smallDecimals = !whole && sorted[sorted.length - 1] < 100 && sorted[0] > -100;
    for (const { r, m } of lone) {
      // "1,250" read 1,25 among 864, 1105, 1312 people: 1.250 people.
      if (m[2] === ',' && whole && median >= 100) view.reread(r, col.col, asThousands(m));
      // "3.125" read 3.125 (thousands) among 3,4 | 66,42: 3,125.
      // Not where the table's typist writes decimals with a comma ("4,87" in the column, "27,65" two columns over): a
      // dot there groups thousands ("1.020" people, "19.857" tonnes beside "17.633").
      else if (m[2] === '.' && smallDecimals && !typedWithComma()) view.reread(r, col.col, asDecimal(m));
    }
  }
}

/** The one style a column's other text figures are typed in ('en', 'id'), or null when none or both. */
function typedStyle(view: SheetView, t: TableSpan, c: number, lone: { r: number }[]): 'en' | 'id' | null {
  const skip = new Set(lone.map((x) => x.r));
  let en = 0;
  let id = 0;
  for (let r = t.bodyTop; r <= t.bodyEnd; r++) {
    if (skip.has(r) || typeof view.raw(r, c) !== 'string') continue;
    const v = view.value(r, c);
    if (v.kind !== 'number' || !v.fromText) continue;
    if (v.style === 'en') en++;
    else if (v.style === 'id') id++;
  }
  return en > 0 && id === 0 ? 'en' : id > 0 && en === 0 ? 'id' : null;
}

/** Units measured with decimals (a length, an area, a rate): "12,345" there may well be 12,345 km. */
const MEASURE = /\b(km|ha|hektar|ton|kg|m2|m3|meter|liter|persen|indeks|index|rasio|rata|nilai|skor)\b|%|²|³/;

function allThousands(col: ColumnInfo, lone: { m: RegExpExecArray }[], others: number[]): boolean {
  if (lone.length < 2 || col.percent || col.role === 'ratio' || MEASURE.test(words(col.path.join(' ')))) return false;
  // (Or both separators among them, "16,309" above "11.198": two typists' thousands, no one writes decimals both ways.)
  const mixed = lone.some(({ m }) => m[2] === ',') && lone.some(({ m }) => m[2] === '.');
  return (mixed || lone.every(({ m }) => m[2] === ',')) && others.every(Number.isInteger);
}

/**
 * A lone separator its column could not settle ("1.250" alone in a Target column of numbers), read again by its row:
 * where the row's stated ratio fits its inputs only with the other reading (1,31 / 1,25 × 100 = 104,8 stated, where
 * 1,31 / 1.250 gives 0,1), that reading is the typist's. Asked of ratio columns their relations explained, after them.
 */
export function rereadByRatio(view: SheetView, cols: ColumnInfo[], rows: RowInfo[]): void {
  for (const col of cols) {
    const rel = col.relation?.rel;
    if (!rel || rel.kind !== 'ratio' || rel.numParts || rel.denParts) continue;
    for (const x of rows) {
      if (x.kind !== 'indicator') continue;
      const num = otherReading(view, x.row, rel.num);
      const den = otherReading(view, x.row, rel.den);
      if (!num && !den) continue;
      // (At the row's own written scale: "5.337" births under an AKI's "x 100.000" beside percentages is 5337.)
      const written = writtenScale(view, cols, x.row, rel.num, rel.den);
      if (written === null) continue;
      const k = written ?? rel.k;
      const S = view.value(x.row, col.col);
      if (S.kind !== 'number' || S.value === 0) continue;
      const R = view.numberAt(x.row, rel.num);
      const T = view.numberAt(x.row, rel.den);
      if (R === undefined || T === undefined) continue;
      const half = 0.5 * 10 ** -Math.max(0, S.decimals) + 1e-9 * Math.abs(S.value);
      const fits = (r: number, t: number) => t !== 0 && r !== 0 && [(r / t) * k, (t / r) * k, ((2 * t - r) / t) * k].some((v) => Math.abs(v - S.value) <= half);
      if (fits(R, T)) continue;
      // Each input read the other way alone, then both: the first that fits is the row's reading.
      const tries: [number, number, boolean, boolean][] = [
        [num?.value ?? R, T, !!num, false],
        [R, den?.value ?? T, false, !!den],
        [num?.value ?? R, den?.value ?? T, !!num, !!den],
      ];
      const hit = tries.find(([r, t, a, b]) => (a || b) && fits(r, t));
      if (!hit) continue;
      if (hit[2]) view.reread(x.row, rel.num, num!);
      if (hit[3]) view.reread(x.row, rel.den, den!);
    }
  }
}

/** The other reading of a lone separator typed as text ("1.250": 1,25 where it was read 1.250, and back). */
function otherReading(view: SheetView, r: number, c: number): NumberValue | undefined {
  const raw = view.raw(r, c);
  const m = typeof raw === 'string' && raw.length <= 9 ? LONE_SEPARATOR.exec(raw.trim()) : null;
  if (!m || m[1] === '0') return undefined;
  const v = view.value(r, c);
  if (v.kind !== 'number') return undefined;
  return v.value === Number(m[1] + m[3]) ? asDecimal(m) : asThousands(m);
}

/** A lone separator's two readings: a thousands group ("1,250" English, "1.250" Indonesian: 1250), or a decimal point ("1.250" English: 1,25). */
function asThousands(m: RegExpExecArray): NumberValue {
  return { kind: 'number', value: Number(m[1] + m[3]), decimals: 0, style: m[2] === ',' ? 'en' : 'id', fromText: true };
}
function asDecimal(m: RegExpExecArray): NumberValue {
  return { kind: 'number', value: Number(`${m[1]}.${m[3]}`), decimals: 3, style: m[2] === '.' ? 'en' : 'id', fromText: true };
}
