#!/usr/bin/env node
// Runs the compiled CLI (npm run build:cli); inside the repo without a build, runs the TypeScript through tsx.
// Started without Node flags, it first re-runs itself under the V8 flags of node-flags.js (why: there).
const path = require('path');
const fs = require('fs');
const { respawnArgs } = require('./node-flags');

const args = process.argv.slice(2);
const again = respawnArgs(process.execArgv, process.env, __filename, args);
if (!again || !respawn(again)) run();

function run() {
  const compiled = path.join(__dirname, '..', 'dist-cli', 'src', 'cli', 'main.js');
  if (fs.existsSync(compiled)) return require(compiled).main(args);
  try {
    require('tsx/cjs');
  } catch {
    console.error('cermat: not built yet. Run "npm run build:cli" first.');
    process.exit(2);
  }
  return require(path.join(__dirname, '..', 'src', 'cli', 'main.ts')).main(args);
}

/** Runs the child with this terminal, stdin and environment, and ends as it ended. False when it could not start. */
function respawn(argv) {
  const r = require('child_process').spawnSync(process.execPath, argv, { stdio: 'inherit' });
  if (r.error) return false; // could not start a process (limits, sandbox): run here, without the flags
  if (r.signal) process.kill(process.pid, r.signal);
  process.exitCode = r.status ?? 1;
  return true;
}
