/** Filtering and grouping of findings for the list: by severity, then by rule (largest first). */
import type { Lang } from '../engine/settings';
import type { Finding, Severity } from '../engine/types';
import { SEVERITY_ORDER } from '../present/severity';

export { countBySeverity } from '../present/severity';
export const SEVERITIES = SEVERITY_ORDER;

export type SeverityFilter = Severity | 'all';

export interface RuleGroup {
  key: string;
  rule: string;
  severity: Severity;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

export function filterFindings(findings: Finding[], text: string, severity: SeverityFilter, lang: Lang): Finding[] {
  const needle = text.trim().toLowerCase();
  return findings.filter((f) => {
    if (severity !== 'all' && f.severity !== severity) return false;
    if (!needle) return true;
    const hay = `${f.sheet}!${f.cell} ${f.cell} ${f.rule} ${f.message[lang]}`.toLowerCase();
    return hay.includes(needle);
  });
}

export function groupFindings(findings: Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const bySeverity = findings.filter((f) => f.severity === severity);
    if (bySeverity.length === 0) continue;
    const byRule = new Map<string, Finding[]>();
    for (const f of bySeverity) {
      const list = byRule.get(f.rule);
      if (list) list.push(f);
      else byRule.set(f.rule, [f]);
    }
    const rules = [...byRule.entries()]
      .map(([rule, list]) => ({ key: `${severity}:${rule}`, rule, severity, findings: list }))
      .sort((a, b) => b.findings.length - a.findings.length || a.rule.localeCompare(b.rule));
    groups.push({ severity, count: bySeverity.length, rules });
  }
  return groups;
}
