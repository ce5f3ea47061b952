/** Webpack entry `taskpane`: detect the host, then render the pane into #container. */
import { lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadEnvironment } from './environment';

// Its own chunk: the exceljs reader is only downloaded when the page runs outside Excel.
const FileMode = lazy(() => import('./files/FileMode'));

async function main(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) throw new Error('Cermat: #container missing from taskpane.html');
  const env = await loadEnvironment();
  const root = createRoot(container);
  const show = (host: typeof env.host) => root.render(<App host={host} store={env.store} onError={env.onError} renderFileMode={() => <FileMode />} />);
  show(env.host);
  // office.js answered after the file mode was shown and named Excel: switch to the pane.
  void env.lateHost?.then((host) => host && show(host));
}

void main().catch((e: unknown) => console.error('Cermat: the pane could not start', e));
