/**
 * `cermat check` must not load the writer: exceljs costs every process ~0.2 s and tens of MB to load,
 * and only fill, --annotate, --report and compare --out write a workbook. This walks the static
 * (value) imports reachable from the CLI's entry point; a lazy `require(...)` inside a function is fine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

/** Module specifiers of a file's value imports (not `import type`, not `import { type X }` only). */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\s)([^'"]*?)\s+from\s+'([^']+)';/gms;
  for (const m of text.matchAll(re)) {
    const names = m[2].trim();
    // `import { type A, type B } from …` is erased by TypeScript.
    if (
      /^\{[^}]*\}$/.test(names) &&
      names
        .slice(1, -1)
        .split(',')
        .every((n) => /^\s*type\s/.test(n) || !n.trim())
    )
      continue;
    out.push(m[3]);
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)';/gm)) out.push(m[1]);
  return out;
}

function resolve(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base + '.ts', base + '.tsx', path.join(base, 'index.ts')]) if (fs.existsSync(c)) return c;
  return undefined;
}

function packagesReachable(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of valueImports(file)) {
      const local = resolve(file, spec);
      if (local) todo.push(local);
      else if (!spec.startsWith('node:') && !spec.startsWith('.')) packages.set(spec, path.relative(SRC, file));
    }
  }
  return packages;
}

describe('CLI start-up', () => {
  const packages = packagesReachable(path.join(SRC, 'cli', 'main.ts'));

  it('finds the reader among the statically imported packages (the walk works)', () => {
    expect([...packages.keys()]).toContain('fflate');
  });

  it('does not load exceljs unless a workbook is written', () => {
    expect(packages.get('exceljs')).toBeUndefined();
  });
});
