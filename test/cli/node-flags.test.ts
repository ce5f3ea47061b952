/**
 * bin/cermat.js re-runs itself under the V8 flags of bin/node-flags.js (README "Performance"). A probe loaded
 * through NODE_OPTIONS (which is not part of execArgv, so it does not stop the respawn) records each Node
 * process's execArgv: started bare, the command runs twice (bare, then flagged); started with flags of the
 * user's own, or with CERMAT_NODE_FLAGS=off, once. Exit codes and output pass through unchanged.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOT = path.join(__dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'cermat.js');
const SAMPLE = path.join(ROOT, 'samples', 'renstra-contoh.xlsx');
const FLAGS = ['--single-threaded', '--interrupt-budget=300000'];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cermat-flags-'));
  fs.writeFileSync(path.join(dir, 'probe.js'), "require('fs').appendFileSync(process.env.PROBE_OUT, JSON.stringify(process.execArgv) + '\\n');\n");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(nodeArgs: string[], args: string[], env: Record<string, string> = {}) {
  const out = path.join(dir, `argv-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env, NODE_OPTIONS: `--require ${path.join(dir, 'probe.js')}`, PROBE_OUT: out },
  });
  const argvs = fs.existsSync(out)
    ? fs
        .readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[])
    : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, argvs };
}

/**
 * The bare parent first, then the flagged child. Without a build (a fresh clone) the child runs the TypeScript
 * through tsx, which may start a Node helper of its own (it inherits NODE_OPTIONS, not the flags): allowed after them.
 */
function expectRespawned(argvs: string[][]): void {
  expect(argvs.slice(0, 2)).toEqual([[], FLAGS]);
  expect(argvs.filter((a) => a.length > 0)).toEqual([FLAGS]);
}

test('started bare, the check runs once more under the flags, with its output and exit code', () => {
  const r = run([], ['check', SAMPLE, '--json']);
  expectRespawned(r.argvs);
  expect(r.status).toBe(1); // the sample's planted errors
  const json = JSON.parse(r.stdout) as { files: { findings: { severity: string }[] }[] };
  expect(json.files).toHaveLength(1);
  expect(json.files[0].findings.filter((f) => f.severity === 'error')).toHaveLength(9);

  const zero = run([], ['check', SAMPLE, '--exit-zero', '--json']);
  expect(zero.status).toBe(0);
  expect(zero.stdout).toBe(r.stdout);
});

test('a usage error passes its code and message through', () => {
  const r = run([], ['no-such-command']);
  expectRespawned(r.argvs);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/no-such-command/);
});

test("the user's own Node flags win: no second process", () => {
  const r = run(['--stack-size=900'], ['--version']);
  expect(r.argvs).toEqual([['--stack-size=900']]);
  expect(r.status).toBe(0);
  expect(r.stdout.trim()).toMatch(/\d+\.\d+\.\d+/);
});

test('CERMAT_NODE_FLAGS=off runs in the first process', () => {
  const r = run([], ['--version'], { CERMAT_NODE_FLAGS: 'off' });
  expect(r.argvs).toEqual([[]]);
  expect(r.status).toBe(0);
});
