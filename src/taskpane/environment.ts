/**
 * The one place the task pane touches the platform: host detection, settings storage, error
 * logging (src/platform) and the Office.js adapter (src/excel/host, loaded only inside Excel so
 * the browser file mode never downloads it). Components get all of this injected through App.
 */
import type { WorkbookHost } from '../excel/api';
import { detectHost, loadSettings, logError, rememberSettings, type HostInfo } from '../platform';
import { officeHostSigns, startOffice, type OfficeStart } from '../platform/office-loader';
import type { SettingsStore } from './settingsStore';

export interface Environment {
  host: WorkbookHost | null;
  /** Outside Office when office.js was late: the Excel host, should it name one after all (else null). */
  lateHost?: Promise<WorkbookHost | null>;
  store: SettingsStore;
  onError: (e: unknown, where: string) => void;
}

export const platformSettingsStore: SettingsStore = { load: loadSettings, save: rememberSettings };

const OUTSIDE: HostInfo = { inExcel: false, host: null, platform: null };

/** Tests replace how office.js loads and what the page looks like to it. */
export type StartOptions = Partial<Pick<OfficeStart<HostInfo>, 'hosted' | 'load' | 'graceMs'>>;

export async function loadEnvironment(start: StartOptions = {}): Promise<Environment> {
  const onError = (e: unknown, where: string) => logError(e, where);
  const started = await startOffice<HostInfo>({
    hosted: start.hosted ?? officeHostSigns().length > 0,
    load: start.load,
    graceMs: start.graceMs,
    detect: () => detectHost(),
    outside: OUTSIDE,
  });
  const excelHost = async (info: HostInfo): Promise<WorkbookHost | null> => {
    if (!info.inExcel) return null;
    try {
      const { createExcelHost } = await import('../excel/host');
      return createExcelHost();
    } catch (e) {
      // Without the adapter the pane can still offer the file mode rather than nothing.
      onError(e, 'createExcelHost');
      return null;
    }
  };
  return {
    host: await excelHost(started.now),
    lateHost: started.later?.then(excelHost),
    store: platformSettingsStore,
    onError,
  };
}
