/**
 * Merges a header implies without declaring them. Tables pasted from PDF or Word, or typed by
 * offices that never merge, put a group label ("Target Renstra Tahun Ke-", "Tahun 2025") in the
 * first cell of its span and leave the rest of the span empty, with the group's sub-headers
 * (years, Target/Rp) in the row below. Reading such a label as spanning its empty neighbours
 * gives the same header as the merged original.
 */
import type { MergeArea } from '../types';
import type { SheetView } from '../sheet';
import { continuesWord, isBothSexes, isBrokenWordsLine, isKeyword, isTitleText, PERIOD_PART, SEX } from './header';
import { isYearNumber, PERIOD_GROUP, smallNumberLabel } from '../text';

const isPeriodNumber = (n: number) => Number.isInteger(n) && Math.abs(n) >= 1 && Math.abs(n) <= 10;

/** A cell that may sit in a header row: text or a year, not a data number. */
function headerish(view: SheetView, r: number, c: number): 'empty' | 'ok' | 'number' {
  // Years are header words; so are the period numbers 1…10 under "Tahun ke-".
  const n = view.numberAt(r, c);
  if (n !== undefined) return !isYearNumber(n) && !isPeriodNumber(n) ? 'number' : 'ok';
  const v = view.value(r, c);
  if (v.kind === 'empty') return 'empty';
  // (Prose is no header, but a form's own long header is: "Indikator Kinerja Tujuan, Sasaran, Program (Outcome), Kegiatan dan
  // Sub Kegiatan (Output)" of T-C.27.)
  if (v.kind === 'text' && v.text.length > 80 && (v.text.length > 160 || !isKeyword(v.text))) return 'number';
  return 'ok';
}

/** A row that can hold headers: at least two cells, no data number. */
function headerRow(view: SheetView, r: number): boolean {
  // A data number stored as one rules the row out before any text is read (most body rows).
  const last = view.lastCol(r);
  if (view.hasPackedAmount(r, 0, last, (n) => isYearNumber(n) || isPeriodNumber(n))) return false;
  let n = 0;
  for (let c = 0; c <= last; c++) {
    const h = headerish(view, r, c);
    if (h === 'number') return false;
    if (h === 'ok') n++;
  }
  return n >= 2;
}

