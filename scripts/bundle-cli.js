/**
 * Bundles the CLI into one file per entry: dist-cli/cermat.js and the pool's dist-cli/worker.js
 * (npm run build:cli runs it after tsc). Loading one file instead of some eighty modules saves
 * about 40 ms of every process's start (README, Performance); bin/cermat.js prefers the bundle.
 * exceljs stays outside: it is loaded lazily, only by fill, --annotate, --report and compare.
 */
const path = require('node:path');
const esbuild = require('esbuild');

/** Bundles `main` and `worker` (compiled .js or the .ts sources) of `from` into `out`/cermat.js and `out`/worker.js. */
function bundleCli(from, ext, out) {
  const common = { bundle: true, platform: 'node', target: 'node20', external: ['exceljs', 'tsx/cjs'], logLevel: 'warning', legalComments: 'none' };
  esbuild.buildSync({ ...common, entryPoints: [path.join(from, `main${ext}`)], outfile: path.join(out, 'cermat.js') });
  esbuild.buildSync({ ...common, entryPoints: [path.join(from, `worker${ext}`)], outfile: path.join(out, 'worker.js') });
}

module.exports = { bundleCli };

if (require.main === module) {
  const root = path.join(__dirname, '..');
  bundleCli(path.join(root, 'dist-cli', 'src', 'cli'), '.js', path.join(root, 'dist-cli'));
}
