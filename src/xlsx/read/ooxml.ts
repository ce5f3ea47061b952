/**
 * Reads an .xlsx package straight into SheetGrids: the workbook's sheet list, shared strings,
 * the few style bits the engine uses (number format, bold, indent), and per sheet its cells and
 * merged areas. Nothing else of the package is parsed, and no workbook model is built: the
 * grids are all that stays in memory (exceljs's model took ~9 bytes of heap per byte of sheet
 * XML, so a 100,000-row table needed over 1 GB). Writing files stays with exceljs.
 * Browser-safe: fflate unzips (parts.ts), the XML is scanned as bytes (xml.ts).
 */
import type { MergeArea, SheetGrid } from '../../engine/types';
import { cellStyle, Kind, packedGrid, RowWriter, type CellStyle } from '../../engine/cells';
import { parseA1, parseRange } from '../../engine/address';
import { isoToSerial } from './iso-date';
import { Parts } from './parts';
import { translateShared } from './shared-formula';
import { decodeText, Tok, XmlScanner } from './xml';

/** A part the package must have but does not: no workbook part (not a workbook), or a sheet part (damaged). */
export class MissingPartError extends Error {
  constructor(
    readonly part: string,
    readonly workbook: boolean,
  ) {
    super(`missing part ${part}`);
    this.name = 'MissingPartError';
  }
}

/**
 * The package holds more XML than Cermat reads: its grids would need several GB (80 MB of sheet
 * XML is a 100,000-row Tabel 6.1, ≈ 650 MB in all). Refused from the sizes the zip declares,
 * before inflating anything, so a zip bomb or a huge export fails with a message, not a crash.
 */
export class PackageTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the workbook's sheets hold ${bytes} bytes of XML`);
    this.name = 'PackageTooLargeError';
  }
}

export const MAX_XML_BYTES = 400 * 1024 * 1024;

interface SheetRef {
  name: string;
  path: string;
}

type StyleBits = CellStyle;

interface Package {
  parts: Parts;
  sheets: SheetRef[];
  /** Targets of the workbook's relationships by their type's last word (styles, sharedStrings…). */
  targets: Map<string, string>;
  /** The workbook counts dates from 1904 (old Mac Excel): `t="d"` cells become 1904 serials. */
  date1904: boolean;
}

