/**
 * The things a table states numbers about, in a form other tables can be compared with: each
 * program, kegiatan, sub kegiatan and indicator row with its kode, its name (normalised), its
 * parent's name, its unit, and its figures by measure and year; and each table's grand total,
 * named by its sheet and title, for the summary sheet that carries one row per table.
 *
 * The cross-table check (rules/cross.value.ts) and the version comparison (compare/) match these
 * by kode or name; nothing here decides that two rows are the same thing.
 */
import type { ColumnInfo, RowInfo } from './types';
import type { Table } from './recognise';
import { unmarked, words, YEAR_SPAN } from './text';
import { a1 } from './address';
import { ownFigure } from './rules/amounts';
import { RUPIAH_HEAD } from './recognise/columns';

/** What a figure is. Planned money (Pagu, Anggaran, Rp of a plan year) compares with itself across table kinds. */
export type Measure = 'plan' | 'realisasiRp' | 'target' | 'realisasi';

export type EntityLevel = 'program' | 'kegiatan' | 'subkegiatan' | 'item' | 'indicator' | 'table';

export interface EntityValue {
  measure: Measure;
  year?: number;
  /** "Murni" / "Perubahan" when the column says so: the two are different figures. */
  variant?: 'murni' | 'perubahan';
  value: number;
  decimals: number;
  /** The decimals its cell displays, padding included ("39,00": 2), when the cell says. */
  shown?: number;
  /** The cell stating it (A1 on the entity's sheet). */
  cell: string;
  /** Money its table states in thousands or millions (1 000, 1 000 000): `value` is in rupiah all the same. */
  unit?: number;
  /** The decimals its cell shows, in the cell's own unit: for display only (`shown` compares copies). */
  cellDecimals?: number;
}

export interface Entity {
  sheet: string;
  /** Index of the table in its analysis. */
  table: number;
  /** Absolute 0-based row (the header's top row for a table total). */
  row: number;
  level: EntityLevel;
  /** Kode as a key: parts without spaces or leading zeros ("1.02.02.1.01" → "1.2.2.1.1"). */
  kode?: string;
  /** The kode as typed, for messages. */
  kodeText?: string;
  /** Name as a key: lower case, no marker, no "Program"/"Kegiatan" prefix, no punctuation. */
  name: string;
  /** Other names it goes by (a table total: its sheet name and its title). */
  aliases?: string[];
  /** As shown, for messages. */
  label: string;
  /** A table total's own row label ("JUMLAH"), which a change of it is named by. */
  rowLabel?: string;
  /** The cell naming it (its label or indicator cell; a table total: the label cell of its total row): where a link to it points. */
  at?: string;
  /** The parent's name key (to tell apart "Penyediaan Jasa Surat Menyurat" under two programs). */
  parent?: string;
  /** Unit of an indicator, as a key. */
  unit?: string;
  values: EntityValue[];
}

const MEASURE: Partial<Record<ColumnInfo['role'], Measure>> = {
  anggaran: 'plan',
  rp: 'plan',
  realisasiRp: 'realisasiRp',
  target: 'target',
  realisasi: 'realisasi',
};

/** Words a name carries that do not tell it apart: tier prefixes and list markers. */
const PREFIX = /^(urusan|bidang urusan|bidang|program|kegiatan|sub kegiatan|subkegiatan|indikator( kinerja)?( program| kegiatan)?)\s+/;

export function nameKey(label: string): string {
  let w = words(label.slice(0, 300));
  for (let i = 0; i < 3; i++) {
    const before = w;
    w = unmarked(w).replace(PREFIX, '');
    if (w === before) break;
  }
  return w.trim();
}

