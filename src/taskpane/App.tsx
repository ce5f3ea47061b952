/**
 * The task pane. Everything outside React is injected: the workbook host (null outside Excel),
 * the settings store, error logging, and the file mode (a lazy chunk in production, absent in tests).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { WorkbookHost } from '../excel/api';
import type { SheetAnalyser } from './checkRunner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ExcelPane } from './components/ExcelPane';
import { FileModeShell } from './components/FileModeShell';
import { SettingsProvider, useSettings } from './SettingsContext';
import type { SettingsStore } from './settingsStore';

export interface AppProps {
  /** The workbook inside Excel; null shows the browser file mode. */
  host: WorkbookHost | null;
  store: SettingsStore;
  onError?: (e: unknown, where: string) => void;
  renderFileMode?: () => ReactNode;
  /** The engine's per-sheet analysis; tests may substitute one. */
  analyse?: SheetAnalyser;
}

function Themed(props: { children: ReactNode }) {
  const { lang } = useSettings().settings;
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      {props.children}
    </FluentProvider>
  );
}

export function App(props: AppProps) {
  return (
    <SettingsProvider store={props.store} onError={props.onError}>
      <Themed>
        <ErrorBoundary onError={props.onError}>
          {props.host ? (
            <ExcelPane host={props.host} analyse={props.analyse} onError={props.onError} />
          ) : (
            <FileModeShell renderFileMode={props.renderFileMode} />
          )}
        </ErrorBoundary>
      </Themed>
    </SettingsProvider>
  );
}
