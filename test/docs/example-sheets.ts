/**
 * Reads the example of a rule page (docs/rules/<id>.md, the `### Contoh` / `### Example` part of one
 * language's section) into the sheets it shows and the findings it quotes, by the convention set out
 * at the top of docs/rules/README.md:
 *
 * - A sheet is a Markdown table whose first header cell is empty and whose other header cells are
 *   consecutive column letters (A, B, C … or from any letter on); the first cell of each row is its
 *   Excel row number, rising down the table (a row left out is an empty row).
 * - `#### Lembar: Nama` (Indonesian) / `#### Sheet: Name` (English) names the sheet of the tables
 *   after it; without one the sheet is `Sheet1`. Tables under the same name are one sheet.
 * - A cell is: empty; **bold** (a bold cell, whatever it holds); `=FORMULA` in code (a formula, whose
 *   value is what Excel computes from the cells it names, shown with two decimals; `=FORMULA ∅` is one
 *   saved without its result); `'text` (text,
 *   even when it reads as a number: Excel's apostrophe); an Indonesian-style number (1.091.140.000,
 *   94,74, -296.000.000, 95%: a number shown with the decimals written, 95% being 0,95 in a % format);
 *   an Excel error value (#DIV/0!, #REF! …); anything else is text as written.
 * - A finding is a paragraph `**Temuan** di F3 (kesalahan): message` / `**Finding** at F3 (error):
 *   message`, or a paragraph `**Temuan**:` / `**Findings**:` followed by a list of `F3 (kesalahan):
 *   message` items. The cell is on the sheet of the tables above it unless it names one (`Rekap!F3`,
 *   `'Tabel 6.1'!F3`); a rule id other than
 *   the page's follows the severity (`(peringatan, ` `sum.hierarchy` `)`). The message is the rest of
 *   the paragraph or item, as the pane renders it (code spans without their backticks), and must be
 *   the engine's message exactly: no full stop added.
 */
import type { CellInput, Severity, SheetGrid } from '../../src/engine';
import { evaluateFormula, parseFormula } from '../../src/engine/formula-parse';
import type { Lang } from '../../src/engine/settings';
import { inlineText, parseMarkdown, type Block, type Inline } from '../../src/taskpane/markdown';

export interface QuotedFinding {
  sheet: string;
  cell: string;
  rule: string;
  severity: Severity;
  message: string;
}

export interface Example {
  grids: SheetGrid[];
  findings: QuotedFinding[];
}

