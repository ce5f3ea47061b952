// The V8 flags `cermat` runs under, and when bin/cermat.js starts a second Node process to apply them.
//
// Why: a check is short-lived and single-minded, and V8's defaults suit long-running servers. Measured on a
// 20,000-row Tabel 6.1 (README "Performance"), a cold check spent ≈ 0.5 s of CPU in TurboFan compiles and
// another ≈ 0.6 s on V8's helper threads (concurrent marking, parallel scavenge, background compiles):
// - `--single-threaded` does GC and compiles on the main thread: less CPU in all (no hand-offs, no idle
//   spinning), slightly more wall time for one file on an idle machine; with a folder, every core already
//   runs a worker, so the helper threads only competed with them.
// - `--interrupt-budget=300000` lets a function run longer before it is optimised: most functions of one
//   check never become hot enough to repay a TurboFan compile (202 compiles → 133, ≈ 440 → 290 ms).
// V8 flags cannot be set from inside a running process (v8.setFlagsFromString after start-up crashed
// TurboFan here), and NODE_OPTIONS refuses them, hence the second process.
'use strict';

const NODE_FLAGS = ['--single-threaded', '--interrupt-budget=300000'];

/**
 * The arguments for the second process, or null to run here: when the user started Node with flags of their
 * own (`node --inspect bin/cermat.js`, a profiler, a test hook), those win and nothing is respawned; so does
 * `CERMAT_NODE_FLAGS=off`. The child starts with NODE_FLAGS, so it never respawns again.
 */
function respawnArgs(execArgv, env, script, args) {
  if (env.CERMAT_NODE_FLAGS === 'off' || execArgv.length > 0) return null;
  return [...NODE_FLAGS, script, ...args];
}

module.exports = { NODE_FLAGS, respawnArgs };