export function kodeKey(kode: string): string {
  // Most kode are digits and dots ("1.02.02.2.01"): one scan instead of three regexes, a split and
  // a map per row. Same result as the general path below: trailing dots dropped, each part
  // String(Number(part)), an empty part (from "1..2") left empty.
  let plain = kode.length > 0;
  for (let i = 0; i < kode.length && plain; i++) {
    const ch = kode.charCodeAt(i);
    plain = ch === 46 || (ch >= 48 && ch <= 57);
  }
  if (plain) {
    let end = kode.length;
    while (end > 0 && kode.charCodeAt(end - 1) === 46) end--;
    let out = '';
    let start = 0;
    for (let i = 0; i <= end; i++) {
      if (i < end && kode.charCodeAt(i) !== 46) continue;
      const part = kode.slice(start, i);
      out += (start === 0 ? '' : '.') + (part === '' ? '' : String(Number(part)));
      start = i + 1;
    }
    return out;
  }
  return kode
    .replace(/\s+/g, '')
    .replace(/[.,]+$/, '')
    .split(/[.,]/)
    .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p.toUpperCase()))
    .join('.');
}

function variantOf(col: ColumnInfo): EntityValue['variant'] {
  const w = words(col.path.join(' '));
  if (/\b(perubahan|setelah perubahan|p apbd|apbd p)\b/.test(w)) return 'perubahan';
  if (/\b(murni|sebelum perubahan)\b/.test(w)) return 'murni';
  return undefined;
}

function levelOf(x: RowInfo): EntityLevel | null {
  if (x.kind === 'program' || x.kind === 'kegiatan' || x.kind === 'subkegiatan') return x.kind;
  if (x.kind === 'indicator') return 'item';
  if (x.kind === 'heading' && x.level !== undefined) return 'item';
  return null;
}

/** The measured columns of a table: money and kinerja, with their measure, year and variant. */
function measured(table: Table): { col: ColumnInfo; measure: Measure; variant?: EntityValue['variant'] }[] {
  const out: { col: ColumnInfo; measure: Measure; variant?: EntityValue['variant'] }[] = [];
  for (const col of table.info.columns) {
    // (A year's rupiah under another name, "Prakiraan Maju 2026 (Rp)" beside "Pagu Indikatif 2025 (Rp)": that year's pagu.)
    const m =
      MEASURE[col.role] ?? (col.role === 'value' && col.year !== undefined && !col.relation && RUPIAH_HEAD.test(col.path.join(' ')) ? 'plan' : undefined);
    // A % of realisation is a ratio, not a figure stated twice.
    if (!m || col.percent || col.unexplained) continue;
    out.push({ col, measure: m, variant: variantOf(col) });
  }
  return out;
}

const MONEY = new Set<Measure>(['plan', 'realisasiRp']);

/**
 * An amount in rupiah, whatever unit its table shows it in: 300.000 in a table "dalam ribuan rupiah" is Rp 300.000.000,
 * rounded to the thousand (its decimals three fewer), the same figure as the Renstra's 300.000.000.
 */
function inRupiah(col: ColumnInfo, a: { value: number; decimals: number }): { value: number; decimals: number; unit?: number } {
  const unit = col.moneyUnit ?? 1;
  return unit === 1 ? { value: a.value, decimals: a.decimals } : { value: a.value * unit, decimals: a.decimals - Math.round(Math.log10(unit)), unit };
}

/** The year of each plan period where the title spans exactly as many years as the periods run ("Tahun 2021-2023", ke-1 … ke-3). */
function periodYears(title: string[], periods: (number | undefined)[]): ((p: number) => number) | undefined {
  const m = YEAR_SPAN.exec(title.join(' '));
  const known = periods.filter((p): p is number => p !== undefined);
  if (!m || known.length === 0) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  const n = Math.max(...known);
  return to - from + 1 === n && Math.min(...known) >= 1 ? (p) => from + p - 1 : undefined;
}

/**
 * The entities of one recognised table. Years come from the columns; a column without a calendar
 * year (Tahun ke-2) gives figures that only compare within tables of the same period scheme, so
 * they are left out, unless the title states the span they run over.
 */
