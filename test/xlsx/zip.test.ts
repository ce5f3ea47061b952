/**
 * The native inflate path (src/xlsx/read/zip.ts): where Node's zlib reads a part, it must give
 * exactly fflate's bytes, and anything unexpected must fall back to fflate rather than fail.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { Parts } from '../../src/xlsx/read/parts';
import { centralDirectory, nativeInflate, storedData, streamInflate, type RawInflate } from '../../src/xlsx/read/zip';

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function someWorkbooks(): string[] {
  const out: string[] = [];
  for (const dir of ['published', 'corrected', 'real', 'redteam']) {
    const d = path.join(FIXTURES, dir);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.xlsx')) out.push(path.join(d, f));
  }
  return out;
}

/** An inflate that records its calls and otherwise is Node's. */
function counting(): { inflate: RawInflate; calls: number } {
  const native = nativeInflate()!;
  const box = {
    calls: 0,
    inflate: (data: Uint8Array, size: number) => {
      box.calls++;
      return native(data, size);
    },
  };
  return box;
}

describe('native inflate', () => {
  it('is found in Node (process.getBuiltinModule)', () => {
    expect(nativeInflate()).toBeDefined();
  });

  it('reads every part of the fixture workbooks exactly as fflate does', () => {
    const files = someWorkbooks();
    expect(files.length).toBeGreaterThan(50);
    let parts = 0;
    for (const f of files) {
      const bytes = new Uint8Array(fs.readFileSync(f));
      const expected = unzipSync(bytes);
      const box = counting();
      const p = new Parts(bytes, Infinity, box.inflate);
      for (const [name, data] of Object.entries(expected)) {
        if (name.endsWith('/')) continue;
        expect(Buffer.from(p.raw(name)!).equals(Buffer.from(data))).toBe(true);
        parts++;
      }
      // The fast path was taken (each fixture has deflated parts).
      expect(box.calls).toBeGreaterThan(0);
    }
    expect(parts).toBeGreaterThan(500);
  });

  it('reads stored (uncompressed) entries and zip64-free directories of any writer', () => {
    const files = { 'a.xml': new TextEncoder().encode('<a>stored</a>'), 'b.xml': new TextEncoder().encode('<b>' + 'x'.repeat(5000) + '</b>') };
    const bytes = zipSync({ 'a.xml': [files['a.xml'], { level: 0 }], 'b.xml': [files['b.xml'], { level: 9 }] });
    const dir = centralDirectory(bytes)!;
    expect(dir.map((e) => e.method)).toEqual([0, 8]);
    expect(storedData(bytes, dir[0])).toEqual(files['a.xml']);
    const box = counting();
    const p = new Parts(bytes, Infinity, box.inflate);
    expect(new TextDecoder().decode(p.raw('a.xml')!)).toBe('<a>stored</a>');
    expect(p.raw('b.xml')!.length).toBe(5007);
    expect(box.calls).toBe(1);
  });

  it('falls back to fflate when the inflate fails, returns another size, or the local header is not where the directory says', () => {
    const text = '<x>' + 'abc'.repeat(1000) + '</x>';
    const bytes = zipSync({ 'x.xml': new TextEncoder().encode(text) });
    const failing: RawInflate = () => {
      throw new Error('zlib says no');
    };
    const short: RawInflate = (d) => d.subarray(0, 3);
    for (const inflate of [failing, short]) expect(new TextDecoder().decode(new Parts(bytes, Infinity, inflate).raw('x.xml')!)).toBe(text);
    // The local header's signature damaged: the directory still reads, the data is not trusted.
    const damaged = bytes.slice();
    damaged[0] = 0;
    expect(storedData(damaged, centralDirectory(damaged)![0])).toBeNull();
  });

  it('reads no directory from bytes that are not a zip', () => {
    expect(centralDirectory(new TextEncoder().encode('not a zip at all, just text'.repeat(10)))).toBeNull();
    expect(centralDirectory(new Uint8Array(10))).toBeNull();
  });

  it('reads a zip64 end record and an entry whose sizes are in the zip64 extra field', () => {
    const data = new TextEncoder().encode('<z>zip64</z>');
    const name = new TextEncoder().encode('z.xml');
    const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
    const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
    const u64 = (n: number) => [...u32(n), ...u32(0)];
    const local = [
      ...u32(0x04034b50),
      ...u16(45),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(0),
      ...u32(data.length),
      ...u32(data.length),
      ...u16(name.length),
      ...u16(0),
      ...name,
      ...data,
    ];
    const extra = [...u16(1), ...u16(24), ...u64(data.length), ...u64(data.length), ...u64(0)];
    const central = [
      ...u32(0x02014b50),
      ...u16(45), // made by
      ...u16(45), // needed
      ...u16(0), // flags
      ...u16(0), // method: stored
      ...u16(0), // time
      ...u16(0), // date
      ...u32(0), // crc
      ...u32(0xffffffff), // compressed size: in the extra field
      ...u32(0xffffffff), // size: in the extra field
      ...u16(name.length),
      ...u16(extra.length),
      ...u16(0), // comment
      ...u16(0), // disk
      ...u16(0), // internal attributes
      ...u32(0), // external attributes
      ...u32(0xffffffff), // local header offset: in the extra field
      ...name,
      ...extra,
    ];
    const cdOffset = local.length;
    const z64 = cdOffset + central.length;
    const end64 = [
      ...u32(0x06064b50),
      ...u64(44),
      ...u16(45),
      ...u16(45),
      ...u32(0),
      ...u32(0),
      ...u64(1),
      ...u64(1),
      ...u64(central.length),
      ...u64(cdOffset),
    ];
    const locator = [...u32(0x07064b50), ...u32(0), ...u64(z64), ...u32(1)];
    const eocd = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(0xffff), ...u16(0xffff), ...u32(0xffffffff), ...u32(0xffffffff), ...u16(0)];
    const bytes = new Uint8Array([...local, ...central, ...end64, ...locator, ...eocd]);
    const [e] = centralDirectory(bytes)!;
    expect(e).toEqual({ method: 0, compressedSize: data.length, size: data.length, localOffset: 0 });
    expect(new TextDecoder().decode(storedData(bytes, e)!)).toBe('<z>zip64</z>');
  });
});

