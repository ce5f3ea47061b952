/**
 * Where the pane remembers the user's settings. The real store (src/platform, over
 * office-js-helpers Storage) is injected; tests and the browser fallback use memory.
 */
import { DEFAULT_SETTINGS, type Settings } from '../engine/settings';

export interface SettingsStore {
  /** Saved, already validated settings (null or {} when none). May throw: callers fall back to defaults. */
  load(): Partial<Settings> | null;
  save(settings: Settings): void;
}

export function memorySettingsStore(initial: Partial<Settings> | null = null): SettingsStore & { saved: Settings | null } {
  const store = {
    saved: initial ? { ...DEFAULT_SETTINGS, ...initial } : null,
    load: () => store.saved,
    save(settings: Settings) {
      store.saved = settings;
    },
  };
  return store;
}
