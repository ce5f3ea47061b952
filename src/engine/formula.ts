/**
 * Excel formula text for a sum or mean over many cells, within Excel's own limits: a function takes
 * at most 255 arguments and a formula at most 8,192 characters. Contiguous runs of a column become
 * ranges (F7:F20), a few single cells a plain addition, many of them nested SUM(SUM(…),SUM(…)).
 */
import { a1 } from './address';

export const MAX_FORMULA_CHARS = 8192;
const MAX_ARGS = 255;
const PLAIN_ADDITION = 20;

/** Cells → argument list: runs of consecutive rows in one column as one range. */
function argumentsOf(cells: { r: number; c: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.c - b.c || a.r - b.r);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].c === sorted[i].c && sorted[j + 1].r === sorted[j].r + 1) j++;
    out.push(j > i ? `${a1(sorted[i].r, sorted[i].c)}:${a1(sorted[j].r, sorted[j].c)}` : a1(sorted[i].r, sorted[i].c));
    i = j + 1;
  }
  return out;
}

function nest(fn: string, args: string[]): string {
  if (args.length <= MAX_ARGS) return `${fn}(${args.join(',')})`;
  const parts: string[] = [];
  // SUM or COUNT over each chunk of 255, then the SUM of those (right for both).
  for (let i = 0; i < args.length; i += MAX_ARGS) parts.push(nest(fn, args.slice(i, i + MAX_ARGS)));
  return nest('SUM', parts);
}

/**
 * `=A1+A3` for a few cells, `=SUM(F7:F20)` for runs, nested SUMs past 255 arguments. `sum`: always
 * SUM, which skips text where + gives #VALUE! (cells holding '-' among the terms).
 */
export function sumFormula(cells: { r: number; c: number }[], sum = false): string {
  const args = argumentsOf(cells);
  if (!sum && args.length <= PLAIN_ADDITION && args.every((x) => !x.includes(':')))
    return args.length === 1 && cells.length === 1 ? `=${args[0]}` : `=${args.join('+')}`;
  return `=${nest('SUM', args)}`;
}

/** `=AVERAGE(E2:E4)`; past 255 arguments, the sum over the count. */
export function averageFormula(cells: { r: number; c: number }[]): string {
  const args = argumentsOf(cells);
  if (args.length <= MAX_ARGS) return `=AVERAGE(${args.join(',')})`;
  return `=${nest('SUM', args)}/${nest('COUNT', args)}`;
}
