/**
 * Primary and secondary findings, as an auditor separates them:
 * 1. A relation that fails only because one of its inputs is itself wrong (a program that
 *    disagrees with a kegiatan that disagrees with its sub kegiatan; a Jumlah over a row whose
 *    Total is wrong) is explained by that input's finding: it becomes a warning pointing at it.
 *    An input or a stated cell that is a formula counts with the value its formula gives once
 *    those inputs are corrected: a Jumlah whose =SUM(F2:F4) reads a wrong Total follows from it.
 * 2. Two failing relations that share an input, where the value that repairs the first also
 *    repairs the second, point at that shared input: it is reported as the likely mistake and
 *    the two failures name it (value.crossing: it and they are errors where the evidence is firm;
 *    value.suspect and warnings where it is not).
 */
import type { SheetView } from '../sheet';
import type { CauseKind, Draft, RuleMeta } from './rule';
import { a1, parseA1 } from '../address';
import { evaluateFormula, parseFormula } from '../formula-parse';
import { message } from './rule';
import { oneKeystroke } from '../number';

/** The findings this pass adds, and the words it appends to the findings it explains. */
export const meta: RuleMeta = {
  id: 'value.crossing',
  arithmetic: true,
  emits: {
    'value.crossing': {
      severity: 'error',
      title: { id: 'Sel yang membuat dua hubungan tidak cocok', en: 'A cell that breaks two relations' },
      messages: {
        default: message(
          (d, w) => `Nilai ${w.n(d.actual)} kemungkinan salah ketik: ${w.n(d.fix)} akan membuat ${d.a} dan ${d.b} sama-sama cocok`,
          (d, w) => `${w.n(d.actual)} is probably mistyped: ${w.n(d.fix)} would make both ${d.a} and ${d.b} hold`,
        ),
        /** A number stored as text that both sums leave out (Excel's SUM skips text): the type is the slip, not the value. */
        asText: message(
          (d, w) =>
            `${w.n(d.actual)} tersimpan sebagai teks, sehingga jumlah di ${d.a} dan ${d.b} tidak menghitungnya (SUM di Excel mengabaikan teks); ubah menjadi angka`,
          (d, w) => `${w.n(d.actual)} is stored as text, so the sums in ${d.a} and ${d.b} leave it out (Excel's SUM skips text); convert it to a number`,
        ),
        /** A cell typed "-" whose figure both relations still count: cleared or dashed by mistake. */
        dash: message(
          (d, w) => `Sel ini bertanda "-", padahal ${d.a} dan ${d.b} sama-sama masih menghitung ${w.n(d.fix)} di sini; isi nilainya atau betulkan keduanya`,
          (d, w) => `This cell says "-", but ${d.a} and ${d.b} both still count ${w.n(d.fix)} here; fill it in or correct both`,
        ),
        /** The same under one sum: the total equals its other terms, the text cell left out. */
        asTextOne: message(
          (d, w) =>
            `${w.n(d.actual)} tersimpan sebagai teks, sehingga jumlah di ${d.a} tidak menghitungnya (SUM di Excel mengabaikan teks); ubah menjadi angka`,
          (d, w) => `${w.n(d.actual)} is stored as text, so the sum in ${d.a} leaves it out (Excel's SUM skips text); convert it to a number`,
        ),
      },
    },
    'value.suspect': {
      severity: 'warning',
      title: { id: 'Sel yang kemungkinan salah ketik', en: 'Probably mistyped cell' },
      messages: {
        default: message(
          (d, w) => `Nilai ${w.n(d.actual)} kemungkinan salah ketik: ${w.n(d.fix)} akan membuat ${d.a} dan ${d.b} sama-sama cocok`,
          (d, w) => `${w.n(d.actual)} is probably mistyped: ${w.n(d.fix)} would make both ${d.a} and ${d.b} hold`,
        ),
      },
    },
  },
};

/** Rules whose relation holds over a band of values (a predikat's scale), not at one value. */
const BANDED = new Set(['ratio.predikat']);

