/**
 * The sheets Cermat writes into a workbook, by name and header row, in either language: so that
 * every reader (the add-in, the CLI, the browser mode) skips them and every writer replaces its
 * own earlier one rather than a user's sheet of the same name.
 */
import type { Lang } from '../engine/settings';
import { CATALOG, catalog } from './catalog';
import { findingsHeader } from './findings-sheet';
import { changesHeader } from './changes';

const LANGS = Object.keys(CATALOG) as Lang[];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Temuan Cermat", "Temuan Cermat (2)", "Cermat findings" …: the names a findings sheet takes. */
const FINDINGS_NAME = new RegExp(`^(${LANGS.map((l) => escape(catalog(l).sheet.findingsSheet)).join('|')})( \\(\\d+\\))?$`);

/** "Perubahan Cermat", "Cermat changes": the changes sheet of a compared workbook (cermat compare --out). */
const CHANGES_NAME = new RegExp(`^(${LANGS.map((l) => escape(catalog(l).compare.sheet)).join('|')})$`);

export function changesSheetName(lang: Lang): string {
  return catalog(lang).compare.sheet;
}

export function findingsSheetName(lang: Lang): string {
  return catalog(lang).sheet.findingsSheet;
}

/** The name, then "(2)" … "(21)": where a findings sheet goes when a user's sheet holds the name. */
export function findingsSheetCandidates(lang: Lang): string[] {
  const name = findingsSheetName(lang);
  return [name, ...Array.from({ length: 20 }, (_, i) => `${name} (${i + 2})`)];
}

/** A first row that is one of Cermat's findings-sheet headers (either language, with or without the file column). */
export function isFindingsHeader(row: readonly unknown[] | undefined): boolean {
  if (!row) return false;
  return LANGS.some((l) => [false, true].some((withFile) => findingsHeader(l, withFile).every((text, i) => String(row[i] ?? '') === text)));
}

/**
 * A sheet Cermat wrote: its name is a findings-sheet (or changes-sheet) name and, where the first row is known, that
 * row is Cermat's header (a user's own sheet that happens to bear the name is read as any other).
 */
export function isReportSheet(name: string, firstRow?: readonly unknown[]): boolean {
  if (CHANGES_NAME.test(name)) return firstRow === undefined || LANGS.some((l) => changesHeader(l).every((text, i) => String(firstRow[i] ?? '') === text));
  if (!FINDINGS_NAME.test(name)) return false;
  return firstRow === undefined || isFindingsHeader(firstRow);
}
