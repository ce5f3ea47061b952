/** Splits the engine's fill plan: empty cells are written directly, filled ones need consent. */
import type { FillItem } from '../engine/types';

export const fillKey = (item: { sheet: string; cell: string }) => `${item.sheet}!${item.cell}`;

export function isEmptyCurrent(item: FillItem): boolean {
  return item.current === null || (typeof item.current === 'string' && item.current.trim() === '');
}

export function splitFill(items: FillItem[]): { direct: FillItem[]; needConsent: FillItem[] } {
  const direct: FillItem[] = [];
  const needConsent: FillItem[] = [];
  for (const item of items) (isEmptyCurrent(item) ? direct : needConsent).push(item);
  return { direct, needConsent };
}

/**
 * What to hand to host.fill: the empty cells plus the consented ones, and the consented cells'
 * A1 addresses as `overwrite` (the host contract keys consent by A1 on the item's sheet).
 */
export function fillRequest(items: FillItem[], consented: ReadonlySet<string>): { items: FillItem[]; overwrite: Set<string> } {
  const { direct, needConsent } = splitFill(items);
  const agreed = needConsent.filter((i) => consented.has(fillKey(i)));
  return { items: [...direct, ...agreed], overwrite: new Set(agreed.map((i) => i.cell)) };
}
