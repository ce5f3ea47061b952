/**
 * docs/rules/: one page per rule id a finding can carry, and no page for anything else; every page
 * bilingual with the same parts (what, why, an example table with its finding, fix, not reported);
 * the index and the README link them all; the production build copies them beside taskpane.html.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, RULE_MODULES } from '../../src/engine/rules/registry';
import type { RuleMeta } from '../../src/engine/rules/rule';
import { meta as crossingMeta } from '../../src/engine/rules/value.crossing';
import { meta as errorsOutsideMeta } from '../../src/engine/rules/number.errors-outside';
import { meta as uncachedMeta } from '../../src/engine/rules/formula.uncached';
import { meta as crossMeta } from '../../src/engine/rules/cross.value';
import { meta as shiftedMeta } from '../../src/engine/rules/value.shifted';
import type { Lang } from '../../src/engine/settings';
import { inlineText, parseMarkdown, type Block, type Inline } from '../../src/taskpane/markdown';
import { ruleDocSection, ruleDocUrl } from '../../src/taskpane/ruleDoc';

const ROOT = path.resolve(__dirname, '..', '..');
const DIR = path.join(ROOT, 'docs', 'rules');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');

const pages = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
const ids = RULES.map((r) => r.id);

/** The subheadings each language's section has, in this order. */
const PARTS: Record<Lang, string[]> = {
  id: ['Yang diperiksa', 'Mengapa penting', 'Contoh', 'Cara membetulkan', 'Yang tidak dilaporkan'],
  en: ['What it checks', 'Why it matters', 'Example', 'How to fix', 'What it does not report'],
};
const FINDING_WORD: Record<Lang, string> = { id: 'Temuan', en: 'Finding' };
const SEVERITY_WORDS = { error: 'kesalahan (error)', warning: 'peringatan (warning)', info: 'info' } as const;

/** Every module's meta, as the registry reads them: each id's message variants and their severities. */
const METAS: RuleMeta[] = [...RULE_MODULES.map((r) => r.meta), crossingMeta, errorsOutsideMeta, uncachedMeta, crossMeta, shiftedMeta];
const variantSeverities = (id: string) => {
  const kind = METAS.map((m) => m.emits[id]).find(Boolean)!;
  return new Set(Object.values(kind.messages).map((m) => m.severity ?? kind.severity));
};

/** The blocks under each `###` heading of a section. */
function parts(blocks: Block[]): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  let current: Block[] | null = null;
  for (const b of blocks) {
    if (b.t === 'heading' && b.level === 3) {
      current = [];
      out.set(inlineText(b.children), current);
    } else if (current) current.push(b);
  }
  return out;
}

function inlinesOf(b: Block): Inline[][] {
  switch (b.t) {
    case 'heading':
    case 'paragraph':
      return [b.children];
    case 'list':
      return b.items;
    case 'table':
      return [...b.head, ...b.rows.flat()];
    case 'code':
      return [];
  }
}

function hasEmphasis(xs: Inline[]): boolean {
  return xs.some((x) => x.t === 'em' || (x.t === 'strong' && hasEmphasis(x.children)));
}

test('the registry lists the 40 rule ids, each once', () => {
  expect(ids).toHaveLength(40);
  expect(new Set(ids).size).toBe(40);
});

