/** kode.*: a child's kode rekening extends its parent's; kode typed as numbers lose digits ("2.10" → 2.1). */
import { cell, defineRule, kindWord, message, quoted, rowKind } from './common';

export default defineRule({
  meta: {
    id: 'kode.parent',
    arithmetic: false,
    emits: {
      'kode.parent': {
        severity: 'warning',
        title: { id: 'Kode rekening tidak mengikuti induknya', en: 'Kode rekening does not extend its parent' },
        messages: {
          default: message(
            (d, w) => `Kode ${d.kode} pada ${kindWord(d.kind, w.lang)} ${d.row} tidak diawali kode induknya ${d.parent}`,
            (d, w) => `Kode ${d.kode} of ${kindWord(d.kind, w.lang)} ${d.row} does not start with its parent's kode ${d.parent}`,
          ),
        },
      },
      'kode.number': {
        severity: 'warning',
        title: { id: 'Kode tersimpan sebagai angka', en: 'Kode stored as a number' },
        messages: {
          default: message(
            (d) => `Kode ${d.raw} tersimpan sebagai angka: angka nol di belakang hilang (mis. 2.10 menjadi 2.1). Simpan kode sebagai teks`,
            (d) => `Kode ${d.raw} is stored as a number: trailing zeros are lost (2.10 becomes 2.1). Store codes as text`,
          ),
        },
      },
    },
  },
  check(ctx) {
    const { table } = ctx;
    const kodeCols = table.ctx.kodeCols;
    if (kodeCols.length === 0) return;
    for (const x of table.info.rows) {
      for (const c of kodeCols) {
        const raw = table.view.cell(x.row, c)?.value;
        if (typeof raw === 'number' && !Number.isInteger(raw)) ctx.report('kode.number', { cell: cell(x.row, c), expected: null, actual: raw, related: [], data: { raw } });
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
      ctx.report('kode.parent', {
        cell: cell(x.row, kodeCols[0]),
        expected: `${p.kode}.…`,
        actual: x.kode,
        related: [cell(p.row, kodeCols[0])],
        data: { kode: x.kode, kind: rowKind(x), row: quoted(x), parent: p.kode },
      });
    }
  },
});
