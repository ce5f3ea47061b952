import { ratioRule } from './ratio-row';

/** ratio.capaian: capaian = realisasi ÷ target × 100 (lower-is-better indicators by their formula); see ratio-row.ts. */
export default ratioRule('capaian');
