import { ratioRule } from './ratio-row';

/** ratio.anggaran: rasio = realisasi ÷ anggaran × 100; see ratio-row.ts. */
export default ratioRule('anggaran');
