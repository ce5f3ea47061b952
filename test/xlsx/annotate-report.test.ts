import type { Cell, Workbook } from 'exceljs';
import type { Finding } from '../../src/engine/types';
import { annotateWorkbook } from '../../src/xlsx/write/annotate';
import { findingsSheetName } from '../../src/present';

const FINDINGS_SHEET = findingsSheetName('id');
import { checkFile, type FileResult } from '../../src/xlsx/file-check';
import { summaryWorkbook } from '../../src/xlsx/write/summary';
import { fixture, openXlsx, snapshot } from './helpers';

function finding(cell: string, severity: Finding['severity'], expected: number | null, actual: number | null): Finding {
  return {
    sheet: 'Tabel 2.8',
    cell,
    rule: severity === 'error' ? 'ratio.capaian' : 'number.text',
    severity,
    expected,
    actual,
    message: { id: `Rasio di ${cell} tidak sesuai`, en: `Ratio in ${cell} does not match` },
    related: [],
  };
}

const RESULT: FileResult = {
  file: '002_tabel_2_8.xlsx',
  tables: [],
  fill: [],
  findings: [
    finding('R10', 'error', 99.686, 97.43),
    finding('R10', 'warning', null, null),
    finding('O10', 'warning', null, 97.34),
    finding('S16', 'info', null, 0),
    finding('F5', 'info', 1234567.5, 1),
  ],
};

