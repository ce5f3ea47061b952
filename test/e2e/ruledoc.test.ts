/**
 * @jest-environment node
 *
 * The rule pages in a real browser (Debian's headless Chromium, the production bundle served from
 * 127.0.0.1): a finding's "Penjelasan aturan" fetches docs/rules/<id>.md beside taskpane.html, only
 * when clicked, and shows its Indonesian half in an accessible dialog; with the page unreachable the
 * dialog says so and the pane carries on.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CATALOG as STRINGS } from '../../src/present/catalog';
const FILE_STRINGS = { id: STRINGS.id.files, en: STRINGS.en.files };
import { ARGS, browserSuite, CHROMIUM, DIST, ensureBuild, pageName, ROOT, serveStatic } from './serve';

const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'published', '002_tabel_2_6.xlsx');
const NAME = path.basename(FIXTURE);

const suite = browserSuite();

suite('rule pages in the browser (headless Chromium)', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ensureBuild();
    ({ server, base: origin } = await serveStatic(DIST));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  /** The file mode with one checked workbook open on its findings; only 127.0.0.1 is reachable. */
  async function withFindings(docs: 'serve' | 'refuse', run: (page: Page, requested: string[]) => Promise<void>): Promise<void> {
    const context = await browser.newContext({ locale: 'id-ID' });
    const requested: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
      if (docs === 'refuse' && url.pathname.startsWith('/docs/rules/')) return route.abort('internetdisconnected');
      return route.continue();
    });
    context.on('request', (r) => requested.push(r.url()));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(origin + pageName(), { waitUntil: 'commit' });
      await page.locator('[data-mode="files"]').waitFor({ timeout: 30_000 });
      await page.setInputFiles('input[type="file"]', [{ name: NAME, mimeType: 'application/octet-stream', buffer: readFileSync(FIXTURE) }]);
      await page.locator(`li[data-file="${NAME}"][data-status="done"]`).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: FILE_STRINGS.id.open(NAME) }).click();
      await page.locator('[data-role="findings"]').waitFor();
      expect(requested.filter((u) => u.includes('/docs/rules/'))).toEqual([]);
      await run(page, requested);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }

  test('the link fetches the page beside taskpane.html and shows its Indonesian half in an accessible dialog', async () => {
    await withFindings('serve', async (page, requested) => {
      const link = page.getByRole('button', { name: STRINGS.id.ruleDocOpen }).first();
      const rule = (await link.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).innerText())).trim();
      await link.click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'Yang diperiksa', level: 3 }).waitFor({ timeout: 10_000 });
      expect(requested.filter((u) => u.includes('/docs/rules/'))).toEqual([`${origin}docs/rules/${rule}.md`]);
      await expect(dialog.getByRole('heading', { level: 3 }).allInnerTexts()).resolves.toEqual([
        'Yang diperiksa',
        'Mengapa penting',
        'Contoh',
        'Cara membetulkan',
        'Yang tidak dilaporkan',
      ]);
      await expect(dialog.getByText('What it checks').count()).resolves.toBe(0);
      await expect(dialog.getByRole('table').count()).resolves.toBeGreaterThan(0);
      // Readable by a screen reader, focus inside; Escape closes it and gives focus back to the link.
      await expect(page.locator('[role="dialog"]').getAttribute('aria-hidden')).resolves.toBeNull();
      await expect(page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await expect(link.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    });
  }, 120_000);

  test('with the page unreachable the dialog says so, and the pane carries on', async () => {
    await withFindings('refuse', async (page) => {
      await page.getByRole('button', { name: STRINGS.id.ruleDocOpen }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('alert').waitFor({ timeout: 10_000 });
      await expect(dialog.getByRole('alert').innerText()).resolves.toBe(STRINGS.id.ruleDocFailed);
      await dialog.getByRole('button', { name: STRINGS.id.ruleDocClose }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect(page.locator('[data-role="findings"]').isVisible()).resolves.toBe(true);
    });
  }, 120_000);
});
