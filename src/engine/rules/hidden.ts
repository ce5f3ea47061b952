/**
 * A finding at a cell the sheet hides (a hidden or filtered row, a hidden column): the reviewer who follows it sees
 * nothing there until the row or column is shown again, so its message says so.
 */
import { parseA1 } from '../address';
import type { SheetView } from '../sheet';
import { message, type Draft } from './rule';

export const HIDDEN = message(
  (d) => `Sel ini tersembunyi (${d.row ? `baris ${d.at} disembunyikan atau tersaring` : `kolom ${d.at} disembunyikan`}): tampilkan dulu untuk melihatnya`,
  (d) => `This cell is hidden (${d.row ? `row ${d.at} is hidden or filtered out` : `column ${d.at} is hidden`}): unhide it to see it`,
);

/** Marks each draft whose cell is in a hidden row or column (Draft.hidden). */
export function markHidden(drafts: Draft[], view: SheetView, hiddenCols: Set<number> | undefined): void {
  if (!view.hasHiddenRows && !hiddenCols) return;
  for (const d of drafts) {
    const at = parseA1(d.cell);
    if (!at) continue;
    if (view.isHidden(at.row)) d.hidden = { row: true, at: String(at.row + 1) };
    else if (hiddenCols?.has(at.col)) d.hidden = { row: false, at: d.cell.replace(/\d+$/, '') };
  }
}
