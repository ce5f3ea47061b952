/**
 * File mode entry (default export, loaded lazily by the task pane when not hosted in Excel).
 * Owns the Web Worker; everything else is FileModeView, which tests render with a fake checker.
 * Expects the task pane's SettingsProvider around it (language, conventions).
 */
import { useEffect, useState } from 'react';
import { FileModeView } from './FileModeView';
import { WorkerChecker } from './workerClient';

export default function FileMode() {
  const [checker] = useState(() => new WorkerChecker());
  useEffect(() => () => checker.stop(), [checker]);
  return <FileModeView checker={checker} />;
}