/** What an explained finding's message gains: the cells it follows from, or the cell most likely wrong. */
export const CAUSE: Record<CauseKind, ReturnType<typeof message>> = {
  follows: message(
    (d) => `Ini akibat kesalahan di ${d.cells.join(', ')}: bila sel itu dibetulkan, hubungan ini terpenuhi`,
    (d) => `This follows from ${d.cells.join(', ')}: once that cell is corrected this holds`,
  ),
  suspect: message(
    (d) => `Kemungkinan besar yang salah adalah ${d.cells.join(', ')}`,
    (d) => `Most likely ${d.cells.join(', ')} is the wrong cell`,
  ),
  oneOf: message(
    (d) => `Kemungkinan salah satu dari ${d.cells.join(', ')} salah ketik: masing-masing dapat membetulkan hubungan ini`,
    (d) => `Probably one of ${d.cells.join(', ')} is mistyped: each could mend this`,
  ),
};

/** A number stored as text as it was typed: "found" then reads `"75.200.000" (teks)`, not the expected number again. */
function typedText(view: SheetView, r: number, c: number, value: number): string | number {
  const raw = view.raw(r, c);
  return typeof raw === 'string' ? raw.trim() : value;
}

/** Points a finding at the cells that explain it; it becomes a warning unless it must stay an error. */
function explainBy(d: Draft, cells: string[], why: CauseKind, stayError = false): void {
  if (!stayError) d.severity = 'warning';
  d.related = [...new Set([...cells, ...d.related])];
  d.cause = { why, cells };
}

/**
 * Errors that hold once the other errors' cells take their expected values: they follow from those.
 * In rounds: a finding explained by another is no longer a source of corrections, since its expected
 * value was worked out from the wrong cell (a row total beside a wrong part is right as stated).
 */
function substitute(errors: Draft[], withExpected: Map<string, Draft>, view: SheetView): void {
  // Direct inputs first, to the end; then through formulas, for what is left: a parent explained
  // by its one wrong child is not instead said to follow from every child its formula reads.
  substituteRounds(errors, withExpected, view, false);
  substituteRounds(errors, withExpected, view, true);
}

function substituteRounds(errors: Draft[], withExpected: Map<string, Draft>, view: SheetView, formulas: boolean): void {
  for (let round = 0; round < 3; round++) {
    const found: { d: Draft; by: string[] }[] = [];
    const primaries = new Map<string, number>();
    if (formulas) for (const [cell, g] of withExpected) if (g.cause?.why !== 'follows') primaries.set(cell, g.expected as number);
    const recompute = throughFormulas(view, primaries);
    for (const d of errors) {
      if (!d.relation || d.severity !== 'error') continue;
      const sub = new Map<string, number>();
      const by = new Set<string>();
      for (const input of d.relation.inputs) {
        const g = withExpected.get(input);
        if (g && g !== d && g.cause?.why !== 'follows') {
          sub.set(input, g.expected as number);
          by.add(input);
        }
      }
      if (sub.size && d.relation.holds(sub)) {
        found.push({ d, by: [...by] });
        continue;
      }
      // One of them alone, where two findings read each other's cells (a weighted figure and the capaian over it, both
      // from one wrong bobot: corrected together they disagree, the bobot alone mends each).
      if (sub.size > 1) {
        const one = [...sub].find(([c, v]) => d.relation!.holds(new Map([[c, v]])));
        if (one) {
          found.push({ d, by: [one[0]] });
          continue;
        }
      }
      // The stated cell and the inputs that are formulas, as their formulas give them once the
      // other findings' cells are corrected (never through this finding's own cell).
      if (primaries.size === 0 || d.relation.inputs.length > MAX_RECOMPUTED) continue;
      for (const cell of [d.cell, ...d.relation.inputs]) {
        if (sub.has(cell)) continue;
        const r = recompute(cell, d.cell);
        if (!r) continue;
        sub.set(cell, r.value);
        for (const c of r.by) by.add(c);
      }
      if (by.size && d.relation.holds(sub)) found.push({ d, by: [...by] });
    }
    if (found.length === 0) return;
    for (const { d, by } of found) explainBy(d, by, 'follows');
  }
}

