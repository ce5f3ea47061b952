/**
 * Bad files (issue 5): what a reviewer actually drops on Cermat — a text file or a picture renamed
 * .xlsx, a download cut in half, a password-protected workbook (an OLE container, as Excel writes
 * it), a workbook without worksheets, an empty file, a very large workbook and one over the size
 * limit. Through the CLI: exit code 2, one clear line per bad file naming it and the reason, no
 * stack trace, and the good files of the same run still checked. Through the browser pane's file
 * session (src/taskpane/files) with the real checker: each bad file fails with the reader's reason
 * and the rest of the queue is checked.
 *
 * Sizes: the CLI has no --max-size option and DEFAULT_MAX_BYTES is 150 MB. The "large" workbook is
 * ~52 MB (a 20,000-row table plus a 48 MB incompressible picture, stored uncompressed so writing
 * it takes seconds, not minutes); the "too large" one is 150 MB + 1 byte (a workbook padded with
 * zeros, written sparse); a > 2 GiB file exercises the file-system limit before any reading.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { memoryIo } from '../../src/cli/io';
import { run } from '../../src/cli/main';
import type { JsonReport } from '../../src/cli/render';
import { checkFile } from '../../src/xlsx/file-check';
import { annotateWorkbook } from '../../src/xlsx/write/annotate';
import { summaryWorkbook } from '../../src/xlsx/write/summary';
import { DEFAULT_MAX_BYTES } from '../../src/xlsx/read/admit';
import { sniff } from '../../src/xlsx/read/sniff';
import { FileSession } from '../../src/taskpane/files/session';
import type { Checker } from '../../src/taskpane/files/protocol';
import { FIXTURES, openXlsx, tempDir, toBytes } from '../xlsx/helpers';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const utf16 = (s: string) => Uint8Array.from([...s].flatMap((ch) => [ch.charCodeAt(0), 0]));

const GOOD = readFileSync(path.join(FIXTURES, 'corrected', '002_tabel_2_8.corrected.xlsx'));

/** The bad files, each with the reason its message must give (Indonesian, English). */
interface Bad {
  name: string;
  bytes: () => Promise<Uint8Array>;
  code: string;
  id: RegExp;
  en: RegExp;
}

const NOT_XLSX = { code: 'not-xlsx', id: /bukan berkas Excel \.xlsx/, en: /is not an Excel \.xlsx file/ };
const CORRUPT = { code: 'corrupt', id: /rusak atau tidak lengkap/, en: /is damaged or incomplete/ };
const ENCRYPTED = { code: 'encrypted', id: /dilindungi kata sandi/, en: /is password-protected \(encrypted\)/ };

function ole(stream?: string): Uint8Array {
  const b = new Uint8Array(4096);
  b.set(OLE);
  if (stream) b.set(utf16(stream), 1152); // a directory entry name, as in a real compound file
  return b;
}

const BAD: Bad[] = [
  { name: 'catatan.xlsx', bytes: async () => new TextEncoder().encode('Tabel 2.1\tJumlah\n1\t2\n'), ...NOT_XLSX },
  { name: 'foto.xlsx', bytes: async () => Uint8Array.from([...PNG, ...randomBytes(2000)]), ...NOT_XLSX },
  { name: 'terpotong.xlsx', bytes: async () => GOOD.subarray(0, Math.floor(GOOD.length / 2)), ...CORRUPT },
  { name: 'rahasia.xlsx', bytes: async () => ole(), ...ENCRYPTED },
  { name: 'rahasia-enc.xlsx', bytes: async () => ole('EncryptedPackage'), ...ENCRYPTED },
  {
    name: 'tanpa-lembar.xlsx',
    bytes: async () => toBytes(new Workbook()),
    code: 'empty',
    id: /tidak berisi lembar kerja/,
    en: /has no worksheet to check/,
  },
  // A 0-byte file: nothing to read. Reported as damaged/incomplete (the reader's 'empty' code means "no worksheet").
  { name: 'nol.xlsx', bytes: async () => new Uint8Array(0), ...CORRUPT },
];

