/**
 * File mode entry (default export, loaded lazily by the task pane when not hosted in Excel).
 * One session per page, created on first render: it outlives this component, so switching the
 * pane's tabs keeps the list and the checks in progress. Expects the pane's SettingsProvider around it.
 */
import { FileModeView } from './FileModeView';
import { FileSession } from './session';
import { WorkerChecker } from './workerClient';

let session: FileSession | undefined;

export default function FileMode() {
  session ??= new FileSession(new WorkerChecker());
  return <FileModeView session={session} />;
}
