/**
 * Jest's own order (last run's failures first, then the slowest, else the largest files), except that
 * the browser suite goes first: on a clean checkout (CI) it starts by building dist/ with webpack, the
 * longest single step of the run, which then overlaps with the other suites on the second worker.
 */
const Sequencer = require('@jest/test-sequencer').default;

const E2E = /[\\/]test[\\/]e2e[\\/]/;

class E2eFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((t) => E2E.test(t.path)), ...sorted.filter((t) => !E2E.test(t.path))];
  }
}

module.exports = E2eFirstSequencer;
