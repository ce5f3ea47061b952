/** Severities as every face shows them: their order, their colours, their counts. Words are in catalog.ts. */
import type { Finding, Severity } from '../engine/types';

/** Most serious first: the order of groups in the pane, the CLI and the sheets. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * One palette for the cells Cermat marks, in Excel (the add-in's highlight) and in the annotated
 * copies: Excel's own "Bad" red, "Neutral" amber and a light blue. `#RRGGBB`.
 */
export const SEVERITY_COLOUR: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#BDD7EE',
};

/** The colour as exceljs writes it (ARGB, opaque). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

/** The most serious of several severities (of the findings at one cell). */
export function worst(severities: Iterable<Severity>): Severity {
  let w: Severity = 'info';
  for (const s of severities) if (RANK[s] > RANK[w]) w = s;
  return w;
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}
