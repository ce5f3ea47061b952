/**
 * A pull scanner over the bytes of an OOXML part. It reads just what a spreadsheet part needs
 * (element names, attributes, text) without building a DOM or one string of the whole part: a
 * sheet of 100,000 rows is a few hundred MB of XML, more than a string should hold. Namespace
 * prefixes are dropped from names (`x:row` is `row`), as some writers prefix every element.
 */

export const enum Tok {
  Open = 1,
  Close = 2,
  End = 3,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;
const AMP = 0x26;

const utf8 = new TextDecoder('utf-8');

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

export class XmlScanner {
  /** Local name of the current tag. */
  name = '';
  /** An Open tag that closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  /** Bytes of the text before the current tag: [textStart, textEnd). */
  textStart = 0;
  textEnd = 0;
  private pos = 0;
  /** Text met before a comment or CDATA section on the way to the current tag. */
  private pending = '';
  private attrStart = 0;
  private attrEnd = 0;
  // Names of a part repeat millions of times: decode each distinct byte sequence once.
  private readonly names = new Map<number, string>();

  constructor(readonly bytes: Uint8Array) {}

  /** Advances to the next start or end tag; comments and processing instructions are skipped, CDATA is kept as text. */
  next(): Tok {
    const b = this.bytes;
    const n = b.length;
    this.pending = '';
    for (;;) {
      const start = this.pos;
      const lt = b.indexOf(LT, start);
      if (lt < 0) {
        this.pos = n;
        return Tok.End;
      }
      this.textStart = start;
      this.textEnd = lt;
      const c = b[lt + 1];
      if (c === BANG || c === QUESTION) {
        this.pos = this.skipSpecial(lt);
        // Text around a comment is one text; a CDATA section is text as written.
        if (lt > start) this.pending += decodeText(b, start, lt);
        if (this.matches(lt, '<![CDATA[')) this.pending += eol(utf8.decode(b.subarray(lt + 9, Math.max(lt + 9, this.pos - 3))));
        continue;
      }
      const close = c === SLASH;
      let p = close ? lt + 2 : lt + 1;
      let nameStart = p;
      while (p < n && !isSpace(b[p]) && b[p] !== GT && b[p] !== SLASH) {
        if (b[p] === COLON) nameStart = p + 1;
        p++;
      }
      this.name = this.nameOf(nameStart, p);
      this.attrStart = p;
      // The tag ends at the first '>' outside a quoted attribute value.
      let quote = 0;
      while (p < n) {
        const x = b[p];
        if (quote) {
          if (x === quote) quote = 0;
        } else if (x === 0x22 || x === 0x27) quote = x;
        else if (x === GT) break;
        p++;
      }
      if (p >= n) {
        this.pos = n;
        return Tok.End;
      }
      this.selfClosing = !close && b[p - 1] === SLASH;
      this.attrEnd = this.selfClosing ? p - 1 : p;
      this.pos = p + 1;
      return close ? Tok.Close : Tok.Open;
    }
  }

  /** Text content up to the matching end tag of the current (open, not self-closing) element. */
  readText(): string {
    if (this.selfClosing) return '';
    const name = this.name;
    let depth = 0;
    let out = '';
    let t: Tok;
    while ((t = this.next()) !== Tok.End) {
      out += this.textBefore();
      if (t === Tok.Open && !this.selfClosing) depth++;
      else if (t === Tok.Close) {
        if (depth === 0 && this.name === name) break;
        depth--;
      }
    }
    return out;
  }

  /**
   * For an open element holding plain text only (no entity, no child, no comment): moves past its
   * end tag and returns true, the text's bytes then being [textStart, textEnd). Otherwise moves
   * nothing and returns false (the caller reads it with readText()). A cell's `<v>` is nearly always
   * plain: this reads it without making a string.
   */
  plainText(): boolean {
    if (this.selfClosing) return false;
    const lt = this.plainRun(this.pos, this.name);
    if (lt < 0) return false;
    this.textStart = this.pos;
    this.textEnd = lt;
    this.pos = lt + 3 + this.name.length;
    return true;
  }

  /**
   * Where plain text from `start` ends (the '<' of its end tag), when it runs to `</name>` with no
   * entity, CR, child or comment on the way; -1 otherwise.
   */
  private plainRun(start: number, name: string): number {
    const b = this.bytes;
    const lt = b.indexOf(LT, start);
    if (lt < 0 || b[lt + 1] !== SLASH || b[lt + 2 + name.length] !== GT || !this.matches(lt + 2, name)) return -1;
    for (let i = start; i < lt; i++) if (b[i] === AMP || b[i] === 0x0d) return -1;
    return lt;
  }

  /**
   * For an open element whose whole content is `<v>TEXT</v>` (nothing else, no prefix, no
   * attribute, no entity): moves past the element's own end tag and returns true, TEXT then being
   * [textStart, textEnd). Otherwise moves nothing and returns false. Most cells of a sheet are
   * `<c …><v>123</v></c>`: this reads one without visiting its tags one by one.
   */
  valueOnly(): boolean {
    if (this.selfClosing) return false;
    const b = this.bytes;
    const p = this.pos;
    if (b[p] !== LT || b[p + 1] !== 0x76 || b[p + 2] !== GT) return false;
    const lt = this.plainRun(p + 3, 'v');
    // Right after </v>: the element's own end tag.
    const close = lt + 4;
    if (lt < 0 || b[close] !== LT || b[close + 1] !== SLASH || b[close + 2 + this.name.length] !== GT || !this.matches(close + 2, this.name)) return false;
    this.textStart = p + 3;
    this.textEnd = lt;
    this.pos = close + 3 + this.name.length;
    return true;
  }

  /** The (entity-decoded) text between the previous tag and the current one. */
  textBefore(): string {
    if (this.textEnd <= this.textStart) return this.pending;
    return this.pending + decodeText(this.bytes, this.textStart, this.textEnd);
  }

  /** Value of the attribute with this local name (prefix ignored), entity-decoded; undefined when absent. */
  attr(local: string): string | undefined {
    return this.findAttr(local) ? decodeText(this.bytes, this.valStart, this.valEnd, true) : undefined;
  }

  /**
   * The attribute as a whole number written in plain digits (`s="12"`, `r="7"`), without making a
   * string of it; undefined when absent, NaN when it is not plain digits (the caller then reads attr()).
   */
  attrDigits(local: string): number | undefined {
    return this.findAttr(local) ? this.digitsAt(this.valStart, this.valEnd) : undefined;
  }

  /** True when the attribute is present and written exactly as `value` (ASCII, no entities). */
  attrIs(local: string, value: string): boolean {
    return this.findAttr(local) && this.isAt(this.valStart, this.valEnd, value);
  }

  /**
   * Where the values of the current tag's one-letter attributes (a cell's r, s and t) are, by the
   * letter's code: start at [2 × code], end at [2 × code + 1]; start is -1 when absent. Filled by
   * oneLetterAttrs(), in one pass over the tag, as the reader asks for them on every cell.
   */
  readonly oneLetter = new Int32Array(256).fill(-1);
  // The letters set by the last call, to reset them: a typed array, as an array emptied and
  // pushed to on every cell reallocated its store each time (a third of the reader's garbage).
  private readonly touched = new Uint8Array(128);
  private touchedCount = 0;

  oneLetterAttrs(): void {
    const one = this.oneLetter;
    for (let i = 0; i < this.touchedCount; i++) one[2 * this.touched[i]] = -1;
    this.touchedCount = 0;
    for (let p = this.nextAttr(this.attrStart); p >= 0; p = this.nextAttr(p)) {
      const k = this.bytes[this.nameStart];
      if (this.nameEnd - this.nameStart === 1 && k < 128 && one[2 * k] < 0) {
        one[2 * k] = this.valStart;
        one[2 * k + 1] = this.valEnd;
        this.touched[this.touchedCount++] = k;
      }
    }
  }

  /** The bytes [start, end) as a whole number in plain digits; NaN when they are not. */
  digitsAt(start: number, end: number): number {
    const b = this.bytes;
    if (end === start || end - start > 15) return NaN;
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = b[i] - 0x30;
      if (d < 0 || d > 9) return NaN;
      n = n * 10 + d;
    }
    return n;
  }

  /**
   * The bytes [start, end) as a number the way Number() reads them (so " 12 " is 12); NaN when they
   * are not one, or are blank. Plain digits are read without making a string.
   */
  numberAt(start: number, end: number): number {
    const b = this.bytes;
    const neg = b[start] === 0x2d;
    const n = this.digitsAt(neg ? start + 1 : start, end);
    if (!Number.isNaN(n)) return neg ? -n : n;
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
    return s.trim() === '' ? NaN : Number(s);
  }

  /** True when the bytes [start, end) are `value` (ASCII). */
  isAt(start: number, end: number, value: string): boolean {
    return end - start === value.length && this.matches(start, value);
  }

  /** A plain cell reference (`B7`: 1–3 capital letters, then digits) at [start, end) as 0-based refRow/refCol; false otherwise. */
  refAt(start: number, end: number): boolean {
    const b = this.bytes;
    let i = start;
    let col = 0;
    while (i < end && i - start < 3 && b[i] >= 0x41 && b[i] <= 0x5a) col = col * 26 + (b[i++] - 0x40);
    if (col === 0 || i === end || end - i > 7) return false;
    let row = 0;
    for (; i < end; i++) {
      const d = b[i] - 0x30;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    if (row === 0) return false;
    this.refRow = row - 1;
    this.refCol = col - 1;
    return true;
  }

  /** Set by refAt. */
  refRow = 0;
  refCol = 0;
  private valStart = 0;
  private valEnd = 0;

  /** Finds the attribute with this local name; its raw value is then [valStart, valEnd). */
  private findAttr(local: string): boolean {
    for (let p = this.nextAttr(this.attrStart); p >= 0; p = this.nextAttr(p)) {
      if (this.nameEnd - this.nameStart === local.length && this.matches(this.nameStart, local)) return true;
    }
    return false;
  }

  /** The current attribute's local name (prefix dropped), set by nextAttr. */
  private nameStart = 0;
  private nameEnd = 0;

  /**
   * Reads the attribute that starts at or after `p` in the current tag: its local name into
   * [nameStart, nameEnd), its raw value into [valStart, valEnd). Returns where the next one may
   * start, or -1 when there is none (or the rest is malformed). No string is made.
   */
  private nextAttr(p: number): number {
    const b = this.bytes;
    const end = this.attrEnd;
    while (p < end && isSpace(b[p])) p++;
    if (p >= end) return -1;
    let nameStart = p;
    while (p < end && b[p] !== EQ && !isSpace(b[p])) {
      if (b[p] === COLON) nameStart = p + 1;
      p++;
    }
    const nameEnd = p;
    while (p < end && b[p] !== 0x22 && b[p] !== 0x27) p++;
    if (p >= end) return -1;
    const vStart = p + 1;
    const vEnd = b.indexOf(b[p], vStart);
    if (vEnd < 0 || vEnd > end) return -1;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.valStart = vStart;
    this.valEnd = vEnd;
    return vEnd + 1;
  }

  private matches(at: number, s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.bytes[at + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  private nameOf(start: number, end: number): string {
    const len = end - start;
    // A sheet part is mostly <c>, <v> and <row>: named without hashing.
    if (len === 1) {
      const b = this.bytes[start];
      if (b === 0x63) return 'c';
      if (b === 0x76) return 'v';
      if (b === 0x66) return 'f';
    } else if (len === 3 && this.bytes[start] === 0x72 && this.bytes[start + 1] === 0x6f && this.bytes[start + 2] === 0x77) return 'row';
    if (len > 6) return utf8.decode(this.bytes.subarray(start, end));
    let key = len;
    for (let i = start; i < end; i++) key = key * 131 + this.bytes[i];
    let s = this.names.get(key);
    if (s === undefined || s.length !== len || !this.matches(start, s)) {
      s = utf8.decode(this.bytes.subarray(start, end));
      this.names.set(key, s);
    }
    return s;
  }

  private skipSpecial(lt: number): number {
    const b = this.bytes;
    const find = (needle: string, from: number) => {
      for (let i = b.indexOf(needle.charCodeAt(0), from); i >= 0; i = b.indexOf(needle.charCodeAt(0), i + 1)) {
        let ok = true;
        for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle.charCodeAt(j)) ok = false;
        if (ok) return i + needle.length;
      }
      return b.length;
    };
    if (this.matches(lt, '<!--')) return find('-->', lt + 4);
    if (this.matches(lt, '<![CDATA[')) return find(']]>', lt + 9);
    if (this.matches(lt, '<?')) return find('?>', lt + 2);
    return find('>', lt + 2);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML end-of-line handling: a literal CR or CRLF is read as LF (a CR written as `&#13;` or `_x000D_` stays). */
function eol(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * UTF-8 text with line ends normalised and XML entities and OOXML's `_xHHHH_` escapes resolved.
 * In an attribute value, XML also reads a literal tab or line break as a space.
 */
export function decodeText(b: Uint8Array, start: number, end: number, attribute = false): string {
  let ascii = true;
  let amp = false;
  let under = false;
  let cr = false;
  let space = false;
  for (let i = start; i < end; i++) {
    const x = b[i];
    if (x > 0x7f) ascii = false;
    else if (x === AMP) amp = true;
    else if (x === 0x5f) under = true;
    else if (x === 0x0d) cr = true;
    else if (x === 0x0a || x === 0x09) space = true;
  }
  let s: string;
  // Short ASCII text (numbers, most labels) without the decoder's call overhead: under 13
  // characters V8 keeps each step of the concatenation flat; longer, one call on a view, rather
  // than a chain of one string per character.
  const len = end - start;
  if (ascii && len < 13) {
    s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(b[i]);
  } else if (ascii && len < 256) s = String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  else s = utf8.decode(b.subarray(start, end));
  // Before entities and escapes, which may stand for a CR on purpose.
  if (cr) s = eol(s);
  if (attribute && (cr || space)) s = s.replace(/[\t\n]/g, ' ');
  if (amp) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e] ?? m;
    });
  }
  // ST_Xstring: characters XML cannot carry (a carriage return, a tab in some writers) as _x000D_.
  if (under) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}
