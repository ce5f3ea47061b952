/** Filtering and grouping of findings for the list: by severity, then by rule (largest first). */
import type { Lang } from '../engine/settings';
import type { Finding, Severity } from '../engine/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

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

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
