/** Which settings a check's results depend on, so the pane can tell results made under others. */
import type { Settings } from '../engine/settings';

/** The settings that change what the engine finds (language, formulas and the like do not). */
export const analysisKey = (s: Partial<Settings>) => JSON.stringify([s.lowerFormula, s.ratioTolerance, s.predikat, s.customScales ?? null, s.polarity ?? null]);

/**
 * The settings a file-mode check runs with: per-row polarity overrides name rows of the workbook
 * open in Excel (`Sheet!row`), which would land on unrelated rows of the files checked here.
 */
export function fileModeSettings(s: Partial<Settings>): Partial<Settings> {
  const { polarity: _ignored, ...rest } = s;
  return rest;
}
