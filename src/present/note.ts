/** The note Cermat attaches to a marked cell, in the add-in and in the annotated copies alike. */
import type { Finding } from '../engine/types';
import type { Lang } from '../engine/settings';
import { formatPair } from '../engine/format';
import { catalog, local } from './catalog';

/** Every note Cermat writes starts so; older versions wrote "Cermat: ". */
export const NOTE_PREFIX = 'Cermat – ';
const OLD_PREFIX = 'Cermat: ';

export function isCermatNote(text: string): boolean {
  return text.startsWith(NOTE_PREFIX) || text.startsWith(OLD_PREFIX);
}

/** One finding's lines: who says it and how serious, the message, expected and found. */
export function noteFor(f: Finding, lang: Lang): string {
  const c = catalog(lang);
  const lines = [`${NOTE_PREFIX}${c.severity[f.severity]} (${f.rule})`, local(f.message, lang)];
  if (f.expected !== null || f.actual !== null) {
    const pair = formatPair(f.expected, f.actual, lang);
    lines.push(`${c.sheet.expected}: ${pair.expected}`);
    lines.push(`${c.sheet.found}: ${pair.actual}`);
  }
  return lines.join('\n');
}

/** The note of a cell with several findings: theirs, a blank line apart. */
export function cellNote(findings: Finding[], lang: Lang): string {
  return findings.map((f) => noteFor(f, lang)).join('\n\n');
}
