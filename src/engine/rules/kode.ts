/** kode.*: a child's kode rekening extends its parent's; kode typed as numbers lose digits ("2.10" → 2.1). */
import type { RuleModule } from './common';
import { cell, kindWord, quoted, say } from './common';

export const kode: RuleModule = {
  id: 'kode.parent',
  family: 'kode',
  severity: 'warning',
  arithmetic: false,
  title: { id: 'Kode rekening tidak mengikuti induknya', en: 'Kode rekening does not extend its parent' },
  check(ctx) {
    const { table } = ctx;
    const kodeCols = table.ctx.kodeCols;
    if (kodeCols.length === 0) return;
    for (const x of table.info.rows) {
      for (const c of kodeCols) {
        const raw = table.view.cell(x.row, c)?.value;
        if (typeof raw === 'number' && !Number.isInteger(raw)) {
          ctx.emit({ cell: cell(x.row, c), rule: 'kode.number', severity: 'warning', expected: null, actual: raw, related: [], message: say((_f, id) => (id ? `Kode ${raw} tersimpan sebagai angka: angka nol di belakang hilang (mis. 2.10 menjadi 2.1). Simpan kode sebagai teks` : `Kode ${raw} is stored as a number: trailing zeros are lost (2.10 becomes 2.1). Store codes as text`)) });
        }
      }
      // Only codes that extend their parents' (Kepmendagri) say anything by their prefix; an RKA-K/L
      // komponen 051 under output 2726.AEH.001 is right as it is.
      if (!x.kode || x.parent === undefined || !table.ctx.prefixCodes) continue;
      const p = table.row(x.parent);
      if (!p?.kode) continue;
      const norm = (k: string) => k.replace(/\s+/g, '').replace(/\.+$/, '');
      if (norm(x.kode).startsWith(norm(p.kode) + '.') || norm(x.kode) === norm(p.kode)) continue;
      // Only a code with more parts than its parent's is meant to extend it (AREN001 under AREN01 is a sibling scheme).
      if (norm(x.kode).split('.').length <= norm(p.kode).split('.').length) continue;
      ctx.emit({
        cell: cell(x.row, kodeCols[0]),
        rule: this.id,
        severity: 'warning',
        expected: `${p.kode}.…`,
        actual: x.kode,
        related: [cell(p.row, kodeCols[0])],
        message: say((_f, id) =>
          id
            ? `Kode ${x.kode} pada ${kindWord(x, true)} ${quoted(x)} tidak diawali kode induknya ${p.kode}`
            : `Kode ${x.kode} of ${kindWord(x, false)} ${quoted(x)} does not start with its parent's kode ${p.kode}`,
        ),
      });
    }
  },
};
