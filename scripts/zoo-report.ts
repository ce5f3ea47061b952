/**
 * The table zoo against the engine: per convention, clean cases with errors, planted recall, and the
 * totals (false errors per 1,000 checked cells on the clean zoo; recall on the planted zoo).
 *
 *   npx tsx scripts/zoo-report.ts [filter] [--verbose] [--write-known] [--kinds]
 *
 * filter: a substring of case names. --write-known writes test/zoo/known-failures.json (the cases the
 * engine fails today; test/engine/zoo.test.ts expects exactly these to fail).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseWorkbook } from '../src/engine';
import type { Finding } from '../src/engine/types';
import { zooCases } from '../test/zoo';
import { type Verdict, judge } from '../test/zoo/judge';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const filter = args.find((a) => !a.startsWith('--'));
const verbose = flags.has('--verbose') || !!filter;

const t0 = Date.now();
const cases = zooCases().filter((c) => !filter || c.name.includes(filter));
const tGen = Date.now() - t0;
const verdicts: Verdict[] = [];
const t1 = Date.now();
for (const c of cases) {
  let findings: Finding[];
  try {
    findings = analyseWorkbook(c.grids).findings;
  } catch (e) {
    findings = [
      {
        sheet: c.grids[0].name,
        cell: 'A1',
        rule: 'crash.engine',
        severity: 'error',
        expected: null,
        actual: null,
        message: { id: String(e), en: String(e) },
        related: [],
      },
    ];
  }
  verdicts.push(judge(c, findings));
}
const tRun = Date.now() - t1;

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + ' %' : '–');
const per1000 = (a: number, b: number) => (b ? ((1000 * a) / b).toFixed(2) : '–');
const isArith = (f: Finding) => ['sum', 'ratio', 'formula'].includes(f.rule.split('.')[0]);

interface Row {
  conv: string;
  clean: number;
  cleanBad: number;
  cleanFalse: number;
  cleanArith: number;
  cells: number;
  plantedCases: number;
  planted: number;
  found: number;
  plantedFalse: number;
  fails: number;
}
function emptyRow(conv: string): Row {
  return { conv, clean: 0, cleanBad: 0, cleanFalse: 0, cleanArith: 0, cells: 0, plantedCases: 0, planted: 0, found: 0, plantedFalse: 0, fails: 0 };
}
const rows = new Map<string, Row>();
for (const v of verdicts) {
  let r = rows.get(v.convention);
  if (!r) rows.set(v.convention, (r = emptyRow(v.convention)));
  if (!v.pass) r.fails++;
  if (v.clean) {
    r.clean++;
    r.cells += v.checkedCells;
    r.cleanFalse += v.falseErrors.length;
    r.cleanArith += v.falseErrors.filter(isArith).length;
    if (v.falseErrors.length) r.cleanBad++;
  } else {
    r.plantedCases++;
    r.planted += v.found + v.missed.length;
    r.found += v.found;
    r.plantedFalse += v.falseErrors.length;
  }
}

const lines: string[] = [];
const out = (s = '') => lines.push(s);
out(
  `Zoo: ${cases.length} cases (${verdicts.filter((v) => v.clean).length} clean, ${verdicts.filter((v) => !v.clean).length} planted); generated in ${tGen} ms, engine ${tRun} ms`,
);
out();
out('| convention | clean cases | clean with errors | false errors | per 1,000 cells | planted found | recall | false errors on planted | failing cases |');
out('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
const tot: Row = emptyRow('TOTAL');
for (const r of [...rows.values()].sort((a, b) => a.conv.localeCompare(b.conv))) {
  for (const k of Object.keys(tot) as (keyof Row)[]) if (k !== 'conv') (tot[k] as number) += r[k] as number;
  out(
    `| ${r.conv} | ${r.clean} | ${r.cleanBad} | ${r.cleanFalse} | ${per1000(r.cleanFalse, r.cells)} | ${r.found}/${r.planted} | ${pct(r.found, r.planted)} | ${r.plantedFalse} | ${r.fails} |`,
  );
}
out(
  `| **total** | ${tot.clean} | ${tot.cleanBad} | ${tot.cleanFalse} | ${per1000(tot.cleanFalse, tot.cells)} | ${tot.found}/${tot.planted} | ${pct(tot.found, tot.planted)} | ${tot.plantedFalse} | ${tot.fails} |`,
);
out();
out(
  `Clean zoo: ${tot.cleanFalse} error findings on ${tot.cells} checked cells = ${per1000(tot.cleanFalse, tot.cells)} per 1,000 (arithmetic sum/ratio/formula only: ${per1000(tot.cleanArith, tot.cells)} per 1,000; target 0)`,
);
out(
  `Planted zoo: recall ${tot.found}/${tot.planted} = ${pct(tot.found, tot.planted)} (target 100 %); ${tot.plantedFalse} false errors outside planted ∪ acceptable`,
);
out(`Failing cases: ${tot.fails} of ${cases.length}`);

// the most common kinds of false errors: rule + message with numbers and cells stripped
const kinds = new Map<string, { n: number; example: string; cell: string; msg: string }>();
for (const v of verdicts)
  for (const f of v.falseErrors) {
    const k = `${f.rule}: ${f.message.en
      .replace(/^[^:]{1,48}: /, '<label>: ')
      .replace(/'[^']*'/g, '<label>')
      .replace(/\$?[A-Z]{1,3}\$?\d+/g, '<cell>')
      .replace(/-?\d[\d.,]*/g, '#')
      .slice(0, 110)}`;
    const e = kinds.get(k);
    if (e) e.n++;
    else kinds.set(k, { n: 1, example: v.name, cell: f.cell, msg: f.message.en.slice(0, 160) });
  }
out();
out('Most common false errors:');
for (const [k, e] of [...kinds.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, flags.has('--kinds') ? 40 : 12))
  out(`  ${String(e.n).padStart(5)}  ${k}\n         e.g. ${e.example} ${e.cell}`);

if (verbose) {
  out();
  for (const v of verdicts) {
    if (v.pass) continue;
    out(`FAIL ${v.name}`);
    for (const p of v.missed) out(`   missed  ${p.sheet}!${p.cell} [${p.families}] ${p.what}`);
    for (const w of v.wrongExpected) out(`   expected ${w.planted.cell}: planted ${w.planted.expected}, engine ${w.finding.expected}`);
    for (const f of v.falseErrors.slice(0, 15)) out(`   false   ${f.cell} ${f.rule} ${f.message.en.slice(0, 170)}`);
    if (v.falseErrors.length > 15) out(`   … ${v.falseErrors.length - 15} more false errors`);
  }
}

console.log(lines.join('\n'));

if (flags.has('--write-known')) {
  if (filter) {
    console.error('--write-known needs the whole zoo (no filter)');
    process.exit(2);
  }
  const known = verdicts
    .filter((v) => !v.pass)
    .map((v) => v.name)
    .sort();
  const file = join(__dirname, '..', 'test', 'zoo', 'known-failures.json');
  writeFileSync(file, JSON.stringify(known, null, 2) + '\n');
  console.log(`\nwrote ${known.length} known failures to ${file}`);
}
