/** Dev aid: compare the engine's findings on every fixture with the expected ones. */
import { analyseFile, familyOf, listFixtures } from '../test/support/fixtures';

async function main() {
  const only = process.argv[2];
  for (const fx of listFixtures()) {
    if (only && !fx.name.includes(only)) continue;
    const a = await analyseFile(fx.file);
    const problems: string[] = [];
    const allowed = new Set<string>();
    const uncertain = new Set<string>();
    for (const t of fx.expected.tables) {
      for (const f of t.findings) {
        allowed.add(`${t.sheet}!${f.cell}`);
        const got = a.findings.filter((x) => x.sheet === t.sheet && x.cell === f.cell && x.rule.startsWith(familyOf(f.kind) + '.'));
        if (!got.length)
          problems.push(
            `MISSING ${f.cell} ${f.kind} (${f.note?.slice(0, 80)}) got: ${a.findings
              .filter((x) => x.cell === f.cell)
              .map((x) => x.rule + ':' + x.severity)
              .join(',')}`,
          );
        else if (!got.some((g) => g.severity === 'error')) problems.push(`NOT-ERROR ${f.cell} ${f.kind} got ${got.map((g) => g.rule + ':' + g.severity)}`);
      }
      for (const f of t.acceptable ?? []) allowed.add(`${t.sheet}!${f.cell}`);
      for (const f of t.uncertain ?? []) uncertain.add(`${t.sheet}!${f.cell}`);
    }
    for (const f of a.findings) {
      const k = `${f.sheet}!${f.cell}`;
      if (f.severity === 'error' && !allowed.has(k))
        problems.push(
          `UNEXPECTED ${uncertain.has(k) ? '(uncertain) ' : ''}${f.cell} ${f.rule} exp=${f.expected} act=${f.actual} :: ${f.message.en.slice(0, 160)}`,
        );
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of a.findings) counts[f.severity]++;
    console.log(`${problems.length ? 'BAD ' : 'OK  '} ${fx.name} e${counts.error} w${counts.warning} i${counts.info}`);
    for (const p of problems.slice(0, 12)) console.log('     ' + p);
    if (only) for (const f of a.findings) console.log(`   ${f.severity} ${f.cell} ${f.rule} ${f.message.en.slice(0, 200)}`);
  }
}
main();
