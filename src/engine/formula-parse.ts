/**
 * Reading the formulas people type into these tables: a small parser for Excel's A1 syntax
 * (references with $, sheet prefixes, ranges, numbers, strings, operators, function calls) and
 * an evaluator for the arithmetic subset such tables use (SUM, AVERAGE, SUBTOTAL, ROUND, TRUNC,
 * IFERROR …). A formula the parser does not understand is kept as opaque, never guessed at.
 */

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; sheet?: string; r: number; c: number; absR: boolean; absC: boolean }
  | { t: 'range'; sheet?: string; r0: number; c0: number; r1: number; c1: number; absR0: boolean; absC0: boolean; absR1: boolean; absC1: boolean }
  | { t: 'fn'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'neg'; e: Node }
  | { t: 'pct'; e: Node };

/** Formulas longer than this are not read (a table's computed cells are short). */
const MAX_PARSE = 2000;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Node | null {
    this.ws();
    if (this.s[this.i] === '=') this.i++;
    const n = this.expr();
    this.ws();
    return n && this.i === this.s.length ? n : null;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i])) this.i++;
  }

  private expr(): Node | null {
    let l = this.additive();
    for (;;) {
      this.ws();
      const m = /^(<>|<=|>=|=|<|>|&)/.exec(this.s.slice(this.i, this.i + 2));
      if (!m || !l) return l;
      this.i += m[1].length;
      const r = this.additive();
      if (!r) return null;
      l = { t: 'bin', op: m[1], l, r };
    }
  }

  private additive(): Node | null {
    let l = this.term();
    for (;;) {
      this.ws();
      const ch = this.s[this.i];
      if (!l || (ch !== '+' && ch !== '-')) return l;
      this.i++;
      const r = this.term();
      if (!r) return null;
      l = { t: 'bin', op: ch, l, r };
    }
  }

  private term(): Node | null {
    let l = this.power();
    for (;;) {
      this.ws();
      const ch = this.s[this.i];
      if (!l || (ch !== '*' && ch !== '/')) return l;
      this.i++;
      const r = this.power();
      if (!r) return null;
      l = { t: 'bin', op: ch, l, r };
    }
  }

  private power(): Node | null {
    let l = this.unary();
    for (;;) {
      this.ws();
      if (!l || this.s[this.i] !== '^') return l;
      this.i++;
      const r = this.unary();
      if (!r) return null;
      l = { t: 'bin', op: '^', l, r };
    }
  }

  private unary(): Node | null {
    this.ws();
    const ch = this.s[this.i];
    if (ch === '-') {
      this.i++;
      const e = this.unary();
      return e ? { t: 'neg', e } : null;
    }
    if (ch === '+') {
      this.i++;
      return this.unary();
    }
    let e = this.primary();
    this.ws();
    while (e && this.s[this.i] === '%') {
      this.i++;
      e = { t: 'pct', e };
    }
    return e;
  }

  private primary(): Node | null {
    this.ws();
    const rest = this.s.slice(this.i);
    if (rest[0] === '(') {
      this.i++;
      const e = this.expr();
      this.ws();
      if (!e || this.s[this.i] !== ')') return null;
      this.i++;
      return e;
    }
    if (rest[0] === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) return null;
      this.i += m[0].length;
      return { t: 'str', v: m[1].replace(/""/g, '"') };
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num && !/^\d+:/.test(rest)) {
      this.i += num[0].length;
      return { t: 'num', v: Number(num[0]) };
    }
    // A sheet prefix: 'Sheet name'!A1 or Sheet1!A1.
    let sheet: string | undefined;
    const q = /^'((?:[^']|'')+)'!/.exec(rest) ?? /^([A-Za-z_][\w.]*)!/.exec(rest);
    if (q) {
      sheet = q[1].replace(/''/g, "'");
      this.i += q[0].length;
    }
    const tail = this.s.slice(this.i);
    const ref = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/.exec(tail);
    if (ref) {
      this.i += ref[0].length;
      const a = { r: Number(ref[4]) - 1, c: colIndex(ref[2]), absR: ref[3] === '$', absC: ref[1] === '$' };
      if (this.s[this.i] === ':') {
        const ref2 = /^:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(])/.exec(this.s.slice(this.i));
        if (!ref2) return null;
        this.i += ref2[0].length;
        const b = { r: Number(ref2[4]) - 1, c: colIndex(ref2[2]), absR: ref2[3] === '$', absC: ref2[1] === '$' };
        return {
          t: 'range',
          sheet,
          r0: Math.min(a.r, b.r),
          c0: Math.min(a.c, b.c),
          r1: Math.max(a.r, b.r),
          c1: Math.max(a.c, b.c),
          absR0: a.absR,
          absC0: a.absC,
          absR1: b.absR,
          absC1: b.absC,
        };
      }
      return { t: 'ref', sheet, ...a };
    }
    if (sheet) return null;
    const fn = /^([A-Za-z_][\w.]*)\s*\(/.exec(tail);
    if (fn) {
      this.i += fn[0].length;
      const args: Node[] = [];
      this.ws();
      if (this.s[this.i] === ')') {
        this.i++;
        return { t: 'fn', name: fn[1].toUpperCase().replace(/^_XLFN\./, ''), args };
      }
      for (;;) {
        const a = this.expr();
        if (!a) return null;
        args.push(a);
        this.ws();
        const ch = this.s[this.i];
        if (ch === ',' || ch === ';') {
          this.i++;
          continue;
        }
        if (ch === ')') {
          this.i++;
          break;
        }
        return null;
      }
      return { t: 'fn', name: fn[1].toUpperCase().replace(/^_XLFN\./, ''), args };
    }
    const b = /^(TRUE|FALSE)(?![\w(])/i.exec(tail);
    if (b) {
      this.i += b[0].length;
      return { t: 'bool', v: b[1].toUpperCase() === 'TRUE' };
    }
    return null;
  }
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/** The formula as a tree, or null when it is not one this reader understands. */
export function parseFormula(formula: string): Node | null {
  if (!formula || formula.length > MAX_PARSE) return null;
  try {
    return new Parser(formula).parse();
  } catch {
    return null;
  }
}

/** What a reference reads: a number, or null for an empty, text or error cell. */
export type Lookup = (sheet: string | undefined, r: number, c: number) => number | null;

export interface EvalOptions {
  /** Rows a filter hides: SUBTOTAL leaves them out. */
  hidden?: (sheet: string | undefined, r: number) => boolean;
}

class EvalError extends Error {}

/**
 * MAX (sign 1) or MIN (sign -1) as Excel computes them: 0 when the arguments hold no number. A loop,
 * not Math.max(...xs): a range of some 125,000 cells is past what a call can take as arguments.
 */
function extreme(xs: number[], sign: 1 | -1): number {
  if (xs.length === 0) return 0;
  let m = xs[0];
  for (const x of xs) if (sign * x > sign * m) m = x;
  return m;
}

/**
 * The value of a formula tree, or null when it cannot be worked out here (an unknown function, an
 * Excel error, text where a number is needed). Ranges larger than a sheet's column are not summed.
 */
export function evaluateFormula(n: Node, get: Lookup, opts: EvalOptions = {}): number | null {
  const v = evaluateResult(n, get, opts);
  return typeof v === 'number' ? v : null;
}

/**
 * What the formula gives as a cell would show it: a number, or a text ("" from IFERROR(…,"")); null for an Excel
 * error or a formula past this reader.
 */
export function evaluateResult(n: Node, get: Lookup, opts: EvalOptions = {}): number | string | null {
  try {
    const v = ev(n, get, opts);
    return typeof v === 'number' ? (Number.isFinite(v) ? v : null) : typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

type V = number | string | boolean | null | V[];

function ev(n: Node, get: Lookup, opts: EvalOptions): V {
  switch (n.t) {
    case 'num':
      return n.v;
    case 'str':
      return n.v;
    case 'bool':
      return n.v;
    case 'ref':
      return get(n.sheet, n.r, n.c);
    case 'range': {
      if ((n.r1 - n.r0 + 1) * (n.c1 - n.c0 + 1) > 1_000_000) throw new EvalError('range too large');
      const out: V[] = [];
      for (let r = n.r0; r <= n.r1; r++) for (let c = n.c0; c <= n.c1; c++) out.push(get(n.sheet, r, c));
      return out;
    }
    case 'neg':
      return -num(ev(n.e, get, opts));
    case 'pct':
      return num(ev(n.e, get, opts)) / 100;
    case 'bin': {
      const l = ev(n.l, get, opts);
      const r = ev(n.r, get, opts);
      switch (n.op) {
        case '+':
          return num(l) + num(r);
        case '-':
          return num(l) - num(r);
        case '*':
          return num(l) * num(r);
        case '/': {
          const d = num(r);
          if (d === 0) throw new EvalError('#DIV/0!');
          return num(l) / d;
        }
        case '^':
          return num(l) ** num(r);
        case '&':
          return `${l ?? ''}${r ?? ''}`;
        default: {
          const a = typeof l === 'number' || l === null ? num(l) : l;
          const b = typeof r === 'number' || r === null ? num(r) : r;
          switch (n.op) {
            case '=':
              return a === b;
            case '<>':
              return a !== b;
            case '<':
              return a < b;
            case '>':
              return a > b;
            case '<=':
              return a <= b;
            default:
              return a >= b;
          }
        }
      }
    }
    case 'fn':
      return call(n, get, opts);
  }
}

function num(v: V): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new EvalError('#VALUE!');
}

/** Numbers of the arguments, flattened (ranges skip empty and text cells, as Excel's SUM does). */
function numbers(args: Node[], get: Lookup, opts: EvalOptions): number[] {
  const out: number[] = [];
  for (const a of args) {
    const v = ev(a, get, opts);
    if (Array.isArray(v))
      for (const x of v) {
        if (typeof x === 'number') out.push(x);
      }
    else if (v !== null) out.push(num(v));
  }
  return out;
}

function call(n: Extract<Node, { t: 'fn' }>, get: Lookup, opts: EvalOptions): V {
  const a = n.args;
  switch (n.name) {
    case 'SUM':
      return numbers(a, get, opts).reduce((s, x) => s + x, 0);
    case 'AVERAGE': {
      const xs = numbers(a, get, opts);
      if (!xs.length) throw new EvalError('#DIV/0!');
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    }
    case 'COUNT':
      return numbers(a, get, opts).length;
    case 'MIN':
      return extreme(numbers(a, get, opts), -1);
    case 'MAX':
      return extreme(numbers(a, get, opts), 1);
    case 'ABS':
      return Math.abs(num(ev(a[0], get, opts)));
    case 'N': {
      // A number as itself, anything else (text, an empty cell) as 0: how fill reads a '-' term.
      const v = a[0] ? ev(a[0], get, opts) : null;
      return typeof v === 'number' ? v : typeof v === 'boolean' ? Number(v) : 0;
    }
    case 'ROUND':
    case 'ROUNDUP':
    case 'ROUNDDOWN':
    case 'TRUNC': {
      const x = num(ev(a[0], get, opts));
      const d = a[1] ? num(ev(a[1], get, opts)) : 0;
      const f = 10 ** d;
      if (n.name === 'ROUND') return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
      return n.name === 'ROUNDUP' ? (Math.sign(x) * Math.ceil(Math.abs(x) * f)) / f : (Math.sign(x) * Math.floor(Math.abs(x) * f)) / f;
    }
    case 'INT':
      return Math.floor(num(ev(a[0], get, opts)));
    case 'IFERROR':
      try {
        const v = ev(a[0], get, opts);
        return v;
      } catch {
        return a[1] ? ev(a[1], get, opts) : null;
      }
    case 'IF': {
      const c = ev(a[0], get, opts);
      const truthy = typeof c === 'boolean' ? c : num(c) !== 0;
      return truthy ? (a[1] ? ev(a[1], get, opts) : true) : a[2] ? ev(a[2], get, opts) : false;
    }
    case 'SUBTOTAL': {
      const code = num(ev(a[0], get, opts));
      const fn = code % 100;
      // 1xx codes, and every code on rows a filter hid, leave hidden rows out.
      const visible = a.slice(1).map((x) => (x.t === 'range' && opts.hidden ? { ...x } : x));
      const xs: number[] = [];
      for (const x of visible) {
        if (x.t === 'range') {
          for (let r = x.r0; r <= x.r1; r++) {
            if (opts.hidden?.(x.sheet, r)) continue;
            for (let c = x.c0; c <= x.c1; c++) {
              const v = get(x.sheet, r, c);
              if (typeof v === 'number') xs.push(v);
            }
          }
        } else for (const v of numbers([x], get, opts)) xs.push(v);
      }
      if (fn === 9) return xs.reduce((s, x) => s + x, 0);
      if (fn === 1) {
        if (!xs.length) throw new EvalError('#DIV/0!');
        return xs.reduce((s, x) => s + x, 0) / xs.length;
      }
      if (fn === 2) return xs.length;
      if (fn === 4) return extreme(xs, 1);
      if (fn === 5) return extreme(xs, -1);
      throw new EvalError('unsupported SUBTOTAL');
    }
    default:
      throw new EvalError(`unknown function ${n.name}`);
  }
}

/** The functions evaluateFormula works out (any other makes it give null). */
const EVALUATED = new Set(['SUM', 'AVERAGE', 'COUNT', 'MIN', 'MAX', 'ABS', 'N', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'TRUNC', 'INT', 'IFERROR', 'IF', 'SUBTOTAL']);

/** Whether every function of the tree is one evaluateFormula works out: its null then means "" or an Excel error. */
export function fullyEvaluated(n: Node): boolean {
  switch (n.t) {
    case 'neg':
    case 'pct':
      return fullyEvaluated(n.e);
    case 'bin':
      return fullyEvaluated(n.l) && fullyEvaluated(n.r);
    case 'fn':
      return EVALUATED.has(n.name) && n.args.every(fullyEvaluated);
    default:
      return true;
  }
}

/** Every reference and range in the tree, in order. */
export function refsOf(n: Node, out: Array<Extract<Node, { t: 'ref' } | { t: 'range' }>> = []): Array<Extract<Node, { t: 'ref' } | { t: 'range' }>> {
  switch (n.t) {
    case 'ref':
    case 'range':
      out.push(n);
      break;
    case 'neg':
    case 'pct':
      refsOf(n.e, out);
      break;
    case 'bin':
      refsOf(n.l, out);
      refsOf(n.r, out);
      break;
    case 'fn':
      for (const a of n.args) refsOf(a, out);
      break;
    default:
      break;
  }
  return out;
}

type RefNode = Extract<Node, { t: 'ref' }>;
type RangeNode = Extract<Node, { t: 'range' }>;

/** The tree with each reference and range replaced by what `ref` / `range` give, in refsOf's order. */
export function mapRefs(n: Node, ref: (n: RefNode) => Node, range: (n: RangeNode) => Node): Node {
  switch (n.t) {
    case 'ref':
      return ref(n);
    case 'range':
      return range(n);
    case 'neg':
    case 'pct':
      return { ...n, e: mapRefs(n.e, ref, range) };
    case 'bin': {
      const l = mapRefs(n.l, ref, range);
      return { ...n, l, r: mapRefs(n.r, ref, range) };
    }
    case 'fn':
      return { ...n, args: n.args.map((a) => mapRefs(a, ref, range)) };
    default:
      return n;
  }
}

/**
 * The formula's shape seen from its own cell: references become offsets (R[-1]C[0]) and constants
 * stay, so that formulas filled down a column share one shape. Absolute parts ($E$22) stay absolute.
 */
export function shapeOf(n: Node, row: number, col: number): string {
  const r = (x: number, abs: boolean) => (abs ? `R${x}` : `R[${x - row}]`);
  const c = (x: number, abs: boolean) => (abs ? `C${x}` : `C[${x - col}]`);
  switch (n.t) {
    case 'num':
      return String(n.v);
    case 'str':
      return JSON.stringify(n.v);
    case 'bool':
      return n.v ? 'TRUE' : 'FALSE';
    case 'ref':
      return `${n.sheet ? `'${n.sheet}'!` : ''}${r(n.r, n.absR)}${c(n.c, n.absC)}`;
    case 'range':
      return `${n.sheet ? `'${n.sheet}'!` : ''}${r(n.r0, n.absR0)}${c(n.c0, n.absC0)}:${r(n.r1, n.absR1)}${c(n.c1, n.absC1)}`;
    case 'neg':
      return `-(${shapeOf(n.e, row, col)})`;
    case 'pct':
      return `(${shapeOf(n.e, row, col)})%`;
    case 'bin':
      return `(${shapeOf(n.l, row, col)}${n.op}${shapeOf(n.r, row, col)})`;
    case 'fn':
      return `${n.name}(${n.args.map((a) => shapeOf(a, row, col)).join(',')})`;
  }
}
