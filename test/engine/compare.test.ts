/** compareVersions on planted version pairs (test/support/compare-books.ts): each planted change, and no other. */
import { analyseWorkbook } from '../../src/engine';
import { compareVersions, longestIncreasing, type Change } from '../../src/engine/compare';
import { bold, grid } from '../support/grid';
import { apbd, apbdMurni, changeLine, compareCases, renstra, renstraPerubahan, tabel61 } from '../support/compare-books';
import { changeRow } from '../../src/present/changes';

const compare = (a: Parameters<typeof analyseWorkbook>[0], b: Parameters<typeof analyseWorkbook>[0]) => compareVersions(analyseWorkbook(a), analyseWorkbook(b));

describe('compareVersions on the planted pairs', () => {
  for (const c of compareCases()) {
    it(`${c.name}: every planted change and the sums it moves, nothing else, in order`, () => {
      // Both versions are arithmetically right: what differs is the plan, not a mistake.
      expect(analyseWorkbook(c.old).findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(analyseWorkbook(c.new).findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(compare(c.old, c.new).changes.map(changeLine)).toEqual(c.changes);
    });

    it(`${c.name}: a version compared with itself, or with an identical copy, has no change`, () => {
      const a = analyseWorkbook(c.old);
      expect(compareVersions(a, a).changes).toEqual([]);
      expect(compare(c.old, c.old).changes).toEqual([]);
      expect(compare(c.new, c.new).changes).toEqual([]);
    });
  }

  const renstraChanges = () => compare([tabel61(renstra())], [tabel61(renstraPerubahan())]).changes;
  const find = (list: Change[], kind: Change['kind']) => list.filter((c) => c.kind === kind);

  it('gives old and new values with both cells for a changed figure', () => {
    const target = find(renstraChanges(), 'value').find((c) => c.measure === 'target')!;
    expect(target).toMatchObject({
      level: 'indicator',
      label: 'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      kode: '2.17.01.2.01.0001',
      year: 2027,
      old: { sheet: 'Tabel 6.1', cell: 'L10', value: 2, label: 'Jumlah Dokumen Perencanaan Perangkat Daerah' },
      new: { sheet: 'Tabel 6.1', cell: 'L10', value: 3 },
    });
  });

  describe('a figure shown to the same decimals changes when what it shows changes', () => {
    // L10: the 2027 target of the first sub kegiatan's indicator (the test above).
    const versions = (a: { value: number; numFmt?: string }, b: { value: number; numFmt?: string }) => {
      const old = tabel61(renstra());
      const now = tabel61(renstra());
      old.cells[9]![11] = a;
      now.cells[9]![11] = b;
      return compare([old], [now]).changes.filter((c) => c.kind === 'value');
    };

    it('39,00 → 39,40 and 2,80 → 2,75 in a 0.00 format are changes, although 39 and 2.8 were typed with fewer decimals', () => {
      expect(versions({ value: 39, numFmt: '0.00' }, { value: 39.4, numFmt: '0.00' })).toMatchObject([
        { old: { cell: 'L10', value: 39 }, new: { value: 39.4 } },
      ]);
      expect(versions({ value: 2.8, numFmt: '0.00' }, { value: 2.75, numFmt: '0.00' })).toMatchObject([{ old: { value: 2.8 }, new: { value: 2.75 } }]);
    });

    it('in a table naming its indicators in its label column (no Indikator column), 77,42 → 77,40 in 0.00 is a change too (probe 67)', () => {
      const lkjip = (e3: number) =>
        grid([
          [bold('No'), bold('Indikator Kinerja'), bold('Satuan'), bold('Target'), bold('Realisasi'), bold('Capaian (%)')],
          [1, 'Persentase koperasi aktif', '%', { value: 85.5, numFmt: '0.00' }, { value: 78.71, numFmt: '0.00' }, { value: 92.06, numFmt: '0.00' }],
          [
            2,
            'Persentase UMKM yang naik kelas',
            '%',
            { value: 78.8, numFmt: '0.00' },
            { value: e3, numFmt: '0.00' },
            { value: Math.round((e3 / 78.8) * 10000) / 100, numFmt: '0.00' },
          ],
          [3, 'Nilai SAKIP perangkat daerah', 'nilai', { value: 75.95, numFmt: '0.00' }, { value: 74.73, numFmt: '0.00' }, { value: 98.39, numFmt: '0.00' }],
        ]);
      expect(compare([lkjip(77.42)], [lkjip(77.4)]).changes.filter((c) => c.kind === 'value' && c.measure === 'realisasi')).toMatchObject([
        { old: { cell: 'E3', value: 77.42 }, new: { value: 77.4 } },
      ]);
    });

    it('the same shown figure is no change (a formula result against its typed copy), nor is a figure the other rounds', () => {
      expect(versions({ value: 38.9632, numFmt: '0.00' }, { value: 38.96, numFmt: '0.00' })).toEqual([]);
      expect(versions({ value: 94.6, numFmt: '0.0' }, { value: 94.63, numFmt: '0.00' })).toEqual([]);
      // Without a format, what the value itself shows: 39 may be 39,4 rounded.
      expect(versions({ value: 39 }, { value: 39.4 })).toEqual([]);
    });
  });

  it('names the old and the new name of a renamed program, and the old and new kode of a kode change', () => {
    const list = renstraChanges();
    expect(find(list, 'renamed')[0]).toMatchObject({
      old: { label: 'Program Pengawasan dan Pemeriksaan Koperasi', kode: '2.17.02' },
      new: { label: 'Program Pengawasan, Pemeriksaan dan Penilaian Kesehatan Koperasi', kode: '2.17.02' },
    });
    expect(find(list, 'kode')[0]).toMatchObject({
      old: { kode: '2.17.01.2.06.0004' },
      new: { kode: '2.17.01.2.06.0005' },
      label: 'Penyediaan Bahan Logistik Kantor',
    });
  });

  it('matches moved rows: no removal or addition for the kegiatan that moved nor for its sub kegiatan', () => {
    const list = renstraChanges();
    const touched = [...find(list, 'added'), ...find(list, 'removed')].map((c) => c.kode);
    expect(touched).not.toContain('2.17.01.2.02');
    expect(touched).not.toContain('2.17.01.2.06');
    expect(touched).not.toContain('2.17.01.2.02.0001');
  });

  it('tells apart a name repeated under two programs by its parent (APBD without kode)', () => {
    const old = apbdMurni();
    const changed = apbdMurni();
    changed[2][1][1][1] = 45_000_000; // "Rapat Koordinasi dan Konsultasi" under the third program only
    const list = compare([apbd(old, 'APBD')], [apbd(changed, 'APBD')]).changes.map(changeLine);
    expect(list).toEqual([
      'value Program Peningkatan Kapasitas Sumber Daya Aparatur plan C12→C12',
      'value Rapat Koordinasi dan Konsultasi plan C14→C14',
      'value Jumlah — APBD plan C15→C15',
    ]);
  });

  it('does not invent a pair: a name borne twice under one parent stays unpaired on both sides', () => {
    const twice = apbdMurni();
    twice[0][1].push(['Penyediaan Alat Tulis Kantor', 10_000_000]);
    const r = compareVersions(analyseWorkbook([apbd(twice, 'APBD')]), analyseWorkbook([apbd(twice, 'APBD')]));
    // Two rows named alike: neither is paired, so neither is compared; the rest compare and agree.
    expect(r.counts.oldOnly).toBe(2);
    expect(r.counts.newOnly).toBe(2);
    // Each removal is listed where it stood, before what now stands there.
    expect(r.changes.map(changeLine)).toEqual([
      'removed Penyediaan Alat Tulis Kantor B6→-',
      'added Penyediaan Alat Tulis Kantor -→B6',
      'removed Penyediaan Alat Tulis Kantor B9→-',
      'added Penyediaan Alat Tulis Kantor -→B9',
    ]);
  });

  it('the same table retyped in thousands of rupiah, as its title says, has no change; a figure changed in it has one', () => {
    const lines: [string, number, number][] = [
      ['Penyediaan Jasa Surat Menyurat', 120000000, 110500000],
      ['Penyediaan Alat Tulis Kantor', 85000000, 84250000],
      ['Pemeliharaan Rutin Gedung Kantor', 240000000, 201000000],
    ];
    const table = (title: string, unit: number, rows = lines) =>
      grid(
        [
          [title],
          [],
          [bold('No'), bold('Kegiatan'), bold('Pagu 2023 (Rp)'), bold('Realisasi 2023 (Rp)')],
          ...rows.map(([k, p, r], i) => [i + 1, k, p / unit, r / unit]),
          [null, bold('Jumlah'), rows.reduce((t, x) => t + x[1], 0) / unit, rows.reduce((t, x) => t + x[2], 0) / unit],
        ],
        { name: 'Tabel 3.5' },
      );
    const rupiah = table('Realisasi Anggaran Tahun 2023', 1);
    expect(compare([rupiah], [table('Realisasi Anggaran Tahun 2023 (dalam ribuan rupiah)', 1000)]).changes).toEqual([]);
    const moved = lines.map((r) => [...r] as [string, number, number]);
    moved[1][2] = 80250000;
    const changes = compare([rupiah], [table('Realisasi Anggaran Tahun 2023 (dalam ribuan rupiah)', 1000, moved)]).changes;
    expect(changes.map((c) => [c.kind, c.new?.cell, c.old?.value, c.new?.value])).toEqual([
      ['value', 'D5', 84250000, 80250000],
      ['value', 'D7', 395750000, 391750000],
    ]);
    // Both versions in thousands: the change is shown as their cells show it, the unit named with the figure.
    const ribuan = table('Realisasi Anggaran Tahun 2023 (dalam ribuan rupiah)', 1000);
    const inThousands = compare([ribuan], [table('Realisasi Anggaran Tahun 2023 (dalam ribuan rupiah)', 1000, moved)]).changes;
    expect(inThousands.map((c) => [c.kind, c.new?.cell, c.old?.value, c.new?.value, c.unit])).toEqual([
      ['value', 'D5', 84250, 80250, 1000],
      ['value', 'D7', 395750, 391750, 1000],
    ]);
    expect(changeRow(inThousands[0], 'id')).toMatchObject({ figure: 'realisasi anggaran 2023 (ribu rupiah)', old: '84.250', new: '80.250' });
    expect(changeRow(inThousands[0], 'en')).toMatchObject({ figure: 'budget realisation 2023 (thousand rupiah)' });
    // Shown with the decimals the cells show: "296,00 → 301,25" in a table in millions formatted #,##0.00.
    const juta = (d: number) =>
      grid(
        [
          ['Realisasi Anggaran 2023 (dalam jutaan rupiah)'],
          [],
          [bold('No'), bold('Program'), bold('Pagu 2023 (Rp)'), bold('Realisasi 2023 (Rp)')],
          [1, 'Program Penempatan Tenaga Kerja', { value: 312.5, numFmt: '#,##0.00' }, { value: d, numFmt: '#,##0.00' }],
        ],
        {
          name: 'Realisasi',
        },
      );
    const decimals = compare([juta(296)], [juta(301.25)]).changes;
    expect(changeRow(decimals[0], 'id')).toMatchObject({ old: '296,00', new: '301,25' });
  });

  it("a table of one year names it once (in the Pagu's header or in the title): a realisasi changed is a change of that year", () => {
    const table = (title: string, pagu: string, real: number) =>
      grid(
        [
          [title],
          [],
          [bold('No'), bold('Kegiatan'), bold(pagu), bold('Realisasi (Rp)')],
          [1, 'Penyediaan Jasa Surat Menyurat', 120000000, 110500000],
          [2, 'Penyediaan Alat Tulis Kantor', 85000000, real],
        ],
        { name: 'Tabel 3.5' },
      );
    for (const [title, pagu] of [
      ['Tabel 3.5 Realisasi Anggaran', 'Pagu Anggaran 2023 (Rp)'],
      ['Tabel 3.5 Realisasi Anggaran Tahun 2023', 'Pagu Anggaran (Rp)'],
    ]) {
      const changes = compare([table(title, pagu, 84250000)], [table(title, pagu, 80250000)]).changes;
      expect(changes.map((c) => [c.kind, c.new?.cell, c.year, c.old?.value, c.new?.value])).toEqual([['value', 'D5', 2023, 84250000, 80250000]]);
    }
  });

  it('an integer figure one unit apart is a change (integers compare exactly)', () => {
    const old = apbdMurni();
    const off = apbdMurni();
    off[1][1][1][1] += 1;
    expect(compare([apbd(old, 'APBD')], [apbd(off, 'APBD')]).changes.map(changeLine)).toContain(
      'value Pemeliharaan Rutin/Berkala Kendaraan Dinas plan C11→C11',
    );
  });

  it('reports a table present in one version only once, not entity by entity', () => {
    const r = compare([tabel61(renstra())], [tabel61(renstra()), apbd(apbdMurni(), 'APBD Murni Tahun 2025')]);
    expect(r.changes.map(changeLine)).toEqual(['tableAdded APBD Murni Tahun 2025 -→A3']);
  });

  it('counts the paired and unpaired entities', () => {
    const r = compare([tabel61(renstra())], [tabel61(renstraPerubahan())]);
    // Removed: a kegiatan, its sub kegiatan and their two indicators; added: one indicator.
    expect(r.counts).toEqual({ matched: 33, oldOnly: 4, newOnly: 1 });
  });
});

describe('longestIncreasing', () => {
  it('keeps the longest run in order', () => {
    expect([...longestIncreasing([0, 2, 1, 3])].sort()).toEqual([0, 2, 3]);
    expect([...longestIncreasing([])]).toEqual([]);
    expect([...longestIncreasing([3, 2, 1])].length).toBe(1);
  });
});
