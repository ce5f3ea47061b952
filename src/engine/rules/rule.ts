/**
 * The rule contract, after ESLint's: a rule module declares in `meta` every finding id it can
 * emit (its severity, title and message templates in both languages), and reports a finding by
 * id, message variant and data. The registry is built from the modules' meta; messages are
 * rendered from the templates once the findings are final (after knock-on explanation and the
 * per-column cap), so a rule never words a finding itself.
 */
import type { FillItem, FindingValue, LocalText, Severity } from '../types';
import type { Settings, Lang } from '../settings';
import type { Table } from '../recognise';
import type { Relation } from '../relation';
import type { Tolerance } from '../tolerance';
import { counted, formatNumber, plural } from '../format';

/** What a message template may use: numbers and counted words in its language. */
export interface Words {
  lang: Lang;
  /** A number in the language's style; up to `decimals` decimals (default 2); '–' when absent. */
  n(x: number | null | undefined, decimals?: number): string;
  /** "3 rows" / "1 row" / "3 baris". */
  count(n: number, forms: { one: string; other: string } | string): string;
  /** The form of a word for a count, without the count. */
  plural(n: number, forms: { one: string; other: string }): string;
}

export function wordsFor(lang: Lang): Words {
  return {
    lang,
    n: (x, d = 2) => (x === null || x === undefined ? '–' : formatNumber(x, lang, d)),
    count: (n, forms) => counted(lang, n, forms),
    plural: (n, forms) => plural(lang, n, forms),
  };
}

// Templates read their data loosely typed per rule: a rule's reports and its templates live in one file.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = any;
export type Template = (d: Data, w: Words) => string;
export interface Message {
  id: Template;
  en: Template;
  /** Severity of this variant when it differs from the id's (a note rather than a warning). */
  severity?: Severity;
}

export interface FindingKind {
  severity: Severity;
  title: LocalText;
  /** Message variants by name; `default` when the id has one wording. */
  messages: Record<string, Message>;
}

export interface RuleMeta {
  /** The module's main id: also its file name and its documentation page (docs/rules/<id>.md). */
  id: string;
  /** Runs only on tables whose arithmetic Cermat understood (false: also number hygiene on any table). */
  arithmetic: boolean;
  /** Every id the module emits, the main id among them. */
  emits: Record<string, FindingKind>;
  /** Why the module proposes a computed cell, by reason id (default 'default'): the fill plan's words. */
  fills?: Record<string, Message>;
}

/** A computed cell a rule proposes; its reason is worded from the rule's `fills` templates. */
export interface Plan extends Omit<FillItem, 'sheet' | 'rule' | 'reason'> {
  reasonId?: string;
  data?: Data;
}

/** One finding as a rule reports it: where, what was expected and found, and the words' data. */
export interface Report {
  cell: string;
  expected: FindingValue;
  actual: FindingValue;
  related: string[];
  /** Message variant (default 'default'), as ESLint's messageId, and the data its templates read. */
  messageId?: string;
  data?: Data;
  /** Overrides the variant's severity (a finding demoted by its context). */
  severity?: Severity;
  /** The relation checked, so the knock-on pass can ask whether correcting a cell would mend it. */
  relation?: Relation;
  /** ratio.capaian: the polarity the row was judged by. */
  polarity?: 'higher' | 'lower';
  /**
   * Where the finding moves if the knock-on pass finds nothing firmer (sum.hierarchy: the child one keystroke
   * off, under a parent its own parent bears out): a shared cell two failures cross at still wins.
   */
  otherwise?: Pick<Report, 'cell' | 'expected' | 'actual' | 'related' | 'messageId' | 'data'>;
  /**
   * The cells a finding's figure is computed from on its row that fail too (a Sisa right for its own wrong Pagu): the
   * knock-on pass says it follows from them, if nothing firmer explains it first.
   */
  derivedFrom?: string[];
}

/** Why a finding is explained by other cells (value.crossing CAUSE words each): it follows from them, they are suspect, or one of them is. */
export type CauseKind = 'follows' | 'suspect' | 'oneOf';

/** A finding before it is final: its words are rendered at the end, with the knock-on cause. */
export interface Draft extends Omit<Report, 'severity' | 'messageId'> {
  rule: string;
  severity: Severity;
  messageId: string;
  /** Set by the knock-on pass (explain.ts): the cells this finding follows from or points at. */
  cause?: { why: CauseKind; cells: string[] };
  /** Set by stale.ts: the cell's own formula gives the expected figure, its saved value is stale. */
  stale?: { formula: string; gives: number };
  /** Set by hidden.ts: the cell is in a hidden row (or filtered out) or a hidden column. */
  hidden?: { row: boolean; at: string };
}

export interface CheckContext {
  table: Table;
  settings: Settings;
  tol: Tolerance;
  /** Reports a finding of an id the rule declares (any other id throws: the registry must know it). */
  report(id: string, r: Report): void;
  plan(item: Plan): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: CheckContext): void;
}

/** Identity with a type: a rule module's default shape, checked where it is written. */
export function defineRule(rule: Rule): Rule {
  if (!rule.meta.emits[rule.meta.id]) throw new Error(`rule ${rule.meta.id} does not declare its own id`);
  return rule;
}

/** A message with one wording per language. */
export function message(id: Template, en: Template, severity?: Severity): Message {
  return severity ? { id, en, severity } : { id, en };
}