export function tableEntities(table: Table, tableIndex: number): Entity[] {
  const cols = measured(table);
  if (cols.length === 0) return [];
  // A table of one period ("Pagu Anggaran 2023 (Rp) | Realisasi (Rp)", or the year in its title alone): a figure with
  // no year of its own is that year's.
  const years = new Set(cols.map((c) => c.col.year).filter((y) => y !== undefined));
  const single = years.size <= 1;
  const titleYears = single && years.size === 0 ? new Set(table.info.title.join(' ').match(/\b(19|20)\d\d\b/g) ?? []) : new Set<string>();
  const only = years.size === 1 ? [...years][0] : titleYears.size === 1 ? Number([...titleYears][0]) : undefined;
  // "Tahun ke-1 … ke-3" under a title stating its span ("… Tahun 2021-2023"), as many years as periods: those years.
  const yearOfPeriod =
    years.size === 0
      ? periodYears(
          table.info.title,
          cols.map((c) => c.col.period),
        )
      : undefined;
  const usable = cols
    .filter((c) => c.col.year !== undefined || (single && c.col.period === undefined) || (yearOfPeriod && c.col.period !== undefined))
    .map((c) =>
      c.col.year === undefined && c.col.period !== undefined && yearOfPeriod
        ? { ...c, year: yearOfPeriod(c.col.period) }
        : c.col.year === undefined && only !== undefined
          ? { ...c, year: only }
          : { ...c, year: c.col.year },
    );
  if (usable.length === 0) return [];
  const sheet = table.info.sheet;
  const ctx = table.ctx;
  const byRow = new Map(table.info.rows.map((x) => [x.row, x]));
  const ownerOf = new Map<number, RowInfo>();
  for (const x of table.info.rows) for (const r of x.lines ?? []) ownerOf.set(r, x);
  const out: Entity[] = [];
  const text = (r: number, c: number | undefined) => (c === undefined ? '' : table.view.shownText(r, c).trim());
  // A parent's name is the key of each of its children (and an indicator's of its row), and
  // indicators repeat under many rows: worked out once per label.
  const keys = new Map<string, string>();
  const key = (label: string) => {
    let k = keys.get(label);
    if (k === undefined) keys.set(label, (k = nameKey(label)));
    return k;
  };

  // Units repeat down a table ("%", "Dokumen"): each worded once.
  const units = new Map<string, string>();
  const unitKey = (unit: string) => {
    let k = units.get(unit);
    if (k === undefined) units.set(unit, (k = words(unit)));
    return k;
  };

  // Rows named in a column headed "Indikator Kinerja" (an LKjIP's Tabel 3.1): each row is an indicator, the same
  // thing as that indicator under its program in the Renstra's Tabel 6.1.
  const labelHead = table.info.columns.find((c) => c.col === ctx.labelCol)?.path.join(' ') ?? '';
  const indicatorRows = ctx.indicatorCol === undefined && /\bindikator\b/i.test(labelHead);
  for (const x of table.info.rows) {
    const tier = levelOf(x);
    const level = indicatorRows && tier === 'item' ? 'indicator' : tier;
    const owner = x.kind === 'continuation' ? ownerOf.get(x.row) : undefined;
    const parentRow = x.parent !== undefined ? byRow.get(x.parent) : undefined;
    // Money on the row itself (its continuation lines count with it).
    if (level) {
      const values: EntityValue[] = [];
      for (const c of usable) {
        if (!MONEY.has(c.measure) && ctx.indicatorCol !== undefined) continue;
        const a = ownFigure(table, x, c.col.col);
        if (!a) continue;
        const cellDecimals = table.view.displayed(a.row, c.col.col);
        const v = inRupiah(c.col, a);
        values.push({
          measure: c.measure,
          year: c.year,
          variant: c.variant,
          ...v,
          // (In the cell's own unit, as shown, it compares copies: "77,40" is not "77,42". Rupiah converted from
          // thousands compare by their rounding.)
          ...(cellDecimals !== undefined ? { cellDecimals, ...(v.unit ? {} : { shown: cellDecimals }) } : {}),
          cell: a1(a.row, c.col.col),
        });
      }
      const name = key(x.label);
      if (values.length && name) {
        out.push({
          sheet,
          table: tableIndex,
          row: x.row,
          level,
          kode: x.kode ? kodeKey(x.kode) : undefined,
          kodeText: x.kode?.trim() || undefined,
          name,
          label: x.label.replace(/\s+/g, ' ').trim().slice(0, 120),
          at: a1(x.row, ctx.labelCol ?? table.info.left),
          parent: parentRow ? key(parentRow.label) : undefined,
          unit: ctx.indicatorCol === undefined && ctx.satuanCol !== undefined ? unitKey(text(x.row, ctx.satuanCol)) || undefined : undefined,
          values,
        });
      }
    }
    // An indicator stated in its own column (Tabel 6.1, LKPJ): its targets and realisations, under its row.
    if (ctx.indicatorCol !== undefined && (level || owner)) {
      const ind = text(x.row, ctx.indicatorCol);
      const name = key(ind);
      if (!name) continue;
      const values: EntityValue[] = [];
      for (const c of usable) {
        if (MONEY.has(c.measure)) continue;
        const v = table.view.value(x.row, c.col.col);
        if (v.kind !== 'number') continue;
        const shown = table.view.displayed(x.row, c.col.col) ?? v.decimals;
        values.push({ measure: c.measure, year: c.year, variant: c.variant, value: v.value, decimals: v.decimals, shown, cell: a1(x.row, c.col.col) });
      }
      if (!values.length) continue;
      const of = owner ?? x;
      out.push({
        sheet,
        table: tableIndex,
        row: x.row,
        level: 'indicator',
        name,
        label: ind.replace(/\s+/g, ' ').slice(0, 120),
        at: a1(x.row, ctx.indicatorCol),
        parent: key(of.label) || undefined,
        unit: ctx.satuanCol !== undefined ? unitKey(text(x.row, ctx.satuanCol)) || undefined : undefined,
        values,
      });
    }
  }

  // The table's grand total, named by its sheet and title: what a summary row stands for.
  const totals = table.info.rows.filter((x) => x.kind === 'total');
  const grand = totals[totals.length - 1];
  if (grand) {
    const values: EntityValue[] = [];
    for (const c of usable) {
      if (!MONEY.has(c.measure)) continue;
      const v = table.view.value(grand.row, c.col.col);
      if (v.kind === 'number') values.push({ measure: c.measure, year: c.year, variant: c.variant, ...inRupiah(c.col, v), cell: a1(grand.row, c.col.col) });
    }
    const names = [sheet, ...table.info.title].map(nameKey).filter((n) => n.length >= 4);
    if (values.length && names.length) {
      out.push({
        sheet,
        table: tableIndex,
        row: grand.row,
        level: 'table',
        name: names[0],
        aliases: names.slice(1),
        label: table.info.title[0] || sheet,
        ...(grand.label.trim() ? { rowLabel: grand.label.replace(/\s+/g, ' ').trim().slice(0, 60) } : {}),
        at: a1(grand.row, ctx.labelCol ?? table.info.left),
        values,
      });
    }
  }
  return out;
}

const OFFICE =
  /\b(dinas|badan|kantor|sekretariat|inspektorat|satuan|rsud|rumah sakit|bappeda|bapelitbangda|bpkad|bkpsdm|bkd|dpmptsp|kecamatan)\b(.*?)\b(kabupaten|kab|kota|provinsi|prov)\b\s+((?:(?!tahun\b|periode\b|ta\b)[a-z]+\s*){1,3})/;

/**
 * The office a workbook's tables are of, from their titles ("Indikator Kinerja Dinas Kesehatan Kabupaten Klaten
 * Tahun 2025" → "dinas kesehatan kabupaten klaten"): files of two offices are no copies of one another, however
 * alike their standard indicators ("Nilai SAKIP Perangkat Daerah") or programs are. Undefined when no title names one.
 */
export function officeOf(titles: string[]): string | undefined {
  for (const t of titles) {
    const m = OFFICE.exec(words(t));
    if (m) return `${m[1]}${m[2].replace(/\s+/g, ' ').trimEnd()} ${m[3].replace(/^kab$/, 'kabupaten').replace(/^prov$/, 'provinsi')} ${m[4].trim()}`;
  }
  return undefined;
}
