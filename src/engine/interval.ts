/** Interval arithmetic for the tolerance rule: a shown value is exact only to half its last decimal. */

export type Interval = [number, number];

export function around(v: number, halfWidth: number): Interval {
  return [v - halfWidth, v + halfWidth];
}

export function div(a: Interval, b: Interval): Interval | null {
  if (b[0] <= 0 && b[1] >= 0) return null;
  const q = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]];
  return [Math.min(...q), Math.max(...q)];
}

export function scale(a: Interval, k: number): Interval {
  return k >= 0 ? [a[0] * k, a[1] * k] : [a[1] * k, a[0] * k];
}

export function shift(a: Interval, k: number): Interval {
  return [a[0] + k, a[1] + k];
}

export function neg(a: Interval): Interval {
  return [-a[1], -a[0]];
}

export function add(a: Interval, b: Interval): Interval {
  return [a[0] + b[0], a[1] + b[1]];
}

/** Is v (± tol) inside the interval? */
export function contains(a: Interval, v: number, tol: number): boolean {
  return v >= a[0] - tol - 1e-9 && v <= a[1] + tol + 1e-9;
}

export function mid(a: Interval): number {
  return (a[0] + a[1]) / 2;
}
