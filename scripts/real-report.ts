/** Dev aid: the engine on a folder of real workbooks (default test/fixtures/real): errors and warnings per file. npx tsx scripts/real-report.ts [DIR]; V=1 lists every file. */
import * as fs from 'fs';
import * as path from 'path';
import { readGrids } from '../src/xlsx/read/ooxml';
import { analyseWorkbook } from '../src/engine';
(async () => {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures', 'real');
  let E = 0,
    W = 0;
  for (const f of fs
    .readdirSync(dir)
    .filter((x) => x.endsWith('.xlsx'))
    .sort()) {
    try {
      const a = analyseWorkbook(await readGrids(fs.readFileSync(path.join(dir, f))));
      const e = a.findings.filter((x) => x.severity === 'error');
      const w = a.findings.filter((x) => x.severity === 'warning');
      E += e.length;
      W += w.length;
      if (e.length || process.env.V) console.log(f.slice(0, 70), 'tables', a.tables.length, 'E', e.length, 'W', w.length);
      for (const x of e.slice(0, 6)) console.log('   ', x.sheet, x.cell, x.rule, x.message.en.slice(0, 180));
    } catch (err) {
      console.log(f, 'FAILED', String(err).slice(0, 100));
    }
  }
  console.log('total errors', E, 'warnings', W);
})();