const dir = tempDir('cermat-bad-');
const good = path.join(dir, 'a_baik.xlsx');
writeFileSync(good, GOOD);
const bad = new Map<string, string>();

beforeAll(async () => {
  for (const b of BAD) {
    const file = path.join(dir, b.name);
    writeFileSync(file, await b.bytes());
    bad.set(b.name, file);
  }
});

async function cli(argv: string[]) {
  const io = memoryIo();
  const code = await run(argv, io);
  return { code, out: io.stdout.join(''), err: io.stderr.join('') };
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|\.ts:\d+/;

test('the sniffer tells an encrypted workbook (OLE container) from a zip before exceljs sees it', () => {
  expect(sniff(ole())).toBe('ole');
  expect(sniff(ole('EncryptedPackage'))).toBe('ole-encrypted');
  expect(sniff(GOOD)).toBe('zip');
  expect(sniff(Uint8Array.from(PNG))).toBe('other');
  expect(sniff(new Uint8Array(0))).toBe('empty');
});

describe('cermat check on bad files', () => {
  test.each(BAD.map((b) => [b.name, b] as const))('%s alone: exit 2, the file and the reason in both languages, no stack trace', async (_n, b) => {
    const file = bad.get(b.name)!;
    for (const lang of ['id', 'en'] as const) {
      const r = await cli(['check', file, '--lang', lang]);
      expect(r.code).toBe(2);
      const line = r.err.split('\n').find((l) => l.includes(b.name));
      expect(line).toMatch(/^cermat: /);
      expect(line).toMatch(lang === 'id' ? b.id : b.en);
      expect(r.out).toContain(file);
      expect(r.out + r.err).not.toMatch(STACK);
    }
    const j = await cli(['check', file, '--json']);
    const report = JSON.parse(j.out) as JsonReport;
    expect(j.code).toBe(2);
    expect(report.files).toEqual([{ file, tables: [], findings: [], error: expect.stringMatching(b.id) }]);
  });

  test.each([1, 2])(
    'all of them with a good workbook (--jobs %i): exit 2, the good one still checked',
    async (jobs) => {
      const r = await cli(['check', dir, '--jobs', String(jobs), '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.out + r.err).not.toMatch(STACK);
      // One line per bad file on stderr, each naming its file with its own reason.
      for (const b of BAD) expect(r.err.split('\n').filter((l) => l.includes(path.join(dir, b.name)))).toEqual([expect.stringMatching(b.en)]);
      // The good workbook is read and its table reported.
      expect(r.out).toContain(`== ${good} ==`);
      expect(r.out).toContain("'Tabel 2.8'!A5:S18");
      const j = await cli(['check', dir, '--jobs', String(jobs), '--json']);
      const report = JSON.parse(j.out) as JsonReport;
      const ok = report.files.find((f) => f.file === good);
      expect(ok?.error).toBeUndefined();
      expect(ok?.tables.map((t) => t.range)).toEqual(['A5:S18']);
      expect(
        report.files
          .filter((f) => f.error)
          .map((f) => path.basename(f.file))
          .sort(),
      ).toEqual(BAD.map((b) => b.name).sort());
    },
    120_000,
  );

  test('cermat fill refuses each bad file with the same clear reason (exit 2)', async () => {
    const out = tempDir('cermat-bad-out-');
    for (const b of BAD) {
      const r = await cli(['fill', bad.get(b.name)!, '-o', path.join(out, b.name), '--lang', 'en']);
      expect([b.name, r.code]).toEqual([b.name, 2]);
      expect(r.err).toMatch(b.en);
      expect(r.err).not.toMatch(STACK);
    }
  });
});

describe('size', () => {
  const big = tempDir('cermat-big-');

  afterAll(() => rmSync(big, { recursive: true, force: true }));

  test('a ~50 MB workbook (a 20,000-row table and a 48 MB picture) is read and checked', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Tabel 2.9');
    ws.addRow(['Tabel 2.9 Anggaran dan Realisasi Pendanaan']);
    ws.addRow([]);
    ws.addRow(['No', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)']);
    // One wrong Sisa on row 13: its own error, and the Sisa Jumlah (right) explained by it.
    for (let i = 1; i <= 20_000; i++) ws.addRow([i, `Kegiatan ${i}`, 1_000_000 * i, 900_000 * i, 100_000 * i + (i === 10 ? 5 : 0)]);
    ws.addRow([null, 'Jumlah', 1_000_000 * 200_010_000, 900_000 * 200_010_000, 100_000 * 200_010_000]);
    const picture = Buffer.concat([Buffer.from(PNG), randomBytes(48 * 1024 * 1024)]);
    ws.addImage(wb.addImage({ buffer: picture as unknown as ArrayBuffer, extension: 'png' }), { tl: { col: 7, row: 2 }, ext: { width: 100, height: 100 } });
    // exceljs passes these to JSZip: stored, not deflated (deflating 48 MB of noise takes ~15 s).
    const bytes = (await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as unknown as Parameters<typeof wb.xlsx.writeBuffer>[0])) as ArrayBuffer;
    expect(bytes.byteLength).toBeGreaterThan(50 * 1024 * 1024);
    expect(bytes.byteLength).toBeLessThan(DEFAULT_MAX_BYTES);
    const file = path.join(big, 'besar.xlsx');
    writeFileSync(file, new Uint8Array(bytes));
    copyFileSync(good, path.join(big, 'baik.xlsx'));

    const t0 = Date.now();
    const r = await cli(['check', big, '--json', '--jobs', '1']);
    const report = JSON.parse(r.out) as JsonReport;
    const f = report.files.find((x) => x.file === file)!;
    expect(f.error).toBeUndefined();
    expect(f.tables.map((t) => t.range)).toEqual(['A3:E20004']);
    expect(f.findings.filter((x) => x.severity === 'error').map((x) => [x.cell, x.rule])).toEqual([['E13', 'sum.difference']]);
    const jumlah = f.findings.find((x) => x.cell === 'E20004');
    expect(jumlah).toMatchObject({ rule: 'sum.total-row', severity: 'warning' });
    expect(jumlah?.message).toMatch(/E13/);
    expect(report.files.find((x) => x.file.endsWith('baik.xlsx'))?.tables.length).toBe(1);
    expect(r.code).toBe(1);
    expect(Date.now() - t0).toBeLessThan(60_000);
  }, 120_000);

  test(`a workbook over the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB limit is refused before parsing: exit 2, "too large", the limit named`, async () => {
    const file = path.join(big, 'terlalu-besar.xlsx');
    writeFileSync(file, GOOD);
    // Pad with zeros to one byte over the limit (sparse: nothing is written but the length).
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, DEFAULT_MAX_BYTES + 1);
    closeSync(fd);
    const t0 = Date.now();
    for (const lang of ['id', 'en'] as const) {
      const r = await cli(['check', file, good, '--lang', lang, '--jobs', '1']);
      expect(r.code).toBe(2);
      const line = r.err.split('\n').find((l) => l.includes('terlalu-besar.xlsx'));
      expect(line).toMatch(
        lang === 'id' ? /terlalu besar untuk diperiksa \(150 MB\); batasnya 150 MB/ : /is too large to check \(150 MB\); the limit is 150 MB/,
      );
      expect(r.out + r.err).not.toMatch(STACK);
      expect(r.out).toContain("'Tabel 2.8'!A5:S18");
    }
    expect(Date.now() - t0).toBeLessThan(30_000);
  }, 60_000);

  /** A sparse file of 2 GiB + 10 bytes: more than Node reads into one buffer. */
  function giant(): string {
    const file = path.join(big, 'raksasa.xlsx');
    writeFileSync(file, GOOD);
    const fd = openSync(file, 'r+');
    ftruncateSync(fd, 2 ** 31 + 10);
    closeSync(fd);
    return file;
  }

  test('a file over 2 GiB is reported as unreadable, not crashed on, and the good file is still checked', async () => {
    const file = giant();
    const r = await cli(['check', file, good, '--lang', 'en', '--jobs', '1']);
    rmSync(file);
    expect(r.code).toBe(2);
    const line = r.err.split('\n').find((l) => l.includes('raksasa.xlsx'));
    expect(line).toMatch(/^cermat: .*raksasa\.xlsx/);
    expect(r.out + r.err).not.toMatch(STACK);
    expect(r.out).toContain("'Tabel 2.8'!A5:S18");
  }, 60_000);

  /**
   * Found by this file: checkPath used to read the whole file before the size check, so a file over
   * 2 GiB got Node's English error inside the Indonesian sentence. It now stats the file first.
   */
  test('a file over 2 GiB gets the "too large" reason in the chosen language, without being read', async () => {
    const file = giant();
    const r = await cli(['check', file, '--jobs', '1']);
    rmSync(file);
    const line = r.err.split('\n').find((l) => l.includes('raksasa.xlsx'));
    expect(line).toMatch(/terlalu besar untuk diperiksa .*batasnya 150 MB/);
    expect(line).not.toMatch(/File size|greater than/);
  }, 60_000);
});

/**
 * The pane's file mode with the real checker (what check.worker.ts runs), in-thread. The existing
 * pane tests use a fake checker (test/taskpane/files) and the browser e2e test drops one text file;
 * none runs the other kinds of bad bytes through the session.
 */
describe('browser pane: the file session with the real checker', () => {
  const checker: Checker = {
    check: (name, data, settings) => checkFile(data, name, settings),
    annotate: (data, result, lang) => annotateWorkbook(data, result, lang),
    summary: (results, lang) => summaryWorkbook(results, lang),
  };

  test('every bad file fails with its reason, the good ones are checked, the summary lists both', async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const session = new FileSession(checker, { read: (f) => f.arrayBuffer(), save: (bytes, name) => saved.push({ name, bytes }) });
    session.settings = { lang: 'id' };
    const files = [new File([GOOD], 'awal.xlsx')];
    for (const b of BAD) files.push(new File([(await b.bytes()).slice()], b.name));
    files.push(new File([GOOD], 'akhir.xlsx'));
    await session.add(files);

    const list = session.getSnapshot().files.files;
    const goodNames = new Set(['awal.xlsx', 'akhir.xlsx']);
    expect(list.map((f) => [f.name, f.status])).toEqual(files.map((f) => [f.name, goodNames.has(f.name) ? 'done' : 'failed']));
    for (const b of BAD) {
      const f = list.find((x) => x.name === b.name)!;
      expect([b.name, f.result?.errorCode]).toEqual([b.name, b.code]);
      expect(f.reason?.id).toMatch(b.id);
      expect(f.reason?.en).toMatch(b.en);
      expect(f.reason?.id).toContain(b.name);
      expect(f.reason?.en).not.toMatch(STACK);
    }
    for (const name of ['awal.xlsx', 'akhir.xlsx']) expect(list.find((x) => x.name === name)?.result?.tables.map((t) => t.range)).toEqual(['A5:S18']);

    await session.downloadSummary('id');
    expect(session.getSnapshot().downloads.error).toBeUndefined();
    const summary = await openXlsx(saved[0].bytes);
    const rows = summary.worksheets[0].getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(files.length);
    const text = JSON.stringify(rows);
    for (const b of BAD) expect(text).toMatch(new RegExp(`${b.name.replace('.', '\\.')} [^"]*${b.id.source}`));
  }, 60_000);
});
