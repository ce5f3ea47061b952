/**
 * The one-file CLI (scripts/bundle-cli.js, used by bin/cermat.js after npm run build:cli) checks as
 * the modules do, on its worker threads too, and leaves exceljs out. Bundled here from the sources
 * into a temporary folder, with the options the build uses.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyseWorkbook } from '../../src/engine';
import { readWorkbook } from '../../src/xlsx/read';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { bundleCli } = require('../../scripts/bundle-cli.js') as { bundleCli: (from: string, ext: string, out: string) => void };

const ROOT = path.join(__dirname, '..', '..');
const FILES = ['t05_renstra61_tabalong_planted.xlsx', 't05_renstra61_tabalong_clean.xlsx'].map((f) => path.join(ROOT, 'test', 'fixtures', 'redteam', f));

test('the bundled CLI finds what the engine finds, on two workers, without exceljs inside', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cermat-bundle-'));
  try {
    bundleCli(path.join(ROOT, 'src', 'cli'), '.ts', out);
    expect(fs.readFileSync(path.join(out, 'cermat.js'), 'utf8')).not.toMatch(/function Workbook\b|exceljs\/lib/);
    const script = `require(${JSON.stringify(path.join(out, 'cermat.js'))}).main(process.argv.slice(1))`;
    const json = execFileSync(process.execPath, ['-e', script, 'check', ...FILES, '--jobs', '2', '--json', '--exit-zero'], { cwd: ROOT, encoding: 'utf8' });
    const got = (JSON.parse(json) as { files: { file: string; findings: { cell: string; rule: string }[] }[] }).files;
    expect(got.map((f) => path.basename(f.file))).toEqual(FILES.map((f) => path.basename(f)));
    for (const [i, file] of FILES.entries()) {
      const a = analyseWorkbook(await readWorkbook(fs.readFileSync(file), file));
      expect(got[i].findings.map((x) => `${x.cell} ${x.rule}`)).toEqual(a.findings.map((x) => `${x.cell} ${x.rule}`));
    }
    // The planted copy's three errors and their knock-on warnings are among them.
    expect(got[0].findings.length).toBeGreaterThanOrEqual(3);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 60_000);
