/**
 * A shared formula is stored once, on its first cell; the other cells of its range say only
 * "same as si=0". Their own formula is the master's with every relative reference moved by the
 * offset between the cells, as Excel does when it copies a formula.
 */
import { colName, parseA1 } from '../../engine/address';

// A cell reference, not part of a longer name ("TAHUNA2021") nor a function ("LOG10(").
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

export function translateShared(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  // String literals and quoted sheet names are copied untouched; references move in between.
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((piece, i) => (i % 2 === 1 ? piece : moveRefs(piece, dRow, dCol)))
    .join('');
}

function moveRefs(text: string, dRow: number, dCol: number): string {
  return text.replace(REF, (m, absCol: string, letters: string, absRow: string, digits: string) => {
    const at = parseA1(letters + digits);
    if (!at || at.col > 16383 || at.row > 1048575) return m;
    const { row, col } = at;
    const c = absCol ? col : col + dCol;
    const r = absRow ? row : row + dRow;
    // Moved off the sheet: Excel shows #REF!.
    if (c < 0 || r < 0 || c > 16383 || r > 1048575) return '#REF!';
    return `${absCol}${colName(c)}${absRow}${r + 1}`;
  });
}
