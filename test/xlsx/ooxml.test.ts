/**
 * Cermat's package reader (src/xlsx/read/ooxml.ts) against an independent reading of the same files
 * (exceljs, test/support/exceljsGrid.ts) on every fixture, and on hand-written packages with the
 * parts of SpreadsheetML that other writers (Excel, LibreOffice, WPS, OpenXML SDK) produce and
 * the fixtures do not: shared formulas, inline and rich strings, prefixed elements, missing
 * cell references, values under merges.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { SheetGrid } from '../../src/engine/types';
import { isWorkbookReadError, readWorkbook } from '../../src/xlsx/read';
import { translateShared } from '../../src/xlsx/read/shared-formula';
import { loadWorkbook } from '../../src/xlsx/write/load';
import { workbookToGrids } from '../support/exceljsGrid';
import { FIXTURES, SAMPLE, fixture, at } from './helpers';
import { pkg } from './package';

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? xlsxFiles(p) : /\.xlsx$/.test(e) ? [p] : [];
  });
}

/** Cells as comparable text, merges sorted: the two readers must agree on every field. */
function canonical(grids: SheetGrid[]): unknown {
  return grids.map((g) => ({
    name: g.name,
    merges: [...g.merges].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0),
    cells: g.cells.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c ? [`${r},${col} ${JSON.stringify(c, Object.keys(c).sort())}`] : []))),
  }));
}