test('every rule id in RULES has a page, and every page is named after a rule id', () => {
  expect(ids.filter((id) => !pages.includes(`${id}.md`))).toEqual([]);
  expect(pages.filter((p) => !ids.includes(p.replace(/\.md$/, '')))).toEqual([]);
  // The pane fetches exactly these names.
  for (const id of ids) expect(ruleDocUrl(id)).toBe(`docs/rules/${id}.md`);
});

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const md = read(`${id}.md`);
  const lines = md.split('\n');

  test('opens with its id, its titles as the registry has them, and its severity', () => {
    expect(lines[0]).toBe(`# ${id}`);
    expect(md).toContain(`- **Judul:** ${rule.title.id}\n`);
    expect(md).toContain(`- **Title:** ${rule.title.en}\n`);
    expect(md).toMatch(new RegExp(`^- \\*\\*Tingkat / Severity:\\*\\* ${SEVERITY_WORDS[rule.severity].replace(/[()]/g, '\\$&')}`, 'm'));
  });

  test('its severity line names every severity its message variants can have', () => {
    const line = lines.find((l) => l.startsWith('- **Tingkat / Severity:** '))!;
    for (const sev of variantSeverities(id)) expect({ sev, named: line.includes(SEVERITY_WORDS[sev]) }).toEqual({ sev, named: true });
  });

  test('has an Indonesian section, then an English one, and nothing else at that level', () => {
    expect(lines.filter((l) => /^##\s/.test(l))).toEqual(['## Bahasa Indonesia', '## English']);
  });

  test.each(['id', 'en'] as const)('its %s section has every part: what, why, an example table with its finding, fix, not reported', (lang) => {
    const section = ruleDocSection(md, lang);
    expect(section).not.toBe(md);
    const blocks = parseMarkdown(section);
    const byPart = parts(blocks);
    expect([...byPart.keys()]).toEqual(PARTS[lang]);
    for (const [name, body] of byPart) expect({ name, empty: body.length === 0 }).toEqual({ name, empty: false });
    // The example: a table of cells (column letters, then rows numbered as in Excel) and the finding it gives.
    const example = byPart.get(PARTS[lang][2])!;
    const table = example.find((b): b is Extract<Block, { t: 'table' }> => b.t === 'table');
    expect(table).toBeDefined();
    expect(table!.head.slice(1).map(inlineText)).toEqual(table!.head.slice(1).map((_c, i) => String.fromCharCode(65 + i)));
    expect(table!.rows.length).toBeGreaterThanOrEqual(3);
    const finding = example.find(
      (b) => b.t === 'paragraph' && b.children[0]?.t === 'strong' && inlineText(b.children[0].children).startsWith(FINDING_WORD[lang]),
    );
    expect(finding).toBeDefined();
    // The other language's section is not in this one.
    const other = lang === 'id' ? 'en' : 'id';
    expect(section).not.toContain(`### ${PARTS[other][0]}`);
    // The renderer draws no emphasis the page did not mean (a formula's * read as italics).
    expect(blocks.flatMap(inlinesOf).filter(hasEmphasis).map(inlineText)).toEqual([]);
  });

  test.each(['id', 'en'] as const)('the %s example table writes numbers in Indonesian style (1.091.140.000, 94,74)', (lang) => {
    const table = parseMarkdown(ruleDocSection(md, lang)).find((b): b is Extract<Block, { t: 'table' }> => b.t === 'table')!;
    const header = table.rows[0].map(inlineText);
    const numeric = table.rows
      .flatMap((row) => row.map((c, k) => ({ text: inlineText(c).replace(/^'/, ''), kode: /^kode$/i.test(header[k]) })))
      .filter((c) => !c.kode && /^-?[\d.,]+%?$/.test(c.text) && /\d/.test(c.text) && !/^(19|20)\d\d$/.test(c.text)); // years are years
    expect(numeric.length).toBeGreaterThan(0);
    expect(numeric.map((c) => c.text).filter((t) => !/^-?\d{1,3}(\.\d{3})*(,\d+)?%?$/.test(t))).toEqual([]);
  });
});

test('the index lists every rule with its page, severity and both titles', () => {
  const index = read('README.md');
  for (const r of RULES) {
    expect(index).toContain(`| [\`${r.id}\`](${r.id}.md) | ${SEVERITY_WORDS[r.severity]} | ${r.title.id} | ${r.title.en} |`);
  }
  const rows = index.split('\n').filter((l) => /^\| \[`/.test(l));
  expect(rows).toHaveLength(RULES.length);
});

test("the README's What is checked links every rule id to its page", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## What is checked'), readme.indexOf('\n## ', readme.indexOf('## What is checked') + 5));
  expect(section).toContain('docs/rules/README.md');
  for (const id of ids) expect(section).toContain(`[\`${id}\`](docs/rules/${id}.md)`);
  for (const id of ids) expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
});

test('the production build copies the pages to dist/docs/rules/ (webpack.config.js)', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = require(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Promise<{ plugins: object[] }>;
  const config = await make({}, { mode: 'production' });
  const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin') as
    { patterns: { from: string; to: string; globOptions?: { ignore?: string[] } }[] } | undefined;
  expect(copy).toBeDefined();
  const pattern = copy!.patterns.find((p) => p.from.startsWith('docs/rules/'));
  expect(pattern).toMatchObject({ from: 'docs/rules/*.md', to: 'docs/rules/[name][ext]' });
  expect(pattern!.globOptions?.ignore).toEqual(['**/README.md']);
});