/** Inputs of one relation recomputed through their formulas at most: a Jumlah of a long table is left as it was. */
const MAX_RECOMPUTED = 64;
/** Cells one pass reads through formulas at most (a SUM over a long column and the formulas under it). */
const MAX_READS = 20_000;

/**
 * A cell's value as its formula gives it with some cells corrected, read through the formulas it
 * refers to (on this sheet; 4 levels deep), and the corrected cells it reached; undefined when it
 * reaches none, or cannot be worked out (another sheet, an unknown function, too much to read).
 */
function throughFormulas(view: SheetView, corrected: Map<string, number>): (cell: string, except: string) => { value: number; by: string[] } | undefined {
  let reads = 0;
  const memo = new Map<string, { value: number | null; by: string[] } | null>();
  const at = (r: number, c: number, depth: number, except: string): { value: number | null; by: string[] } | null => {
    if (++reads > MAX_READS) return null;
    const key = a1(r, c);
    if (key !== except && corrected.has(key)) return { value: corrected.get(key)!, by: [key] };
    const formula = depth < 4 ? view.formula(r, c) : undefined;
    if (!formula) return { value: view.numberAt(r, c) ?? null, by: [] };
    const memoKey = `${key}|${except}`;
    if (memo.has(memoKey)) return memo.get(memoKey)!;
    memo.set(memoKey, null); // a circular reference reads as unknown
    const node = parseFormula(formula);
    const by = new Set<string>();
    let unknown = !node;
    const value = node
      ? evaluateFormula(
          node,
          (sheet, rr, cc) => {
            if (sheet !== undefined && sheet !== view.name) {
              unknown = true;
              return null;
            }
            const v = at(rr, cc, depth + 1, except);
            if (!v) {
              unknown = true;
              return null;
            }
            for (const b of v.by) by.add(b);
            return v.value;
          },
          { hidden: (_s, row) => view.isHidden(row) },
        )
      : null;
    const out = unknown || value === null ? null : { value, by: [...by] };
    memo.set(memoKey, out);
    return out;
  };
  return (cell, except) => {
    const p = parseA1(cell);
    if (!p || !view.formula(p.row, p.col)) return undefined;
    const v = at(p.row, p.col, 0, except);
    return v && v.value !== null && v.by.length ? { value: v.value, by: v.by } : undefined;
  };
}

