/**
 * The pane's state and actions against a WorkbookHost. Every host call is wrapped: a failure
 * becomes an error notice (and is logged), never an uncaught rejection.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, Finding, FillItem, LocalText, TableInfo, TableOverride } from '../engine/types';
import type { Scope, WorkbookHost } from '../excel/api';
import { CancelledError, CheckError, checkInPane, type CheckProgress, type SheetAnalyser } from './checkRunner';
import { fillKey, fillRequest, splitFill } from './fillPlan';
import { countBySeverity } from './findingGroups';
import type { Catalog as Strings } from '../present/catalog';
import { describeError, type Notice } from './notices';
import { analysisKey } from './analysisKey';
import { useSettings } from './SettingsContext';
import { overrideKey } from './components/TablesPanel';
import { polarityKey, withPolarity, type Polarity } from './polarity';

export type ErrorStage = keyof Strings['errors'];

export interface PaneDeps {
  host: WorkbookHost;
  analyse?: SheetAnalyser;
  onError?: (e: unknown, where: string) => void;
}

function isLocalText(v: unknown): v is LocalText {
  return typeof v === 'object' && v !== null && typeof (v as LocalText).id === 'string' && typeof (v as LocalText).en === 'string';
}

/** The settings that change what the engine reports (language does not). */
export { analysisKey };

/** The engine's own explanations of why a sheet gave nothing, once each. */
function engineNotices(a: Analysis): LocalText[] {
  const seen = new Map<string, LocalText>();
  for (const s of a.sheets) if (s.notice) seen.set(s.notice.en, s.notice);
  return [...seen.values()];
}

export function useExcelPane({ host, analyse, onError }: PaneDeps) {
  const { settings, update } = useSettings();
  const [scope, setScope] = useState<Scope>('sheet');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [analysedKey, setAnalysedKey] = useState<string | null>(null);
  const [runId, setRunId] = useState(0);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [overrides, setOverrides] = useState<TableOverride[]>([]);
  const [consent, setConsent] = useState<FillItem[] | null>(null);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(1);

  // Closing the pane mid-check must not leave a read running against the workbook.
  useEffect(() => () => controller.current?.abort(), []);

  const notify = useCallback((intent: Notice['intent'], text: Notice['text'], detail?: string, local?: Notice['local']) => {
    const notice: Notice = { id: nextId.current++, intent, text, detail, local };
    setNotices((prev) => [...prev, notice]);
  }, []);

  const fail = useCallback(
    (stage: ErrorStage, e: unknown) => {
      onError?.(e, stage);
      // Errors that explain themselves to the user (SheetTooLargeError) carry both languages.
      const local =
        typeof e === 'object' && e !== null && 'text' in e && isLocalText((e as { text: unknown }).text) ? [(e as { text: LocalText }).text] : undefined;
      notify('error', (t) => t.errors[stage], local ? undefined : describeError(e), local);
    },
    [notify, onError],
  );

  const check = useCallback(
    async (withOverrides: TableOverride[] = overrides) => {
      controller.current?.abort();
      const ctrl = new AbortController();
      controller.current = ctrl;
      setNotices([]);
      setProgress(null);
      setRunning(true);
      try {
        const result = await checkInPane(host, scope, {
          settings,
          overrides: withOverrides,
          signal: ctrl.signal,
          onProgress: setProgress,
          analyse,
        });
        setAnalysis(result);
        setAnalysedKey(analysisKey(settings));
        setRunId((n) => n + 1);
        const c = countBySeverity(result.findings);
        if (result.tables.length === 0) notify('info', (t) => t.noTables, undefined, engineNotices(result));
        else notify(c.error > 0 ? 'warning' : 'success', (t) => t.checkDone(result.tables.length, c.error, c.warning, c.info));
      } catch (e) {
        if (e instanceof CancelledError || ctrl.signal.aborted) notify('info', (t) => t.cancelled);
        else if (e instanceof CheckError) fail(e.stage, e.reason);
        else fail('analyse', e);
      } finally {
        if (controller.current === ctrl) controller.current = null;
        setRunning(false);
        setProgress(null);
      }
    },
    [host, scope, settings, overrides, analyse, notify, fail],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  /** Runs one host action with the buttons disabled; its result text becomes a success notice. */
  const act = useCallback(
    async (stage: ErrorStage, run: () => Promise<Notice['text'] | null>) => {
      setBusy(true);
      setNotices([]);
      try {
        const text = await run();
        if (text) notify('success', text);
      } catch (e) {
        fail(stage, e);
      } finally {
        setBusy(false);
      }
    },
    [notify, fail],
  );

  const highlight = () =>
    analysis &&
    act('highlight', async () => {
      await host.highlight(analysis.findings, settings.lang);
      const n = analysis.findings.length;
      return (t) => t.highlightDone(n);
    });

  const clearMarks = () =>
    act('clearMarks', async () => {
      await host.clearMarks();
      return (t) => t.clearDone;
    });

  const report = () =>
    analysis &&
    act('report', async () => {
      await host.writeReport(analysis.findings, analysis.tables, settings.lang);
      return (t) => t.reportDone;
    });

  const writeFill = (consented: Set<string>) => {
    setConsent(null);
    if (!analysis) return;
    const all = analysis.fill;
    const request = fillRequest(all, consented);
    const declined = all.length - request.items.length;
    return act('fill', async () => {
      if (request.items.length === 0) return (t) => t.fillDone(0, declined);
      const result = await host.fill(request.items, { overwrite: request.overwrite, formulas: settings.formulas });
      const written = new Set(result.written.map(fillKey));
      // Written cells are no longer to do; declined ones stay so the user can change their mind.
      setAnalysis((a) => (a ? { ...a, fill: a.fill.filter((i) => !written.has(fillKey(i))) } : a));
      return (t) => t.fillDone(result.written.length, result.skipped.length + declined);
    });
  };

  const fill = () => {
    if (!analysis) return;
    if (analysis.fill.length === 0) {
      notify('info', (t) => t.fillNothing);
      return;
    }
    const { needConsent } = splitFill(analysis.fill);
    if (needConsent.length > 0) setConsent(needConsent);
    else void writeFill(new Set());
  };

  const select = async (f: Finding) => {
    try {
      await host.select(f.sheet, f.cell);
    } catch (e) {
      fail('select', e);
    }
  };

  const correct = (table: TableInfo, o: TableOverride | null) => {
    const key = overrideKey(table);
    const next = overrides.filter((x) => overrideKey(x) !== key);
    if (o) next.push(o);
    setOverrides(next);
    void check(next);
  };

  /**
   * A row's polarity, chosen on one of its ratio.capaian findings (null: back to the engine's own
   * reading). Saved like every setting, and like them it marks the results stale until the next
   * check, so several rows can be set before one re-check.
   */
  const setPolarity = (f: Finding, value: Polarity | null) => {
    const key = polarityKey(f.sheet, f.cell);
    if (key) update((s) => ({ polarity: withPolarity(s.polarity, key, value) }));
  };

  return {
    scope,
    setScope,
    analysis,
    runId,
    stale: analysis !== null && analysedKey !== analysisKey(settings),
    running,
    progress,
    busy: busy || running,
    notices,
    dismiss: (id: number) => setNotices((prev) => prev.filter((n) => n.id !== id)),
    overrides,
    consent,
    check: () => void check(),
    cancel,
    fill,
    writeFill,
    cancelFill: () => setConsent(null),
    highlight: () => void highlight(),
    clearMarks: () => void clearMarks(),
    report: () => void report(),
    select: (f: Finding) => void select(f),
    correct,
    setPolarity,
  };
}