test('a directory whose fields point outside the file reads as none (fflate then judges the package)', () => {
  const bytes = zipSync({ 'x.xml': new TextEncoder().encode('<x/>') });
  const eocd = bytes.length - 22;
  const broken = bytes.slice();
  // The zip64 marker in the end record, with no zip64 record anywhere.
  broken.set([0xff, 0xff], eocd + 10);
  expect(centralDirectory(broken)).toBeNull();
  const far = bytes.slice();
  new DataView(far.buffer).setUint32(eocd + 16, 0x7ffffff0, true);
  expect(centralDirectory(far)).toBeNull();
});

describe('the browser path (DecompressionStream)', () => {
  const big = '<sheetData>' + Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`).join('') + '</sheetData>';
  const bytes = zipSync({ 'xl/worksheets/sheet1.xml': new TextEncoder().encode(big), 'small.xml': new TextEncoder().encode('<a/>') });

  it('is found where DecompressionStream knows deflate-raw (Node 20 has it too)', () => {
    expect(streamInflate()).toBeDefined();
  });

  it('inflates a large part to exactly fflate’s bytes, and refuses one of another size', async () => {
    const inflate = streamInflate()!;
    const e = centralDirectory(bytes)![0];
    const data = storedData(bytes, e)!;
    expect(new TextDecoder().decode(await inflate(data, e.size))).toBe(big);
    await expect(inflate(data, e.size - 1)).rejects.toThrow(/more than/);
    await expect(inflate(data, e.size + 1)).rejects.toThrow(/less than/);
  });

  it('is what Parts.xml uses without a synchronous native inflate, large parts only, falling back to fflate', async () => {
    let calls = 0;
    const counted = streamInflate()!;
    const p = new Parts(bytes, Infinity, undefined, (d, n) => {
      calls++;
      return counted(d, n);
    });
    expect(new TextDecoder().decode((await p.xml('xl/worksheets/sheet1.xml'))!)).toBe(big);
    expect(new TextDecoder().decode((await p.xml('small.xml'))!)).toBe('<a/>');
    expect(calls).toBe(1);
    const failing = new Parts(bytes, Infinity, undefined, () => Promise.reject(new Error('no')));
    expect(new TextDecoder().decode((await failing.xml('xl/worksheets/sheet1.xml'))!)).toBe(big);
  });
});
