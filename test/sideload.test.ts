/**
 * `npm start` as in Microsoft's add-in template: package.json's config block tells
 * office-addin-debugging which app to open and on which port the dev server (`npm run dev-server`,
 * which it starts) listens; with the port it waits for the server before sideloading, and the
 * server's middleware answers the first request only once the first compile is done.
 * office-addin-debugging's own `start` runs in a child process (it requires an ES module, which
 * Jest's loader cannot) with npm's environment, its last step (startDebugging: the detached server,
 * the registry, Excel) replaced by a recorder and its usage data switched off.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  config?: Record<string, string | number>;
  scripts: Record<string, string>;
};

/** What npm puts in a script's environment: npm_package_json, and every config key as npm_package_config_<key>. */
function npmEnvironment(): Record<string, string> {
  const env: Record<string, string> = { npm_package_json: path.join(ROOT, 'package.json') };
  for (const [k, v] of Object.entries(pkg.config ?? {})) env[`npm_package_config_${k}`] = String(v);
  return env;
}

test("package.json has the template's config block", () => {
  expect(pkg.config).toEqual({ app_to_debug: 'excel', app_type_to_debug: 'desktop', dev_server_port: 3000 });
  expect(pkg.scripts.start).toBe('office-addin-debugging start manifest.xml');
  expect(pkg.scripts['dev-server']).toBe('webpack serve --mode development');
});

test('npm start: office-addin-debugging opens Excel desktop, starts npm run dev-server and waits for port 3000 before sideloading', () => {
  const script = [
    "const start = require('office-addin-debugging/lib/start');",
    'start.startDebugging = async (manifest, options) => void process.stdout.write(JSON.stringify({ manifest, options }));',
    "require('office-addin-debugging/lib/defaults').usageDataObject = { reportSuccess() {}, reportException() {} };",
    "require('office-addin-debugging/lib/commands').start('manifest.xml', undefined, {});",
  ].join('\n');
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...process.env, ...npmEnvironment() }, encoding: 'utf8', timeout: 30_000 });
  expect(r.stderr).toBe('');
  const { manifest, options } = JSON.parse(r.stdout) as { manifest: string; options: Record<string, unknown> };
  expect(manifest).toBe('manifest.xml');
  // devServerPort is what makes it wait (runDevServer polls the port) instead of sideloading at once.
  expect(options).toMatchObject({
    app: 'excel',
    appType: 'desktop',
    devServerCommandLine: pkg.scripts['dev-server'],
    devServerPort: 3000,
    enableSideload: true,
  });
}, 60_000);

test('the dev server listens on the configured port; the manifest points at it', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS webpack config, as webpack loads it
  const { devServerPort } = require(path.join(ROOT, 'webpack.config.js')) as { devServerPort(): number };
  const saved = process.env.npm_package_config_dev_server_port;
  try {
    delete process.env.npm_package_config_dev_server_port;
    expect(devServerPort()).toBe(3000);
    process.env.npm_package_config_dev_server_port = '3456';
    expect(devServerPort()).toBe(3456);
  } finally {
    if (saved === undefined) delete process.env.npm_package_config_dev_server_port;
    else process.env.npm_package_config_dev_server_port = saved;
  }
  const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const ports = new Set([...manifest.matchAll(/https:\/\/localhost:(\d+)\//g)].map((m) => Number(m[1])));
  expect([...ports]).toEqual([pkg.config?.dev_server_port]);
});
