/**
 * Task-pane bundle (Microsoft's Office add-in template conventions, without Babel):
 * ts-loader compiles TypeScript with tsconfig.json (ES modules, so Fluent UI is tree-shaken);
 * Web Workers (`new Worker(new URL(..., import.meta.url))`) and import() become their own chunks.
 * `webpack serve` uses https on port 3000 (package.json config.dev_server_port) with
 * office-addin-dev-certs; a production build never touches certificates.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** package.json's config.dev_server_port, as npm passes it to scripts (office-addin-debugging waits on the same port). */
function devServerPort() {
  return Number(process.env.npm_package_config_dev_server_port) || 3000;
}

async function getHttpsOptions() {
  // Required lazily: it may install a CA on first use, which a production build must never do.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? 'source-map' : false,
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      assetModuleFilename: 'assets/[name].[contenthash:8][ext]',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              onlyCompileBundledFiles: true,
              // Production builds type-check; development rebuilds only transpile (run tsc --noEmit).
              transpileOnly: dev,
              compilerOptions: { noEmit: false, sourceMap: dev },
            },
          },
        },
        { test: /\.(png|jpe?g|gif|svg)$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: '[name][ext]' },
          // The rule pages, fetched by the pane when a user opens one (never bundled): dist/docs/rules/<id>.md.
          { from: 'docs/rules/*.md', to: 'docs/rules/[name][ext]', globOptions: { ignore: ['**/README.md'] } },
        ],
      }),
    ],
    // Sizes are reported by the build; Fluent UI alone exceeds webpack's 244 KB default hint.
    performance: { hints: false },
    devServer: serving
      ? {
          port: devServerPort(),
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await getHttpsOptions() },
          static: { directory: path.resolve(__dirname, 'dist') },
        }
      : undefined,
  };
};

module.exports.devServerPort = devServerPort;