export function explainSecondary(drafts: Draft[], view: SheetView): Draft[] {
  const errors = drafts.filter((d) => d.severity === 'error');
  const withExpected = new Map<string, Draft>();
  for (const d of errors) if (typeof d.expected === 'number' && !withExpected.has(d.cell)) withExpected.set(d.cell, d);

  // 1. Substitute the other findings' expected values.
  substitute(errors, withExpected, view);

  // 2. A total computed by a formula that holds without its numbers stored as text: Excel's SUM
  // skipped them. The text cells are the mistake (convert them); the totals follow from them. (A
  // typed total that happens to equal its other terms proves nothing about the text.)
  const added: Draft[] = [];
  const skipped = new Map<string, string[]>();
  for (const d of errors) {
    if (d.severity !== 'error' || !d.relation || !d.rule.startsWith('sum.')) continue;
    const at = parseA1(d.cell);
    if (!at || !view.formula(at.row, at.col)) continue;
    const texts = d.relation.inputs.filter((input) => {
      const p = parseA1(input);
      const v = p ? view.value(p.row, p.col) : null;
      return v?.kind === 'number' && v.fromText && v.value !== 0;
    });
    if (texts.length === 0 || !d.relation.holds(new Map(texts.map((t) => [t, 0])))) continue;
    for (const t of texts) skipped.set(t, [...(skipped.get(t) ?? []), d.cell]);
    explainBy(d, texts, 'follows');
  }
  for (const [t, totals] of skipped) {
    const p = parseA1(t)!;
    const actual = (view.value(p.row, p.col) as { value: number }).value;
    const two = totals.length >= 2;
    added.push({
      cell: t,
      rule: 'value.crossing',
      severity: 'error',
      expected: actual,
      actual: typedText(view, p.row, p.col, actual),
      related: totals,
      messageId: two ? 'asText' : 'asTextOne',
      data: { actual, a: totals[0], ...(two ? { b: totals[1] } : {}) },
    });
  }

  // 3. One shared input that repairs two failures.
  const open = errors.filter((d) => d.severity === 'error' && d.relation);
  const flagged = new Set([...errors.map((d) => d.cell), ...skipped.keys()]);
  // Which open findings read each input, in `open` order: scanning every finding's inputs for
  // every input was quadratic in the size of a wrong Jumlah (one input per row).
  const readers = new Map<string, Draft[]>();
  for (const o of open) {
    for (const input of new Set(o.relation!.inputs)) {
      const list = readers.get(input);
      if (list) list.push(o);
      else readers.set(input, [o]);
    }
  }
  for (let i = 0; i < open.length; i++) {
    const a = open[i];
    if (a.severity !== 'error') continue;
    // The shared input that repairs the most other failures (a program's pagu typed ten times over breaks its
    // bidang's Jumlah, the urusan above and its own period sum; a kegiatan beside it only the first two), and of
    // those one whose repair keeps its sign (an amount is not mended by a negative one).
    let best: { input: string; fix: number; repaired: Draft[]; kept: boolean; oneUnit: boolean } | null = null;
    // Other inputs that mend the very same failures as the best one (each quarter of a count under its s.d. and the
    // capaian read from them): the evidence does not tell them apart.
    let tied: string[] = [];
    for (const input of a.relation!.inputs) {
      if (flagged.has(input)) continue;
      const fix = a.relation!.solve(input);
      if (fix === null || !Number.isFinite(fix)) continue;
      const at = parseA1(input);
      const was = at ? view.value(at.row, at.col) : null;
      // (A grade's band, "Sangat Tinggi" for any capaian from 91 up, is mended by almost any value that mends another
      // relation: it corroborates only a fix one keystroke from the typed value, as shown.)
      const keystroke = was?.kind === 'number' && oneKeystroke(was.value, fix, Math.max(2, was.decimals));
      const repaired = (readers.get(input) ?? []).filter(
        (o) => o !== a && o.severity === 'error' && (keystroke || (!BANDED.has(o.rule) && !BANDED.has(a.rule))) && o.relation!.holds(new Map([[input, fix]])),
      );
      if (!repaired.length) continue;
      const kept = !(was?.kind === 'number' && was.value > 0 && fix < 0);
      if (!best || repaired.length > best.repaired.length || (repaired.length === best.repaired.length && kept && !best.kept)) {
        best = { input, fix, repaired, kept, oneUnit: was?.kind === 'number' && Math.abs(fix - was.value) <= 1 };
        tied = [];
      } else if (kept === best.kept && repaired.length === best.repaired.length && repaired.every((o) => best!.repaired.includes(o))) tied.push(input);
    }
    // No one cell to name: the failures stay, each pointing at the cells that could mend it.
    if (best && tied.length) {
      const cells = [best.input, ...tied];
      explainBy(a, cells, 'oneOf', true);
      for (const o of best.repaired) explainBy(o, cells, 'oneOf', true);
      continue;
    }
    // (Not where a failure that reads a total the fix declares right still fails with it: a row Jumlah and a column
    // Jumlah each off by one are two slips, not one cell between them, when the grand total disagrees with both. Only
    // for a fix of one unit: two slips of the same small difference are common, of the same large one rare.)
    if (best?.oneUnit) {
      const declared = new Set([a.cell, ...best.repaired.map((o) => o.cell)]);
      const fixed = new Map([[best.input, best.fix]]);
      const still = errors.some(
        (o) => !!o.relation && o !== a && !best!.repaired.includes(o) && o.relation.inputs.some((q) => declared.has(q)) && !o.relation.holds(fixed),
      );
      if (still) best = null;
    }
    if (best) {
      const { input, fix } = best;
      const b = best.repaired[0];
      const p = parseA1(input);
      const v = p ? view.value(p.row, p.col) : null;
      const actual = v && v.kind === 'number' ? v.value : null;
      // Two relations crossing at one cell (a parent's sum and the cell's own row or period sum,
      // or its row's ratio) that one value repairs: the shared cell is most likely the mistake,
      // an error at the cell to correct. A ratio's repair is only as sure as the ratio's shown
      // decimals, so with a ratio on one side the value must also be a slip of the stated one
      // (the same order of magnitude, or a digit dropped or doubled): a figure further off, such as
      // a row read from a garbled line, is named as a warning, and so are both failures.
      const sums = a.rule.startsWith('sum.') && b.rule.startsWith('sum.');
      // Within an order of magnitude, or a digit dropped or doubled (ten times off, give or take the ratio's rounding).
      // Or a thousands group dropped or added with the same digits ("153.760,000" read as 153.760 for 153.760.000).
      const thousands = actual !== null && (Math.abs(fix - actual * 1000) <= 0.5 || Math.abs(fix * 1000 - actual) <= 0.5);
      const slip =
        actual !== null && actual !== 0 && fix !== 0 && Math.sign(actual) === Math.sign(fix) && (Math.abs(Math.log10(fix / actual)) <= 1.01 || thousands);
      const crossing = sums || (slip && (a.rule.startsWith('sum.') || b.rule.startsWith('sum.')));
      // Both sums hold without the cell, which is a number typed as text: they skipped it, as SUM does.
      const asText = sums && fix === 0 && v?.kind === 'number' && v.fromText;
      const dash = crossing && v?.kind === 'dash';
      added.push({
        cell: input,
        rule: crossing ? 'value.crossing' : 'value.suspect',
        severity: crossing ? 'error' : 'warning',
        expected: asText ? actual : Math.round(fix * 100) / 100,
        actual: asText && p ? typedText(view, p.row, p.col, actual!) : dash ? '-' : actual,
        related: [a.cell, b.cell],
        messageId: asText ? 'asText' : dash ? 'dash' : 'default',
        data: { actual, fix, a: a.cell, b: b.cell },
      });
      flagged.add(input);
      // Crossing at the cell: the shared cell is the error, and both failures follow from it (they
      // hold once it is corrected). Otherwise the cell is only a suspect, and both are warnings naming it.
      explainBy(a, [input], crossing ? 'follows' : 'suspect');
      for (const o of best.repaired) explainBy(o, [input], crossing ? 'follows' : 'suspect');
    }
  }
  // 4. What else the crossing cells explain (a growth rate or a ratio read from the mistyped cell).
  const crossings = added.filter((d) => d.rule === 'value.crossing');
  if (crossings.length) {
    for (const d of crossings) if (!withExpected.has(d.cell)) withExpected.set(d.cell, d);
    substitute(errors, withExpected, view);
  }
  // 5. A failure nothing above explained, with a firmer cell of its own to name (a child one keystroke off under a
  // parent its own parent bears out): it moves there.
  for (const d of errors) {
    if (d.severity !== 'error' || d.cause || !d.otherwise) continue;
    const { messageId, ...at } = d.otherwise;
    Object.assign(d, at, messageId ? { messageId } : {});
  }
  // 6. A computed figure its own rule saw follow from a wrong part on its row (sum.hierarchy's Sisa beside a wrong
  // Pagu), if nothing above said so: after the rounds, where it still served as a source of corrections.
  for (const d of errors) if (d.severity === 'error' && !d.cause && d.derivedFrom?.length) explainBy(d, d.derivedFrom, 'follows');
  for (const d of drafts) {
    delete d.otherwise;
    delete d.derivedFrom;
  }
  return added;
}
