/**
 * An SPM service's index, a weighted sum of its two capaian (Permendagri 59/2021: 80 % of the capaian penerima
 * layanan plus 20 % of the capaian mutu), read from the header's words, from the weights it states, or from the
 * cells' formulas; each row held to it, a slip found at its cell.
 */
import { analyseSheet, type CellInput, type SheetGrid } from '../../src/engine';
import { statedWeights } from '../../src/engine/recognise/columns';
import { grid, heads, type Lit } from '../support/grid';

const findings = (g: SheetGrid) => analyseSheet(g).findings.filter((x) => x.severity !== 'info');
const brief = (g: SheetGrid) => findings(g).map((x) => `${x.cell} ${x.rule} ${x.severity}`);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Five services: sasaran, terlayani, capaian mutu; the capaian and the index computed, one index off by `slip`. */
function spm(indexHeader: string, opts: { numbers?: Lit[]; formula?: (r: number) => string; slipAt?: number; slip?: number } = {}): SheetGrid {
  const services: [string, number, number, number][] = [
    ['Pendidikan anak usia dini', 1200, 1140, 90],
    ['Pendidikan dasar', 300, 285, 100],
    ['Pendidikan kesetaraan', 850, 700, 75],
    ['Pelayanan kesehatan ibu hamil', 96, 96, 100],
    ['Pelayanan kesehatan balita', 4000, 3100, 80],
  ];
  const rows: Lit[][] = [
    heads(
      'No',
      'Jenis Pelayanan Dasar',
      'Jumlah Warga Negara yang Harus Dilayani',
      'Jumlah yang Terlayani',
      'Capaian Penerima Layanan (%)',
      'Capaian Mutu Layanan (%)',
      indexHeader,
    ),
  ];
  if (opts.numbers) rows.push(opts.numbers);
  services.forEach(([name, sasaran, terlayani, mutu], i) => {
    const r = rows.length + 1;
    const capaian = round2((terlayani / sasaran) * 100);
    const index = round2(0.8 * capaian + 0.2 * mutu) + (i === opts.slipAt ? (opts.slip ?? 3) : 0);
    const cell: CellInput | number = opts.formula ? { value: index, formula: opts.formula(r) } : index;
    rows.push([i + 1, name, sasaran, terlayani, capaian, mutu, cell]);
  });
  return grid(rows);
}

test('an "Indeks Pencapaian SPM" beside the capaian penerima and the capaian mutu is 80 % of the one plus 20 % of the other', () => {
  expect(findings(spm('Indeks Pencapaian SPM'))).toEqual([]);
  expect(brief(spm('Indeks Pencapaian SPM', { slipAt: 2 }))).toEqual(['G4 ratio.weighted error']);
  const [slip] = findings(spm('Indeks Pencapaian SPM', { slipAt: 2 }));
  expect(slip.expected).toBe(80.88);
  expect(slip.actual).toBe(83.88);
  expect(slip.related).toEqual(['E4', 'F4']);
  expect(slip.message.en).toBe("'Pendidikan kesetaraan': 80% × 82.35 + 20% × 75 = 80.88, 83.88 is stated");
});

test('the weights the column-number row states are the ones held, by column number', () => {
  const numbers = [1, 2, 3, 4, '5=(4/3)x100', 6, '7=(80% x Kol.5)+(20% x Kol.6)'];
  expect(findings(spm('Indeks', { numbers }))).toEqual([]);
  expect(brief(spm('Indeks', { numbers, slipAt: 4, slip: -1.5 }))).toEqual(['G7 ratio.weighted error']);
  // Other weights stated: the rows, computed with 80/20, do not bear out 70/30; the column is left unexplained, no cell accused.
  const other = [1, 2, 3, 4, '5=(4/3)x100', 6, '7=(70% x Kol.5)+(30% x Kol.6)'];
  expect(findings(spm('Indeks', { numbers: other })).filter((x) => x.severity === 'error')).toEqual([]);
});

test('weights stated in words name their columns by their headers', () => {
  const header = 'Indeks = (Capaian Penerima Layanan x 80%) + (Capaian Mutu Layanan x 20%)';
  expect(findings(spm(header))).toEqual([]);
  expect(brief(spm(header, { slipAt: 0 }))).toEqual(['G2 ratio.weighted error']);
});

test("the index's own formulas are read as its weighted sum; a value not recalculated is said at its cell", () => {
  const formula = (r: number) => `(E${r}*80%)+(F${r}*20%)`;
  expect(findings(spm('Indeks (%)', { formula }))).toEqual([]);
  const [stale] = findings(spm('Indeks (%)', { formula, slipAt: 1 }));
  expect(`${stale.cell} ${stale.rule}`).toBe('G3 ratio.weighted');
  expect(stale.message.en).toMatch(/not recalculated/);
  expect(findings(spm('Indeks (%)', { formula: (r) => `0.8*E${r}+0.2*F${r}` }))).toEqual([]);
});

test('an index column an empty sheet leaves blank is planned as the weighted sum', () => {
  const g = spm('Indeks Pencapaian SPM');
  for (let r = 1; r <= 5; r++) g.cells[r]![6] = { value: null };
  const a = analyseSheet(g);
  expect(a.fill.filter((x) => x.cell.startsWith('G')).map((x) => `${x.cell} ${x.formula} ${x.value}`)).toEqual([
    'G2 =0.8*E2+0.2*F2 94',
    'G3 =0.8*E3+0.2*F3 96',
    'G4 =0.8*E4+0.2*F4 80.88',
    'G5 =0.8*E5+0.2*F5 100',
    'G6 =0.8*E6+0.2*F6 78',
  ]);
});

test('statedWeights reads weights in percent or as fractions, before or after their column; never a plain sum', () => {
  expect(statedWeights('7=(80% x Kol.5)+(20% x Kol.6)')).toEqual([
    { w: 0.8, number: 5 },
    { w: 0.2, number: 6 },
  ]);
  expect(statedWeights('(5) × 0,8 + (6) × 0,2')).toEqual([
    { w: 0.8, number: 5 },
    { w: 0.2, number: 6 },
  ]);
  expect(statedWeights('(Capaian Penerima x 80%) + (Mutu x 20%)')?.map((t) => t.w)).toEqual([0.8, 0.2]);
  expect(statedWeights('(5) = (3) + (4)')).toBeNull();
  expect(statedWeights('(80% x Kol.5) + (10% x Kol.6)')).toBeNull();
  expect(statedWeights('Target 80% x 100')).toBeNull();
});
