/**
 * Hand-written .xlsx packages for the reader tests: just the parts SpreadsheetML needs, with the
 * variations other writers produce (prefixed elements, a workbook elsewhere, backslash entry
 * names, UTF-16 parts).
 */
import JSZip from 'jszip';

export const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PackageSpec {
  /** Sheet XML bodies (inside <worksheet>), in workbook order. */
  sheets: Array<{ name: string; body: string; chart?: boolean }>;
  shared?: string[];
  styles?: string;
  /** Where the workbook part lives (default xl/workbook.xml). */
  workbookPath?: string;
  /** Attributes of the workbook's <workbookPr> (e.g. date1904="1"). */
  workbookPr?: string;
  /** Prefix every SpreadsheetML element with x: (OpenXML SDK style). */
  prefixed?: boolean;
  /** Name the zip entries with '\' instead of '/' (xl\worksheets\sheet1.xml), as some Windows tools do. */
  backslash?: boolean;
  /** Write every XML part in UTF-16 with this byte order, with a byte-order mark unless `bom` is false. */
  utf16?: 'le' | 'be';
  bom?: boolean;
}

export async function pkg(spec: PackageSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  const wbPath = spec.workbookPath ?? 'xl/workbook.xml';
  const dir = wbPath.replace(/[^/]*$/, '');
  const p = (xml: string) => (spec.prefixed ? xml.replace(/<(\/?)(?!\?)([a-zA-Z]+)/g, '<$1x:$2').replace('xmlns="', 'xmlns:x="') : xml);
  const put = (name: string, xml: string) => {
    const entry = spec.backslash ? name.replace(/\//g, '\\') : name;
    zip.file(entry, spec.utf16 ? utf16(`<?xml version="1.0" encoding="UTF-16" standalone="yes"?>\r\n${xml}`, spec.utf16, spec.bom !== false) : xml);
  };
  put('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wbPath}"/></Relationships>`,
  );
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((s, i) => {
    const kind = s.chart ? 'chartsheet' : 'worksheet';
    const target = s.chart ? `chartsheets/sheet${i + 1}.xml` : `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/${kind}" Target="${i % 2 ? '/' + dir + target : target}"/>`);
    sheets.push(`<sheet name="${s.name.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
    put(dir + target, p(`${spec.utf16 ? '' : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'}<worksheet ${NS}>${s.body}</worksheet>`));
  });
  if (spec.shared) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    put(dir + 'sharedStrings.xml', p(`<sst ${NS} count="${spec.shared.length}">${spec.shared.join('')}</sst>`));
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    put(dir + 'styles.xml', p(`<styleSheet ${NS}>${spec.styles}</styleSheet>`));
  }
  put(
    dir + '_rels/' + wbPath.replace(/.*\//, '') + '.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const pr = spec.workbookPr ? `<workbookPr ${spec.workbookPr}/>` : '';
  put(wbPath, p(`<workbook ${NS}>${pr}<sheets>${sheets.join('')}</sheets></workbook>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A string as UTF-16 bytes (TextEncoder only writes UTF-8). */
export function utf16(s: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (order === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
}