export function impliedMerges(view: SheetView): MergeArea[] {
  const out: MergeArea[] = [];
  // A sub-header under the span: a year or a header word ("Target", "Rp", "2025", "Tahun Ke-2"), or a
  // cell inside a span already found on that row. Body rows ("3.31.02.2.01", "-") never qualify.
  const named = (r: number, c: number) => {
    const v = view.value(r, c);
    if (v.kind === 'number') return isYearNumber(v.value);
    const text = view.shownText(r, c);
    // (Or a header word broken onto the line below: "Realis" over "asi".)
    return (
      headerish(view, r, c) === 'ok' &&
      (isKeyword(text) || continuesWord(text, view.shownText(r + 1, c)) || (r > 0 && continuesWord(view.shownText(r - 1, c), text))) &&
      !isTitleText(text)
    );
  };
  const period = (r: number, c: number) => {
    const v = view.value(r, c);
    if (v.kind === 'number') return isPeriodNumber(v.value);
    // "1 (2021)": the period with its year
    const n = v.kind === 'text' ? smallNumberLabel(view.shownText(r, c)) : null;
    return n !== null && isPeriodNumber(n);
  };
  const ordinalAt = (r: number, c: number) => {
    const v = view.value(r, c);
    return v.kind === 'number' ? v.value : v.kind === 'text' ? smallNumberLabel(view.shownText(r, c)) : null;
  };
  // Quarters and semesters under a group ("Realisasi" over TW I | TW II | TW III | TW IV) are sub-headers too.
  const quarterAt = (r: number, c: number) =>
    view.value(r, c).kind === 'text' && PERIOD_PART.test(view.shownText(r, c).trim()) && /\D/.test(view.shownText(r, c));
  // "L | P" under "Jenis Kelamin" typed over the first of them.
  const sexAt = (r: number, c: number) => view.value(r, c).kind === 'text' && SEX.test(view.shownText(r, c).trim());
  const presentAt = (r: number, c: number, periods: boolean) =>
    view.isCovered(r, c) || named(r, c) || quarterAt(r, c) || sexAt(r, c) || (periods && period(r, c));
  // Through a line left empty under the group (the rest of another column's broken word sits on it): the row below.
  const present = (r: number, c: number, periods: boolean) =>
    presentAt(r, c, periods) ||
    // (The rest of the group's own broken word under it, "uhan" under "Rata-rata Pertumb", then what stands below.)
    (r > 0 && r + 1 < view.rowCount && continuesWord(view.shownText(r - 1, c), view.shownText(r, c)) && presentAt(r + 1, c, periods)) ||
    (r + 1 < view.rowCount && !view.shownText(r, c) && !view.isCovered(r, c) && headerRow(view, r + 1) && presentAt(r + 1, c, periods));
  /** Row r's columns c0…c1 are one merged cell. */
  const oneMerge = (r: number, c0: number, c1: number) => {
    const m = view.mergeAt(r, c0);
    return m !== undefined && m.c0 <= c0 && m.c1 >= c1;
  };
  let below = false;
  // Bottom-up, so that a two-level header ("Target Kinerja …" over "Tahun 2025" over Target/Rp)
  // sees the lower level's implied spans when it measures the upper one.
  for (let r = view.rowCount - 2; r >= 0; r--) {
    // Row r + 1 a header row, or a line of broken words the header goes on under.
    const under = below;
    below = headerRow(view, r) || isBrokenWordsLine(view, r);
    if (!below || !under) {
      // Not a header row over a header row: nothing to imply, but remember this row for the one above.
      continue;
    }
    const found: MergeArea[] = [...repeatedLabels(view, r), ...repeatedGroups(view, r)];
    const last = view.lastCol(r);
    // Runs of ordinals under groups are sub-headers beside a ratio stated per ordinal, under a group that says
    // "Tahun ke-", or where two groups or more each stand over a run of the same length (Target ▸ 1 2 3 4 |
    // Realisasi ▸ 1 2 3 4: the repetition is the evidence). What they number (years, quarters) is columns.ts's to say.
    let numbered = false;
    // (Read once per row: a group label stops where the header row above starts another group.)
    const aboveIsHeader = r > 0 && headerRow(view, r - 1);
    const runs = new Map<number, number>();
    for (let c = 0; c <= last && !numbered; c++) {
      const t = view.shownText(r, c).trim();
      if (t === '' || ordinalAt(r + 1, c) !== 1) continue;
      numbered = PERIOD_GROUP.test(t) || /\b(capaian|rasio)\b|%/i.test(t);
      let n = 1;
      while (c + n < view.colCount && headerish(view, r, c + n) === 'empty' && ordinalAt(r + 1, c + n) === n + 1) n++;
      if (n >= 2) runs.set(n, (runs.get(n) ?? 0) + 1);
    }
    if (!numbered) numbered = [...runs.values()].some((k) => k >= 2);
    for (let c = 0; c <= last; c++) {
      // (Any text over "L | P …" typed under it is their group, "Penderita DBD" as much as "Jenis Kelamin".)
      const overSexes = view.value(r, c).kind === 'text' && sexAt(r + 1, c) && sexAt(r + 1, c + 1);
      if ((!named(r, c) && !overSexes) || view.mergeAt(r, c) || found.some((m) => m.c0 === c)) continue;
      // "Tahun ke-" over 1 2 3 …, or any group over a run of ordinals from 1 ("Target Kinerja" over 1 2 3 4).
      const counted = numbered && !PERIOD_GROUP.test(view.shownText(r, c).trim()) && ordinalAt(r + 1, c) === 1;
      const periods = counted || PERIOD_GROUP.test(view.shownText(r, c).trim());
      if (!present(r + 1, c, periods)) continue;
      let end = c;
      // (Not past a group the row above starts: "2026" typed under "Target Kinerja …" stops where "Kondisi Kinerja
      // pada Akhir Periode" begins above it.)
      const opensAbove = (k: number) => aboveIsHeader && !view.isCovered(r - 1, k) && view.shownText(r - 1, k).trim() !== '';
      while (
        end + 1 < view.colCount &&
        headerish(view, r, end + 1) === 'empty' &&
        !view.mergeAt(r, end + 1) &&
        !opensAbove(end + 1) &&
        (counted ? ordinalAt(r + 1, end + 1) === end + 2 - c : present(r + 1, end + 1, periods))
      )
        end++;
      // A group has two parts below it at least: over one merged cell alone ("Dinas … Tahun 2024" under a table's
      // title line) it is a title over a title, unless that cell is the rest of its broken word ("Realis" / "asi …").
      if (end > c && (!oneMerge(r + 1, c, end) || continuesWord(view.shownText(r, c), view.shownText(r + 1, c)))) {
        found.push({ r0: r, c0: c, r1: r, c1: end });
        c = end;
      }
    }
    if (found.length) {
      view.addMerges(found);
      out.push(...found);
    }
  }
  return out;
}

