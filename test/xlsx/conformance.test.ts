/**
 * Packages as real writers produce them and Excel opens them (issue 10): empty shared-string
 * values, ISO dates, line ends in text, backslash entry names, UTF-16 and code-page parts,
 * "GENERAL" formats. Each case is a small hand-written package (package.ts); a fast-check
 * property writes the same cells through every serialisation and expects one grid.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { SheetGrid } from '../../src/engine/types';
import { annotateWorkbook } from '../../src/xlsx/write/annotate';
import { checkFile } from '../../src/xlsx/file-check';
import { readWorkbook } from '../../src/xlsx/read';
import { findingsSheetName } from '../../src/present';

const FINDINGS_SHEET = findingsSheetName('id');
import { ROOT, at, openXlsx, tempDir } from './helpers';
import { pkg, type PackageSpec } from './package';

const row1 = (cells: string) => `<sheetData><row r="1">${cells}</row></sheetData>`;

async function grid(spec: PackageSpec): Promise<SheetGrid> {
  const [g] = await readWorkbook(await pkg(spec), 'x.xlsx');
  return g;
}

describe('an empty value is an empty cell', () => {
  test('<c t="s"><v/></c> is not shared string 0; nor are <v></v>, an empty boolean or error', async () => {
    const g = await grid({
      shared: ['<si><t>Indikator</t></si>'],
      sheets: [
        {
          name: 'S',
          body: row1(
            '<c r="A1" t="s"><v/></c><c r="B1" t="s"><v></v></c><c r="C1" t="s"><v> </v></c><c r="D1" t="b"><v/></c><c r="E1" t="e"><v/></c><c r="F1" t="s"><v>0</v></c>',
          ),
        },
      ],
    });
    for (const a of ['A1', 'B1', 'C1', 'D1', 'E1']) expect([a, at(g, a)]).toEqual([a, undefined]);
    expect(at(g, 'F1')).toEqual({ value: 'Indikator' });
  });

  test('a formula with an empty cached string keeps its formula and the empty string', async () => {
    const g = await grid({ sheets: [{ name: 'S', body: row1('<c r="A1" t="str"><f>""</f><v></v></c><c r="B1" t="s"><f>A1</f><v/></c>') }] });
    expect(at(g, 'A1')).toEqual({ value: '', formula: '=""' });
    expect(at(g, 'B1')).toEqual({ value: null, formula: '=A1' });
  });
});

describe('t="d" ISO dates are serial days, whatever the time zone', () => {
  const CASES: Array<[string, number | string]> = [
    ['2020-12-31T00:00:00Z', 44196],
    ['2020-12-31T12:00:00', 44196.5],
    ['2020-12-31T18:00:00+07:00', 44196.75],
    ['2020-12-31', 44196],
    ['2021-01-01T06:00', 44197.25],
    ['2021-01-01T00:00:30.5', 44197 + 30.5 / 86400],
    ['T12:00:00', 0.5],
    ['12:00:00', 0.5],
    ['18:00', 0.75],
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2020-02-30', '2020-02-30'],
    ['2020-12-31T25:00:00', '2020-12-31T25:00:00'],
    ['kemarin', 'kemarin'],
  ];
  const body = row1(CASES.map(([iso], i) => `<c r="${String.fromCharCode(65 + i)}1" t="d"><v>${iso}</v></c>`).join(''));

  test.each(CASES.map(([iso, want], i) => [iso, want, i]))('%s → %s', async (_iso, want, i) => {
    const g = await grid({ sheets: [{ name: 'S', body }] });
    expect(g.cells[0]![i as number]).toEqual({ value: want });
  });

  test('a 1904 workbook counts from 1904-01-01', async () => {
    const g = await grid({
      workbookPr: 'date1904="1"',
      sheets: [{ name: 'S', body: row1('<c r="A1" t="d"><v>1904-01-02T12:00:00</v></c><c r="B1" t="d"><v>2020-12-31</v></c>') }],
    });
    expect(at(g, 'A1')).toEqual({ value: 1.5 });
    expect(at(g, 'B1')).toEqual({ value: 44196 - 1462 });
  });

  test('the same values in Jakarta, Los Angeles and Kiritimati (separate processes)', async () => {
    const file = path.join(tempDir('cermat-tz-'), 'tanggal.xlsx');
    writeFileSync(file, await pkg({ sheets: [{ name: 'S', body }] }));
    const read = path.join(ROOT, 'src', 'xlsx', 'read', 'index.ts');
    const script = `require(${JSON.stringify(read)}).readWorkbook(require('fs').readFileSync(${JSON.stringify(file)}), 't.xlsx').then((g) => console.log(JSON.stringify(g[0].cells[0].map((c) => c.value))))`;
    const runIn = (tz: string) => {
      const r = spawnSync(process.execPath, ['-r', require.resolve('tsx/cjs'), '-e', script], {
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as unknown[];
    };
    const want = CASES.map(([, v]) => v);
    expect(runIn('Asia/Jakarta')).toEqual(want);
    expect(runIn('America/Los_Angeles')).toEqual(want);
    expect(runIn('Pacific/Kiritimati')).toEqual(want);
  }, 60_000);
});

describe('line ends in text, as XML reads them', () => {
  test('a literal CR or CRLF is LF; _x000D_ and &#13; stay CR; in shared, inline and CDATA text; a line break in an attribute is a space', async () => {
    const g = await grid({
      shared: ['<si><t>Realisasi\r\n2021</t></si>', '<si><r><t>Target\r</t></r><r><t>2022\r\r\n</t></r></si>', '<si><t>Capaian_x000D_\r\n(%)</t></si>'],
      sheets: [
        {
          name: 'Baris\r\nbaru',
          body: row1(
            '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
              '<c r="D1" t="inlineStr"><is><t>a\rb&#13;c&#xD;&#10;d</t></is></c><c r="E1" t="inlineStr"><is><t><![CDATA[x\r\ny]]></t></is></c>',
          ),
        },
      ],
    });
    expect(g.name).toBe('Baris baru');
    expect(at(g, 'A1')?.value).toBe('Realisasi\n2021');
    expect(at(g, 'B1')?.value).toBe('Target\n2022\n\n');
    expect(at(g, 'C1')?.value).toBe('Capaian\r\n(%)');
    expect(at(g, 'D1')?.value).toBe('a\nb\rc\r\nd');
    expect(at(g, 'E1')?.value).toBe('x\ny');
  });
});

describe('packages Excel opens that other readers refuse', () => {
  const SIMPLE: PackageSpec = {
    shared: ['<si><t>Indikator</t></si>', '<si><t>Persentase rumah layak huni</t></si>'],
    styles: '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
    sheets: [
      {
        name: 'Tabel 2.1',
        body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>94.74</v></c></row></sheetData>',
      },
    ],
  };

  test('zip entries named with backslashes (xl\\workbook.xml, xl\\worksheets\\sheet1.xml) read as with slashes', async () => {
    expect(await grid({ ...SIMPLE, backslash: true })).toEqual(await grid(SIMPLE));
  });

  test.each([
    ['UTF-16 LE with BOM', { utf16: 'le' as const }],
    ['UTF-16 BE with BOM', { utf16: 'be' as const }],
    ['UTF-16 LE without BOM', { utf16: 'le' as const, bom: false }],
    ['UTF-16 BE without BOM, backslash names', { utf16: 'be' as const, bom: false, backslash: true }],
  ])('%s parts are decoded', async (_name, v) => {
    const g = await grid({ ...SIMPLE, ...v });
    expect(g).toEqual(await grid(SIMPLE));
    expect(at(g, 'B2')).toEqual({ value: 94.74, numFmt: '0.00' });
  });

  test('a part declaring a code page is decoded with it; "UTF-16" declared on 8-bit bytes is UTF-8', async () => {
    const spec = { sheets: [{ name: 'S', body: '<sheetData/>' }] };
    const zip = await (await import('jszip')).default.loadAsync(await pkg(spec));
    // "Kabupaten – Bogor" with an en dash (0x96) and é (0xE9) in windows-1252.
    const cp = Uint8Array.from([
      ...Buffer.from(
        `<?xml version="1.0" encoding="windows-1252"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kabupaten `,
        'latin1',
      ),
      0x96,
      ...Buffer.from(' Bogor caf', 'latin1'),
      0xe9,
      ...Buffer.from('</t></is></c></row></sheetData></worksheet>', 'latin1'),
    ]);
    zip.file('xl/worksheets/sheet1.xml', cp);
    const [g] = await readWorkbook(await zip.generateAsync({ type: 'uint8array' }), 'cp.xlsx');
    expect(at(g, 'A1')?.value).toBe('Kabupaten – Bogor café');
    zip.file(
      'xl/worksheets/sheet1.xml',
      '<?xml version="1.0" encoding="UTF-16"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Rp ✓</t></is></c></row></sheetData></worksheet>',
    );
    const [h] = await readWorkbook(await zip.generateAsync({ type: 'uint8array' }), 'label.xlsx');
    expect(at(h, 'A1')?.value).toBe('Rp ✓');
  });

  test('a part in an encoding no decoder knows is an "encoding" error that says so, not "no worksheets"', async () => {
    const zip = await (await import('jszip')).default.loadAsync(await pkg({ sheets: [{ name: 'S', body: '<sheetData/>' }] }));
    zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="IBM037"?><workbook/>');
    const r = await checkFile(await zip.generateAsync({ type: 'uint8array' }), 'ebcdic.xlsx');
    expect(r.errorCode).toBe('encoding');
    expect(r.error?.en).toMatch(/ebcdic\.xlsx is an \.xlsx workbook whose text is written in an encoding \(ibm037\)/);
    expect(r.error?.id).toMatch(/pengodean \(ibm037\)/);
  });

  test('annotated copies of such packages are written (exceljs gets the package rewritten)', async () => {
    for (const v of [{ backslash: true }, { utf16: 'le' as const }, { utf16: 'be' as const, bom: false, backslash: true }]) {
      const bytes = await pkg({ ...SIMPLE, ...v });
      const result = await checkFile(bytes, 'x.xlsx');
      expect(result.error).toBeUndefined();
      const wb = await openXlsx(await annotateWorkbook(bytes, result));
      expect(wb.getWorksheet('Tabel 2.1')?.getCell('B2').value).toBe(94.74);
      expect(wb.getWorksheet(FINDINGS_SHEET)).toBeDefined();
    }
  });

  test.each(['GENERAL', 'general', 'General'])('a custom number format written %s is the General format', async (code) => {
    const g = await grid({
      styles: `<numFmts count="1"><numFmt numFmtId="164" formatCode="${code}"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>`,
      sheets: [{ name: 'S', body: row1('<c r="A1" s="1"><v>1091140000</v></c>') }],
    });
    expect(at(g, 'A1')).toEqual({ value: 1091140000 });
  });
});

// ---------------------------------------------------------------- one grid, every serialisation

type Value = string | number | null;

interface Variant {
  strings: 'inline' | 'shared' | 'rich-inline' | 'rich-shared';
  prefixed: boolean;
  backslash: boolean;
  /** How a line feed of the text is written: as is, as CRLF, as a lone CR (XML reads all three as LF). */
  eol: '\n' | '\r\n' | '\r';
  /** Rows and cells with or without r="…" references. */
  refs: boolean;
  utf16?: 'le' | 'be';
}

