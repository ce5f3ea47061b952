/**
 * A small Markdown reader for the rule pages (docs/rules/*.md): headings, paragraphs, bullet and
 * numbered lists, pipe tables (with column alignment), fenced code, and inline `code`, **bold**
 * and *italic*. Links keep their text only (their target would navigate the task pane away).
 * It produces plain data; components/Markdown.tsx turns it into React elements, so nothing
 * from a page ever reaches the DOM as HTML. Anything it does not know is read as text.
 */

export type Inline = { t: 'text'; text: string } | { t: 'code'; text: string } | { t: 'strong'; children: Inline[] } | { t: 'em'; children: Inline[] };

export type Align = 'left' | 'right' | 'center' | null;

export type Block =
  | { t: 'heading'; level: number; children: Inline[] }
  | { t: 'paragraph'; children: Inline[] }
  | { t: 'list'; ordered: boolean; items: Inline[][] }
  | { t: 'table'; align: Align[]; head: Inline[][]; rows: Inline[][][] }
  | { t: 'code'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const DELIMITER_CELL = /^\s*:?-{1,}:?\s*$/;

/** Splits a table row on unescaped pipes, without its outer pipes. */
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  let inCode = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '`') {
      inCode = !inCode;
      cur += ch;
    } else if (ch === '|' && !inCode) {
      cells.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  cells.push(cur.trim());
  return cells;
}

function isDelimiterRow(line: string | undefined): boolean {
  if (line === undefined || !line.includes('-') || !line.includes('|')) return false;
  const cells = splitRow(line);
  return cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c));
}

function alignOf(cell: string): Align {
  const c = cell.trim();
  const left = c.startsWith(':');
  const right = c.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
}

/** Where a block that is not a paragraph starts: a paragraph stops before it. */
function startsBlock(lines: string[], i: number): boolean {
  const line = lines[i];
  return HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line) || FENCE.test(line) || (line.includes('|') && isDelimiterRow(lines[i + 1]));
}

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      blocks.push({ t: 'heading', level: h[1].length, children: parseInline(h[2]) });
      i++;
      continue;
    }
    if (FENCE.test(line)) {
      const fence = FENCE.exec(line)![1];
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(fence)) body.push(lines[i++]);
      i++; // the closing fence (or the end of the page)
      blocks.push({ t: 'code', text: body.join('\n') });
      continue;
    }
    if (line.includes('|') && isDelimiterRow(lines[i + 1])) {
      const head = splitRow(line);
      const align = splitRow(lines[i + 1]).map(alignOf);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].trim() !== '' && lines[i].includes('|')) {
        const cells = splitRow(lines[i]);
        // Every row as wide as the header: missing cells empty, extra ones dropped.
        rows.push(head.map((_h, k) => parseInline(cells[k] ?? '')));
        i++;
      }
      blocks.push({ t: 'table', align: head.map((_h, k) => align[k] ?? null), head: head.map((c) => parseInline(c)), rows });
      continue;
    }
    const ordered = NUMBERED.test(line);
    if (ordered || BULLET.test(line)) {
      const re = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      while (i < lines.length) {
        const m = re.exec(lines[i]);
        if (m) items.push(m[1]);
        // An indented line continues the item above it.
        else if (lines[i].trim() !== '' && /^\s+/.test(lines[i]) && items.length) items[items.length - 1] += ' ' + lines[i].trim();
        else break;
        i++;
      }
      blocks.push({ t: 'list', ordered, items: items.map((s) => parseInline(s)) });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== '' && (para.length === 0 || !startsBlock(lines, i))) para.push(lines[i++].trim());
    blocks.push({ t: 'paragraph', children: parseInline(para.join(' ')) });
  }
  return blocks;
}

/** Inline markup: `code` first (nothing inside it is markup), then **bold**, *italic*, [text](link). */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length && /[\\`*_[\]()#|!-]/.test(source[i + 1])) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(source.slice(i))![0];
      const end = source.indexOf(run, i + run.length);
      if (end > 0) {
        flush();
        out.push({ t: 'code', text: source.slice(i + run.length, end).trim() || source.slice(i + run.length, end) });
        i = end + run.length;
        continue;
      }
    }
    if (ch === '*' && source[i + 1] === '*') {
      const end = closing(source, '**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ t: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' && source[i + 1] !== '*' && source[i + 1] !== ' ') {
      const end = closing(source, '*', i + 1);
      if (end > i + 1 && source[end - 1] !== ' ') {
        flush();
        out.push({ t: 'em', children: parseInline(source.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]]*)\]\(([^)\s]*)\)/.exec(source.slice(i));
      if (m) {
        flush();
        for (const x of parseInline(m[1])) out.push(x);
        i += m[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

/** Where `delim` closes a span opened before `from`: not inside a `code` span, not escaped (-1: nowhere). */
function closing(source: string, delim: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(source.slice(i))![0];
      const end = source.indexOf(run, i + run.length);
      if (end > 0) {
        i = end + run.length - 1;
        continue;
      }
    }
    if (delim === '*' && source.startsWith('**', i)) {
      i++; // a bold marker inside italics is not its end
      continue;
    }
    if (source.startsWith(delim, i)) return i;
  }
  return -1;
}

/** The text of inline content, without markup (for labels and tests). */
export function inlineText(xs: Inline[]): string {
  return xs.map((x) => (x.t === 'text' || x.t === 'code' ? x.text : inlineText(x.children))).join('');
}