/**
 * A group label typed into every cell of its span ("Anggaran pada Tahun ke-" three times over 1 | 2 | 3, as "unmerge and
 * fill" or a paste from a database leaves it), over sub-headers that differ: one group, as if merged. Not across a
 * boundary of the row above (two groups there: "Realisasi | Realisasi" under 2021 | 2022 are two columns).
 */
function repeatedLabels(view: SheetView, r: number): MergeArea[] {
  const out: MergeArea[] = [];
  const last = view.lastCol(r);
  const text = (row: number, c: number) => view.shownText(row, c).trim();
  for (let c = 0; c < last; c++) {
    const t = text(r, c);
    if (t === '' || headerish(view, r, c) !== 'ok' || view.mergeAt(r, c) || view.isCovered(r, c)) continue;
    let end = c;
    while (end + 1 <= last && text(r, end + 1) === t && !view.mergeAt(r, end + 1) && !view.isCovered(r, end + 1)) end++;
    if (end === c) continue;
    const under = new Set(Array.from({ length: end - c + 1 }, (_, k) => text(r + 1, c + k)));
    const above = r > 0 ? new Set(Array.from({ length: end - c + 1 }, (_, k) => text(r - 1, c + k))) : new Set(['']);
    if (under.size === end - c + 1 && !under.has('') && above.size === 1) out.push({ r0: r, c0: c, r1: r, c1: end });
    c = end;
  }
  return out;
}

/**
 * Groups typed over the first of their sub-headers, each over the same short sub-headers ("2021 | 2022 | 2023" over
 * T | R | % each): the repetition is the evidence, whatever the sub-headers say.
 */
function repeatedGroups(view: SheetView, r: number): MergeArea[] {
  if (r + 1 >= view.rowCount) return [];
  const short = (c: number) => {
    if (view.isCovered(r + 1, c) || view.mergeAt(r + 1, c)) return false;
    const t = view.shownText(r + 1, c).trim();
    // (Ordinals are not such names: runs of them count years only where impliedMerges says so.)
    // (And the sexes' total, "Laki-laki + Perempuan", longer than a short name but one of the same set.)
    return (
      t.length > 0 &&
      (t.length <= 12 || isBothSexes(t)) &&
      headerish(view, r + 1, c) === 'ok' &&
      view.numberAt(r + 1, c) === undefined &&
      smallNumberLabel(t) === null
    );
  };
  const runs: Array<{ c0: number; c1: number; key: string }> = [];
  const last = view.lastCol(r);
  for (let c = 0; c <= last; c++) {
    if (headerish(view, r, c) !== 'ok' || view.mergeAt(r, c) || view.isCovered(r, c) || !short(c)) continue;
    let end = c;
    while (end + 1 < view.colCount && headerish(view, r, end + 1) === 'empty' && !view.isCovered(r, end + 1) && !view.mergeAt(r, end + 1) && short(end + 1))
      end++;
    if (end > c)
      runs.push({
        c0: c,
        c1: end,
        key: Array.from({ length: end - c + 1 }, (_, k) =>
          view
            .shownText(r + 1, c + k)
            .trim()
            .toLowerCase(),
        ).join('|'),
      });
    c = end;
  }
  return runs.filter((x) => runs.filter((y) => y.key === x.key).length >= 2).map((x) => ({ r0: r, c0: x.c0, r1: r, c1: x.c1 }));
}
