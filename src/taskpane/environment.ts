/**
 * The one place the task pane touches the platform: host detection, settings storage, error
 * logging (src/platform) and the Office.js adapter (src/excel/host, loaded only inside Excel so
 * the browser file mode never downloads it). Components get all of this injected through App.
 */
import type { WorkbookHost } from '../excel/api';
import { detectHost, loadSettings, logError, rememberSettings } from '../platform';
import type { SettingsStore } from './settingsStore';

export interface Environment {
  host: WorkbookHost | null;
  store: SettingsStore;
  onError: (e: unknown, where: string) => void;
}

export const platformSettingsStore: SettingsStore = { load: loadSettings, save: rememberSettings };

export async function loadEnvironment(): Promise<Environment> {
  const onError = (e: unknown, where: string) => logError(e, where);
  const info = await detectHost();
  let host: WorkbookHost | null = null;
  if (info.inExcel) {
    try {
      const { createExcelHost } = await import('../excel/host');
      host = createExcelHost();
    } catch (e) {
      // Without the adapter the pane can still offer the file mode rather than nothing.
      onError(e, 'createExcelHost');
    }
  }
  return { host, store: platformSettingsStore, onError };
}