export const EXAMPLE_PART: Record<Lang, string> = { id: 'Contoh', en: 'Example' };
const SHEET_WORD: Record<Lang, string> = { id: 'Lembar', en: 'Sheet' };
const FINDING_WORD: Record<Lang, RegExp> = { id: /^Temuan$/, en: /^Findings?$/ };
const AT_WORD: Record<Lang, string> = { id: 'di', en: 'at' };
export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  id: { error: 'kesalahan', warning: 'peringatan', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
export const DEFAULT_SHEET = 'Sheet1';

const ERROR_VALUE = /^#(DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;
const NUMBER = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/;
const LETTERS = /^[A-Z]{1,3}$/;

/** The blocks of the example part of a section (between `### Contoh`/`### Example` and the next `###`). */
export function exampleBlocks(section: string, lang: Lang): Block[] {
  const blocks = parseMarkdown(section);
  const start = blocks.findIndex((b) => b.t === 'heading' && b.level === 3 && inlineText(b.children) === EXAMPLE_PART[lang]);
  if (start < 0) throw new Error(`no ### ${EXAMPLE_PART[lang]}`);
  const end = blocks.findIndex((b, i) => i > start && b.t === 'heading' && b.level <= 3);
  return blocks.slice(start + 1, end < 0 ? blocks.length : end);
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** Whether a table is a sheet: empty first header cell, then column letters. */
export function isSheetTable(b: Block): b is Extract<Block, { t: 'table' }> {
  return b.t === 'table' && inlineText(b.head[0]) === '' && b.head.length > 1 && b.head.slice(1).every((h) => LETTERS.test(inlineText(h)));
}

/** One cell as written on the page. */
export function readCellText(xs: Inline[], where: string): CellInput | undefined {
  if (xs.length === 0) return undefined;
  let bold = false;
  let content = xs;
  if (xs.length === 1 && xs[0].t === 'strong') {
    bold = true;
    content = xs[0].children;
  }
  if (content.length === 1 && content[0].t === 'code') {
    const f = content[0].text;
    if (!f.startsWith('=')) throw new Error(`${where}: code in a cell must be a formula (=…): ${f}`);
    // `=C2+D2 ∅`: a formula saved without its result (as web apps write them).
    if (f.endsWith(' ∅')) return { value: null, formula: f.slice(0, -2), numFmt: '#,##0', uncached: true, ...(bold ? { bold } : {}) } as CellInput;
    return { value: null, formula: f, numFmt: '#,##0.00', ...(bold ? { bold } : {}) };
  }
  if (content.some((x) => x.t !== 'text')) throw new Error(`${where}: a cell is bold, a formula or plain: ${JSON.stringify(xs)}`);
  const text = inlineText(content);
  const b = bold ? { bold: true } : {};
  if (text === '') return undefined;
  if (text.startsWith("'")) return { value: text.slice(1), ...b };
  if (ERROR_VALUE.test(text)) return { value: text, error: true, ...b };
  const m = NUMBER.exec(text);
  if (m) {
    const [, sign, int, dec = '', pct] = m;
    const n = Number(`${sign}${int.replace(/\./g, '')}${dec ? `.${dec}` : ''}`);
    const fmt = `${int.includes('.') || int.length > 3 ? '#,##0' : '0'}${dec ? `.${'0'.repeat(dec.length)}` : ''}${pct}`;
    // Years in a header are years, not amounts: stored as written, no grouping.
    const numFmt = /^(19|20)\d\d$/.test(text) ? 'General' : fmt;
    return { value: pct ? Number((n / 100).toPrecision(15)) : n, numFmt, ...b };
  }
  return { value: text, ...b };
}

function put(grid: SheetGrid, r: number, c: number, cell: CellInput | undefined, where: string): void {
  if (!cell) return;
  const row = (grid.cells[r] ??= []);
  if (row[c]) throw new Error(`${where}: ${grid.name} row ${r + 1} column ${c + 1} is written twice`);
  row[c] = cell;
}

const uncached = (cell: CellInput) => (cell as { uncached?: boolean }).uncached === true;

/** Formula values, as Excel stores them: computed from the cells they name, until nothing changes. */
function computeFormulas(grids: SheetGrid[]): void {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const formulas: { g: SheetGrid; r: number; c: number; cell: CellInput }[] = [];
  for (const g of grids) g.cells.forEach((row, r) => row?.forEach((cell, c) => cell?.formula && !uncached(cell) && formulas.push({ g, r, c, cell })));
  for (let pass = 0; pass <= formulas.length; pass++) {
    let changed = false;
    for (const f of formulas) {
      const tree = parseFormula(f.cell.formula!.replace(/^=/, ''));
      if (!tree) throw new Error(`${f.g.name}: formula not understood: ${f.cell.formula}`);
      const get = (sheet: string | undefined, r: number, c: number) => {
        const g = sheet === undefined ? f.g : byName.get(sheet);
        const v = g?.cells[r]?.[c]?.value;
        return typeof v === 'number' ? v : null;
      };
      const v = evaluateFormula(tree, get);
      if (v !== f.cell.value) {
        f.cell.value = v;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const f of formulas) if (f.cell.value === null) throw new Error(`${f.g.name}: ${f.cell.formula} has no value`);
}

const REF = /^(?:(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!)?([A-Z]{1,3}\d+)$/;

function readQuoted(text: string, lang: Lang, pageId: string, lead: boolean, sheetNow: string): QuotedFinding {
  const sev = Object.entries(SEVERITY_WORD[lang])
    .map(([, w]) => w)
    .join('|');
  const re = new RegExp(`^${lead ? ` ${AT_WORD[lang]} ` : ''}(\\S+|'[^']+'!\\S+) \\((${sev})(?:, ([a-z]+\\.[a-z-]+))?\\): ([^]*)$`);
  const m = re.exec(text);
  if (!m) throw new Error(`a finding reads "${lead ? `${AT_WORD[lang]} ` : ''}CELL (${sev}[, rule.id]): message", not: ${text}`);
  const ref = REF.exec(m[1]);
  if (!ref) throw new Error(`not a cell: ${m[1]}`);
  const severity = (Object.keys(SEVERITY_WORD[lang]) as Severity[]).find((s) => SEVERITY_WORD[lang][s] === m[2])!;
  const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? sheetNow);
  return { sheet, cell: ref[3], rule: m[3] ?? pageId, severity, message: m[4] };
}

/** The sheets and quoted findings of one language's example. */
export function readExample(section: string, lang: Lang, pageId: string): Example {
  const blocks = exampleBlocks(section, lang);
  const grids: SheetGrid[] = [];
  const findings: QuotedFinding[] = [];
  let sheet = DEFAULT_SHEET;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.t === 'heading' && b.level === 4) {
      const m = new RegExp(`^${SHEET_WORD[lang]}: (.+)$`).exec(inlineText(b.children));
      if (!m) throw new Error(`#### in an example names a sheet ("${SHEET_WORD[lang]}: …"): ${inlineText(b.children)}`);
      sheet = m[1].trim();
      continue;
    }
    if (b.t === 'table') {
      if (!isSheetTable(b)) throw new Error(`a table in an example is a sheet (empty first header cell, then column letters)`);
      let g = grids.find((x) => x.name === sheet);
      if (!g) grids.push((g = { name: sheet, cells: [], merges: [] }));
      const cols = b.head.slice(1).map((h) => colIndex(inlineText(h)));
      cols.forEach((c, k) => {
        if (k > 0 && c !== cols[k - 1] + 1) throw new Error(`${sheet}: column letters are consecutive`);
      });
      let last = 0;
      for (const row of b.rows) {
        const label = row[0].length === 1 && row[0][0].t === 'strong' ? inlineText(row[0][0].children) : inlineText(row[0]);
        if (!/^\d+$/.test(label) || Number(label) <= last) throw new Error(`${sheet}: row numbers rise down the table: ${label} after ${last}`);
        last = Number(label);
        row.slice(1).forEach((xs, k) => put(g!, last - 1, cols[k], readCellText(xs, `${sheet}!row ${last}`), pageId));
      }
      continue;
    }
    if (b.t === 'paragraph' && b.children[0]?.t === 'strong' && FINDING_WORD[lang].test(inlineText(b.children[0].children))) {
      const rest = inlineText(b.children.slice(1));
      if (rest === ':') {
        const list = blocks[i + 1];
        if (list?.t !== 'list') throw new Error(`"${inlineText(b.children)}" is followed by a list of findings`);
        for (const item of list.items) findings.push(readQuoted(inlineText(item), lang, pageId, false, sheet));
        i++;
      } else {
        findings.push(readQuoted(rest, lang, pageId, true, sheet));
      }
    }
  }
  if (grids.length === 0) throw new Error('an example shows at least one sheet');
  computeFormulas(grids);
  return { grids, findings };
}
