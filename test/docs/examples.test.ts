/**
 * Every rule page's example is true: the sheets it shows (docs/rules/README.md, "Contoh pada setiap
 * halaman / The example on each page"), checked by the engine, give exactly the findings it quotes —
 * at the cell it names, with the rule id, the severity and the message word for word in the page's
 * language — and nothing else. Both languages show the same sheets and the same findings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseWorkbook, type Finding } from '../../src/engine';
import type { Lang } from '../../src/engine/settings';
import { ruleDocSection } from '../../src/taskpane/ruleDoc';
import { readExample, type QuotedFinding } from './example-sheets';

const DIR = path.resolve(__dirname, '..', '..', 'docs', 'rules');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.replace(/\.md$/, ''))
  .sort();

const order = (f: QuotedFinding) => `${f.sheet}|${f.cell.replace(/\d+/, (r) => r.padStart(7, '0'))}|${f.rule}`;
const sorted = (xs: QuotedFinding[]) => [...xs].sort((a, b) => order(a).localeCompare(order(b)));
const quoted = (f: Finding, lang: Lang): QuotedFinding => ({ sheet: f.sheet, cell: f.cell, rule: f.rule, severity: f.severity, message: f.message[lang] });

test('every rule page is checked here', () => {
  expect(pages.length).toBeGreaterThanOrEqual(34);
});

describe.each(pages)('%s', (id) => {
  const md = readFileSync(path.join(DIR, `${id}.md`), 'utf8');
  const example = (lang: Lang) => readExample(ruleDocSection(md, lang), lang, id);

  test.each(['id', 'en'] as const)('the %s example gives exactly the findings it quotes, one of them this rule', (lang) => {
    const ex = example(lang);
    expect(ex.findings.filter((f) => f.rule === id).length).toBeGreaterThan(0);
    const found = analyseWorkbook(ex.grids).findings.map((f) => quoted(f, lang));
    expect(sorted(found)).toEqual(sorted(ex.findings));
  });

  test('both languages show the same sheets and quote the same findings', () => {
    const [a, b] = [example('id'), example('en')];
    expect(b.grids).toEqual(a.grids);
    const where = (xs: QuotedFinding[]) => sorted(xs).map(({ message: _m, ...rest }) => rest);
    expect(where(b.findings)).toEqual(where(a.findings));
  });
});
