/**
 * @jest-environment ./test/support/jsdom-environment.js
 *
 * dist/taskpane.html opened from disk: browsers refuse the checking Web Worker there. The page
 * says, in the UI language, that it must be served, and a file fails with that reason instead of
 * the browser's "Failed to construct 'Worker'". (jsdom cannot run at a file: URL, so the scheme is
 * handed in; the e2e test opens the built page from disk in Chromium.)
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SettingsProvider, useSettings } from '../../../src/taskpane/SettingsContext';
import { memorySettingsStore } from '../../../src/taskpane/settingsStore';
import { FileModeView } from '../../../src/taskpane/files/FileModeView';
import { WorkerUnavailableError, type Checker } from '../../../src/taskpane/files/protocol';
import { FileSession } from '../../../src/taskpane/files/session';

const refused: Checker = {
  check: async () => {
    throw new WorkerUnavailableError(
      "Failed to construct 'Worker': Script at 'file:///home/pemeriksa/cermat/dist/123.js' cannot be accessed from origin 'null'.",
    );
  },
  annotate: async () => new Uint8Array(),
  summary: async () => new Uint8Array(),
};

function English() {
  const { update } = useSettings();
  return <button onClick={() => update({ lang: 'en' })}>English</button>;
}

test('from file:// the page says it must be served, and a file fails with that reason, in the UI language', async () => {
  const session = new FileSession(refused, { read: async () => new ArrayBuffer(1), protocol: 'file:' });
  render(
    <SettingsProvider store={memorySettingsStore()}>
      <English />
      <FileModeView session={session} protocol="file:" />
    </SettingsProvider>,
  );
  expect(document.querySelector('[data-role="served"]')?.textContent).toMatch(
    /dibuka langsung dari disk \(file:\/\/\).*npx http-server dist.*http:\/\/localhost:8080\/taskpane\.html/,
  );
  await act(() => session.add([new File(['x'], 'tabel.xlsx')]));
  const reason = () => document.querySelector('[data-role="reason"]')?.textContent ?? '';
  expect(reason()).toMatch(/^Halaman ini dibuka langsung dari disk/);
  expect(reason()).not.toMatch(/Failed to construct/);
  fireEvent.click(screen.getByRole('button', { name: 'English' }));
  expect(reason()).toMatch(/^This page was opened straight from disk \(file:\/\/\).*npx http-server dist/);
  expect(document.querySelector('[data-role="served"]')?.textContent).toMatch(/^This page was opened straight from disk/);
});

test('served over http, a refused worker is named as such, not as a page opened from disk', async () => {
  const session = new FileSession(refused, { read: async () => new ArrayBuffer(1) });
  render(
    <SettingsProvider store={memorySettingsStore()}>
      <FileModeView session={session} />
    </SettingsProvider>,
  );
  expect(document.querySelector('[data-role="served"]')).toBeNull();
  await act(() => session.add([new File(['x'], 'tabel.xlsx')]));
  expect(document.querySelector('[data-role="reason"]')?.textContent).toMatch(
    /^Peramban ini tidak dapat memulai pemeriksa \(Web Worker\): Failed to construct/,
  );
});
