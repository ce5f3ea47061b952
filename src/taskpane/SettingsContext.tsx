/**
 * Settings and language for every component of the pane (and of the file mode, which renders
 * inside it). Without a provider, components get the defaults: Indonesian, no persistence.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from '../engine/settings';
import { CATALOG as STRINGS, type Catalog as Strings } from '../present/catalog';
import type { SettingsStore } from './settingsStore';

export interface SettingsContextValue {
  settings: Settings;
  /** Merges a patch, or the patch a function makes of the latest settings (for edits of a map). */
  update(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): void;
  /** True when the last save failed (storage blocked or full). */
  saveFailed: boolean;
}

const SettingsContext = createContext<SettingsContextValue>({
  settings: DEFAULT_SETTINGS,
  update: () => undefined,
  saveFailed: false,
});

function loadSafely(store: SettingsStore, onError?: (e: unknown, where: string) => void): Settings {
  try {
    return withDefaults(store.load() ?? undefined);
  } catch (e) {
    onError?.(e, 'settings.load');
    return DEFAULT_SETTINGS;
  }
}

export function SettingsProvider(props: { store: SettingsStore; onError?: (e: unknown, where: string) => void; children: ReactNode }) {
  const { store, onError } = props;
  const [settings, setSettings] = useState<Settings>(() => loadSafely(store, onError));
  const [saveFailed, setSaveFailed] = useState(false);

  // The latest settings, so that two quick updates both land and saving stays outside render.
  const current = useRef(settings);

  const update = useCallback(
    (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => {
      const next = { ...current.current, ...(typeof patch === 'function' ? patch(current.current) : patch) };
      current.current = next;
      setSettings(next);
      try {
        store.save(next);
        setSaveFailed(false);
      } catch (e) {
        onError?.(e, 'settings.save');
        setSaveFailed(true);
      }
    },
    [store, onError],
  );

  const value = useMemo(() => ({ settings, update, saveFailed }), [settings, update, saveFailed]);
  return <SettingsContext.Provider value={value}>{props.children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  return useContext(SettingsContext);
}

/** The strings of the chosen language. */
export function useT(): Strings {
  return STRINGS[useContext(SettingsContext).settings.lang];
}
