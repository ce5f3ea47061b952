/** The catalogue of rules: id, family, default severity, title in both languages. */
import type { LocalText, Severity } from '../types';

export interface RuleInfo {
  id: string;
  family: 'sum' | 'ratio' | 'number' | 'value' | 'kode' | 'column' | 'predikat';
  severity: Severity;
  title: LocalText;
}

export const RULES: RuleInfo[] = [];

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
