/** Pure pieces of the pane: grouping/filtering findings, splitting the fill plan, the check runner. */
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import type { SheetGrid } from '../../src/engine/types';
import type { WorkbookHost } from '../../src/excel/api';
import { CancelledError, CheckError, checkInPane as runCheck } from '../../src/taskpane/checkRunner';
import { joinSheets as mergeSheets } from '../../src/engine/check';
import { fillRequest, splitFill } from '../../src/taskpane/fillPlan';
import { countBySeverity, filterFindings, groupFindings } from '../../src/taskpane/findingGroups';
import { fakeAnalyser, fillItem, finding, table } from './fakeAnalysis';

describe('findings', () => {
  const list = [
    finding('A', 'F10'),
    finding('A', 'G7', { rule: 'ratio.capaian', severity: 'warning' }),
    finding('B', 'C3', { rule: 'ratio.capaian', severity: 'error', message: { id: 'rasio salah', en: 'wrong ratio' } }),
    finding('B', 'C4', { rule: 'ratio.capaian', severity: 'error' }),
    finding('B', 'D9', { severity: 'info' }),
  ];

  test('grouped by severity, then by rule with the largest group first', () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 3],
      ['warning', 1],
      ['info', 1],
    ]);
    expect(groups[0].rules.map((r) => [r.rule, r.findings.length])).toEqual([
      ['ratio.capaian', 2],
      ['sum.row-total', 1],
    ]);
    expect(countBySeverity(list)).toEqual({ error: 3, warning: 1, info: 1 });
  });

  test('filter by text (cell, sheet, rule, message in the language) and severity', () => {
    expect(filterFindings(list, 'c3', 'all', 'id').map((f) => f.cell)).toEqual(['C3']);
    expect(filterFindings(list, 'B!', 'all', 'id').map((f) => f.cell)).toEqual(['C3', 'C4', 'D9']);
    expect(filterFindings(list, 'wrong', 'all', 'en').map((f) => f.cell)).toEqual(['C3']);
    expect(filterFindings(list, 'wrong', 'all', 'id')).toEqual([]);
    expect(filterFindings(list, 'ratio', 'warning', 'id').map((f) => f.cell)).toEqual(['G7']);
  });
});

describe('fill plan', () => {
  const items = [fillItem('A', 'J5', 1, null), fillItem('A', 'J6', 2, 3), fillItem('A', 'J7', 4, ''), fillItem('B', 'J6', 5, 'x')];

  test('empty (null or blank text) cells go directly, others need consent', () => {
    const { direct, needConsent } = splitFill(items);
    expect(direct.map((i) => i.cell)).toEqual(['J5', 'J7']);
    expect(needConsent.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['A!J6', 'B!J6']);
  });

  test('consent is per sheet and cell; overwrite lists the consented A1 cells', () => {
    const req = fillRequest(items, new Set(['B!J6']));
    expect(req.items.map((i) => `${i.sheet}!${i.cell}`)).toEqual(['A!J5', 'A!J7', 'B!J6']);
    expect([...req.overwrite]).toEqual(['J6']);
  });
});

describe('check runner', () => {
  const grid = (name: string): SheetGrid => ({ name, cells: [], merges: [] });
  const host = (grids: SheetGrid[], fail?: unknown): WorkbookHost => ({
    readGrids: async () => {
      if (fail) throw fail;
      return grids;
    },
    highlight: async () => undefined,
    clearMarks: async () => undefined,
    writeReport: async () => undefined,
    fill: async () => ({ written: [], skipped: [] }),
    select: async () => undefined,
  });
  const opts = (signal = new AbortController().signal) => ({ settings: DEFAULT_SETTINGS, overrides: [], signal });

  test("re-bases each finding's table index onto the joined table list", () => {
    const merged = mergeSheets([
      { sheet: 'A', tables: [table('A'), table('A')], findings: [finding('A', 'B2', { table: 1 })], fill: [] },
      { sheet: 'B', tables: [table('B')], findings: [finding('B', 'B2', { table: 0 }), finding('B', 'C2', { table: undefined })], fill: [] },
    ]);
    expect(merged.tables).toHaveLength(3);
    expect(merged.findings.map((f) => f.table)).toEqual([1, 2, undefined]);
  });

  test('analyses sheet by sheet, yielding between sheets, and reports progress', async () => {
    const analyse = fakeAnalyser((s) => ({ tables: [table(s)], findings: [], fill: [] }));
    const phases: string[] = [];
    const result = await runCheck(host([grid('A'), grid('B')]), 'workbook', {
      ...opts(),
      analyse,
      onProgress: (p) => phases.push(p.phase === 'analysing' ? `${p.phase}:${p.sheet}` : p.phase),
    });
    expect(result.tables.map((t) => t.sheet)).toEqual(['A', 'B']);
    expect(phases).toEqual(['analysing:A', 'analysing:B']);
  });

  test("the pane's fill plan is closed: the Jumlah row's Sisa over the sums the same fill writes is planned too", async () => {
    const rows = [
      ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)'],
      [1, 'Program A', 1000000, 900000, null],
      [2, 'Program B', 2000000, 1500000, null],
      [null, 'Jumlah', null, null, null],
    ];
    const sheet: SheetGrid = { name: 'A', cells: rows.map((r) => r.map((value) => (value === null ? undefined : { value }))), merges: [] };
    const result = await runCheck(host([sheet]), 'sheet', opts());
    expect(result.fill.map((x) => `${x.cell} ${x.formula}`)).toEqual(expect.arrayContaining(['C4 =SUM(C2:C3)', 'E2 =C2-D2', 'E4 =SUM(E2:E3)']));
  });

  test('an abort during analysis stops before the next sheet', async () => {
    const ctrl = new AbortController();
    const analyse = fakeAnalyser((s) => {
      ctrl.abort();
      return { tables: [table(s)], findings: [], fill: [] };
    });
    await expect(runCheck(host([grid('A'), grid('B')]), 'sheet', { ...opts(ctrl.signal), analyse })).rejects.toBeInstanceOf(CancelledError);
    expect(analyse.calls.map((c) => c.sheet)).toEqual(['A']);
  });

  test('read and analysis failures say which stage failed', async () => {
    await expect(runCheck(host([], new Error('nope')), 'sheet', opts())).rejects.toMatchObject({ stage: 'read', message: 'nope' });
    const analyse = fakeAnalyser(() => {
      throw new Error('bad');
    });
    const err = await runCheck(host([grid('A')]), 'sheet', { ...opts(), analyse }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CheckError);
    expect(err).toMatchObject({ stage: 'analyse' });
  });
});
