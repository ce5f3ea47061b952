/** The custom predikat scale the settings tests type into the editor and expect back from the store. */
import type { PredikatScale } from '../../src/engine/settings';

export const DINAS_SCALE: PredikatScale = {
  id: 'custom',
  name: 'Skala Dinas',
  bands: [
    { min: 90, inclusive: true, label: 'Baik' },
    { min: 50, inclusive: false, label: 'Cukup' },
    { min: -Infinity, inclusive: true, label: 'Kurang' },
  ],
};
