/**
 * How a change between two versions (engine/compare.ts) reads everywhere: the CLI's lines, the
 * changes sheet of the --out workbook and the browser's Bandingkan table all draw these rows.
 */
import type { Change } from '../engine/compare';
import { formatNumber } from '../engine/format';
import { sheetRef } from '../engine/address';
import type { Lang } from '../engine/settings';
import { catalog } from './catalog';
import { internalLink, type SheetCell } from './findings-sheet';

/** The fill of a changed cell in the changes workbook: not a severity colour, a change is no finding. */
export const CHANGE_COLOUR = '#E4DFEC';

export interface ChangeRow {
  /** What the change is about: the entity as the new version names it. */
  entity: string;
  kode: string;
  level: string;
  change: string;
  /** Which figure, for a changed value: "target 2027", "pagu 2026 (perubahan)". */
  figure: string;
  old: string;
  new: string;
  /** Sheet!A1 in each version, where there is one. */
  oldCell: string;
  newCell: string;
}

/** What a side of a change shows: the figure, else what the change is about on that side. */
function shown(c: Change, side: 'old' | 'new', lang: Lang): string {
  const s = c[side];
  if (!s) return '';
  switch (c.kind) {
    case 'value':
      return s.value === undefined ? '' : formatNumber(s.value, lang, 6, s.decimals ?? 0);
    case 'kode':
      return s.kode ?? '';
    case 'moved':
      return sheetRef(s.sheet, s.cell);
    default:
      // Renamed, added, removed, an indicator or a table: its name there.
      return s.label;
  }
}

export function changeRow(c: Change, lang: Lang): ChangeRow {
  const w = catalog(lang).compare;
  const figure = c.measure
    ? [w.measure[c.measure], c.year, c.variant ? `(${w.variant[c.variant]})` : undefined, c.unit ? `(${w.unit(c.unit)})` : undefined]
        .filter((x) => x !== undefined)
        .join(' ')
    : '';
  return {
    entity: c.label,
    kode: c.kode ?? '',
    level: w.level[c.level],
    change: w.kind[c.kind],
    figure,
    old: shown(c, 'old', lang),
    new: shown(c, 'new', lang),
    oldCell: c.old ? sheetRef(c.old.sheet, c.old.cell) : '',
    newCell: c.new ? sheetRef(c.new.sheet, c.new.cell) : '',
  };
}

/** One line of the CLI's report: where, what, old → new. */
export function changeLine(c: Change, lang: Lang): string {
  const r = changeRow(c, lang);
  const what = [r.change, r.figure].filter(Boolean).join(', ');
  const values = r.old && r.new ? `${r.old} → ${r.new}` : r.old || r.new;
  const where = [r.oldCell, r.newCell].filter(Boolean).join(' → ');
  return `  ${where}  ${r.kode ? `${r.kode} ` : ''}${r.entity}\n      ${what}${values ? `: ${values}` : ''}`;
}

/** The changes sheet's header row (either language). */
export function changesHeader(lang: Lang): string[] {
  const w = catalog(lang).compare;
  return [w.entity, w.kode, w.levelColumn, w.change, w.figure, w.old, w.new, w.oldCell, w.newCell];
}

export const CHANGES_WIDTHS = [50, 20, 12, 20, 18, 40, 40, 22, 22];

/**
 * The changes sheet's rows, written into the new version: figures as numbers (they sort and
 * filter), each new cell a link within the workbook; the old cell is in the other file, so it is text.
 */
export function changesRows(changes: Change[], lang: Lang): SheetCell[][] {
  return changes.map((c) => {
    const r = changeRow(c, lang);
    const side = (s: 'old' | 'new', text: string): SheetCell => {
      const v = c[s]?.value;
      return c.kind === 'value' && v !== undefined ? { kind: 'number', value: v, format: Number.isInteger(v) ? '#,##0' : '#,##0.00' } : { kind: 'text', text };
    };
    return [
      { kind: 'text', text: r.entity, wrap: true },
      { kind: 'text', text: r.kode },
      { kind: 'text', text: r.level },
      { kind: 'text', text: r.change },
      { kind: 'text', text: r.figure },
      side('old', r.old),
      side('new', r.new),
      { kind: 'text', text: r.oldCell },
      c.new ? { kind: 'link', target: internalLink(c.new.sheet, c.new.cell), text: r.newCell } : { kind: 'text', text: '' },
    ];
  });
}
