/** kode.*: a child's kode rekening extends its parent's; kode typed as numbers lose digits ("2.10" → 2.1). */
import type { CheckContext } from './common';
import { cell, defineRule, kindWord, message, quoted, rangeText, rowKind } from './common';
import { isAccountCode, labelCode, tierFromKode, unitBidang } from '../recognise/rows';
import type { RowInfo } from '../types';
import type { Table } from '../recognise';

export default defineRule({
  meta: {
    id: 'kode.parent',
    arithmetic: false,
    emits: {
      'kode.parent': {
        severity: 'warning',
        title: { id: 'Kode rekening tidak mengikuti induknya', en: 'Kode rekening does not extend its parent' },
        messages: {
          default: message(
            (d, w) => `Kode ${d.kode} pada ${kindWord(d.kind, w.lang)} ${d.row} tidak diawali kode induknya ${d.parent}`,
            (d, w) => `Kode ${d.kode} of ${kindWord(d.kind, w.lang)} ${d.row} does not start with its parent's kode ${d.parent}`,
          ),
        },
      },
      'kode.number': {
        severity: 'warning',
        title: { id: 'Kode tersimpan sebagai angka', en: 'Kode stored as a number' },
        messages: {
          default: message(
            (d) => `Kode ${d.raw} tersimpan sebagai angka: angka nol di belakang hilang (mis. 2.10 menjadi 2.1). Simpan kode sebagai teks`,
            (d) => `Kode ${d.raw} is stored as a number: trailing zeros are lost (2.10 becomes 2.1). Store codes as text`,
          ),
          /** Codes stored as numbers with nothing showing a lost digit: one note for the column. */
          column: message(
            (d, w) =>
              `${d.n === 1 ? 'Satu kode' : `${w.n(d.n, 0)} kode`} di kolom kode tersimpan sebagai angka (${d.range}), mis. ${d.raw}; kode seperti 2.10 akan menjadi 2.1. Simpan kode sebagai teks`,
            (d, w) =>
              `${d.n === 1 ? 'A kode' : `${w.n(d.n, 0)} kodes`} in the kode column ${d.n === 1 ? 'is' : 'are'} stored as numbers (${d.range}), e.g. ${d.raw}; a code like 2.10 would become 2.1. Store codes as text`,
            'info',
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const kodeCols = table.ctx.kodeCols;
    // With no kode column, the Kepmendagri codes typed before the names ("2.07.03.2.01.0002 Akreditasi …") are the kode.
    const labelCol = table.ctx.labelCol;
    const inLabel = kodeCols.length === 0 && labelCol !== undefined;
    if (kodeCols.length === 0 && !inLabel) return;
    if (kodeCols.length) reportNumericKodes(ctx);
    const codeOf = (y: RowInfo): string | undefined => {
      if (!inLabel) return y.kode;
      const k = labelCode(y);
      return k && tierFromKode(k) ? k : undefined;
    };
    for (const x of table.info.rows) {
      // Only codes that extend their parents' (Kepmendagri) say anything by their prefix; an RKA-K/L
      // komponen 051 under output 2726.AEH.001 is right as it is.
      // (A kode split over columns, Urusan | Bidang | Program | Kegiatan | Sub Kegiatan, extends its parent's by its layout.)
      const kode = codeOf(x);
      if (!kode || x.parent === undefined || (!inLabel && !table.ctx.prefixCodes && kodeCols.length < 2)) continue;
      const p = table.row(x.parent);
      const parentKode = p && codeOf(p);
      if (!p || !parentKode) continue;
      const mine = norm(kode);
      const theirs = norm(parentKode);
      if (extendsKode(mine, theirs)) continue;
      // Split over columns with each row typing only its own part ("01" | "2.01" under Kode ▸ Prog | Keg): the row
      // extends its parent's code by its place, right of the parent's columns.
      if (kodeCols.length >= 2 && firstFilled(table, x.row, kodeCols) > lastFilled(table, p.row, kodeCols)) continue;
      // (Or its parent typing its own parts only, its upper columns left blank by an unmerge, "| | 10 | |" over "1 | 03 |
      // 10 | 2.01": the same parts in the parent's columns.)
      if (
        kodeCols.length >= 2 &&
        firstFilled(table, p.row, kodeCols) > 0 &&
        kodeCols.every((c) => {
          const b = table.view.shownText(p.row, c).trim();
          return !b || b === table.view.shownText(x.row, c).trim();
        })
      )
        continue;
      // A parent's kode stored as a number that lost its trailing zero (3.3 for 3.30, said once by kode.number at that
      // cell): its children extend what it was typed as.
      const stored = kodeCols.some((c) => typeof table.view.raw(p.row, c) === 'number');
      if (stored && (extendsKode(mine, `${theirs}0`) || extendsKode(mine, `${theirs}00`))) continue;
      // A Perangkat Daerah listed under each bidang it serves (2.07.3.32.0.00.01.0000 under 3.32 TRANSMIGRASI).
      if (unitBidang(kode.trim())?.some((b) => extendsKode(b, theirs))) continue;
      // Its parent's code is the slip (said there), its own extends the grandparent's: nothing to say of it.
      const pp = p.parent !== undefined ? table.row(p.parent) : undefined;
      const grand = pp && codeOf(pp);
      if (grand && !extendsKode(theirs, norm(grand)) && extendsKode(mine, norm(grand))) continue;
      // Only a code with more parts than its parent's is meant to extend it (AREN001 under AREN01 is a sibling scheme).
      if (mine.split('.').length <= theirs.split('.').length) continue;
      // (An account line under its sub kegiatan, a SIPD printout's: another family of codes, extending none of the plan's.)
      // (Under an account's own akun or kelompok, "4.2.03" under "4.1", it is one of that family: said.)
      if (isAccountCode(mine) && !isAccountCode(theirs) && !/^[456](\.\d)?$/.test(theirs)) continue;
      // Nor one of another scheme: a cascade's T1 > S1.1 (letters) over the Kepmendagri program 1.01.01 (digits).
      if (/^\d/.test(mine) !== /^\d/.test(theirs) || /^[A-Za-z]+/.exec(mine)?.[0] !== /^[A-Za-z]+/.exec(theirs)?.[0]) continue;
      // Split over columns: at the first column where it parts from its parent's ("2.02" under kegiatan "2.01").
      const at = inLabel
        ? labelCol
        : (kodeCols.find((c) => {
            const a = table.view.shownText(x.row, c).trim();
            const b = table.view.shownText(p.row, c).trim();
            return b !== '' && a !== b;
          }) ?? kodeCols[0]);
      ctx.report('kode.parent', {
        cell: cell(x.row, at),
        expected: `${parentKode}.…`,
        actual: kode,
        related: [cell(p.row, at)],
        data: { kode, kind: rowKind(x), row: quoted(x), parent: parentKode },
      });
    }
  },
});

/**
 * The child's kode starts with its parent's, segment by segment; Kepmendagri's placeholder X / XX
 * stands for any urusan or bidang of its width (X.XX.01 under 2.07, as SIPD prints the penunjang).
 */
function extendsKode(child: string, parent: string): boolean {
  // Most children: the parent's kode, a dot, more (asked of every row of a long Tabel 6.1).
  if (child === parent || (child.length > parent.length && child.charCodeAt(parent.length) === 46 && child.startsWith(parent))) return true;
  // Under a Perangkat Daerah (SIPD's unit code), a program extends a bidang the unit serves.
  const served = unitBidang(parent);
  if (served) return served.some((b) => extendsKode(child, b));
  const c = child.split('.');
  const p = parent.split('.');
  if (c.length < p.length) return false;
  return p.every((seg, i) => seg === c[i] || (seg.length === c[i].length && (/^x+$/i.test(seg) || /^x+$/i.test(c[i]))));
}

/** A kode as compared: no spaces, no trailing dots ("1.02. 01." → "1.02.01"). */
function norm(k: string): string {
  return /\s|\.$/.test(k) ? k.replace(/\s+/g, '').replace(/\.+$/, '') : k;
}

/**
 * Kode cells stored as decimal numbers. A warning at the cell where the table itself shows a digit
 * lost: another kode continues it with a zero (3.3 beside 3.30.02), or its siblings in the column
 * carry more decimals (16.01 among 16.001 … 16.009). Elsewhere nothing is known to be wrong yet:
 * one note per column, not one per cell.
 */
function reportNumericKodes(ctx: CheckContext): void {
  const { table } = ctx;
  const texts: string[] = [];
  const numeric = new Map<number, { row: number; raw: number }[]>();
  for (const x of table.info.rows) {
    for (const c of table.ctx.kodeCols) {
      const raw = table.view.raw(x.row, c);
      if (typeof raw === 'number' && !Number.isInteger(raw)) (numeric.get(c) ?? numeric.set(c, []).get(c)!).push({ row: x.row, raw });
      else if (typeof raw === 'string') texts.push(raw.replace(/\s+/g, ''));
    }
  }
  const decimals = (v: number) => (String(v).split('.')[1] ?? '').length;
  // Whether a kode continues "3.3" with a zero: a binary search among the sorted kodes, not a pass
  // over the column per cell (quadratic on a long table of numeric kodes).
  const continues = (all: string[], shown: string) => {
    const want = `${shown}0`;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid] < want) lo = mid + 1;
      else hi = mid;
    }
    return lo < all.length && all[lo].startsWith(want);
  };
  for (const [c, list] of numeric) {
    const all = [...texts, ...list.map((k) => String(k.raw))].sort();
    const widest = new Map<number, number>();
    for (const k of list) widest.set(Math.trunc(k.raw), Math.max(widest.get(Math.trunc(k.raw)) ?? 0, decimals(k.raw)));
    const quiet: typeof list = [];
    for (const k of list) {
      const shown = String(k.raw);
      const continued = continues(all, shown);
      const shorter = decimals(k.raw) < (widest.get(Math.trunc(k.raw)) ?? 0);
      if (continued || shorter) ctx.report('kode.number', { cell: cell(k.row, c), expected: null, actual: k.raw, related: [], data: { raw: k.raw } });
      else quiet.push(k);
    }
    if (quiet.length === 0) continue;
    const cells = quiet.map((k) => cell(k.row, c));
    ctx.report('kode.number', {
      cell: cells[0],
      expected: null,
      actual: quiet[0].raw,
      related: cells.slice(1, 200),
      messageId: 'column',
      data: { n: quiet.length, range: rangeText(cells), raw: quiet[0].raw },
    });
  }
}

/** The index among the kode columns of the first one row r fills (-1: none). */
function firstFilled(table: Table, r: number, cols: number[]): number {
  return cols.findIndex((c) => table.view.shownText(r, c) !== '');
}

/** The index among the kode columns of the last one row r fills (-1: none). */
function lastFilled(table: Table, r: number, cols: number[]): number {
  for (let i = cols.length - 1; i >= 0; i--) if (table.view.shownText(r, cols[i]) !== '') return i;
  return -1;
}