describe('the package reader agrees with exceljs', () => {
  // The workbooks written by exceljs (every fixture but real/, which Excel itself wrote). On those,
  // exceljs has quirks of its own: a formula's cached 0 comes back as null, a format's "\-" as "-".
  const files = [...xlsxFiles(FIXTURES).filter((f) => !f.includes(`${path.sep}real${path.sep}`)), SAMPLE];

  test('there are fixtures to compare', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  test.each(files.map((f) => [path.relative(FIXTURES, f), f]))('%s', async (_rel, file) => {
    const bytes = fixture(path.relative(FIXTURES, file));
    const ours = await readWorkbook(bytes, 'f.xlsx');
    const theirs = workbookToGrids(await loadWorkbook(bytes, 'f.xlsx'));
    expect(canonical(ours)).toEqual(canonical(theirs));
  });
});

// ---------------------------------------------------------------- hand-written packages

const STYLES =
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00;[Red]\\-#,##0.00"/></numFmts>' +
  '<fonts count="3"><font><sz val="11"/></font><font><b/><sz val="11"/></font><font><b val="0"/></font></fonts>' +
  // cellStyleXfs come first and must not be taken for cell styles.
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="1"/><xf numFmtId="10" fontId="1"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0"/><xf numFmtId="10" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="1"/>' +
  '<xf numFmtId="3" fontId="2"><alignment indent="2" wrapText="1"/></xf><xf numFmtId="0" fontId="1"><alignment horizontal="center"/></xf></cellXfs>' +
  '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs>';

describe('the package reader on what other writers produce', () => {
  test('shared, rich, phonetic and inline strings; entities and _xHHHH_ escapes; styles', async () => {
    const bytes = await pkg({
      shared: [
        '<si><t>Indikator</t></si>',
        '<si><r><rPr><b/></rPr><t xml:space="preserve">Tabel </t></r><r><t>2.1</t></r></si>',
        '<si><t>Target</t><rPh sb="0" eb="1"><t>タ</t></rPh></si>',
        '<si><t>Baik &amp; Rusak &lt;Ringan&gt; &#8211; Total&#x21;</t></si>',
        '<si/>',
        '<si><t>Realisasi_x000D_\n2021</t></si>',
      ],
      styles: STYLES,
      sheets: [
        {
          name: 'Data & "Rekap"',
          body:
            '<sheetData>' +
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="4"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><r><t>Program </t></r><r><t>A</t></r></is></c><c r="B2" s="1"><v>0.9474</v></c><c r="C2" s="2"><v>1091140000</v></c><c r="D2" s="3" t="s"><v>0</v></c><c r="E2" s="2"/></row>' +
            '</sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    expect(g.name).toBe('Data & "Rekap"');
    expect(at(g, 'A1')).toEqual({ value: 'Indikator' });
    expect(at(g, 'B1')).toEqual({ value: 'Tabel 2.1', bold: true });
    expect(at(g, 'C1')).toEqual({ value: 'Target' });
    expect(at(g, 'D1')?.value).toBe('Baik & Rusak <Ringan> – Total!');
    expect(at(g, 'E1')).toEqual({ value: '' });
    expect(at(g, 'F1')?.value).toBe('Realisasi\r\n2021');
    expect(at(g, 'A2')).toEqual({ value: 'Program A' });
    expect(at(g, 'B2')).toEqual({ value: 0.9474, numFmt: '0.00%' });
    expect(at(g, 'C2')).toEqual({ value: 1091140000, numFmt: '#,##0.00;[Red]\\-#,##0.00', bold: true });
    // font 2 says <b val="0"/>: not bold; indent from the xf's alignment.
    expect(at(g, 'D2')).toEqual({ value: 'Indikator', numFmt: '#,##0', indent: 2 });
    // A styled cell with no value is no cell.
    expect(at(g, 'E2')).toBeUndefined();
  });

  test('booleans, errors, formula strings, ISO dates, formulas without a cached value', async () => {
    const bytes = await pkg({
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1">' +
            '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="e"><v>#N/A</v></c>' +
            '<c r="E1" t="str"><f>"Rp "&amp;A2</f><v>Rp 5</v></c><c r="F1" t="d"><v>2020-12-31T00:00:00Z</v></c><c r="G1"><f>SUM(A2:A3)</f></c><c r="H1"><v>-1.5E-3</v></c>' +
            '</row></sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    expect(at(g, 'A1')).toEqual({ value: true });
    expect(at(g, 'B1')).toEqual({ value: false });
    expect(at(g, 'C1')).toEqual({ value: '#DIV/0!', error: true, formula: '=1/0' });
    expect(at(g, 'D1')).toEqual({ value: '#N/A', error: true });
    expect(at(g, 'E1')).toEqual({ value: 'Rp 5', formula: '="Rp "&A2' });
    expect(at(g, 'F1')).toEqual({ value: 44196 });
    expect(at(g, 'G1')).toEqual({ value: null, formula: '=SUM(A2:A3)' });
    expect(at(g, 'H1')).toEqual({ value: -0.0015 });
  });

  test('numbers and string indices read from their bytes as Number() reads their text', async () => {
    // The reader reads a plain <v> without making a string; whatever is not plain digits goes the
    // old way. Each case here is what Number() (and Excel) make of the text.
    const bytes = await pkg({
      shared: ['<si><t>nol</t></si>', '<si><t>satu</t></si>'],
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData><row r="1">' +
            '<c r="A1"><v>123456789012345</v></c><c r="B1"><v>-42</v></c><c r="C1"><v>1234567890123456789</v></c><c r="D1"><v> 12 </v></c>' +
            '<c r="E1"><v>-</v></c><c r="F1"><v>1e400</v></c><c r="G1"><v></v></c><c r="H1"><v>  </v></c><c r="I1"><v>0.1</v></c><c r="J1"><v>-0</v></c>' +
            '</row><row r="2">' +
            '<c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>1.5</v></c><c r="D2" t="s"><v>-1</v></c><c r="E2" t="s"><v> 0 </v></c>' +
            '<c r="F2"><x:v>7</x:v></c><c r="G2"><v>1&#48;</v></c><c r="H2"><v>5<!-- a comment -->6</v></c>' +
            '<x:c r="I2"><x:v>8</x:v></x:c><c r="J2"><v>9</v><f>4+5</f></c><c r="K2"><v>3</v></c ><c r="L2"><v>4</v ></c><c r="M2" t="s"><v>0</v></c>' +
            '</row></sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    const values = (row: number) => (g.cells[row] ?? []).map((c) => (c === undefined ? 'none' : c.value));
    expect(values(0)).toEqual([123456789012345, -42, 1234567890123456800, 12, '-', '1e400', 'none', 'none', 0.1, -0]);
    // An index past the shared strings (2), or not a whole number, is no value; " 0 " is index 0.
    expect(values(1)).toEqual(['satu', 'none', 'none', 'none', 'nol', 7, 10, 56, 8, 9, 3, 4, 'nol']);
    expect(g.cells[1]?.[9]?.formula).toBe('=4+5');
  });

  test('shared formulas: each follower gets the master moved to its cell', async () => {
    const bytes = await pkg({
      sheets: [
        {
          name: 'S',
          body:
            '<sheetData>' +
            '<row r="2"><c r="E2"><f t="shared" ref="E2:E4" si="0">SUM(B2:D2)/$B$1*B$1+Sheet2!$A2</f><v>1</v></c><c r="F2"><f t="shared" ref="F2:G2" si="1">E2&amp;"A1"</f><v>1</v></c><c r="G2"><f t="shared" si="1"/><v>1</v></c></row>' +
            '<row r="3"><c r="E3"><f t="shared" si="0"/><v>2</v></c></row>' +
            '<row r="4"><c r="E4"><f t="shared" si="0"/><v>3</v></c></row>' +
            '</sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    expect(at(g, 'E2')?.formula).toBe('=SUM(B2:D2)/$B$1*B$1+Sheet2!$A2');
    expect(at(g, 'E3')?.formula).toBe('=SUM(B3:D3)/$B$1*B$1+Sheet2!$A3');
    expect(at(g, 'E4')).toEqual({ value: 3, formula: '=SUM(B4:D4)/$B$1*B$1+Sheet2!$A4' });
    expect(at(g, 'G2')?.formula).toBe('=F2&"A1"');
  });

  test('prefixed elements, rows and cells without references, values under merges, sheet order, chart sheets', async () => {
    const bytes = await pkg({
      prefixed: true,
      workbookPath: 'workbook/main.xml',
      sheets: [
        { name: 'Kedua', body: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row></sheetData>' },
        { name: 'Grafik', body: '', chart: true },
        {
          name: 'Pertama',
          body:
            '<sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1"><v>99</v></c></row><row r="2"><c r="A2"><v>98</v></c><c r="C2"><v>5</v></c></row></sheetData>' +
            '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>',
        },
      ],
    });
    const grids = await readWorkbook(bytes, 'x.xlsx');
    expect(grids.map((g) => g.name)).toEqual(['Kedua', 'Pertama']);
    const [k, p] = grids;
    expect([at(k, 'A1')?.value, at(k, 'B1')?.value, at(k, 'C2')?.value, at(k, 'D2')?.value]).toEqual([1, 2, 3, 4]);
    expect(p.merges).toEqual([{ r0: 0, c0: 0, r1: 1, c1: 1 }]);
    expect(at(p, 'A1')?.value).toBe(10);
    // Cells covered by the merge read empty, as Excel shows them.
    expect(at(p, 'B1')).toBeUndefined();
    expect(at(p, 'A2')).toBeUndefined();
    expect(at(p, 'C2')?.value).toBe(5);
  });

  test('hidden rows and hidden columns (<col hidden>; those past the last cell dropped)', async () => {
    const bytes = await pkg({
      sheets: [
        {
          name: 'S',
          body:
            '<cols><col min="1" max="2" width="9"/><col min="3" max="3" width="0" hidden="1"/><col min="5" max="16384" hidden="1"/></cols>' +
            '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c><c r="F1"><v>4</v></c></row><row r="2" hidden="1"><c r="A2"><v>3</v></c></row></sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    expect(g.hiddenRows).toEqual([1]);
    expect(g.hiddenCols).toEqual([2, 4, 5]);
  });

  test('a workbook whose sheet part is missing is corrupt; one with only a chart sheet is empty', async () => {
    const good = await pkg({ sheets: [{ name: 'S', body: '<sheetData/>' }] });
    const zip = await JSZip.loadAsync(good);
    zip.remove('xl/worksheets/sheet1.xml');
    const broken = await zip.generateAsync({ type: 'uint8array' });
    await expect(readWorkbook(broken, 'rusak.xlsx')).rejects.toMatchObject({ code: 'corrupt' });
    const charts = await pkg({ sheets: [{ name: 'G', body: '', chart: true }] });
    await expect(readWorkbook(charts, 'grafik.xlsx')).rejects.toMatchObject({ code: 'empty' });
  });

  test('what Excel itself writes: mc:Ignorable namespaces, spans, x14ac attributes, extLst, a styled empty cell', async () => {
    const bytes = await pkg({
      shared: ['<si><t>Uraian</t></si>', '<si><t xml:space="preserve">Jumlah </t></si>'],
      styles: STYLES,
      sheets: [
        {
          name: 'Tabel 2.1',
          body:
            '<dimension ref="A1:C2"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews>' +
            '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><cols><col min="1" max="1" width="30.7109375" customWidth="1"/></cols>' +
            '<sheetData><row r="1" spans="1:3" x14ac:dyDescent="0.25"><c r="A1" s="4" t="s"><v>0</v></c><c r="B1" s="4" t="s"><v>1</v></c><c r="C1" s="2"/></row>' +
            '<row r="2" spans="1:3" ht="15.75" customHeight="1" x14ac:dyDescent="0.25"><c r="A2" t="s"><v>1</v></c><c r="B2" s="3"><f>SUM(B3:B9)</f><v>1250000</v></c></row></sheetData>' +
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
            '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0"/></ext></extLst>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'excel.xlsx');
    expect(g.name).toBe('Tabel 2.1');
    expect(at(g, 'A1')).toEqual({ value: 'Uraian', bold: true });
    expect(at(g, 'B1')).toEqual({ value: 'Jumlah ', bold: true });
    expect(at(g, 'C1')).toBeUndefined();
    expect(at(g, 'B2')).toEqual({ value: 1250000, formula: '=SUM(B3:B9)', numFmt: '#,##0', indent: 2 });
    expect(g.cells.length).toBe(2);
  });

  test('a package declaring more XML than the limit is too-large, refused before inflating', async () => {
    const bytes = fixture('published/002_tabel_6_1.xlsx');
    await expect(readWorkbook(bytes, 'bom.xlsx', { maxXmlBytes: 10_000 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readWorkbook(bytes, 'biasa.xlsx', { maxXmlBytes: 10_000_000 })).resolves.toHaveLength(1);
  });

  test('comments are skipped, also inside text; CDATA is text', async () => {
    const bytes = await pkg({
      sheets: [
        {
          name: 'S',
          body:
            '<!-- <row r="9"><c r="A9"><v>7</v></c></row> --><sheetData><row r="1">' +
            '<c r="A1" t="inlineStr"><is><t>Jum<!-- x -->lah &amp; <![CDATA[<Total> & ]]>Rata-rata</t></is></c>' +
            '</row></sheetData>',
        },
      ],
    });
    const [g] = await readWorkbook(bytes, 'x.xlsx');
    expect(g.cells[8]).toBeUndefined();
    expect(at(g, 'A1')?.value).toBe('Jumlah & <Total> & Rata-rata');
  });
});

describe('the package reader on damaged XML', () => {
  test('truncated or corrupted sheet and string parts: grids or a read error, never a crash or a hang', async () => {
    const original = await JSZip.loadAsync(fixture('published/002_tabel_2_9.xlsx'));
    const sheetXml = await original.file('xl/worksheets/sheet1.xml')!.async('uint8array');
    const stringsXml = await original.file('xl/sharedStrings.xml')?.async('uint8array');
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: sheetXml.length }),
        fc.array(fc.tuple(fc.nat({ max: sheetXml.length - 1 }), fc.constantFrom(0x3c, 0x3e, 0x22, 0x2f, 0x26, 0x20, 0x41, 0x30)), { maxLength: 12 }),
        fc.boolean(),
        async (cut, flips, onStrings) => {
          const target = onStrings && stringsXml ? stringsXml : sheetXml;
          const bytes = target.slice(0, Math.min(target.length, cut + 1));
          for (const [i, b] of flips) if (i < bytes.length) bytes[i] = b;
          const zip = await JSZip.loadAsync(fixture('published/002_tabel_2_9.xlsx'));
          zip.file(onStrings && stringsXml ? 'xl/sharedStrings.xml' : 'xl/worksheets/sheet1.xml', bytes);
          const pkgBytes = await zip.generateAsync({ type: 'uint8array' });
          const t0 = Date.now();
          try {
            const grids = await readWorkbook(pkgBytes, 'rusak.xlsx');
            expect(grids).toHaveLength(1);
          } catch (e) {
            expect(isWorkbookReadError(e)).toBe(true);
          }
          expect(Date.now() - t0).toBeLessThan(2000);
        },
      ),
      { numRuns: 150, seed: 20261123 },
    );
  });
});

describe('translateShared', () => {
  test.each([
    ['A1+B2', 1, 0, 'A2+B3'],
    ['$A1+A$1+$A$1', 2, 3, '$A3+D$1+$A$1'],
    ['SUM(B2:D2)', 0, 1, 'SUM(C2:E2)'],
    ['LOG10(A1)+TAHUNA2021', 1, 0, 'LOG10(A2)+TAHUNA2021'],
    ['"B2"&B2', 1, 0, '"B2"&B3'],
    ["'Tabel A1'!B2", 1, 0, "'Tabel A1'!B3"],
    ['A1', -1, 0, '#REF!'],
    ['XFD1', 0, 1, '#REF!'],
  ])('%s moved by (%i, %i) is %s', (f, dr, dc, want) => {
    expect(translateShared(f as string, dr as number, dc as number)).toBe(want);
  });
});

describe('workbooks Excel wrote (test/fixtures/real)', () => {
  test('a formula whose cached result is 0 reads 0, and a format keeps its escapes', async () => {
    const g = (await readWorkbook(fixture('real/id-yudhis55__public_assets_Copy_of_DRAFT_KKE_SAKIP(1).xlsx'), 'k.xlsx')).find((x) => x.name === 'RESUME')!;
    expect(at(g, 'F9')).toMatchObject({ value: 0, formula: expect.stringMatching(/^=IFERROR\(VLOOKUP/) });
    const d = (await readWorkbook(fixture('real/id-andreperioza__application_controllers_koreksi_lkh_s.xlsx'), 'd.xlsx'))[0];
    expect(at(d, 'B2')).toMatchObject({ value: 44927, numFmt: 'yyyy\\-mm\\-dd;@' });
  });
});