/** Text as SpreadsheetML writes it: `_xHHHH_`-looking text escaped, CR as _x000D_, XML's three characters as entities. */
function xmlText(s: string, eol: string): string {
  return s
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/\r/g, '_x000D_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, eol);
}

/** The text cut into runs at the given code-point positions (rich text), with a phonetic run that readers skip. */
function runs(s: string, cuts: number[], eol: string): string {
  const cps = [...s];
  const at = [...new Set(cuts.map((c) => c % (cps.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const c of [...at, cps.length]) {
    pieces.push(cps.slice(from, c).join(''));
    from = c;
  }
  return (
    pieces.map((p, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${xmlText(p, eol)}</t></r>`).join('') +
    '<rPh sb="0" eb="1"><t>ヨミ</t></rPh>'
  );
}

function serialise(rows: Value[][], v: Variant, cuts: number[]): PackageSpec {
  const shared: string[] = [];
  const body = rows
    .map((cells, r) => {
      const cs = cells.map((value, c) => {
        const ref = v.refs ? ` r="${String.fromCharCode(65 + c)}${r + 1}"` : '';
        if (value === null) return v.refs ? '' : '<c/>';
        if (typeof value === 'number') return `<c${ref}><v>${value}</v></c>`;
        const rich = v.strings.startsWith('rich');
        const inner = rich ? runs(value, cuts, v.eol) : `<t xml:space="preserve">${xmlText(value, v.eol)}</t>`;
        if (v.strings.endsWith('inline')) return `<c${ref} t="inlineStr"><is>${inner}</is></c>`;
        shared.push(`<si>${inner}</si>`);
        return `<c${ref} t="s"><v>${shared.length - 1}</v></c>`;
      });
      return `<row${v.refs ? ` r="${r + 1}"` : ''}>${cs.join('')}</row>`;
    })
    .join('');
  return { sheets: [{ name: 'Tabel', body: `<sheetData>${body}</sheetData>` }], shared, prefixed: v.prefixed, backslash: v.backslash, utf16: v.utf16 };
}

/** What every reading must give: one cell per value, nothing for null. */
function expected(rows: Value[][]): string[] {
  return rows.flatMap((cells, r) => cells.flatMap((value, c) => (value === null ? [] : [`${r},${c} ${JSON.stringify({ value })}`])));
}

function cellsOf(g: SheetGrid): string[] {
  return g.cells.flatMap((row, r) => (row ?? []).flatMap((c, col) => (c ? [`${r},${col} ${JSON.stringify(c)}`] : [])));
}

const PIECES = [
  'a',
  'B',
  '7',
  ' ',
  '  ',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\n',
  '\r',
  '\t',
  'é',
  '—',
  '漢',
  '😀',
  '_',
  '_x000D_',
  '_x0041_',
  'x00',
  'Rp ',
  '1.091,5',
  ']]>',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((ps) => ps.join(''));
const number = fc.oneof(fc.integer({ min: -2e9, max: 2e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true })).map((n) => (Object.is(n, -0) ? 0 : n));
const value: fc.Arbitrary<Value> = fc.oneof({ arbitrary: text, weight: 3 }, { arbitrary: number, weight: 2 }, { arbitrary: fc.constant(null), weight: 1 });
const variant: fc.Arbitrary<Variant> = fc.record({
  strings: fc.constantFrom('inline', 'shared', 'rich-inline', 'rich-shared'),
  prefixed: fc.boolean(),
  backslash: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  refs: fc.boolean(),
  utf16: fc.constantFrom(undefined, 'le', 'be'),
});

describe('the same cells through every serialisation', () => {
  test('inline, shared, rich (with phonetic runs), x:-prefixed, backslash paths, CR/CRLF line ends, UTF-16: one grid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        variant,
        fc.array(fc.nat({ max: 12 }), { maxLength: 3 }),
        async (rows, v, cuts) => {
          const want = expected(rows);
          const [g] = await readWorkbook(await pkg(serialise(rows, v, cuts)), 'varian.xlsx');
          expect(cellsOf(g)).toEqual(want);
        },
      ),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
