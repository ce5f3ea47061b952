/**
 * `webpack --mode production` for the browser tests, with ts-loader transpiling only: the same
 * webpack.config.js and the same dist/ byte for byte, without the type check inside the build, which
 * took about 40 of its 85 seconds on 2 cores. Type errors are `npm run typecheck`'s (`npm test` runs
 * it before Jest). Run by test/e2e/serve.ts in a child process, or by hand: node test/e2e/build-dist.js
 */
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

async function main() {
  const webpack = require(path.join(ROOT, 'node_modules', 'webpack'));
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  // What webpack-cli passes for `webpack --mode production`.
  const config = await makeConfig({ WEBPACK_BUNDLE: true, WEBPACK_BUILD: true }, { mode: 'production' });
  config.mode = 'production';
  const tsLoaders = (config.module?.rules ?? []).filter((r) => r && r.use && r.use.loader === 'ts-loader' && r.use.options);
  if (tsLoaders.length !== 1) throw new Error(`webpack.config.js: expected one ts-loader rule, found ${tsLoaders.length}`);
  tsLoaders[0].use.options.transpileOnly = true;
  const stats = await new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, result) => compiler.close(() => (err ? reject(err) : resolve(result))));
  });
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  process.stdout.write(`${stats.toString({ preset: 'summary' })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
