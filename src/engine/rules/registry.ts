/**
 * The catalogue of rules, built from the modules' meta: the runner knows nothing about any rule
 * beyond this list, and every finding id, severity, title and wording comes from here.
 */
import type { Finding, LocalText, Severity } from '../types';
import type { Lang } from '../settings';
import type { Data, Draft, FindingKind, Message, Rule, RuleMeta } from './rule';
import { wordsFor } from './rule';
import sumRowTotal from './sum.row-total';
import sumTotalRow from './sum.total-row';
import sumAverage from './sum.average';
import sumHierarchy from './sum.hierarchy';
import sumPeriod from './sum.period';
import sumDifference from './sum.difference';
import sumPercent from './sum.percent';
import ratioCapaian from './ratio.capaian';
import ratioAnggaran from './ratio.anggaran';
import ratioShare from './ratio.share';
import ratioWeighted from './ratio.weighted';
import ratioPeningkatan from './ratio.peningkatan';
import ratioTotal from './ratio.total';
import ratioPertumbuhan from './ratio.pertumbuhan';
import ratioPredikat from './ratio.predikat';
import numberText from './number.text';
import valueMissing from './value.missing';
import valueDecimal from './value.decimal';
import valueMisplaced from './value.misplaced';
import kodeParent from './kode.parent';
import formulaConstant from './formula.constant';
import columnUnexplained from './column.unexplained';
import { meta as crossingMeta, CAUSE } from './value.crossing';
import { STALE } from './stale';
import { HIDDEN } from './hidden';
import { meta as errorsOutsideMeta } from './number.errors-outside';
import { meta as uncachedMeta } from './formula.uncached';
import { meta as crossMeta } from './cross.value';
import { meta as shiftedMeta } from './value.shifted';

/** The table rules, in the order they run. */
export const RULE_MODULES: Rule[] = [
  sumRowTotal,
  sumTotalRow,
  sumAverage,
  sumHierarchy,
  sumPeriod,
  sumDifference,
  sumPercent,
  ratioCapaian,
  ratioAnggaran,
  ratioShare,
  ratioWeighted,
  ratioPeningkatan,
  ratioTotal,
  ratioPertumbuhan,
  ratioPredikat,
  numberText,
  valueMissing,
  valueDecimal,
  valueMisplaced,
  kodeParent,
  formulaConstant,
  columnUnexplained,
];

/** Every module that emits findings: the table rules, the knock-on pass, the sheet-level note, the cross-table check. */
const SOURCES: RuleMeta[] = [...RULE_MODULES.map((r) => r.meta), crossingMeta, errorsOutsideMeta, uncachedMeta, crossMeta, shiftedMeta];

export type RuleFamily = 'sum' | 'ratio' | 'number' | 'value' | 'kode' | 'column' | 'formula' | 'cross';

export interface RuleInfo {
  id: string;
  family: RuleFamily;
  severity: Severity;
  title: LocalText;
  /** The module that emits it (its main id: file src/engine/rules/<module>.ts, page docs/rules/<id>.md). */
  module: string;
}

const KINDS = new Map<string, { kind: FindingKind; module: string }>();
for (const m of SOURCES) {
  for (const [id, kind] of Object.entries(m.emits)) {
    // One owner per id: two modules wording one id is how faces drift apart.
    if (KINDS.has(id)) throw new Error(`finding id ${id} is declared by ${KINDS.get(id)!.module} and ${m.id}`);
    KINDS.set(id, { kind, module: m.id });
  }
}
const FILLS = new Map<string, Record<string, Message>>(SOURCES.map((m) => [m.id, m.fills ?? {}]));

/** Every finding id, with its family, default severity and title. */
export const RULES: RuleInfo[] = [...KINDS.entries()].map(([id, { kind, module }]) => ({
  id,
  family: id.split('.')[0] as RuleFamily,
  severity: kind.severity,
  title: kind.title,
  module,
}));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

/** The module that owns an id (a table rule's main id), for running rules alone. */
export function moduleOf(id: string): string | undefined {
  return KINDS.get(id)?.module;
}

/** Whether a module declares an id, and the variant's default severity. */
export function declared(moduleId: string, id: string, messageId: string): Severity | null {
  const k = KINDS.get(id);
  if (!k || k.module !== moduleId) return null;
  const m = k.kind.messages[messageId];
  return m ? (m.severity ?? k.kind.severity) : null;
}

function render(m: Message, data: Data, lang: Lang): string {
  return (lang === 'id' ? m.id : m.en)(data ?? {}, wordsFor(lang));
}

/** A draft's words in both languages: its variant's template, then what the knock-on pass found. */
export function wordFinding(d: Draft): LocalText {
  const m = KINDS.get(d.rule)!.kind.messages[d.messageId];
  const out: LocalText = { id: render(m, d.data, 'id'), en: render(m, d.data, 'en') };
  // Then what the passes after the rules found about the cell: the finding it follows from, a stale saved value, a hidden cell.
  const notes: [Message, Data][] = [];
  if (d.cause) notes.push([CAUSE[d.cause.why], d.cause]);
  if (d.stale) notes.push([STALE, d.stale]);
  if (d.hidden) notes.push([HIDDEN, d.hidden]);
  for (const [note, data] of notes) {
    out.id += `. ${render(note, data, 'id')}`;
    out.en += `. ${render(note, data, 'en')}`;
  }
  return out;
}

/** A fill plan's reason in both languages. */
export function wordReason(moduleId: string, reasonId: string, data: Data): LocalText {
  const m = FILLS.get(moduleId)?.[reasonId];
  if (!m) throw new Error(`rule ${moduleId} has no fill reason ${reasonId}`);
  return { id: render(m, data, 'id'), en: render(m, data, 'en') };
}

/** A finished finding from a draft. */
export function finding(d: Draft, sheet: string, table: number): Finding {
  const out: Finding = {
    sheet,
    table,
    cell: d.cell,
    rule: d.rule,
    severity: d.severity,
    expected: d.expected,
    actual: d.actual,
    related: d.related,
    message: wordFinding(d),
  };
  if (d.polarity) out.polarity = d.polarity;
  return out;
}