const fillOf = (c: Cell) => (c.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
const noteOf = (c: Cell): string => {
  const n: unknown = c.note;
  if (typeof n === 'string') return n;
  return ((n as { texts?: { text: string }[] })?.texts ?? []).map((t) => t.text).join('');
};

describe('annotateWorkbook', () => {
  let wb: Workbook;
  let original: Workbook;
  beforeAll(async () => {
    const bytes = fixture('published/002_tabel_2_8.xlsx');
    original = await openXlsx(bytes);
    wb = await openXlsx(await annotateWorkbook(bytes, RESULT, 'id'));
  });

  it('colours each finding cell by its worst severity, leaving neighbours alone', () => {
    const ws = wb.getWorksheet('Tabel 2.8')!;
    expect(fillOf(ws.getCell('R10'))).toBe('FFFFC7CE');
    // One palette with the add-in's marks (src/present/severity.ts).
    expect(fillOf(ws.getCell('O10'))).toBe('FFFFEB9C');
    expect(fillOf(ws.getCell('S16'))).toBe('FFBDD7EE');
    // Same style id before: a shared style object must not spread the colour.
    expect(fillOf(ws.getCell('Q10'))).toBe(fillOf(original.getWorksheet('Tabel 2.8')!.getCell('Q10')));
    expect(fillOf(ws.getCell('S10'))).toBe(fillOf(original.getWorksheet('Tabel 2.8')!.getCell('S10')));
  });

  it('writes a note with the message, expected and found in Indonesian number style', () => {
    const ws = wb.getWorksheet('Tabel 2.8')!;
    const note = noteOf(ws.getCell('R10'));
    expect(note).toContain('Rasio di R10 tidak sesuai');
    expect(note).toContain('Seharusnya: 99,69');
    expect(note).toContain('Tertulis: 97,43');
    expect(note).toContain('Kesalahan');
    expect(note).toContain('Peringatan');
    // A finding on a merged header cell goes on the merge's top-left.
    expect(noteOf(ws.getCell('E5'))).toContain('1.234.567,5');
  });

  it('keeps every value of the original', () => {
    const before = snapshot(original);
    const after = snapshot(wb);
    for (const [k, v] of before) expect(JSON.parse(after.get(k)!).v).toEqual(JSON.parse(v).v);
  });

  it('adds a "Temuan Cermat" sheet with links, autofilter and a frozen header', () => {
    const ws = wb.getWorksheet(FINDINGS_SHEET)!;
    expect(ws).toBeDefined();
    expect(ws.getRow(1).values).toEqual([undefined, 'Lembar', 'Sel', 'Tabel', 'Aturan', 'Tingkat', 'Seharusnya', 'Tertulis', 'Pesan']);
    expect(ws.rowCount).toBe(1 + RESULT.findings.length);
    const link = ws.getCell('B2').value as { formula: string; result: string };
    expect(link.formula).toBe(`HYPERLINK("#'Tabel 2.8'!R10","R10")`);
    expect(link.result).toBe('R10');
    expect(ws.getCell('A2').value).toBe('Tabel 2.8');
    expect(ws.getCell('D2').value).toBe('ratio.capaian · Capaian tidak sesuai realisasi ÷ target');
    expect(ws.getCell('E2').value).toBe('Kesalahan');
    expect(ws.getCell('F2').value).toBe(99.686);
    expect(ws.getCell('G2').value).toBe(97.43);
    expect(ws.getCell('H2').value).toBe('Rasio di R10 tidak sesuai');
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('speaks English with lang=en and replaces its own sheet when run again', async () => {
    const once = await annotateWorkbook(fixture('published/002_tabel_2_8.xlsx'), RESULT, 'en');
    const twice = await openXlsx(await annotateWorkbook(once, RESULT, 'en'));
    expect(twice.worksheets.map((s) => s.name)).toEqual(['Tabel 2.8', findingsSheetName('en')]);
    const list = twice.getWorksheet(findingsSheetName('en'))!;
    expect(list.getCell('A1').value).toBe('Sheet');
    expect(list.getCell('E2').value).toBe('Error');
    expect(noteOf(twice.getWorksheet('Tabel 2.8')!.getCell('R10'))).toContain('Expected: 99.69');
  });
});

describe('summaryWorkbook', () => {
  it('writes Ringkasan (one row per file, unreadable with its reason) and all findings', async () => {
    const broken: FileResult = {
      file: 'rusak.xlsx',
      tables: [],
      findings: [],
      fill: [],
      errorCode: 'corrupt',
      error: { id: 'rusak.xlsx rusak', en: 'rusak.xlsx is damaged' },
    };
    const wb = await openXlsx(await summaryWorkbook([RESULT, broken], 'id'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'Temuan']);
    const sum = wb.getWorksheet('Ringkasan')!;
    expect(sum.getRow(1).values).toEqual([undefined, 'Berkas', 'Tabel', 'Kesalahan', 'Peringatan', 'Info', 'Status']);
    expect(sum.getRow(2).values).toEqual([undefined, '002_tabel_2_8.xlsx', 0, 1, 2, 2, 'Terbaca']);
    expect(sum.getCell('A3').value).toBe('rusak.xlsx');
    expect(String(sum.getCell('F3').value)).toContain('rusak.xlsx rusak');
    const all = wb.getWorksheet('Temuan')!;
    expect(all.getRow(1).values).toEqual([undefined, 'Berkas', 'Lembar', 'Sel', 'Tabel', 'Aturan', 'Tingkat', 'Seharusnya', 'Tertulis', 'Pesan']);
    expect(all.rowCount).toBe(1 + RESULT.findings.length);
    expect(all.getRow(2).values).toEqual([
      undefined,
      '002_tabel_2_8.xlsx',
      'Tabel 2.8',
      { formula: `HYPERLINK("[002_tabel_2_8.xlsx]'Tabel 2.8'!R10","R10")`, result: 'R10' },
      '',
      'ratio.capaian · Capaian tidak sesuai realisasi ÷ target',
      'Kesalahan',
      99.686,
      97.43,
      'Rasio di R10 tidak sesuai',
    ]);
  });

  it("links every finding to its cell in the checked file ([path]Sheet!Cell, relative to the summary's folder)", async () => {
    const other: FileResult = { ...RESULT, file: 'C:\\kiriman\\Kab "A"\\tabel.xlsx', findings: [{ ...RESULT.findings[0], sheet: 'Data', cell: 'B7' }] };
    const odd: FileResult = { ...RESULT, file: 'kiriman/Tabel [final].xlsx', findings: [RESULT.findings[0]] };
    const wb = await openXlsx(
      await summaryWorkbook([RESULT, other, odd], 'en', { fileLink: (f) => (f === RESULT.file ? `../kiriman/${f}` : f.replace(/\\/g, '/')) }),
    );
    // With lang=en the sheets are named in English too.
    const all = wb.getWorksheet('Findings')!;
    const links = all
      .getColumn(3)
      .values.slice(2)
      .map((v) => (v as { formula?: string }).formula);
    expect(links.slice(0, RESULT.findings.length)).toEqual(
      RESULT.findings.map((f) => `HYPERLINK("[../kiriman/002_tabel_2_8.xlsx]'Tabel 2.8'!${f.cell}","${f.cell}")`),
    );
    // Quotes doubled inside the formula's string; a sheet name that needs no quotes has none.
    expect(links[RESULT.findings.length]).toBe('HYPERLINK("[C:/kiriman/Kab ""A""/tabel.xlsx]Data!B7","B7")');
    // Brackets in the path cannot carry a cell: the link opens the file.
    expect(links[RESULT.findings.length + 1]).toBe('HYPERLINK("kiriman/Tabel [final].xlsx","R10")');
    expect(all.getCell('C2').font?.underline).toBe(true);
  });
});

// Waits on the engine: real findings of a published fixture.
describe('annotate + summary on real findings (needs the engine)', () => {
  it('marks the primary findings of Tabel 2.8 and lists them', async () => {
    const bytes = fixture('published/002_tabel_2_8.xlsx');
    const result = await checkFile(bytes, '002_tabel_2_8.xlsx');
    const cells = result.findings.filter((f) => f.severity === 'error').map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(['Q10', 'R10', 'P11', 'Q11', 'R11', 'P12', 'Q12', 'R12']));
    const wb = await openXlsx(await annotateWorkbook(bytes, result, 'id'));
    const ws = wb.getWorksheet('Tabel 2.8')!;
    expect(fillOf(ws.getCell('R11'))).toBe('FFFFC7CE');
    expect(noteOf(ws.getCell('R11'))).toContain('Tertulis: 137,4');
    expect(wb.getWorksheet(FINDINGS_SHEET)!.rowCount).toBe(1 + result.findings.length);
    const sum = await openXlsx(await summaryWorkbook([result], 'en'));
    expect(Number(sum.getWorksheet('Summary')!.getCell('C2').value)).toBeGreaterThanOrEqual(8);
    expect(Number(sum.getWorksheet('Summary')!.getCell('B2').value)).toBe(1);
  });
});
