/** Messages shown above the results. Text is a function of the strings so a language switch re-words them. */
import type { LocalText } from '../engine/types';
import type { Catalog as Strings } from '../present/catalog';

export type NoticeIntent = 'success' | 'info' | 'warning' | 'error';

export interface Notice {
  id: number;
  intent: NoticeIntent;
  text: (t: Strings) => string;
  /** Technical detail (the host's own error message), shown as is. */
  detail?: string;
  /** Explanations from the engine, shown in the chosen language. */
  local?: LocalText[];
}

/** A readable message from whatever a host threw (Office errors carry `message`, some only `code`). */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  if (typeof e === 'object' && e !== null) {
    const o = e as { message?: unknown; code?: unknown };
    if (typeof o.message === 'string') return o.message;
    if (typeof o.code === 'string') return o.code;
  }
  return String(e);
}
