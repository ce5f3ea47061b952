/**
 * The table zoo: every generator's cases, clean and planted, deterministic (seeded by case name).
 * See README.md beside this file for the conventions covered.
 */
import type { BuiltCase } from './core';
import type { ZooCase } from './types';
import { markerCases } from './markers';
import { kodeCases } from './kode';
import { rfkCases } from './rfk';
import { totalsCases } from './totals';
import { formulaCases } from './formulas';
import { ratioCases } from './ratios';
import { numberCases } from './numbers';
import { apbdCases } from './apbd';
import { renstraCases } from './renstra';

const GENERATORS: (() => BuiltCase[])[] = [markerCases, kodeCases, rfkCases, totalsCases, formulaCases, ratioCases, numberCases, apbdCases, renstraCases];

let cache: BuiltCase[] | null = null;

/** Every case, generated afresh (no cache). */
export function generateZoo(): BuiltCase[] {
  return GENERATORS.flatMap((g) => g());
}

/** Cases with the relations their tables obey (for the zoo's own test). */
export function zooCasesWithRelations(): BuiltCase[] {
  if (!cache) {
    cache = generateZoo();
    const seen = new Set<string>();
    for (const c of cache) {
      if (seen.has(c.name)) throw new Error(`duplicate zoo case ${c.name}`);
      seen.add(c.name);
    }
  }
  return cache;
}

export function zooCases(): ZooCase[] {
  return zooCasesWithRelations().map(({ relations: _r, ...c }) => c);
}