async function readPackage(bytes: Uint8Array, maxXmlBytes: number): Promise<Package> {
  const parts = new Parts(bytes, maxXmlBytes);
  const wbPath = (await relsTargets(parts, '_rels/.rels')).find((r) => /\/officeDocument$/.test(r.type))?.target ?? 'xl/workbook.xml';
  const wbXml = await parts.xml(wbPath);
  if (!wbXml) throw new MissingPartError(wbPath, true);
  const list = await relsTargets(parts, relsPathOf(wbPath));
  const rels = new Map(list.map((r) => [r.id, r]));
  const targets = new Map(list.map((r) => [r.type.replace(/.*\//, ''), r.target]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  const x = new XmlScanner(wbXml);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open) continue;
    if (x.name === 'workbookPr') date1904 = /^(1|true)$/.test(x.attr('date1904') ?? '');
    if (x.name !== 'sheet') continue;
    const rel = rels.get(x.attr('id') ?? '');
    // Chart sheets and dialog sheets have no cells to check.
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    sheets.push({ name: x.attr('name') ?? '', path: rel.target });
  }
  return { parts, sheets, targets, date1904 };
}

/** Every worksheet of the package as a SheetGrid, in workbook order. */
export async function readGrids(bytes: Uint8Array, maxXmlBytes = MAX_XML_BYTES): Promise<SheetGrid[]> {
  const { parts, sheets, targets, date1904 } = await readPackage(bytes, maxXmlBytes);
  if (sheets.length === 0) return [];
  let declared = 0;
  for (const p of [...sheets.map((x) => x.path), targets.get('sharedStrings'), targets.get('styles')]) declared += p ? parts.declaredSize(p) : 0;
  if (declared > maxXmlBytes) throw new PackageTooLargeError(declared);
  const strings = await sharedStrings(parts, targets.get('sharedStrings'));
  const styles = await styleTable(parts, targets.get('styles'));
  const sharedCount = strings.length;
  const out: SheetGrid[] = [];
  for (const s of sheets) {
    const xml = await parts.xml(s.path);
    if (!xml) throw new MissingPartError(s.path, false);
    out.push(sheetGrid(s.name, xml, { strings, sharedCount, styles, date1904 }));
  }
  return out;
}

/**
 * The notes (comments) of every worksheet, by sheet name: { cell ('F3'), text }. exceljs, which
 * rewrites a workbook for fill and annotate, keeps only the notes of cells that have a value: the
 * writers put the rest back from here (write/load.ts).
 */
export async function readNotes(bytes: Uint8Array): Promise<Map<string, { cell: string; text: string }[]>> {
  const { parts, sheets } = await readPackage(bytes, MAX_XML_BYTES);
  const out = new Map<string, { cell: string; text: string }[]>();
  for (const s of sheets) {
    const target = (await relsTargets(parts, relsPathOf(s.path))).find((r) => /\/comments$/.test(r.type))?.target;
    const xml = target ? await parts.xml(target) : null;
    if (!xml) continue;
    const notes: { cell: string; text: string }[] = [];
    const x = new XmlScanner(xml);
    let ref: string | undefined;
    let text = '';
    for (let t = x.next(); t !== Tok.End; t = x.next()) {
      if (t === Tok.Open && x.name === 'comment') {
        ref = x.attr('ref');
        text = '';
      } else if (t === Tok.Open && x.name === 't' && ref) text += x.readText();
      else if (t === Tok.Close && x.name === 'comment' && ref) {
        notes.push({ cell: ref, text });
        ref = undefined;
      }
    }
    if (notes.length) out.set(s.name, notes);
  }
  return out;
}

// ---------------------------------------------------------------- package plumbing

function relsPathOf(path: string): string {
  const i = path.lastIndexOf('/');
  return `${path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
}

async function relsTargets(parts: Parts, relsPath: string): Promise<Array<{ id: string; type: string; target: string }>> {
  const xml = await parts.xml(relsPath);
  if (!xml) return [];
  const base = relsPath.replace(/_rels\/[^/]*$/, '');
  const out: Array<{ id: string; type: string; target: string }> = [];
  const x = new XmlScanner(xml);
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open || x.name !== 'Relationship' || x.attr('TargetMode') === 'External') continue;
    out.push({ id: x.attr('Id') ?? '', type: x.attr('Type') ?? '', target: resolvePath(base, x.attr('Target') ?? '') });
  }
  return out;
}

function resolvePath(base: string, target: string): string {
  // Targets are URIs, but Windows tools that write `xl\worksheets\…` names may write them so too.
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).replace(/\\/g, '/').split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

// ---------------------------------------------------------------- shared strings and styles

async function sharedStrings(parts: Parts, path: string | undefined): Promise<string[]> {
  const xml = path ? await parts.xml(path) : null;
  if (!xml) return [];
  const out: string[] = [];
  const x = new XmlScanner(xml);
  let cur = '';
  let phonetic = 0;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Open) {
      if (x.name === 'si') {
        if (x.selfClosing) out.push('');
        else cur = '';
      } else if (x.name === 'rPh') phonetic += x.selfClosing ? 0 : 1;
      else if (x.name === 't' && phonetic === 0) cur += x.readText();
    } else if (t === Tok.Close) {
      if (x.name === 'si') out.push(cur);
      else if (x.name === 'rPh') phonetic--;
    }
  }
  return out;
}

/** Excel's built-in number formats that carry decimals or a percent sign (the rest read as General here). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Per cellXfs index, the bits a cell of that style has. */
async function styleTable(parts: Parts, path: string | undefined): Promise<StyleBits[]> {
  const xml = path ? await parts.xml(path) : null;
  if (!xml) return [];
  const formats = new Map<number, string>();
  const bold: boolean[] = [];
  const out: StyleBits[] = [];
  const x = new XmlScanner(xml);
  let section = '';
  let font = -1;
  let xf: StyleBits | null = null;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close) {
      if (x.name === section) section = '';
      if (x.name === 'xf') xf = null;
      continue;
    }
    switch (x.name) {
      case 'numFmt': {
        const id = Number(x.attr('numFmtId'));
        const code = x.attr('formatCode');
        if (Number.isFinite(id) && code !== undefined) formats.set(id, code);
        break;
      }
      case 'fonts':
      case 'cellXfs':
      case 'cellStyleXfs':
        if (!x.selfClosing) section = x.name;
        break;
      case 'font':
        if (section === 'fonts') bold[++font] = false;
        break;
      case 'b':
        if (section === 'fonts' && font >= 0) bold[font] = !/^(0|false)$/.test(x.attr('val') ?? '1');
        break;
      case 'xf': {
        if (section !== 'cellXfs') break;
        const id = Number(x.attr('numFmtId') ?? 0);
        const fmt = formats.get(id) ?? BUILTIN_FORMATS[id];
        // Format codes are case-insensitive: some writers spell General "GENERAL" or "general".
        const bits = cellStyle(fmt && fmt.toLowerCase() !== 'general' ? fmt : undefined, !!bold[Number(x.attr('fontId') ?? 0)]);
        out.push(bits);
        xf = x.selfClosing ? null : bits;
        break;
      }
      case 'alignment': {
        const indent = Number(x.attr('indent') ?? 0);
        if (xf && indent > 0) xf.indent = indent;
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- one worksheet

interface Shared {
  formula: string;
  row: number;
  col: number;
}

/** Codes of a cell's one-letter attributes. */
const R = 0x72;
const S = 0x73;
const T = 0x74;

/** What every cell of the package is read against. */
interface Book {
  /** Shared strings first; inline strings and error codes are appended as sheets are read. */
  strings: string[];
  /** How many of `strings` are the shared strings (a cell's `s` index points below this). */
  sharedCount: number;
  styles: StyleBits[];
  date1904: boolean;
}

function sheetGrid(name: string, xml: Uint8Array, book: Book): SheetGrid {
  const out = new RowWriter(book.strings, book.styles);
  const merges: MergeArea[] = [];
  const shared = new Map<string, Shared>();
  const hidden: number[] = [];
  // <col min max hidden>, 1-based and inclusive: kept as runs, a run to the sheet's edge (hiding everything
  // right of the table) being common, and spelled out only up to the last cell.
  const hiddenRuns: [number, number][] = [];
  let lastCol = -1;
  const x = new XmlScanner(xml);
  let row = -1;
  let col = -1;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t !== Tok.Open) continue;
    switch (x.name) {
      case 'row': {
        let r = x.attrDigits('r');
        if (r !== undefined && Number.isNaN(r)) r = Number(x.attr('r'));
        row = r !== undefined && Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
        // Rows a filter (or the user) hid: SUBTOTAL leaves them out, so the engine must know.
        const h = x.attr('hidden');
        if (h === '1' || h === 'true') hidden.push(row);
        break;
      }
      case 'c': {
        x.oneLetterAttrs();
        const rs = x.oneLetter[2 * R];
        if (rs >= 0 && x.refAt(rs, x.oneLetter[2 * R + 1])) {
          row = x.refRow;
          col = x.refCol;
        } else {
          const at = parseRef(x.attr('r'));
          if (at) {
            row = at.row;
            col = at.col;
          } else col++;
        }
        if (row < 0) row = 0;
        if (col > lastCol) lastCol = col;
        readCell(x, row, col, book, shared, out);
        break;
      }
      case 'col': {
        const h = x.attr('hidden');
        const min = Number(x.attr('min'));
        const max = Number(x.attr('max'));
        if ((h === '1' || h === 'true') && Number.isInteger(min) && Number.isInteger(max) && min >= 1) hiddenRuns.push([min - 1, max - 1]);
        break;
      }
      case 'mergeCell': {
        const m = parseRange(x.attr('ref') ?? '');
        if (m) merges.push(m);
        break;
      }
      case 'dimension': {
        const d = parseRange(x.attr('ref') ?? '');
        if (d) out.reserve(d.r1 + 1, d.c1 + 1);
        break;
      }
    }
  }
  // As in Excel and Office.js, a cell under a merge (not its top-left) reads empty (finish() empties it).
  // Columns hidden past the last cell (the usual "hide everything right of the table") say nothing.
  for (const m of merges) if (m.c1 > lastCol) lastCol = m.c1;
  const cols: number[] = [];
  for (const [c0, c1] of hiddenRuns) for (let c = c0; c <= Math.min(c1, lastCol); c++) cols.push(c);
  return packedGrid(name, out.finish(merges), merges, hidden.length ? hidden : undefined, cols.length ? cols : undefined);
}

function parseRef(ref: string | undefined): { row: number; col: number } | null {
  return ref ? parseA1(ref) : null;
}

/** The children of one `<c>`: its value, formula and inline string, added to `out`; the scanner ends on `</c>`. */
function readCell(x: XmlScanner, row: number, col: number, book: Book, shared: Map<string, Shared>, out: RowWriter): void {
  // The `t` and `s` of the tag, as oneLetterAttrs() found them (sheetGrid calls it on every <c>).
  const one = x.oneLetter;
  const ts = one[2 * T];
  const type = ts < 0 ? 'n' : x.isAt(ts, one[2 * T + 1], 's') ? 's' : x.isAt(ts, one[2 * T + 1], 'n') ? 'n' : (x.attr('t') ?? 'n');
  const ss = one[2 * S];
  let s = ss < 0 ? 0 : x.digitsAt(ss, one[2 * S + 1]);
  if (Number.isNaN(s)) s = Number(x.attr('s'));
  // A style index the table lacks reads as no style, as before (the store looks it up per cell).
  const style = Number.isInteger(s) && s >= 0 && s < book.styles.length ? s : -1;
  let raw: string | undefined;
  let formula: string | undefined;
  // A number or shared-string index in a plain <v> is read from its bytes (no string per cell).
  let plain = NaN;
  let plainSeen = false;
  if ((type === 'n' || type === 's') && x.valueOnly()) {
    // The common cell, <c …><v>123</v></c>, read in one step; the scanner is past </c>.
    plain = x.numberAt(x.textStart, x.textEnd);
    plainSeen = Number.isFinite(plain);
    if (!plainSeen) raw = decodeText(x.bytes, x.textStart, x.textEnd);
  } else if (!x.selfClosing) {
    for (let t = x.next(); t !== Tok.End; t = x.next()) {
      if (t === Tok.Close) {
        if (x.name === 'c') break;
        continue;
      }
      if (x.name === 'v') {
        plainSeen = (type === 'n' || type === 's') && x.plainText();
        if (plainSeen) {
          plain = x.numberAt(x.textStart, x.textEnd);
          // Not a finite number (blank, "1e400", text in a numeric cell): read as text below, as before.
          plainSeen = Number.isFinite(plain);
          raw = plainSeen ? undefined : decodeText(x.bytes, x.textStart, x.textEnd);
        } else raw = x.readText();
      } else if (x.name === 'is') raw = inlineText(x);
      else if (x.name === 'f') formula = readFormula(x, row, col, shared);
    }
  }
  let kind = Kind.Empty;
  let num = 0;
  if (plainSeen) {
    if (type === 'n') {
      kind = Kind.Number;
      num = plain;
    } else if (Number.isInteger(plain) && plain >= 0 && plain < book.sharedCount) {
      kind = Kind.String;
      num = plain;
    }
    if (kind !== Kind.Empty || formula !== undefined) out.add(row, col, kind, num, style, formula || undefined);
    return;
  }
  // An empty <v/> is no value, whatever the type says (not shared string 0, not FALSE).
  if (raw !== undefined && (raw.trim() !== '' || type === 'str' || type === 'inlineStr')) {
    switch (type) {
      case 's': {
        const i = Number(raw);
        if (Number.isInteger(i) && i >= 0 && i < book.sharedCount) {
          kind = Kind.String;
          num = i;
        }
        break;
      }
      case 'b':
        kind = Kind.Bool;
        num = raw === '1' || raw === 'true' ? 1 : 0;
        break;
      case 'e':
        kind = Kind.Error;
        num = out.string(raw);
        break;
      case 'str':
      case 'inlineStr':
        kind = Kind.String;
        num = out.string(raw);
        break;
      case 'd': {
        const serial = isoToSerial(raw, book.date1904);
        if (serial !== null && serial !== undefined) {
          kind = Kind.Number;
          num = serial;
        } else {
          kind = Kind.String;
          num = out.string(raw);
        }
        break;
      }
      default: {
        const n = Number(raw);
        if (Number.isFinite(n)) {
          kind = Kind.Number;
          num = n;
        } else {
          kind = Kind.String;
          num = out.string(raw);
        }
      }
    }
  }
  if (kind === Kind.Empty && formula === undefined) return;
  out.add(row, col, kind, num, style, formula || undefined);
}

/** Text of an inline string `<is>`: its `<t>` runs, phonetic guides left out. */
function inlineText(x: XmlScanner): string {
  let out = '';
  let phonetic = 0;
  for (let t = x.next(); t !== Tok.End; t = x.next()) {
    if (t === Tok.Close) {
      if (x.name === 'is') break;
      if (x.name === 'rPh') phonetic--;
    } else if (x.name === 'rPh' && !x.selfClosing) phonetic++;
    else if (x.name === 't' && phonetic === 0) out += x.readText();
  }
  return out;
}

/** A cell's formula with its '='; a shared formula's followers get the master's, moved to their cell. */
function readFormula(x: XmlScanner, row: number, col: number, shared: Map<string, Shared>): string | undefined {
  const kind = x.attr('t');
  const si = x.attr('si');
  const text = x.readText().trim();
  if (kind === 'shared' && si !== undefined) {
    if (text) {
      shared.set(si, { formula: text, row, col });
      return '=' + text;
    }
    const master = shared.get(si);
    return master ? '=' + translateShared(master.formula, row - master.row, col - master.col) : undefined;
  }
  return text ? '=' + text : undefined;
}
