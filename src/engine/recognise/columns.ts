/**
 * Column roles from the header path (group header → year → Target/Rp leaf), then settled by
 * what the table holds as a whole: a "Realisasi" next to "Anggaran" is money, a "Jumlah"
 * after Baik/Rusak Ringan/Rusak Berat is a row total, an unnamed column of numbers is a value.
 */
import type { ColumnInfo, ColumnRole } from '../types';
import { mergedFromAbove, type SheetView } from '../sheet';
import type { NumberValue } from '../number';
import { isPercentUnit } from '../ratio-math';
import {
  COLUMN_FORMULA,
  COLUMN_NO,
  WORDED_COLUMN_NO,
  continuesWord,
  isBothSexes,
  isNoHeader,
  sameSex,
  sexOf,
  spelledOut,
  UNIT_ONLY,
  UNIT_SIGN,
  type HeaderBlock,
} from './header';
import { noMarker } from './markers';
import { isYearNumber, MONTHS, PERIOD_GROUP, periodIn, romanValue, smallNumberLabel, words, YEAR_LABEL, YEAR_SPAN, yearsIn } from '../text';

const MONEY_LEAF = /^(\(?\s*rp\.?\s*\)?|rupiah|\(?rp\.? ?(juta|ribu|000)\)?|juta rupiah|ribu rupiah|rp juta|dana|pendanaan|alokasi( dana)?)$/;
/** Words that make a Realisasi (or a percent column) about money: the budget, its funds, rupiah. */
export const MONEY_WORDS = /anggaran|keuangan|\brp\b|dana|pagu|belanja/;
/** A leaf naming performance under a group of both ("Tingkat Capaian Kinerja dan Realisasi Anggaran (%) ▸ K"): not money. */
export function performanceLeaf(col: { path: string[] }): boolean {
  return /^(k|kinerja|output|outcome)$/.test(words(col.path[col.path.length - 1] ?? ''));
}
/** An RKA/DPA line's Volume (SIPD's Koefisien) and Harga Satuan: its Jumlah is their product (relations.ts). */
export const VOLUME_WORDS = /\b(volume|vol|kuantitas|qty|banyaknya|koefisien)\b/;
/** A line's tax (PPN, PPh): a rate set by law or an amount off the invoice, an input of the line's Jumlah. */
export const TAX_WORDS = /\b(ppn|pph|pajak pertambahan nilai)\b/;
export const PRICE_WORDS = /\bharga( satuan| sat)?\b|\bhargasat(uan)?\b|\btarif\b/;
/** The roles of money columns: the budget, its realisation, a plan's Rp. */
const MONEY_SERIES = new Set<ColumnRole>(['anggaran', 'realisasiRp', 'rp']);
/** BPS's economic growth, computed from constant-price PDRB: a published rate, never a growth of a table's columns. */
export const PUBLISHED_GROWTH = /\bpertumbuhan ekonomi\b|\blpe\b/;
/**
 * Indices measured or published, never worked out from the table's other columns (an irrigation area's IKSI, a road's
 * IRI); and inequality measures (Gini Rasio, Indeks Williamson), computed by BPS from household or regional microdata.
 */
export const PUBLISHED_INDEX = /\b(gini|williamson|theil|iksi|indeks kinerja sistem irigasi|iri|international roughness index)\b/;
/** A figure before or after its revision: "Semula", "Menjadi", "Sebelum / Setelah Perubahan", "Murni", "Perubahan". */
export const VERSION = /\b((sebelum|sesudah|setelah) perubahan|semula|menjadi|murni|perubahan)\b/;
/** The version before the revision. */
export const ORIGINAL_VERSION = /\b(semula|sebelum perubahan|murni)\b/;
/** Another government's published figure ("Capaian Provinsi 2023", "Rata-rata Nasional"): typed, never computed here. */
export const OTHER_LEVEL = /\b(capaian|realisasi|angka|nilai|rata rata|capaian rata rata) (provinsi|prov|nasional|indonesia|pusat|sdgs)\b/;
/**
 * A figure of another government's, set beside the region's own for comparison ("Target Nasional 2023", "Target
 * Provinsi"): a target a capaian may be measured against, never the region's own target of that year.
 */
export function ofAnotherLevel(c: ColumnInfo): boolean {
  return OTHER_LEVEL_WORDS.test(words(c.path.join(' ')));
}
/** The words naming another government or its plan, as a column beside the region's own names it. */
export const OTHER_LEVEL_WORDS = /\b(provinsi|prov|nasional|rpjmn|sdgs|pusat)\b/;
/** Every column of money in rupiah (or its unit): the series, and the end-of-period Rp. */
export const MONEY_ROLES = new Set<ColumnRole>([...MONEY_SERIES, 'akhirRp']);
/**
 * A leaf naming the funds themselves, a year or unit aside: "Kebutuhan Dana", "Indikasi Pendanaan", "Biaya",
 * "Dana 2025", "Kebutuhan Dana (Rp)" (the Rp column of a Renstra or Renja under another name). Words folded.
 */
const FUNDS_LEAF =
  /^((kebutuhan|indikasi|kerangka|rencana|perkiraan|total) )?(pendanaan dana|dana|pendanaan|biaya)( (indikatif|rp|rupiah|rp juta|rp ribu|juta|ribu|juta rupiah|ribu rupiah|rp 000))?( (19|20)\d\d)?$/;

/**
 * A money unit written scale first ("Dana (Juta Rp)", "Ribu Rupiah", "(000 Rp)", "Jutaan Rp") as the patterns read it, Rp
 * first ("dana rp juta"); a bare thousands mark after the funds' word ("Dana (000)") is rupiah too. Words folded.
 */
export function moneyUnitFirst(leaf: string): string {
  return (
    leaf
      .replace(/\b(juta|jutaan|ribu|ribuan|000) (rp|rupiah)\b/g, (_, scale: string) => `rp ${scale.replace(/an$/, '')}`)
      // ("Rp (ribuan)", "Rp jutaan": the unit as "Rp (ribu)".)
      .replace(/\brp (ribuan|jutaan)\b/g, (_, scale: string) => `rp ${scale.replace(/an$/, '')}`)
      .replace(/^(dana|pendanaan|pagu|anggaran) 000$/, '$1 rp 000')
  );
}

/** A leaf naming money alone, its unit read Rp first (moneyUnitFirst): "Rp", "Rp Juta", "Dana (Juta Rp)", "Pagu (Rp juta)". */
export function namesMoney(leaf: string): boolean {
  return MONEY_LEAF.test(leaf) || FUNDS_LEAF.test(leaf) || /^(pagu|anggaran)( rp( juta| ribu| 000)?)?$/.test(leaf);
}

function headerPath(view: SheetView, h: HeaderBlock, c: number): string[] {
  const path: string[] = [];
  for (let r = h.top; r < h.top + h.rows; r++) {
    if (r === h.numberRow) continue;
    const t = view.headerText(r, c).replace(/\s+/g, ' ').trim();
    // The rest of a header word a converter broke across rows ("Realisa" / "si"): one word again.
    if (t && path.length && continuesWord(path[path.length - 1], t)) path[path.length - 1] += t;
    // (Under the whole text repeated above it, the rest of the broken word says nothing new.)
    else if (t && path.length && /^[a-z]/.test(t) && path[path.length - 1].length > t.length && path[path.length - 1].endsWith(t)) continue;
    else if (t && path[path.length - 1] !== t) path.push(t);
  }
  return path;
}

/** A column of dates ("Tanggal", "Tgl. SP2D"): Excel keeps them as day numbers, never figures; a journal's (rows.ts). */
export const DATE_HEADER = /^(tanggal|tgl)( transaksi| bukti| sp2d| spm)?$/;

/**
 * A year that dates prices, not figures: "PDRB ADHK 2010", "Harga Konstan Tahun 2010" (BPS's base years), "Tahun Dasar
 * 2018", "(2018=100)". "PDRB ADHK 2021" beside "PDRB ADHK 2020" is the year's own figure at constant prices.
 */
const PRICE_BASE = /\b(adhk|konstan)\s*(tahun\s*)?(1993|2000|2010)\b|\b(tahun|th\.?) dasar\s*(19|20)\d\d\b|\(?\s*(19|20)\d\d\s*=\s*100\s*\)?/gi;

function yearOf(path: string[]): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    // (One year named twice is its year: "s/d Tahun 2024 (Akhir Tahun Pelaksanaan Renja PD Tahun 2024)".)
    const ys = [...new Set(yearsIn(path[i].replace(PRICE_BASE, ' ')))];
    // "Tahun 2016 – 2020" spans years: not a single column's year
    if (ys.length === 1) return ys[0];
  }
  return undefined;
}

/** A cell that is only an ordinal, "ke-1", "ke 2", "Ke-III": the number of a period its group names. */
function ordinalOnly(s: string): number | null {
  const m = /^\s*ke\s*-?\s*(\d{1,2}|[ivx]{1,4})\s*$/i.exec(s);
  if (!m) return null;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : romanValue(m[1]);
}

function periodOf(path: string[]): number | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = periodIn(path[i]);
    if (p !== undefined) return p;
  }
  // "Tahun ke-" over a period row of 1 2 3 … (or "ke-1 | ke-2 | …"): the number sits one level below.
  for (let i = 0; i + 1 < path.length; i++) {
    const n = PERIOD_GROUP.test(path[i].trim()) ? (smallNumberLabel(path[i + 1]) ?? ordinalOnly(path[i + 1])) : null;
    if (n !== null && n >= 1) return n;
  }
  // "Realisasi ▸ 1 (2019)": a period with its year says it is one, under any group (as "Target … Tahun ke- ▸ 1 (2019)").
  // So at the end of a one-row header's name: "Target Renstra Tahun 1 (2020)", "Realisasi Kinerja 1 (2020)".
  // (Its unit after it is no part of it: "Capaian Tahun 1 (2024) (%)".)
  const leaf = (path[path.length - 1] ?? '').trim().replace(UNIT_AFTER, '');
  const own = /(?:^|\s)\(?(\d{1,2})\)?\s*\(\s*(19|20)\d\d\s*\)$/.exec(leaf);
  if (own && Number(own[1]) >= 1) return Number(own[1]);
  // "Target Tahun-1", "Capaian Tahun 2 (%)": a one-row header's name ending in the period it is of.
  const tail = /\s((?:tahun|th\.?|thn\.?)\s*-?\s*\S+)$/i.exec(leaf)?.[1];
  const named = tail ? periodIn(tail) : undefined;
  if (named !== undefined && named >= 1) return named;
  return undefined;
}
/** A group naming both halves ("Anggaran dan Realisasi Pendanaan …", the table's title over its years): its leaves say which. */
const BOTH_NAMED = /\b(anggaran|pagu|target)\s+(dan|&)\s+realisasi\b|\brealisasi\s+(dan|&)\s+(anggaran|pagu|target)\b/;

/** A unit in brackets closing a header name ("(%)", "(Rp)", "(Rp Juta)"): not a year. */
const UNIT_AFTER = /\s*\((?!\s*(?:19|20)\d\d\s*\))[^()]*\)\s*$/;

interface Guess {
  role: ColumnRole;
  of?: ColumnRole;
  percent?: boolean;
  /** The header names a label kind, used to choose the row-label column. */
  labelRank?: number;
  jumlah?: boolean;
  /** A ceiling quoted from another document (Pagu RPJMD, pagu indikatif). */
  quoted?: boolean;
  /** "Realisasi (%)": a percentage of a realisation, or a realisation in % (settle decides by its neighbours). */
  realisasiPct?: boolean;
  /** A Jumlah by its group ("Jumlah ▸ L | P"): it totals the same-named columns of the groups before it, nothing else. */
  ofGroups?: boolean;
}

const LABEL_WORDS: [RegExp, number][] = [
  [
    /\b(program|kegiatan|uraian|nama|jenis|unit kerja|golongan|status|tingkat|jabatan|barang|aset|komponen|bidang|urusan|kelompok|kecamatan|desa|wilayah|opd|perangkat daerah|pd|prioritas|mata anggaran|rincian|kebijakan|strategi|isu|lapangan usaha|lapangan pekerjaan|sektor|sub sektor|subsektor|komoditas)\b/,
    1,
  ],
  [/\b(indikator|iku|ikk|kinerja kegiatan|tolok ukur|sasaran strategis)\b/, 2],
];
/** What a plan states in words: the rows' names when a header calls them by the plan ("Sasaran RPJMD"). */
const PLAN_WORDS = /\b(visi|misi|tujuan|sasaran|program|kegiatan|indikator|kebijakan|strategi|arah|prioritas|isu|uraian)\b/;
const MONEY_WORDS_OF_PLAN = /\b(pagu|rp|anggaran|dana|pendanaan)\b/;
/** A header naming an attribute of the rows' programs or kegiatan ("Lokasi Kegiatan", "Sumber Dana Kegiatan"), not their names. */
export const ATTRIBUTE_OF = /^(lokasi|sumber dana|penanggung ?jawab|penanggungjawab|unit kerja|keterangan|ket|catatan)\b/;
const TEXT_WORDS =
  /\b(tujuan|sasaran|definisi|formula|analisis|rencana aksi|ket|keterangan|catatan|lokasi|sumber dana|penanggung ?jawab|penanggungjawab|unit kerja|alasan|penjelasan|permasalahan|solusi|upaya|faktor|kendala|dasar hukum|sumber data|cara|metode|polaritas|polarisasi)\b/;

/** A column of each indicator's polarity ("Polaritas", "Sifat Indikator"): an attribute of the row, never its name. */
const POLARITY_HEAD = /^(sifat|polaritas|polarisasi|arah)( indikator| kinerja)?$/;

/** A weight ("Bobot", "Bobot (%)"), not a weighted figure ("Bobot Tertimbang", "Realisasi x Bobot"): a share, and weights add up. */
export function isWeight(path: string[]): boolean {
  const full = words(path.join(' '));
  return /\bbobot\b/.test(full) && !/tertimbang|realisasi|x/.test(full);
}

/** Words that make a column a part of a whole rather than the amount itself. */
const SHARE_WORDS = /\b(persen|persentase|prosentase|proporsi|porsi|bobot|kontribusi|terhadap|rasio)\b/;

/** A column of remarks on each row (Keterangan, Catatan, Alasan): words about the row, never one of its figures. */
export const NOTE_COLUMN = /\b(ket|keterangan|catatan|penjelasan|alasan)\b/;

/** A column named only "Capaian" / "Capaian Kinerja" / "Realisasi Capaian": what was reached, or its rate (the table decides). */
const BARE_CAPAIAN = /^(realisasi )?capaian( kinerja)?$/;

/** A leaf that only names the year or period ("2019", "TA 2021", "2022*)", "1"): the role is in the group above. */
export const yearOnly = (leaf: string) => YEAR_LABEL.test(leaf.trim()) || smallNumberLabel(leaf) !== null;

/**
 * The group right above a column is a budget ("Keuangan", "Anggaran", "Pagu (Rp)") and not one
 * that names targets too ("Target dan Pagu Indikatif"): its Target is money.
 */
function moneyGroup(path: string[]): boolean {
  for (let i = path.length - 2; i >= 0; i--) {
    if (yearOnly(path[i]) || periodIn(path[i]) !== undefined) continue;
    const g = words(path[i]);
    return /\b(keuangan|anggaran|pagu|dana|rupiah|belanja)\b/.test(g) && !/\b(target|kinerja|fisik|indikator)\b/.test(g);
  }
  return false;
}

/** A group over a condition scale (roads, buildings, assets), not a performance's: "Kondisi", "Kondisi Jalan", "Keadaan". */
const CONDITION_GROUP = /^(kondisi|keadaan)\b(?!.*\b(kinerja|awal|akhir|capaian|target)\b)/;

/** Role from the header text alone. */
export function guessRole(header: string[]): Guess {
  if (header.length === 0) return { role: 'other' };
  const path = header.map(spelledOut);
  // (So does a plan's year by its place alone, "Tahun ke-1".)
  if (path.length > 1 && (yearOnly(path[path.length - 1]) || /^(tahun|th\.?|thn\.?)\s*ke\s*-?\s*\d{1,2}$/i.test(path[path.length - 1].trim()))) {
    // (A group "T" or "R" over the years: the shorthand of Target and Realisasi, as a leaf under a year is.)
    const up = words(spelledOut(path[path.length - 2]));
    if (path.length === 2 && up === 't') return { role: 'target' };
    if (path.length === 2 && /^(r|real|rea)$/.test(up)) return { role: 'realisasi' };
    const g = guessRole(path.slice(0, -1));
    // "Rp (ribuan) ▸ 2025 | 2026 …": each year's money, as "Rp 2025" is.
    return g.role === 'value' && !g.percent && namesMoney(moneyUnitFirst(up)) ? { ...g, role: 'rp' } : g;
  }
  const full = words(path.join(' | '));
  const leaf = moneyUnitFirst(words(path[path.length - 1]));
  const rawLeaf = path[path.length - 1].trim().toLowerCase();
  // "Rp Akhir" beside "Target Akhir" (a one-row Tabel 6.1 header) is the end of the period too.
  // "Rp Akhir 2029" names the period's last year with it: still the end of the period.
  // (Not the end of a year: "Realisasi … s/d Tahun 2022 (Akhir Tahun Pelaksanaan Renja PD)" of T-C.29 is the running total to date.)
  const ofPeriod = full.replace(/\bakhir tahun\b(?! (renstra|rpjmd|rpjm|periode|perencanaan))/g, '');
  // A plan's target over its span of years, no year of its own ("Target Renstra PD Tahun 2021-2026 ▸ K | Rp"): its end too.
  const planSpan =
    /\btarget\b/.test(full) &&
    /\b(renstra|rpjmd|rpjm)\b/.test(full) &&
    !/\b(realisasi|capaian)\b/.test(full) &&
    path.some((p) => YEAR_SPAN.test(p)) &&
    path.every((p) => yearsIn(p.replace(YEAR_SPAN, '')).length === 0 && periodIn(p) === undefined);
  const akhir =
    planSpan ||
    (/\bakhir\b/.test(ofPeriod) &&
      (/kondisi|periode|renstra|capaian|target|kinerja/.test(ofPeriod) || /^(rp|pagu|dana) akhir( rp)?( (19|20)\d\d)?$/.test(leaf)));

  // "No Responden", "No. Resp", "Responden", "Nomor Sampel" (an IKM sheet): a running number too, whose cells below the respondents hold the
  // summary rows' labels (Σ Nilai per Unsur, NRR per Unsur).
  // A rank ("Peringkat", "Ranking") numbers the rows as well: an ordinal, not a figure.
  if (isNoHeader(leaf) || /^(peringkat|ranking|rangking|urutan)$/.test(leaf) || /^no\.?$/.test(rawLeaf)) return { role: 'no' };
  // "Capaian (%) ▸ thd Target s.d. TW III | thd Target Tahunan": each a capaian against the target it names.
  if (
    path.length > 1 &&
    /^(thd|terhadap)\b/.test(leaf) &&
    /%|\bpersen|\bcapaian\b/.test(words(path.slice(0, -1).join(' ')) + ' ' + path.slice(0, -1).join(' '))
  )
    return { role: 'ratio', percent: true };
  // LKjIP shorthand under a year group: T | R | % (Target, Realisasi, Capaian).
  // (Tgt, Trgt are spelled out above.)
  // (Not under a growth: "Rata-rata Pertumbuhan ▸ A | R" are the budget's and the realisation's growth, read below.)
  const growth = /pertumbuhan|growth/.test(full);
  // (Nor under a state's scale: "Kondisi ▸ B | S | R | RB" is Baik, Sedang, Rusak, Rusak Berat.)
  const scale = path.length > 1 && CONDITION_GROUP.test(words(path[path.length - 2]));
  // "Rencana", "Rencana Tingkat Capaian (Target)", "Rencana Pencapaian (%)": the plan of a Renja, a Perjanjian Kinerja or
  // an SPM, a target (its percent sign the unit of what is planned, no ratio).
  if (/^(rencana|rtc)( tingkat capaian| capaian| pencapaian| kinerja)?( target)?( \d{4})?( %)?$/.test(leaf)) return { role: 'target' };
  // (And the quarters under a Rencana Aksi: "Rencana Aksi per Triwulan ▸ TW I … TW IV", each quarter's planned target.)
  if (path.length > 1 && /^(rencana aksi|renaksi|rencana)\b/.test(words(path[path.length - 2])) && partOfYearAlone(leaf)) return { role: 'target' };
  // (Under the period's end, "Kondisi Kinerja pada Akhir Periode Renstra ▸ T | Rp", its end target.)
  if (path.length > 1 && leaf === 't' && !growth && !scale) return { role: akhir ? 'akhirTarget' : 'target' };
  if (path.length > 1 && /^(r|real|rea)$/.test(leaf) && !growth && !scale) return { role: 'realisasi' };
  // (And C, its Capaian, under a year: "2022 ▸ T | R | C".)
  if (path.length > 1 && leaf === 'c' && !scale && (yearOnly(path[path.length - 2]) || periodIn(path[path.length - 2]) !== undefined))
    return { role: 'ratio', percent: true };
  // The same letters after the period on one header row ("TW I T | TW I R | TW I %", "Tahunan T", "2024 R").
  const lettered = /^(.*\b(tw|triwulan|trw|semester|sem|tahunan|tahun|th)\b.*|.*\b(19|20)\d\d)\s+(t|r)$/.exec(leaf);
  if (lettered) return { role: lettered[4] === 't' ? 'target' : 'realisasi' };
  // "No. Rek" / "Nomor Akun" of an LRA: the account's code, not a running number.
  // (Not "Uraian Rekening", "Nama Akun": the accounts' names.)
  if (/^(uraian|nama|jenis)( kode)? (rekening|rek|akun)\b/.test(leaf)) return { role: 'label', labelRank: 1 };
  if (/\b(kode|kd|rekening|kode rek)\b|\b(no|nomor|nmr) (rek|akun)\b/.test(full)) return { role: 'kode' };
  // A journal's dates (Excel keeps them as day numbers): when, not how much.
  if (DATE_HEADER.test(leaf)) return { role: 'text' };
  // "Harga Satuan (Rp)" is a unit price, an amount; only the unit itself is the satuan.
  if (/\b(satuan|sat(?! pol))\b/.test(full) && !/\bharga (satuan|sat)\b/.test(full)) return { role: 'satuan' };
  // A growth set as a target ("Target Pertumbuhan (%)") or published by BPS ("Pertumbuhan Ekonomi (%)", from
  // constant-price PDRB that the table does not hold): an indicator's value, typed, not a growth of the columns here.
  if (/\b(target|rencana|asumsi) (laju )?pertumbuhan\b/.test(full)) return { role: 'target', percent: true };
  if (PUBLISHED_GROWTH.test(full)) return { role: 'value', percent: true };
  // Another government's figure set beside the region's for comparison ("Capaian Provinsi 2023", "Rata-rata
  // Nasional"): published elsewhere, typed here, never computed from the row. (A "Target Nasional" stays a target: a capaian may divide by it.)
  if (OTHER_LEVEL.test(leaf)) return { role: 'value', percent: rawLeaf.includes('%') };
  if (/pertumbuhan|growth/.test(full)) {
    const of: ColumnRole | undefined = /realisasi|^(r|real|rea)$/.test(leaf)
      ? 'realisasiRp'
      : /anggaran|pagu|^(a|ang|angg)$/.test(leaf)
        ? 'anggaran'
        : undefined;
    return { role: 'pertumbuhan', of, percent: true };
  }
  // "Tahun Transisi 2030", "n+1": the year planned after the period (outsidePeriod), a target like the years before
  // it ("2,5±1" as they are), its Rp under a money leaf.
  // (Only a plan's: "Realisasi N+1", "Capaian N+1 (%)" are the second year of a table headed N, N+1 … N+5.)
  if (transitionYear(path) && !/\b(realisasi|capaian)\b/.test(full))
    return MONEY_LEAF.test(leaf) || /\b(rp|pagu|dana)\b/.test(leaf) ? { role: 'rp' } : { role: 'target' };
  // "Capaian s.d. 2023 terhadap Target Akhir Renstra (%)": a ratio to the end target, not the end target.
  // ("Kondisi Akhir (%)", "Target Akhir (%)": the end level, stated in percent.)
  if (akhir && (/\b(capaian|persentase|prosentase|kemajuan)\b/.test(leaf) || (rawLeaf.includes('%') && !/^(kondisi|target)\b/.test(leaf))))
    return { role: 'ratio', percent: true };
  // An evaluation's end columns beside the end target ("Realisasi Akhir Periode ▸ K | Rp", "Rasio Capaian Akhir Periode
  // (%) ▸ K | Rp"): what was achieved by the end, and its ratio to the end target; not the target itself.
  // (The nearest group naming what the figure is decides: "Kondisi Akhir Periode ▸ Rasio Capaian (%) ▸ Rp" a ratio, T-C.27's
  // "Capaian Kinerja … ▸ Kondisi Kinerja pada Akhir Periode ▸ K" the end target.)
  const moneyLeaf = MONEY_LEAF.test(leaf) || /\brp\b|pagu|anggaran|pendanaan|\bdana\b|\bbiaya\b|\bkeuangan\b/.test(leaf);
  if (akhir)
    for (let i = path.length - 2; i >= 0; i--) {
      const g = words(path[i]);
      if (/\b(kondisi|target)\b/.test(g)) break;
      if (/\b(rasio|persentase|prosentase|tingkat capaian)\b/.test(g) || (/\bcapaian\b/.test(g) && path[i].includes('%')))
        return { role: 'ratio', percent: true };
      if (/\brealisasi\b/.test(g)) return moneyLeaf ? { role: 'realisasiRp' } : { role: 'realisasi' };
    }
  if (akhir) return moneyLeaf ? { role: 'akhirRp' } : { role: 'akhirTarget' };
  // T-C.27's own words: "Data Capaian pada Tahun Awal Perencanaan".
  // ("Rancangan Awal RKPD ▸ Indikator Kinerja" is the draft plan, not a baseline.)
  if (
    /kondisi (kinerja )?awal|\bbaseline\b|capaian awal|kondisi eksisting|kondisi saat ini|\b(tahun|data|nilai|kondisi) dasar\b|\bawal\b.*\b(kondisi|capaian|kinerja)\b|\b(kondisi|capaian|kinerja)\b.*\b(tahun|pada) awal\b/.test(
      full.replace(/\b(rancangan awal|ranwal)\b/g, ''),
    )
  )
    // Its Rp ("Kondisi Kinerja Awal ▸ Rp", "▸ Pagu (Rp juta)"): the baseline year's funding, money its Jumlah and hierarchy add up.
    return namesMoney(leaf) ? { role: 'value' } : { role: 'kondisiAwal' };
  // "Sisa Dana ▸ (%)", "Bertambah/(Berkurang) ▸ %": the percentage beside the amount, whatever it is of.
  if (/^(%|\(%\)|persen|\(persen\))$/.test(rawLeaf.replace(/\s+/g, ' ')) && path.length > 1 && !/fisik/.test(full)) return { role: 'ratio', percent: true };
  // "Kenaikan/(Penurunan) (%)", "Selisih (%)": a rate of change, never an amount a Jumlah adds.
  // ("Lebih/(Kurang)" of an LRA, under "Tahun Anggaran 2024" too: a difference, not the group's money.)
  // ("Naik/(Turun)" is the short form of Kenaikan/(Penurunan).)
  // ("Tidak Terserap", "Belum Terealisasi": the budget not spent, a Sisa by another name.)
  if (
    /\b(sisa|selisih|silpa|bertambah|berkurang)\b|\b(kenaikan|naik)\b.*\b(penurunan|turun)\b|\blebih\b.*\bkurang\b|\b(tidak|belum) (terserap|terealisasi|terpakai)\b/.test(
      full,
    )
  )
    return rawLeaf.includes('%') && /\b(kenaikan|penurunan|bertambah|berkurang|naik|turun)\b/.test(leaf) ? { role: 'value', percent: true } : { role: 'sisa' };
  // A ceiling quoted from another document (Pagu RPJMD / pagu indikatif) is totalled, not part of the hierarchy.
  // (Only when the column itself says so: "Target dan Pagu Indikatif ▸ 2025 ▸ Target" is a target.)
  // (Not the plan's words the rows are named by: "Sasaran RPJMD", "Misi RPJMD", "Program Prioritas RPJMD".)
  if (/\b(rpjmd|indikatif|pagu rpjm)\b/.test(leaf) && !/\btarget\b/.test(leaf) && (!PLAN_WORDS.test(leaf) || MONEY_WORDS_OF_PLAN.test(leaf)))
    return { role: 'value', quoted: true };
  if (/\bpredikat\b|\bkategori\b|tingkat keberhasilan/.test(full)) return { role: 'predikat' };

  // "Capaian (%) ▸ Kinerja | Anggaran", "Target ▸ Kinerja | Keuangan (Rp)", "Realisasi ▸ Anggaran (Rp)" (LKPJ,
  // evaluasi Renja): the leaf names the kind, the group what of it — a capaian of the budget, the pagu, the
  // money spent. Resolved before the leaf's money words.
  const group = words(path.slice(0, -1).join(' | '));
  // (words() has dropped the brackets and kept the %: "Anggaran (Rp)" is "anggaran rp". Fisik is progress, not a kind here.)
  // (With its money unit too: "Rp (000)", "Rp Juta".)
  if (path.length > 1 && /^(kinerja|anggaran|keuangan|rp|rupiah|output|outcome|k)( (rp|%|persen|000|ribu|juta|ribuan|jutaan))*$/.test(leaf)) {
    const money = /\b(anggaran|keuangan|rp|rupiah)\b/.test(leaf);
    // "Tingkat Capaian Kinerja dan Realisasi Anggaran (%) ▸ K | Rp", "K (%) | Rp (%)": rates, whatever they are of.
    const pctGroup = /%|\bpersen\b/.test(group) || (/\b(tingkat capaian|persentase|prosentase|rasio)\b/.test(group) && !/\b(pendanaan|kerangka)\b/.test(group));
    if (pctGroup || /%|\bpersen\b/.test(leaf)) return { role: 'ratio', percent: true };
    // ("Capaian Kinerja Program dan Kerangka Pendanaan ▸ 2025 ▸ Kinerja | Pagu": a plan's targets and money, as its Target … is.)
    if (/\b(capaian|persentase|prosentase|rasio)\b/.test(group) && !/\b(target|realisasi|pendanaan|kerangka)\b/.test(group) && !/\brp\b/.test(leaf))
      return { role: 'ratio', percent: true };
    // "Realisasi Capaian Kinerja dan Anggaran Renja … ▸ K | Rp": the capaian realised, performance and money; only a
    // "Tingkat Capaian", a persentase or a rasio over them is a rate.
    const rate = /\b(tingkat capaian|persentase|prosentase|rasio)\b/;
    // ("Realisasi s.d. 2022 ▸ K | Rp", not "… s.d. Tahun Lalu": a running total, last year's figure and this year's its parts.)
    const running = RUNNING.test(group) && !/\blalu\b/.test(group) ? { jumlah: true } : {};
    if (/\brealisasi\b/.test(group) && !rate.test(group) && !BOTH_NAMED.test(group))
      return money ? { role: 'realisasiRp', ...running } : { role: 'realisasi', ...running };
    if (/\btarget\b/.test(group) && !rate.test(group)) return money ? { role: 'anggaran' } : { role: 'target' };
    // "2025 ▸ Kinerja | Keuangan", "Tahun-1 ▸ K | Rp": a plan's year, its target and its money (as "2025 ▸ Target | Rp").
    const over = path[path.length - 2];
    // ("Tahun Anggaran 2024 ▸ Anggaran (Rp)" is the budget, read below.)
    if (/^(kinerja|keuangan|k)\b/.test(leaf) && (yearOnly(over) || periodIn(over) !== undefined)) return money ? { role: 'rp' } : { role: 'target' };
    // "Triwulan I ▸ K | Rp" of an evaluation (the quarters' realisation, their group above them lost to a two-row header):
    // what was done in that quarter, the performance and the money spent.
    if (partOfYearAlone(words(over))) return money ? { role: 'realisasiRp' } : { role: 'realisasi' };
  }

  // (Its word with the sign after it too: "Persentase (%)" under "Tahun Anggaran 2023" is a rate, not the group's money.)
  const pctLeaf =
    /^(%|\(%\)|persen|\(persen\)|% capaian|capaian %|capaian|rasio|persentase|prosentase)( \(?%\)?)?$/i.test(rawLeaf.replace(/\s+/g, ' ')) || leaf === '%';
  // A service standard measured against ("Standar Waktu Layanan (Hari Kerja)" beside its realisasi): the target.
  if (/^standar (waktu|lama|biaya|tarif)\b/.test(leaf)) return { role: 'target' };
  // "Rencana Renstra Tahun Ke-", "Rencana RPJMD": the plan's targets, as "Target Renstra" (its money says so: "Rencana Anggaran").
  if (/^rencana (renstra|rpjmd|rkpd|renja|strategis)\b/.test(leaf) && !MONEY_WORDS.test(leaf)) return { role: 'target' };
  // "2025 (Rp)", "Tahun 2025 (Rp Juta)" under a list of programs: that year's money, as "Rp 2025" is (a series of
  // realisations or revenue says so in its words).
  // (Under a group that only says it is the budget, "Anggaran ▸ Tahun 2019 ▸ (Rp. 000)" of a T-C.24 with its units on a row of
  // their own: that year's budget, as "Anggaran (Rp. 000) ▸ Tahun 2019" is.)
  if (/^(tahun )?(19|20)\d\d (rp|rp 000|rp ribu|rp juta|rupiah|ribu rupiah|juta rupiah)$/.test(leaf) && !/realisasi|pendapatan|penerimaan|belanja/.test(full))
    return /\b(anggaran|pagu)\b/.test(group) && !/\b(target|rencana|kerangka|pendanaan|indikatif|kinerja|program|kegiatan)\b/.test(group)
      ? { role: 'anggaran' }
      : { role: 'rp' };
  // A budget's other names alone over the years ("Dana ▸ 2019 … 2023", "APBD", "Alokasi pada Tahun ke-"), the
  // realisation beside them: the budget, as "Anggaran ▸ 2019" is.
  // (Or the revised one, "APBD-P 2023", "P-APBD", "APBD Perubahan".)
  if (
    /^(dana|apbd( p| perubahan| murni| induk)?|p apbd|apbn|alokasi( dana)?)( pada tahun( ke)?)?( (19|20)\d\d)?( (rp|rupiah|rp 000|rp ribu|rp juta))?$/.test(
      leaf,
    ) &&
    path.length === 1
  )
    return { role: 'anggaran' };
  if (MONEY_LEAF.test(leaf) || FUNDS_LEAF.test(leaf) || /^\(?rp\b/.test(rawLeaf)) {
    if (/realisasi/.test(BOTH_NAMED.test(group) ? leaf : full)) return { role: 'realisasiRp' };
    if (/pagu|anggaran|alokasi|belanja|apbd|apbn/.test(full)) return { role: 'anggaran' };
    if (/target|kerangka|pendanaan|rencana|tahun|\b(19|20)\d\d\b/.test(full)) return { role: 'rp' };
    return { role: 'value' };
  }
  // Physical progress ("Realisasi ▸ Fisik (%)", "Progres Fisik %"): reported per row from the field, an
  // input like "Realisasi Fisik (%)", never summed by a total.
  // (One header row naming all three: "Target Fisik (%) | Realisasi Fisik (%) | Capaian Fisik (%)", the progress planned,
  // done, and the one over the other.)
  if (/\bfisik\b/.test(leaf) && /%|\bpersen\b/.test(rawLeaf) && !/\b(bobot|tertimbang)\b/.test(leaf)) {
    if (/^(target|rencana)\b/.test(leaf)) return { role: 'target', percent: true };
    if (/^(capaian|tingkat capaian)\b/.test(leaf)) return { role: 'ratio', percent: true };
    return { role: 'realisasi', percent: true };
  }
  if (pctLeaf) {
    if (/fisik/.test(full)) return { role: 'other', percent: true };
    return { role: 'ratio', percent: true };
  }
  // A running total ("Realisasi s.d. Bulan Ini", "Realisasi Kumulatif"): its run's earlier columns may add up to it.
  if (RUNNING.test(leaf) && !/\blalu\b/.test(leaf) && /\brealisasi\b/.test(full) && !rawLeaf.includes('%') && !SHARE_WORDS.test(leaf))
    return { role: MONEY_WORDS.test(full) ? 'realisasiRp' : 'realisasi', jumlah: true };
  // One header row: "Realisasi TW I … Realisasi TW IV | Jumlah Realisasi".
  if (path.length === 1 && /^(jumlah|jml|total) (realisasi|target)\b/.test(leaf)) return { ...guessRole([leaf.replace(/^\S+ /, '')]), jumlah: true };
  // "Keuangan / Anggaran ▸ Target (Rp)": in a budget group the target is the pagu, money summed by totals.
  // "Target Pendapatan", "Target Penerimaan Pajak" (LKPJ revenue tables): the revenue budgeted, money; so is
  // "Target Kinerja dan Anggaran" in one column, beside its "Realisasi … Anggaran".
  if (/^target\b/.test(leaf))
    return moneyGroup(path) || /\(rp\)|\brp\b|\b(pendapatan|penerimaan|pajak|retribusi|anggaran|pagu|dana)\b/.test(leaf)
      ? { role: 'anggaran' }
      : { role: 'target' };
  // "Realisasi (%)", "Bobot Realisasi (%)": a percentage of a realisation, computed (fisik progress excepted).
  if (/\brealisasi\b/.test(leaf) && /%|\bpersen\b/.test(rawLeaf) && !/fisik|kinerja/.test(full)) return { role: 'ratio', percent: true, realisasiPct: true };
  if (/^realisasi\b/.test(leaf)) {
    if (/rasio/.test(leaf)) return { role: 'ratio', percent: true };
    // Under a budget group ("Anggaran ▸ Target | Realisasi | %", LKPJ's Kinerja and Keuangan side by side) it is money.
    return MONEY_WORDS.test(leaf) || moneyGroup(path) ? { role: 'realisasiRp' } : { role: 'realisasi' };
  }
  // "Efisiensi", "Tingkat Efisiensi" without a % in its name: a computed percentage all the same (unspent share of the pagu,
  // capaian − serapan or capaian / serapan: relations.ts tries each). In rupiah it is the money saved.
  if (/^(tingkat |nilai |indeks |rasio )?efisiensi( anggaran| penggunaan sumber daya)?$/.test(leaf)) return { role: 'ratio', percent: true };
  if (/\b(rasio|ratio)\b/.test(full) || (/\bcapaian\b/.test(leaf) && !/realisasi/.test(full)) || /\b(persentase|prosentase) (capaian|realisasi)\b/.test(full)) {
    return { role: 'ratio', percent: true };
  }
  // The budget before and after its revision ("Sebelum Perubahan (Rp)", "Semula", "APBD Murni"): budgets, so the
  // Bertambah/(Berkurang) beside them is their difference and its % is over the first.
  if (VERSION.test(full) && !/%|persen/.test(rawLeaf) && (/\brp\b|rupiah/.test(full) || moneyGroup(path) || /\b(apbd|anggaran|pagu)\b/.test(full)))
    return { role: 'anggaran' };
  // "% terhadap Total Pagu", "Bobot Anggaran (%)", "Proporsi Anggaran": a share of the money it names, not money.
  if (/\b(anggaran|pagu|alokasi|belanja|dana)\b/.test(leaf) && (rawLeaf.includes('%') || SHARE_WORDS.test(leaf))) return { role: 'ratio', percent: true };
  if (/\b(anggaran|pagu|alokasi)\b/.test(leaf) && !/sumber/.test(leaf)) return { role: 'anggaran' };
  // "Realisasi ▸ TW I … TW IV ▸ Jumlah": a total leaf under a group is that group's figure, and a row total if its
  // siblings add up to it (settled by the data, recogniseColumns).
  // (Under a rate, "Angka Kematian Bayi (per 1.000 KH) ▸ L | P | Total": the rate of both together, never a sum of the two.)
  // ("L+P", "Laki-laki + Perempuan" under a count is the same total, by the sexes it joins.)
  // ("s.d. Bulan Lalu", "s.d. Tahun Lalu": the running total before this period's column, one of its parts, never theirs.)
  if (path.length > 1 && ((/^(jumlah|jml|total|kumulatif|s d .+|sampai dengan .+)$/.test(leaf) && !/\b(lalu|sebelumnya)$/.test(leaf)) || isBothSexes(leaf))) {
    const group = words(path.slice(0, -1).join(' '));
    const rate = RATE_NAME.test(group) || RATE_WORDS.test(group) || PER_SCALE.test(group);
    return rate ? guessRole(path.slice(0, -1)) : { ...guessRole(path.slice(0, -1)), jumlah: true };
  }
  // "Anggaran ▸ Pagu (Rp) | Realisasi (Rp) | Serapan (%)": the rate of the group's money, never money itself.
  if (/\b(serapan|penyerapan|daya serap)\b/.test(leaf) || (rawLeaf.includes('%') && path.length > 1 && /\b(anggaran|pagu|keuangan|dana)\b/.test(group)))
    return { role: 'ratio', percent: true };
  // ("Realisasi Kinerja ▸ Indikator Kinerja", a caption over a table of its own beside the targets': the names.)
  if (path.length > 1 && /^(nama )?indikator( kinerja)?( utama| sasaran| program| kegiatan)?$/.test(leaf)) return guessRole([path[path.length - 1]]);
  if (/\brealisasi\b/.test(full)) {
    return MONEY_WORDS.test(full) ? { role: 'realisasiRp' } : { role: 'realisasi' };
  }
  if (/\btarget\b/.test(full)) return { role: 'target' };
  if (/\b(anggaran|pagu)\b/.test(full)) return { role: 'anggaran' };
  // "Jumlah T (Rp)", "Jumlah Dana (Rp)": money, and perhaps a row total (the data decides).
  // (So is "L+P" after "L | P" on a one-row header: the sexes together.)
  if (/^(jumlah|jml|total)\b/.test(leaf) || isBothSexes(leaf))
    return { role: /\(rp\)|\brp\b/.test(leaf) && leaf !== 'jumlah rp' && path.length === 1 ? 'rp' : 'value', jumlah: true };
  // "Jumlah" over L / P: each sub-column totals the same-named sub-columns of the groups before it.
  // (Not a quarter under "Jumlah Terlayani ▸ TW I … TW IV | Jumlah s.d. TW IV": each the count of its own time.)
  if (path.length >= 2 && /^(jumlah|jml|total)\b/.test(words(path[path.length - 2])) && !partOfYearAlone(leaf))
    return { role: 'value', jumlah: true, ofGroups: true };
  // Each indicator's direction ("Sifat Indikator", "Polaritas Indikator", "Arah Indikator": Maximize / Minimize): words
  // about the row, not its name (ratio-pairs reads them).
  if (POLARITY_HEAD.test(leaf)) return { role: 'text' };
  if (/\bindikator\b/.test(full)) return { role: 'label', labelRank: 2 };
  // A grade, not a count: "Eselon" alone ("II.b", "-"), "Pangkat/Gol." ("Penata / III.c"). ("Eselon III" over counts names one.)
  if (/^(eselon|eselonering|pangkat( gol| golongan)?( ruang)?)$/.test(leaf)) return { role: 'text' };
  // ("Tujuan, Sasaran, Program, Kegiatan dan Sub Kegiatan": T-C.27's one column of names, the programs' among them.)
  const namesPrograms = /\b(program|kegiatan)\b/.test(leaf) && !ATTRIBUTE_OF.test(leaf);
  // A sex under the dimension it splits ("Jenis Kelamin ▸ Laki-laki | Perempuan"): a count of that sex, not the rows' names.
  if (path.length >= 2 && sexOf(leaf)) return { role: 'value' };
  for (const [re, rank] of LABEL_WORDS) if (re.test(full) && (!TEXT_WORDS.test(leaf) || namesPrograms)) return { role: 'label', labelRank: rank };
  // A text word in the group only ("Sasaran ▸ Harus Dilayani | Terlayani"): what the column holds decides (settle).
  if (TEXT_WORDS.test(leaf)) return { role: 'text' };
  return { role: 'other' };
}

/** Where a column states its formula: its header, and what the column-number row writes for it. */
function statedText(c: ColumnInfo): string {
  return [...c.path, c.stated ?? ''].join(' ');
}

/** "(4)/(3) x 100%", "4 : 3", "(4/3)x100": column numbers divided, times 100 when it says so. */
const STATED_RATIO = /\(?\s*(\d{1,2})\s*\)?\s*[/:]\s*\(?\s*(\d{1,2})\s*\)?\s*\)?(\s*[x×*]\s*100)?/i;

/** The ratio a column states ("(5)=(4)/(3)x100%", "Capaian (4/3 x 100)"), by column numbers. */
export function statedRatio(c: ColumnInfo): { num: number; den: number; times100: boolean } | null {
  const text = `${c.stated ?? ''} ${c.path.join(' ')}`;
  // "(5-4)/4 x 100" is a growth (statedGrowth), not 4 over 4.
  if (statedGrowth(text)) return null;
  const m = STATED_RATIO.exec(text);
  return m ? { num: Number(m[1]), den: Number(m[2]), times100: !!m[3] } : null;
}

const STATED_GROWTH = /\(\s*\(?\s*(\d{1,2})\s*\)?\s*[-–−]\s*\(?\s*(\d{1,2})\s*\)?\s*\)\s*[/:]\s*\(?\s*(\d{1,2})\s*\)?(\s*[x×*]\s*100)?/i;

/** A growth a column states ("6 = (5-4)/4 x 100", "((4)-(3))/(3)"), by column numbers: (a − b) / b. */
export function statedGrowth(text: string): { a: number; b: number; times100: boolean } | null {
  const m = STATED_GROWTH.exec(text);
  return m && m[2] === m[3] ? { a: Number(m[1]), b: Number(m[2]), times100: !!m[4] } : null;
}

/** The column the column-number row numbers n, other than `self` (the one whose stated formula names it). */
export function numbered(cols: ColumnInfo[], n: number, self: ColumnInfo): ColumnInfo | undefined {
  // Under merged numbers, the column at the same place (Rp with Rp), else the first so numbered.
  const all = cols.filter((c) => c.number === n && c.col !== self.col);
  return all.find((c) => (c.numberPart ?? 0) === (self.numberPart ?? 0)) ?? all[0];
}

/** A quotient the header or column-number row states ("Tingkat Efisiensi (3/6)", "7 = 3 : 6", "(4/5 x 100)"); not a growth. */
export function statedQuotient(text: string): { num: number; den: number; times100: boolean } | null {
  if (statedGrowth(text)) return null;
  const m = /\(?\s*(\d{1,2})\s*\)?\s*[/:]\s*\(?\s*(\d{1,2})\s*\)?\s*(x|×|\*)?\s*(100)?\s*%?\s*\)?\s*$/i.exec(text);
  if (!m || (m[3] && !m[4])) return null;
  return { num: Number(m[1]), den: Number(m[2]), times100: !!m[4] };
}

/** A difference the column-number row states ("(6) = (5) - (4)", "6 = 5 − 4"), by column numbers; not a growth. */
export function statedDifference(text: string): [number, number] | null {
  if (statedGrowth(text)) return null;
  const m = /\(?\s*(\d{1,2})\s*\)?\s*[-–−]\s*\(?\s*(\d{1,2})\s*\)?\s*$/.exec(text);
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * A column stated as another times a constant: "NRR Tertimbang (NRR x 0,111)", "(4) = (3) x 0,111", "Nilai
 * Konversi (x 25)", "(5) = (4) / 9" (SKM by Permenpan 14/2017: each unsur weighs 1/9, the IKM is × 25). The operand is
 * a column number, else the words before the operator (the caller looks them up), else none (the nearest figure).
 * Not a quotient of two columns, a growth, a difference or a sum (those have their own readings), nor × 100 %.
 */
export function statedFactor(c: ColumnInfo): { k: number; number?: number; words?: string } | null {
  const text = statedText(c);
  if (statedGrowth(text) || STATED_RATIO.test(text) || statedParts(text) || statedDifference(c.stated ?? '')) return null;
  // The operand right before the operator: "(3)", words ("NRR"), or an opening bracket ("(x 25)"); an "x" only as a
  // word of its own ("Max 25" is no product).
  const m = /(?:\(\s*(\d{1,2})\s*\)|([a-z][a-z ]{0,40}?[a-z])|\()\s*((?<![a-z])x|[×*/:÷])\s*(\d{1,3}(?:\.\d{3})+|\d+(?:[.,]\d+)?)(?!\s*%)(?![\d.,])/i.exec(
    text,
  );
  if (!m) return null;
  const typed = m[4];
  const value = /^\d{1,3}(\.\d{3})+$/.test(typed) ? Number(typed.replace(/\./g, '')) : Number(typed.replace(',', '.'));
  if (!Number.isFinite(value) || value <= 0 || value === 1) return null;
  const k = /[x×*]/i.test(m[3]) ? value : 1 / value;
  // "Angka Kematian Ibu / 100.000 KH": a rate per so many of a population, not the column divided by it.
  if (k < 1 && PER_SCALE.test(words(text.slice(m.index)))) return null;
  // "x 100" is how percentages are written, not a factor of its own.
  if (k === 100) return null;
  return { k, number: m[1] ? Number(m[1]) : undefined, words: m[2]?.trim() || undefined };
}

/** One weighted term: "80% x Kol.5", "0,8 × (5)", "(6) x 20%", "Capaian Mutu x 20%". */
const WEIGHT = String.raw`(\d+(?:[.,]\d+)?)\s*(%)?`;
const COLUMN = String.raw`\(?\s*(?:kol(?:om)?\.?\s*)?(\d{1,2})\s*\)?(?![\d.,%])`;
const NAME = String.raw`([a-z][a-z ]{2,60}?[a-z])`;
const WEIGHTED_TERMS = [
  { re: new RegExp(`${WEIGHT}\\s*[x×*]\\s*${COLUMN}`, 'gi'), w: 1, n: 3 },
  { re: new RegExp(`${COLUMN}\\s*[x×*]\\s*${WEIGHT}`, 'gi'), w: 2, n: 1 },
  { re: new RegExp(`${NAME}\\s*[x×*]\\s*${WEIGHT}`, 'gi'), w: 2, n: 0 },
  { re: new RegExp(`${WEIGHT}\\s*[x×*]\\s*${NAME}`, 'gi'), w: 1, n: 0 },
];

/**
 * A weighted sum the header or the column-number row states, weights adding up to one: the SPM's index
 * "(80% x Kol.5) + (20% x Kol.6)" (Permendagri 59/2021), "0,8 × (5) + 0,2 × (6)", "(Capaian Penerima × 80%) + (Mutu ×
 * 20%)". Each term's weight as a fraction, its column by number or by words; null unless two terms or more are added.
 */
export function statedWeights(c: ColumnInfo | string): { w: number; number?: number; words?: string }[] | null {
  const text = typeof c === 'string' ? c : statedText(c);
  if (!text.includes('+')) return null;
  for (const { re, w, n } of WEIGHTED_TERMS) {
    const terms: { w: number; number?: number; words?: string }[] = [];
    for (const m of text.matchAll(re)) {
      // A weight in percent ("80%"), or as a fraction ("0,8"): never a bare whole number (that is a column's).
      const typed = Number(m[w].replace(',', '.'));
      const weight = m[w + 1] ? typed / 100 : typed < 1 ? typed : NaN;
      if (!(weight > 0 && weight < 1)) continue;
      terms.push(n ? { w: weight, number: Number(m[n]) } : { w: weight, words: (m[w === 1 ? 3 : 1] ?? '').trim() });
    }
    if (terms.length >= 2 && Math.abs(terms.reduce((s, t) => s + t.w, 0) - 1) < 0.005) return terms;
  }
  return null;
}

/** Stated column formula "Jumlah (3+4)", "(5) = (3) + (4)": the numbers it adds. */
function statedParts(text: string): number[] | null {
  if (statedWeights(text)) return null;
  const m = /\(?\s*(\d{1,2})\s*\)?\s*(?:\+\s*\(?\s*(\d{1,2})\s*\)?\s*)+/.exec(text);
  if (!m || takesOff(text)) return null;
  const nums = m[0].match(/\d{1,2}/g);
  return nums && nums.length >= 2 ? nums.map(Number) : null;
}

/** "6 = 3+4-5" (Saldo Akhir = Awal + Tambah − Kurang): a sum with a term taken off, no row total of its terms. */
function takesOff(text: string): boolean {
  return /\+/.test(text) && /\d\s*\)?\s*[-−–]\s*\(?\s*\d/.test(text);
}

/** The terms of a stated "6 = 3+4-5" ("(6)=(3)+(4)-(5)"), by column number: added, taken off. */
const SIGNED_TERMS = /(?<![\d.,])\(?\s*\d{1,2}\s*\)?(?:\s*[+\-−–]\s*\(?\s*\d{1,2}\s*\)?(?![\d.,]))+/;
function signedTerms(cols: ColumnInfo[], c: ColumnInfo): { plus: number[]; minus: number[] } | null {
  const text = statedText(c);
  if (!takesOff(text)) return null;
  const m = SIGNED_TERMS.exec(text);
  if (!m) return null;
  const plus: number[] = [];
  const minus: number[] = [];
  for (const t of m[0].replace(/[()\s]/g, '').match(/[+\-−–]?\d{1,2}/g) ?? []) {
    const col = numbered(cols, Number(t.replace(/^[+\-−–]/, '')), c)?.col;
    if (col === undefined || col === c.col) return null;
    (/^[-−–]/.test(t) ? minus : plus).push(col);
  }
  return plus.length >= 1 && minus.length >= 1 && plus.length + minus.length >= 3 ? { plus, minus } : null;
}

/** A balance's columns by their words: the opening, what came in, what went out, the closing. */
// (A register's month or year: the IPK III/1 of job seekers, "belum ditempatkan pada akhir bulan lalu" … "akhir bulan ini".)
const OPENING = /\b(saldo|posisi|nilai|stok|stock|persediaan|jumlah|keadaan) awal\b|\bakhir (bulan|tahun|triwulan|semester|periode) (lalu|sebelumnya)\b/;
const CLOSING =
  /\b(saldo|posisi|nilai|stok|stock|persediaan|jumlah|keadaan) akhir\b|\bsisa (kas|stok|persediaan)\b|\bakhir (bulan|tahun|triwulan|semester|periode) ini\b/;
/**
 * A balance at a date or a place ("Saldo per 31 Desember 2022", "Keadaan 1 Januari 2023", "Nilai per 31 Des 2023",
 * "Saldo per Buku" … "Saldo per Bank"): the earlier of two is the opening, the later the closing.
 */
const BALANCE = /\b(saldo|posisi|stok|stock|persediaan|keadaan)\b|\bnilai per\b/;
export const INFLOW = /\b(penambahan|penambah|tambah|ditambah|bertambah|masuk|penerimaan|pengadaan|pembelian|terdaftar|pendaftaran)\b/;
export const OUTFLOW =
  /\b(pengurangan|pengurang|kurang|dikurangi|berkurang|keluar|pengeluaran|penghapusan|dihapus|dihapuskan|pemakaian|pelunasan|pembayaran|pengembalian|penyetoran|setoran|ditempatkan|penempatan)\b/;
/** Readings of a balance tried at most: each flow of no clear direction doubles them. */
const MAX_READINGS = 8;

/**
 * "Saldo Awal | Penambahan | Pengurangan | Saldo Akhir" (a mutasi of assets, a kas or stock book, piutang, staff by
 * golongan): the closing balance is the opening one plus what came in less what went out. Under groups of
 * sub-columns ("Saldo Awal ▸ Jumlah | Nilai"), those of the same sub-column. The readings the rows decide between
 * (balanceReading): by the flows' words, a flow of no clear direction ("Penyaluran" of a loan or of rice,
 * "Reklasifikasi") either way, and every flow added as typed (outflows typed negative).
 */
function balanceTerms(cols: ColumnInfo[], c: ColumnInfo): { plus: number[]; minus: number[] }[] {
  const name = words(c.path.join(' '));
  if (c.percent || !(CLOSING.test(name) || (BALANCE.test(name) && !OPENING.test(name)))) return [];
  const leaf = c.path.length > 1 ? words(c.path[c.path.length - 1]) : '';
  const sub = leaf && !CLOSING.test(leaf) ? leaf : '';
  const mates = cols.filter((x) => x.col < c.col && !x.percent && isNumericRole(x.role) && (!sub || words(x.path[x.path.length - 1] ?? '') === sub));
  const opening = mates
    .filter((x) => OPENING.test(words(x.path.join(' '))) || (BALANCE.test(words(x.path.join(' '))) && !CLOSING.test(words(x.path.join(' ')))))
    .pop();
  if (!opening) return [];
  const flows = mates.filter((x) => x.col > opening.col);
  if (flows.length === 0 || flows.length >= MAX_PARTS) return [];
  // Each flow's signs: +1 in, −1 out, both where its words say neither or both.
  const signs = flows.map((x) => {
    const w = words(x.path.join(' '));
    const into = INFLOW.test(w);
    return into === OUTFLOW.test(w) ? [1, -1] : into ? [1] : [-1];
  });
  let readings: number[][] = [[]];
  for (const s of signs) readings = readings.flatMap((r) => s.map((x) => [...r, x])).slice(0, MAX_READINGS);
  const typed = flows.map(() => 1);
  if (!readings.some((r) => r.every((x) => x === 1))) readings.push(typed);
  return readings.map((r) => ({
    plus: [opening.col, ...flows.filter((_, i) => r[i] === 1).map((x) => x.col)],
    minus: flows.filter((_, i) => r[i] === -1).map((x) => x.col),
  }));
}

interface Content {
  numbers: number;
  texts: number;
  filled: number;
  /** Texts of four characters or fewer, one word ("l", "l5", "5'"): slips of a figure, not words. */
  scraps: number;
}

/** Digits and separators only, unreadable as one number ("60,2,6", "1.091.14.000"). */
/** Digits with stray separators: "60,2,6", "38,,", or a space where no thousands group follows ("3 8"). */
// (Or a letter typed for a digit among them: "13.O89", "2l.500".)
// (Or a stray mark after them: "32 ,", "5 .".)
const MISTYPED_NUMBER = /^[-+]?\d[\d.,]*$|^\d{1,3}( \d{1,2})+$|^\d[\d.,]*[OoIl][\d.,]*\d$|^\d[\d.,]*\s+[.,]+$/;

function contentOf(view: SheetView, c: number, bodyTop: number, bodyEnd: number, path: string[]): Content {
  let numbers = 0;
  let texts = 0;
  let filled = 0;
  let mistyped = 0;
  let scraps = 0;
  // (Each of its header's rows: a copy of a two-row header shows the group over the leaf.)
  const heads = path.map((x) => words(x)).filter((x) => x);
  const starts = new Set(heads.map((x) => x.charCodeAt(0)));
  const end = Math.min(bodyEnd, bodyTop + 400); // a sample is enough to judge a column
  for (let r = bodyTop; r <= end; r++) {
    const v = view.value(r, c);
    if (v.kind === 'empty') continue;
    // (The header typed again at a page break is no content of the column.)
    // (Its first letter first: most texts of a column of names differ from its header there.)
    if (v.kind === 'text' && starts.has(v.text.charCodeAt(0) | 32) && heads.includes(words(v.text))) continue;
    // (Or worded anew: "L" under "Laki-laki".)
    if (v.kind === 'text' && v.text.length <= 10 && heads.some((h) => sameSex(words(v.text), h))) continue;
    filled++;
    if (v.kind === 'number' || v.kind === 'dash' || v.kind === 'na' || v.kind === 'graded' || v.kind === 'range') numbers++;
    // A lone "60,2,6" among the figures is a mistyped number, not a text (grades and thresholds stay texts: a
    // column of "A" … "E" names road sections).
    else if (v.kind === 'text') {
      if (MISTYPED_NUMBER.test(v.text.trim())) mistyped++;
      else {
        texts++;
        if (v.text.trim().length <= 4 && !/\s/.test(v.text.trim())) scraps++;
      }
    }
  }
  // (Unless most of the column is written so: codes, "17.1.1.04.001".)
  if (mistyped <= numbers) numbers += mistyped;
  else texts += mistyped;
  return { numbers, texts, filled, scraps };
}

/**
 * A units row's leaf under a name of one column ("Jumlah Total ▸ (Unit)", "Anggaran ▸ (Rp)") joined to that name, as one
 * row would write it. Under a group of several ("Sisa Dana ▸ (Rp) | (%)") each unit names its column: kept.
 */
function unitLeaves(paths: string[][]): string[][] {
  const group = (p: string[] | undefined) => (p && p.length > 1 ? p.slice(0, -1).join('\u0000') : undefined);
  return paths.map((path, i) => {
    if (path.length < 2 || !UNIT_ONLY.test(path[path.length - 1].trim())) return path;
    const own = group(path);
    if (group(paths[i - 1]) === own || group(paths[i + 1]) === own) return path;
    return [...path.slice(0, -2), `${path[path.length - 2]} ${path[path.length - 1].trim()}`];
  });
}

/** A one-row header's pair of leaves "… Tahun 2023 K" | "… Tahun 2023 Rp" (also "(Kinerja)" | "(Keuangan)" or "(Anggaran)"): its group and each half. */
const PAIR_HALF = /^(.*?\S)\s+\(?(kinerja \(k\)|anggaran \(rp\)|keuangan \(rp\)|k|rp|kinerja|keuangan|anggaran)\)?$/i;

/**
 * The Permendagri 86 forms typed in one header row ("Target Kinerja dan Anggaran Renja PD Tahun 2020 K", then "… Rp",
 * "TW I K", "TW I Rp"): each pair read as the two-row form's group over K | Rp, so the K is the performance and the Rp
 * the money, not both money because the group's words name the budget.
 */
function splitPairs(paths: string[][]): string[][] {
  const out = paths.map((p) => [...p]);
  for (let i = 0; i + 1 < paths.length; i++) {
    const a = paths[i].length === 1 ? PAIR_HALF.exec(paths[i][0].trim()) : null;
    const b = paths[i + 1].length === 1 ? PAIR_HALF.exec(paths[i + 1][0].trim()) : null;
    if (!a || !b || a[1] !== b[1] || !/^(k|kinerja)\b/i.test(a[2]) || !/^(rp|keuangan|anggaran)\b/i.test(b[2])) continue;
    // (Named as the two-row forms name them: "TW I (Anggaran)" is the quarter's money, not a budget.)
    out[i] = [a[1], 'K'];
    out[i + 1] = [b[1], 'Rp'];
    i++;
  }
  return out;
}

export function recogniseColumns(view: SheetView, h: HeaderBlock, bodyTop: number, bodyEnd: number): ColumnInfo[] {
  const cols: (ColumnInfo & { guess: Guess; content: Content })[] = [];
  const paths = splitPairs(unitLeaves(Array.from({ length: h.right - h.left + 1 }, (_, i) => headerPath(view, h, h.left + i))));
  for (let c = h.left; c <= h.right; c++) {
    const path = paths[c - h.left];
    const guess = guessRole(path);
    const content = contentOf(view, c, bodyTop, bodyEnd, path);
    const info: ColumnInfo & { guess: Guess; content: Content } = { col: c, path, role: guess.role, guess, content };
    const year = yearOf(path);
    if (year !== undefined && guess.role !== 'kondisiAwal') info.year = year;
    else if (guess.role === 'kondisiAwal' && year !== undefined) info.year = year;
    const period = periodOf(path);
    if (period !== undefined) info.period = period;
    if (h.numberRow !== undefined) {
      // A number merged over several columns (K | Rp) numbers each of them, at its place under the merge.
      const merge = view.mergeAt(h.numberRow, c);
      const across = merge && merge.r0 === h.numberRow && merge.c1 > merge.c0 ? merge : undefined;
      const at = across ? across.c0 : c;
      // "(3)" is column 3 (not an accounting −3); "(5)=(4)/(3)x100%" also states the column's formula.
      const text = view.shownText(h.numberRow, at).trim();
      const m = COLUMN_NO.exec(text);
      const worded = m ? null : WORDED_COLUMN_NO.exec(text);
      const v = view.value(h.numberRow, at);
      if (m) {
        info.number = Number(m[1]);
        if (m[2]) info.stated = m[2].replace(/^\s*=\s*/, '').trim();
      } else if (worded) info.number = Number(worded[1]);
      else if (v.kind === 'number' && Number.isInteger(v.value)) info.number = v.value;
      else if (COLUMN_FORMULA.test(text) && cols[cols.length - 1]?.number !== undefined) {
        // ("(2)/(4)x100" alone under APK (%): the next number, its formula stated.)
        info.number = cols[cols.length - 1].number! + 1;
        info.stated = text;
      }
      if (across && info.number !== undefined) info.numberPart = c - across.c0;
      else if (info.number !== undefined && cols[cols.length - 1]?.number === info.number) {
        // ("6 6 7 7 …" typed unmerged over K | Rp: the same places as under a merge.)
        const prev = cols[cols.length - 1];
        prev.numberPart ??= 0;
        info.numberPart = prev.numberPart + 1;
      }
    }
    if (guess.of) info.of = guess.of;
    if (guess.percent) info.percent = true;
    cols.push(info);
  }
  mergedSpacers(view, h, cols);
  meanAfterGrowths(cols);
  ordinalPeriods(cols);
  groupOrdinalPeriods(cols);
  // "Tahun ke-1 (2021)" over anggaran and a bare "1" over the ratios: the period names the same year.
  const yearOfPeriod = new Map<number, number>();
  for (const c of cols) if (c.period !== undefined && c.year !== undefined) yearOfPeriod.set(c.period, c.year);
  for (const c of cols) if (c.year === undefined && c.period !== undefined && yearOfPeriod.has(c.period)) c.year = yearOfPeriod.get(c.period);
  // And the other way: "Target Kinerja ▸ 1 ▸ 2021" beside "Realisasi Capaian Tahun ke- ▸ 1 ▸ 2021" is that year's period
  // too (only "Tahun ke-" made it one there), when the year has one period alone.
  const periodOfYear = new Map<number, number | null>();
  for (const c of cols)
    if (c.period !== undefined && c.year !== undefined)
      periodOfYear.set(c.year, periodOfYear.get(c.year) === undefined || periodOfYear.get(c.year) === c.period ? c.period : null);
  for (const c of cols) {
    const p = c.year !== undefined && c.period === undefined ? periodOfYear.get(c.year) : undefined;
    if (p !== undefined && p !== null) c.period = p;
  }
  if (yearOfPeriod.size === 0) yearsOfOrdinals(cols);
  lettersTR(cols);
  settle(cols, view, bodyTop, bodyEnd);
  framedTargets(cols);
  yearOnYear(cols);
  quotientOfLetters(cols);
  return cols.map(({ guess: _g, content: _c, ...rest }) => rest);
}

/**
 * "Pertumbuhan (%) ▸ 2020 | 2021 | 2022 | Rata-rata (%)": a mean right after the yearly growths is the average growth
 * of the series they are of (the mean of the yearly growths is one of its readings).
 */
function meanAfterGrowths(cols: (ColumnInfo & { guess: Guess })[]): void {
  cols.forEach((c, i) => {
    const prev = cols[i - 1];
    if (!prev || prev.role !== 'pertumbuhan' || c.role === 'pertumbuhan' || !/^(rata rata|rerata)( %)?$/.test(words(c.path[c.path.length - 1] ?? ''))) return;
    if (c.path.some((p) => /\bpertumbuhan\b/i.test(p)) || prev.path.length < 2) return;
    c.role = 'pertumbuhan';
    c.percent = true;
    if (prev.of) c.of = prev.of;
  });
}

/**
 * A leaf header merged across columns that nothing under it tells apart ("Target" over G:H, its figures in G, H empty
 * or covered by the figures' own merges): the empty ones are the merge's width, no column of their own. Left as they
 * are where none of them holds anything (a column to be filled).
 */
function mergedSpacers(view: SheetView, h: HeaderBlock, cols: (ColumnInfo & { guess: Guess; content: Content })[]): void {
  // (The names' last row: a column number merged over K | Rp numbers two columns.)
  let leaf = h.top + h.rows - 1;
  if (leaf === h.numberRow && leaf > h.top) leaf--;
  for (const c of cols) {
    const m = view.mergeAt(leaf, c.col);
    if (!m || m.c1 === m.c0 || c.content.filled > 0 || c.col < h.left || m.c0 < h.left || m.c1 > h.right) continue;
    if (!cols.some((o) => o !== c && o.col >= m.c0 && o.col <= m.c1 && o.content.filled > 0)) continue;
    c.role = 'other';
    delete c.percent;
    delete c.of;
  }
}

/**
 * "Anggaran dan Realisasi ▸ 2016 … 2019 ▸ A | R" beside "Rasio … Tahun ke- ▸ 1 … 4", no column naming both a year and
 * a period: the periods count the plan's years in order (1 is 2016). The plan's years are the targets' (or budgets')
 * where they run on without a gap, else every dated figure's but a kondisi awal or akhir; periods 1 … m of them, m at
 * most their number ("Realisasi 2019 … 2022" of a Renstra to 2023 has four rasio): a realisasi of the year before the
 * plan ("Realisasi ▸ 2018 … 2023" beside Target 2019 …) takes no period.
 */
function yearsOfOrdinals(cols: Array<{ role: ColumnRole; year?: number; period?: number }>): void {
  const runOn = (ys: number[]) => ys.length >= 2 && ys.every((y, i) => y === ys[0] + i);
  const yearsOf = (cs: typeof cols) => [...new Set(cs.map((c) => c.year!))].sort((a, b) => a - b);
  const dated = cols.filter((c) => c.year !== undefined && c.period === undefined && !END_ROLES.has(c.role));
  const planned = yearsOf(dated.filter((c) => PLAN_ROLES.has(c.role)));
  const years = runOn(planned) ? planned : yearsOf(dated);
  const periods = [...new Set(cols.flatMap((c) => (c.period !== undefined && c.year === undefined ? [c.period] : [])))].sort((a, b) => a - b);
  if (!runOn(years) || periods.length < 2 || periods.length > years.length || periods.some((p, i) => p !== i + 1)) return;
  for (const c of cols) {
    if (c.period !== undefined && c.year === undefined) c.year = years[c.period - 1];
    else if (c.year !== undefined && c.period === undefined && !END_ROLES.has(c.role) && years.includes(c.year)) c.period = c.year - years[0] + 1;
  }
}
/** Figures of the plan's start or end, dated by their own year, no year of the plan's run. */
const END_ROLES = new Set<ColumnRole>(['kondisiAwal', 'akhirTarget', 'akhirRp']);
/** The figures a plan sets for each of its years. */
const PLAN_ROLES = new Set<ColumnRole>(['target', 'anggaran', 'rp']);

/**
 * "Target ▸ 1 2 3 4 | Realisasi ▸ 1 2 3 4 | Rasio Capaian ▸ 1 2 3 4" with no "Tahun ke-" over them: the same run
 * of ordinals under two groups or more, one of them ratios, numbers the same periods in each, so the fourth capaian
 * divides the fourth realisasi by the fourth target, not its neighbours. A run under one group alone (Kelas 1 … 6)
 * numbers nothing.
 */
function ordinalPeriods(cols: Array<{ path: string[]; role: ColumnRole; year?: number; period?: number }>): void {
  const runs = new Map<string, Array<{ col: (typeof cols)[number]; n: number }>>();
  for (const c of cols) {
    if (c.year !== undefined || c.path.length < 2) continue;
    // 1 2 3 4, or I II III IV (capital Roman numerals only: "i" is no ordinal there).
    const leaf = c.path[c.path.length - 1];
    const n = smallNumberLabel(leaf) ?? (/^[IVX]{1,4}$/.test(leaf.trim()) ? romanValue(leaf) : null);
    if (n === null || (c.period !== undefined && c.period !== n)) continue;
    const group = c.path.slice(0, -1).join('\u0000');
    (runs.get(group) ?? runs.set(group, []).get(group)!).push({ col: c, n });
  }
  const counted = [...runs.values()].filter((run) => run.length >= 2 && run.every((x, i) => x.n === i + 1));
  if (counted.length < 2 || counted.some((run) => run.length !== counted[0].length)) return;
  // Only where a ratio is stated per ordinal: quarters of a Rencana Aksi under one annual Capaian are read from their sum.
  // (By its role, or by its group's name: "Capaian (%)" over I II III IV is read as a ratio only later.)
  const ratioRun = (run: Array<{ col: (typeof cols)[number] }>) =>
    run.every((x) => x.col.role === 'ratio') || /\b(capaian|rasio)\b|%/i.test(run[0].col.path.slice(0, -1).join(' '));
  if (!counted.some(ratioRun)) return;
  for (const run of counted) for (const x of run) x.col.period = x.n;
}

/**
 * "Target Kinerja Program dan Kerangka Pendanaan ▸ 1 | 2 | 3 ▸ Target | Rp" (a Tabel 6.1 numbering its years, the years
 * themselves unnamed): ordinals 1 … n over the same leaves each are the plan's periods, as "Tahun ke-1" would be.
 */
function groupOrdinalPeriods(cols: Array<{ path: string[]; year?: number; period?: number }>): void {
  const groups = new Map<string, Map<number, { path: string[]; year?: number; period?: number }[]>>();
  for (const c of cols) {
    if (c.year !== undefined || c.period !== undefined || c.path.length < 3) continue;
    const n = smallNumberLabel(c.path[c.path.length - 2]);
    if (n === null) continue;
    const key = c.path.slice(0, -2).join('\u0000');
    const byN = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
    (byN.get(n) ?? byN.set(n, []).get(n)!).push(c);
  }
  for (const byN of groups.values()) {
    const ns = [...byN.keys()].sort((a, b) => a - b);
    if (ns.length < 2 || !ns.every((n, i) => n === i + 1)) continue;
    const leaves = (n: number) =>
      byN
        .get(n)!
        .map((c) => words(c.path[c.path.length - 1]))
        .join('|');
    if (byN.get(1)!.length < 2 || !ns.every((n) => leaves(n) === leaves(1))) continue;
    for (const [n, cs] of byN) for (const c of cs) c.period = n;
  }
}

/** The column before a run of at least two plain yearly figures that ends at the end target ("2025 … 2029 | Kondisi Akhir"). */
function yearsBefore(cols: ColumnInfo[], akhir: ColumnInfo, timed: (c: ColumnInfo) => boolean): ColumnInfo | undefined {
  let i = cols.indexOf(akhir) - 1;
  let n = 0;
  while (i >= 0 && cols[i].role === 'value' && timed(cols[i])) {
    i--;
    n++;
  }
  return n >= 2 && i >= 0 && !isNumericRole(cols[i].role) ? cols[i] : undefined;
}

/** The column just past a run of at least two plain yearly figures right after the start (Infinity at the table's end). */
function yearsAfter(cols: ColumnInfo[], awal: ColumnInfo, timed: (c: ColumnInfo) => boolean): number | undefined {
  let i = cols.indexOf(awal) + 1;
  let n = 0;
  while (i < cols.length && cols[i].role === 'value' && timed(cols[i])) {
    i++;
    n++;
  }
  return n >= 2 ? (cols[i]?.col ?? Infinity) : undefined;
}

/**
 * The frame of a Renstra / RPJMD target table: Kondisi Awal, the years, Kondisi Akhir. The years between are the
 * targets, whether a one-row header names them by the year alone ("2025", "Th. 2025") or a group names them as the
 * program's "Capaian Kinerja … dan Kerangka Pendanaan" without a Rp of their own. Not where the table states targets
 * or realisations by name already.
 */
function framedTargets(cols: ColumnInfo[]): void {
  const akhir = cols.find((c) => c.role === 'akhirTarget');
  // (By the year or by its place in the plan: "Th-1", "Tahun ke-1".)
  const timed = (c: ColumnInfo) => c.year !== undefined || c.period !== undefined;
  // Without a Kondisi Awal (a cascading table: "2025 … 2029 | Kondisi Akhir Periode"), the years right before the end.
  const awal = cols.find((c) => c.role === 'kondisiAwal') ?? (akhir ? yearsBefore(cols, akhir, timed) : undefined);
  if (!awal) return;
  // Without a Kondisi Akhir ("Kondisi Awal | 1 (2025) … 5 (2029) | Penanggung Jawab"), the years right after the start.
  const end = akhir?.col ?? yearsAfter(cols, awal, timed);
  if (end === undefined || awal.col > end) return;
  if (cols.some((c) => c.role === 'target' || c.role === 'realisasi' || c.role === 'anggaran' || c.role === 'realisasiRp')) return;
  for (const c of cols) {
    if (c.col <= awal.col || c.col >= end || !timed(c)) continue;
    // (The group's "… dan Kerangka Pendanaan" names the table's Rp, which has columns of its own.)
    const named = words(c.path.join(' ')).replace(/\b(dan )?kerangka pendanaan\b/, '');
    if (MONEY_WORDS.test(named)) continue;
    if (c.role === 'value' || (c.role === 'ratio' && /\bcapaian kinerja\b/.test(named) && !/%/.test(c.path.join(' ')))) {
      c.role = 'target';
      delete c.percent;
    }
  }
}

const NUMERIC_ROLES = new Set<ColumnRole>([
  'kondisiAwal',
  'target',
  'realisasi',
  'ratio',
  'anggaran',
  'realisasiRp',
  'rp',
  'akhirTarget',
  'akhirRp',
  'pertumbuhan',
  'sisa',
  'rowTotal',
  'value',
]);

/** Columns a total row adds up: money and counts, never ratios, targets or growth. */
export const summedRoles = new Set<ColumnRole>(['value', 'rowTotal', 'rp', 'akhirRp', 'anggaran', 'realisasiRp', 'sisa']);

export function isNumericRole(role: ColumnRole): boolean {
  return NUMERIC_ROLES.has(role);
}

/**
 * A growth header that states an average over a series (ratio.pertumbuhan), never one year's step: "Rata-rata
 * Pertumbuhan", or a yearless growth naming the years it spans ("Laju Pertumbuhan 2020-2023 (%)").
 */
export function averageGrowth(c: ColumnInfo): boolean {
  return /\b(rata rata|rerata)\b/.test(words(c.path.join(' '))) || (c.year === undefined && /\b(19|20)\d\d\b/.test(c.path.join(' ')));
}

/**
 * "Pertumbuhan 2023 (%)", "Pertumbuhan (%) ▸ 2023" after yearly figures: that year's growth on the year
 * before, a ratio of two of its figures (relations.ts growthCandidates), not the mean growth of the
 * series that a yearless "Rata-rata Pertumbuhan" states. So is a "Pertumbuhan (%)" naming no year after
 * "Realisasi (Rp) | Realisasi 2023 (Rp)" (an LKPJ pendapatan table): this year's figure on last
 * year's, where no kind of figure has two dated columns to average over.
 */
function yearOnYear(cols: ColumnInfo[]): void {
  for (const c of cols) {
    if (c.role !== 'pertumbuhan' || averageGrowth(c)) continue;
    const figures = cols.filter((x) => x.col < c.col && x.role !== 'pertumbuhan' && !x.percent && isNumericRole(x.role));
    const step =
      c.year === undefined
        ? !figures.some((x) => x.year !== undefined && figures.some((y) => y !== x && y.role === x.role && y.year !== undefined)) &&
          figures.some((x) => x.year === undefined && figures.some((y) => y.role === x.role && y.year !== undefined))
        : figures.some((own) => own.year === c.year && figures.some((x) => x.role === own.role && x.year !== undefined && x.year < c.year!));
    if (step) {
      c.role = 'ratio';
      c.percent = true;
      delete c.of;
    }
  }
}

/**
 * LPPD's IKK in year groups, "Tahun 2023 ▸ A | B | Hasil": the columns named A and B right before c in its group,
 * whose quotient c is (at the scale each row's Rumus writes, relations.ts writtenScale), as "Capaian Kinerja" is in
 * the flat layout.
 */
export function letterPair(cols: ColumnInfo[], c: ColumnInfo): [ColumnInfo, ColumnInfo] | undefined {
  const i = cols.findIndex((x) => x.col === c.col);
  const [a, b] = i >= 2 ? [cols[i - 2], cols[i - 1]] : [];
  const leaf = (x: ColumnInfo) => words(x.path[x.path.length - 1] ?? '');
  // "Pembilang | Penyebut" name the same pair in words.
  const letter = (x: ColumnInfo, l: string) =>
    new RegExp(`^(nilai |kolom )?${l}$`).test(leaf(x)) || (l === 'a' ? /^(pembilang|numerator)\b/ : /^(penyebut|denominator)\b/).test(leaf(x));
  const group = (x: ColumnInfo) => x.path.slice(0, -1).join('\u0000');
  if (!a || !b || b.col !== c.col - 1 || a.col !== c.col - 2 || /^[a-z]$/.test(leaf(c))) return undefined;
  // ("Nilai ▸ A | B" then a Hasil merged down the header rows: the pair's own group, the result beside it.)
  return letter(a, 'a') && letter(b, 'b') && group(a) === group(b) && (group(c) === group(a) || c.path.length === 1) ? [a, b] : undefined;
}

/** The quotient of a letter pair is a ratio whatever its leaf says, never an amount its total row adds up. */
function quotientOfLetters(cols: ColumnInfo[]): void {
  // ("Realisasi" after A | B, where no target is set, is the IKK's result too.)
  const targets = cols.some((c) => c.role === 'target');
  for (const c of cols)
    if ((c.role === 'value' || (c.role === 'realisasi' && !targets)) && letterPair(cols, c)) {
      c.role = 'ratio';
      c.percent = true;
    }
}

/** The nearest target or money column left of c is an indicator target of c's year and period. */
function unitOfTarget(cols: ColumnInfo[], c: ColumnInfo): boolean {
  const before = cols.filter((x) => x.col < c.col && (x.role === 'target' || MONEY_SERIES.has(x.role)));
  const t = before[before.length - 1];
  return t !== undefined && t.role === 'target' && t.year === c.year && t.period === c.period;
}

/** A header naming the period a row is of. */
const ROW_KEY = /^(tahun|th|thn|tahun anggaran|periode|ta)( tahun)?$/;
const DATA_YEAR = /^(tahun (data|pengukuran|dasar|capaian|realisasi|sumber data|pendataan)|data tahun)$/;

/** The column's numbers are all years, at least two of them: a key down the rows. */
export function yearsDown(view: SheetView, col: number, bodyTop: number, bodyEnd: number): boolean {
  let years = 0;
  for (let r = bodyTop; r <= bodyEnd; r++) {
    const n = view.numberAt(r, col);
    if (n === undefined) continue;
    if (!isYearNumber(n)) return false;
    years++;
  }
  return years >= 2;
}

/**
 * "Target Murni | Target Setelah Perubahan | Realisasi" of an LKPJ revenue table beside its "Lebih/(Kurang) (Rp)": a
 * table whose money a column names in rupiah, and whose targets and realisasi are all amounts of millions, states
 * the budget and what was received, money its Jumlah and its kode tree add up.
 */
function moneyTargets(cols: ColumnInfo[], view: SheetView, bodyTop: number, bodyEnd: number): void {
  if (!cols.some((c) => /\b(rp|rupiah)\b/.test(words(c.path.join(' '))))) return;
  const figures = cols.filter((c) => (c.role === 'target' || c.role === 'realisasi') && !c.percent && !/%|persen/.test(c.path.join(' ').toLowerCase()));
  if (!figures.some((c) => c.role === 'target') || !figures.every((c) => millions(view, c.col, bodyTop, bodyEnd))) return;
  for (const c of figures) c.role = c.role === 'target' ? 'anggaran' : 'realisasiRp';
}

/** Three figures at least, nine in ten of those not zero a million or more. */
function millions(view: SheetView, c: number, bodyTop: number, bodyEnd: number): boolean {
  let n = 0;
  let big = 0;
  for (let r = bodyTop; r <= Math.min(bodyEnd, bodyTop + 400); r++) {
    const v = view.numberAt(r, c);
    if (v === undefined || v === 0) continue;
    n++;
    if (Math.abs(v) >= 1e6) big++;
  }
  return n >= 3 && big >= 0.9 * n;
}

/**
 * A column of numbers, whatever its header's words: no text in it, or one scrap among five numbers or more ("l" typed
 * for 1 under "Kondisi Aset ▸ Rusak Berat"), a slip number.invalid says, not a column of words.
 */
const numbersOnly = (content: Content) => content.texts === 0 || (content.texts === 1 && content.scraps === 1 && content.numbers >= 5);

function settle(cols: (ColumnInfo & { guess: Guess; content: Content })[], view: SheetView, bodyTop: number, bodyEnd: number): void {
  const has = (role: ColumnRole) => cols.some((c) => c.role === role);
  const hasTarget = has('target');
  const hasMoney = has('anggaran') || has('realisasiRp');

  // An empty spacer inside a group ("Tahun 2025 ▸ Target | (spacer) | Rp", as a PDF conversion leaves it): no leaf of its
  // own where its neighbours have one, nothing on any row. No column of the group's, and nothing missing from it.
  for (const c of cols)
    if (
      c.content.filled === 0 &&
      c.path.length > 0 &&
      cols.some((o) => o !== c && o.path.length === c.path.length + 1 && c.path.every((p, i) => o.path[i] === p))
    )
      c.role = 'other';
  tierCodeColumns(cols, view, bodyTop, bodyEnd);
  moneyTargets(cols, view, bodyTop, bodyEnd);
  // "Kode / Program / Kegiatan / Sub Kegiatan" over "2.07.03 PROGRAM PELATIHAN …" (kode and name typed in one
  // cell, as tables pasted from Word write them): the names' column, its codes read before the names as in any
  // label; an "Indikator …" column beside it is then the indicator (the one-label choice below).
  for (const c of cols)
    // (A header naming the program column too says it holds names: then codes before names on some of its lines
    // are enough, among Tujuan and Sasaran lines typed in it.)
    if (c.role === 'kode' && namedCodes(view, c.col, bodyTop, bodyEnd, /\b(program|kegiatan)\b/.test(words(c.path.join(' '))) ? 0.3 : 0.6)) {
      c.role = 'label';
      c.guess = { ...c.guess, role: 'label', labelRank: 1 };
    }
  for (const c of cols) {
    const numericContent = c.content.filled > 0 && c.content.numbers >= c.content.texts;
    // "Realisasi" in a budget table without targets is money; a physical progress in % never is ("Realisasi Fisik (%)").
    // (Not the K of a K | Rp pair: the performance beside the money.)
    if (
      c.role === 'realisasi' &&
      hasMoney &&
      !hasTarget &&
      !c.percent &&
      !/\bfisik\b|%|\bpersen/i.test(c.path.join(' ')) &&
      !/^(k|kinerja|output|outcome)$/.test(words(c.path[c.path.length - 1] ?? ''))
    )
      c.role = 'realisasiRp';
    // "Target (%) | Realisasi (%) | Capaian (%)": after an indicator's target, with no money between, the % is
    // the unit of the realisation (LKjIP indicators are mostly percentages), not a percentage of it.
    if (c.guess.realisasiPct && c.role === 'ratio' && unitOfTarget(cols, c)) c.role = 'realisasi';
    // "Tahun" over 2021, 2022 … (a table whose years run down its rows): the rows' key, never a figure.
    // ("Tahun Anggaran" alone over 2019, 2020 …, guessed a budget by its word: the years down the rows all the same.)
    const yearKey = c.role === 'other' || (c.role === 'anggaran' && c.path.length === 1);
    if (yearKey && !c.percent && ROW_KEY.test(words(spelledOut(c.path[c.path.length - 1] ?? ''))) && yearsDown(view, c.col, bodyTop, bodyEnd)) {
      c.role = 'label';
      continue;
    }
    // "Tahun Data" beside each problem's figure: the year it was measured, an attribute of the row, not a figure.
    if (c.role === 'other' && !c.percent && DATA_YEAR.test(words(c.path[c.path.length - 1] ?? '')) && yearsDown(view, c.col, bodyTop, bodyEnd)) {
      c.role = 'text';
      continue;
    }
    // "Sasaran Bayi", "Sasaran" over counts (the population an SPM or an immunisation serves): a text word
    // gives way to a column of numbers only (notes and remarks excepted).
    if (
      c.role === 'text' &&
      c.content.filled >= 2 &&
      numbersOnly(c.content) &&
      !NOTE_COLUMN.test(words(c.path.join(' '))) &&
      !DATE_HEADER.test(words(c.path[c.path.length - 1] ?? ''))
    )
      c.role = 'value';
    // "Satuan Pendidikan" (BPS's and Dapodik's name for schools) over counts: a unit is a word, never a column of numbers.
    if (c.role === 'satuan' && c.content.filled >= 2 && c.content.texts === 0) c.role = 'value';
    // A spacer under a group merged across it (an app export's "Realisasi" over "(Rp) | | (%)"): nothing in it, no
    // header of its own where its neighbours have one, so no column of the group.
    if (
      c.content.filled === 0 &&
      c.path.length === 1 &&
      cols.some(
        (x) => x !== c && Math.abs(x.col - c.col) === 1 && x.path.length === 1 && x.path[0].length > c.path[0].length && x.path[0].startsWith(c.path[0]),
      )
    ) {
      c.role = 'other';
      continue;
    }
    // Unnamed columns are judged by what they hold.
    if (c.role === 'other' && !c.percent) c.role = numericContent ? 'value' : c.content.filled > 0 ? 'text' : 'other';
    if (c.role === 'label' && numericContent && numbersOnly(c.content) && c.content.filled > 0) c.role = 'value';
  }

  // "Target | Capaian Kinerja | Tingkat Capaian" by year with no realisation named: the bare Capaian is what was reached,
  // the rate after it of the same year its ratio.
  if (hasTarget && !has('realisasi') && !has('realisasiRp')) {
    const name = (c: ColumnInfo) => words(c.path.filter((x) => !yearOnly(x) && periodIn(x) === undefined).join(' '));
    const rates = cols.filter((c) => c.role === 'ratio' && !BARE_CAPAIAN.test(name(c)));
    for (const c of cols)
      if (c.role === 'ratio' && BARE_CAPAIAN.test(name(c)) && rates.some((r) => r.col > c.col && r.year === c.year && r.period === c.period)) {
        c.role = 'realisasi';
        c.percent = undefined;
      }
  }

  // A plan (Target | Rp per year, no realisation): a yearly "Pagu (Rp)" is the year's Rp like its neighbours'.
  if (!has('realisasiRp') && cols.some((c) => c.role === 'target' && (c.year !== undefined || c.period !== undefined)))
    for (const c of cols) if (c.role === 'anggaran' && (c.year !== undefined || c.period !== undefined)) c.role = 'rp';

  // Target NSPK / IKK / Indikator Lainnya beside yearly targets are references, not the year's target.
  // (Another government's target of the year, "Target Provinsi 2022 | Target Nasional 2022" beside the region's own
  // "Kab. Sumbawa ▸ Target": a comparison, no yearly target of the region's.)
  const yearlyTargets = cols.some((c) => c.role === 'target' && (c.year !== undefined || c.period !== undefined) && !ofAnotherLevel(c));
  // (Not the transition year, "n+1": the year after the period, unnamed.)
  // (Nor a quarter numbered bare under its group: "Target Triwulan ▸ I | II | III | IV" beside "Target 2024".)
  if (yearlyTargets) {
    const quarters = quarterColumns(cols);
    for (const c of cols)
      if (
        c.role === 'target' &&
        c.year === undefined &&
        c.period === undefined &&
        !partOfYear(c) &&
        !quarters.has(c.col) &&
        !transitionYear(c.path) &&
        // (Nor the year's own beside its quarters: "Target Tahunan | Target Triwulan ▸ I … IV".)
        !/\btahunan\b/.test(words(c.path.join(' ')))
      )
        c.role = 'other';
  }

  // "Capaian 2023 | Target 2024 | Target 2025 …": the achievement reached the year before the period, the plan's
  // baseline, not a ratio to explain — with no target or realisation of its year in the table.
  // (The period's years may be ordinals only, "Tahun ke-1 ▸ Target | Realisasi | Capaian".)
  const firstTarget = cols.find((c) => c.role === 'target' && (c.year !== undefined || c.period !== undefined));
  if (firstTarget)
    for (const c of cols)
      if (
        c.role === 'ratio' &&
        c.col < firstTarget.col &&
        c.year !== undefined &&
        c.year < (firstTarget.year ?? Infinity) &&
        /^capaian( kinerja)?( tahun)? \d{4}$/.test(words(c.path.join(' '))) &&
        !cols.some((t) => (t.role === 'target' || t.role === 'realisasi') && t.year === c.year)
      )
        c.role = 'kondisiAwal';
  // "Capaian 2024 | Target 2024" (a Faktor Penghambat table), still with no realisation: what was reached against that
  // year's target, its realisasi, not a ratio of anything here.
  if (!has('realisasi') && !has('realisasiRp'))
    for (const c of cols)
      if (
        c.role === 'ratio' &&
        c.year !== undefined &&
        /^capaian( kinerja)?( tahun)? \d{4}$/.test(words(c.path.join(' '))) &&
        cols.some((t) => t.role === 'target' && t.year === c.year)
      )
        c.role = 'realisasi';

  // "Capaian Tahun ▸ 2020 | 2021 | …" in a table with no target nor realisasi at all (a Bab II series of road lengths in
  // km and their kemantapan in %): the figures reached each year, values its Jumlah adds, no ratio of anything here.
  const capaianYears = cols.filter((c) => c.role === 'ratio' && c.year !== undefined && /^capaian( kinerja)?( tahun)? \d{4}$/.test(words(c.path.join(' '))));
  if (
    capaianYears.length >= 2 &&
    !cols.some((c) => ['target', 'realisasi', 'anggaran', 'realisasiRp', 'akhirTarget', 'rp'].includes(c.role)) &&
    capaianYears.every((c) => !c.path.join(' ').includes('%'))
  )
    for (const c of capaianYears) {
      c.role = 'value';
      c.percent = false;
    }

  // "Target Renstra 2026" in a Renja's evaluation of 2024: one target of the plan, past every other year of the
  // table, is the plan's end target (which a capaian "s.d. 2024 terhadap Renstra" is taken against).
  const planTargets = cols.filter((c) => c.role === 'target' && c.year !== undefined && /\b(renstra|rpjmd|rpjm)\b/.test(words(c.path.join(' '))));
  if (planTargets.length === 1) {
    const end = planTargets[0];
    // Its own group's other half ("Target Renstra 2026 ▸ K | Rp"): the end of the period's money.
    const group = (c: ColumnInfo) => c.path.length > 1 && c.path.slice(0, -1).join('\u0000') === end.path.slice(0, -1).join('\u0000');
    const own = cols.filter((c) => c !== end && group(c) && MONEY_SERIES.has(c.role));
    if (
      cols.every((c) => c === end || own.includes(c) || c.year === undefined || c.year < end.year!) &&
      cols.some((c) => c.year !== undefined && c !== end && !own.includes(c))
    ) {
      end.role = 'akhirTarget';
      for (const c of own) c.role = 'akhirRp';
    }
  }

  // Without Rp columns of its own for that year, a yearly "Pagu Indikatif 2025" is the table's funding of the year
  // (a Renja: "Rencana 2025 ▸ Pagu Indikatif (Rp)" beside "Prakiraan Maju 2026 ▸ Kebutuhan Dana (Rp)").
  // (Or of a plan's year by its place: "Tahun ke-1 ▸ Target | Pagu Indikatif (Rp)".)
  const when = (c: ColumnInfo) => c.year ?? (c.period !== undefined ? `ke-${c.period}` : undefined);
  const fundedYears = new Set(cols.filter((c) => MONEY_SERIES.has(c.role) && !c.guess.quoted).map(when));
  for (const c of cols) if (c.guess.quoted && when(c) !== undefined && !fundedYears.has(when(c))) c.role = 'rp';
  // Still no money: one column that names funds or rupiah without a year ("Pagu Indikatif (Rp)", "Kebutuhan
  // Dana (Rp)", a Struktur APBD's "Jumlah (Rp)") is the table's money, which its hierarchy adds up.
  // (Not in an RKA/DPA rincian, whose Jumlah (Rp) is Volume × Harga Satuan: relations.ts reads it so.)
  const named = (re: RegExp) => cols.some((c) => re.test(words(c.path.join(' '))));
  const rincian = named(VOLUME_WORDS) || named(PRICE_WORDS);
  // "Volume | Harga Satuan | Total (Rp)": the line's amount under any total word, read like "Jumlah (Rp)".
  if (named(VOLUME_WORDS) && named(PRICE_WORDS))
    for (const c of cols) if (c.role === 'rp' && c.year === undefined && /^(total|jumlah|jml|nilai|biaya)\b/.test(words(c.path.join(' ')))) c.role = 'value';
  if (!rincian && !cols.some((c) => MONEY_SERIES.has(c.role) || c.role === 'akhirRp')) {
    const funds = cols.filter(
      (c) =>
        c.role === 'value' &&
        c.year === undefined &&
        c.period === undefined &&
        !c.percent &&
        // Funds by name, or an amount in rupiah ("Jumlah (Rp)"); an asset's "Nilai (Rp)" stays a value.
        /\b(pagu|dana|biaya|indikatif)\b|^(jumlah|total|jml)\b.*\b(rp|rupiah)\b/.test(words(c.path.join(' '))),
    );
    if (funds.length === 1) funds[0].role = 'anggaran';
  }

  // Only one row-label column: the best-ranked label header before the first numeric column.
  // (Past a helper column of numbers at the left edge, before any name: "lvl | Kode | Program/Kegiatan | Indikator …";
  // or one with no header among the names, "Kode | (0, 1, 2) | Program dan Kegiatan | Indikator …", the rows' levels.)
  const firstName = cols.findIndex((c) => !isNumericRole(c.role));
  const firstNumeric = cols.find((c, i) => i > firstName && isNumericRole(c.role) && c.path.length > 0)?.col ?? Infinity;
  const labels = cols.filter((c) => c.role === 'label');
  const byRank = (a: (typeof cols)[number], b: (typeof cols)[number]) => (a.guess.labelRank ?? 9) - (b.guess.labelRank ?? 9) || a.col - b.col;
  // A block of the Sasaran with its own Bobot before the IKU's block ("Sasaran | Bobot | IKU | Bobot | Target …"): the
  // indicator named before the targets is the rows' name, though a figure of the block before it comes first.
  const firstFigure = cols.find((c) => c.role === 'target' || c.role === 'realisasi')?.col ?? Infinity;
  let best = labels.filter((c) => c.col < firstNumeric).sort(byRank)[0] ?? labels.filter((c) => c.guess.labelRank === 2 && c.col < firstFigure).sort(byRank)[0];
  // A group's name written on its first row only ("Prioritas Nasional" beside a "Program" named on every row): the
  // column naming every row is the label. (Not a tier of the plan's outline: "Program | Kegiatan" split over two
  // columns is read by its tiers, rows.ts regroupTierLabels.)
  // (Names only: of two indicator columns, "Sasaran Strategis" merged over its indicators' rows and "Indikator Kinerja",
  // the indicator is read where it is.)
  if (best && best.guess.labelRank === 1 && !/\b(urusan|bidang|program|kegiatan)\b/.test(words(best.path.join(' ')))) {
    const rank = best.guess.labelRank;
    const b = best;
    const fuller = labels.find(
      (c) => c !== b && c.col < firstNumeric && (c.guess.labelRank ?? 9) === rank && c.content.texts >= 3 && c.content.texts >= 2 * b.content.texts,
    );
    if (fuller) best = fuller;
  }
  for (const c of labels) if (c !== best) c.role = (c.guess.labelRank ?? 9) === 2 && c.col < firstNumeric ? 'indicator' : 'text';
  if (!best) {
    // No header named the label: the first text column before the numbers is it.
    const t = cols.find(
      (c) => (c.role === 'text' || c.role === 'other') && c.col < firstNumeric && c.content.texts > 0 && !TEXT_WORDS.test(words(c.path.join(' '))),
    );
    // Failing that, any text column before the numbers ("Unit Kerja" listing the units counted).
    const u = t ?? cols.find((c) => (c.role === 'text' || c.role === 'other') && c.col < firstNumeric && c.content.texts > 0);
    // Failing that, grades before the figures that count them ("Predikat | Jumlah Indikator", Sangat Tinggi … Rendah):
    // the rows' names. (Unnamed, "Sedang 4" under "Sangat Tinggi 1" and "Tinggi 3" read as their total.)
    const g = u ?? cols.find((c) => c.role === 'predikat' && c.col < firstNumeric && c.content.texts >= 2 && c.content.numbers === 0);
    if (g) g.role = 'label';
  }

  // BPS's "Kategori" of a lapangan usaha (A, B, C … "R,S,T,U") before the names: the outline's letters, not a grade.
  for (const c of cols) if (c.role === 'predikat' && c.col < firstNumeric && letterCategories(view, c.col, bodyTop, bodyEnd)) c.role = 'no';
  // A "Kategori" holding no grades but names (Laki-laki, SMA, PNS of a respondents' profile, "Karakteristik | Kategori |
  // Jumlah | %"), filled on more rows than the label column: the rows' names, the label column over them their group.
  // (So does a "Keterangan" or "Rincian" of names beside a "Klasifikasi" that names the groups on their first rows, or
  // any such column the label column fills only beside: "I. Menurut Golongan | Golongan I", "| Golongan II" …)
  for (const c of cols) {
    if (
      (c.role !== 'predikat' && c.role !== 'text') ||
      c.col >= firstNumeric ||
      c.content.texts < 3 ||
      // (Not an indicator's polarity, "Polaritas ▸ Positif | Negatif" on every row: an attribute, no name.)
      POLARITY_HEAD.test(words(c.path[c.path.length - 1] ?? '')) ||
      !namesMostly(view, c.col, bodyTop, bodyEnd) ||
      wordsOfScale(view, c.col, bodyTop, bodyEnd)
    )
      continue;
    const label = cols.find((x) => x.role === 'label');
    if (c.role === 'text' && (!label || !namesGroupsOf(view, label.col, c.col, bodyTop, bodyEnd))) continue;
    if (label && label.col < c.col && label.content.texts < c.content.texts) {
      label.role = 'text';
      c.role = 'label';
      // (Its No numbering the groups, on their first rows only: the groups' number, no row's.)
      for (const n of cols) if (n.role === 'no' && n.col < label.col && onlyBeside(view, n.col, label.col, bodyTop, bodyEnd)) n.role = 'text';
    }
  }

  // A column holding only a unit sign ("%" on every row) beside the figures it shares a merged header with ("Capaian (%)"
  // over two cells, as a Word or PDF conversion leaves it): the figures' unit, words and no figure typed wrong. After
  // them ("88 | %") or before them ("Rp | 1.250.000.000").
  for (const [k, c] of cols.entries())
    if (
      ((k > 0 && sameGroup(cols[k - 1].path, c.path)) || (k + 1 < cols.length && sameGroup(cols[k + 1].path, c.path))) &&
      unitSignsOnly(view, c.col, bodyTop, bodyEnd, c.path)
    )
      c.role = 'text';

  // "Tingkat Capaian" holding Sangat Tinggi / Tinggi / Sedang: the capaian's verbal scale, a predikat column.
  for (const c of cols) if (c.role === 'ratio' && c.content.texts > c.content.numbers && wordsOfScale(view, c.col, bodyTop, bodyEnd)) c.role = 'predikat';

  // Rows whose figures are levels (%, index, rate: their satuan or name says): a running total of theirs is the latest.
  const satuanCol = cols.find((c) => c.role === 'satuan')?.col;
  const nameCols = cols.filter((c) => c.role === 'label' || c.role === 'indicator').map((c) => c.col);
  const levelAt = (r: number) => levelRow(satuanCol !== undefined ? view.shownText(r, satuanCol) : '', nameCols.map((c) => view.shownText(r, c)).join(' '));
  const lettered = letterFormulas(cols);
  // Jumlah / Total columns: a row total when the header states its parts or its neighbours are its parts.
  const quarters = quarterColumns(cols);
  const runQ = runningQuarters(cols);
  for (const c of cols) {
    // A year's figure after its quarters ("Realisasi Triwulan ▸ I … IV | Realisasi 2024"): their total, if the data agrees.
    // It keeps its role (the capaian beside it divides it); sum.row-total checks it against them.
    const ofQuarters = yearOfQuarters(cols, c, quarters, runQ);
    if (ofQuarters.length >= 2 && !c.guess.jumlah && !c.stated) {
      // Quarters whose group says how they add ("Target Triwulan (tidak kumulatif)", "(kumulatif)"): one row bearing it
      // out is enough (a Rencana Aksi of three indicators may hold two slips).
      const said = ofQuarters.every((p) => /\bkumulatif\b/.test(words(cols.find((x) => x.col === p)?.path.join(' ') ?? '')));
      if (agreesMostly(view, c.col, ofQuarters, bodyTop, bodyEnd, undefined, true, said ? ANY_ROW : 0.5) !== null) {
        c.parts = ofQuarters;
        c.ofQuarters = true;
      }
      continue;
    }
    // A Pagu before its Rencana Penarikan Dana by quarter or its sources of funds, with no Jumlah of them after: their total.
    const drawn = drawnBy(cols, c, quarters);
    if (drawn.length >= 2) {
      if (agreesMostly(view, c.col, drawn, bodyTop, bodyEnd) !== null) {
        c.parts = drawn;
        c.drawn = true;
      }
      continue;
    }
    // A road's length by condition: Mantap (km) is Baik + Sedang, Tidak Mantap the two Rusak, and the Panjang before
    // "Kondisi ▸ Baik | Sedang | Rusak Ringan | Rusak Berat" all four: row totals, if the rows bear them out.
    const conditions = conditionParts(cols, c);
    if (conditions.length >= 2 && !c.guess.jumlah && !c.stated) {
      if (agreesMostly(view, c.col, conditions, bodyTop, bodyEnd) !== null) {
        c.role = 'rowTotal';
        c.parts = conditions;
      }
      continue;
    }
    // A balance: Saldo Akhir = Saldo Awal + Penambahan − Pengurangan, by the header's words or its stated "6 = 3+4-5".
    const signed = signedTerms(cols, c);
    // (A stated "6 = 3+4-5" over a Kurang typed negative is added as typed: the rows decide.)
    const balances = signed ? [signed, { plus: [...signed.plus, ...signed.minus], minus: [] }] : balanceTerms(cols, c);
    if (balances.length) {
      // The reading most rows bear out (the first of equals: the words' before the signs as typed).
      let best: { plus: number[]; minus: number[]; share: number } | undefined;
      for (const b of balances) {
        const share = agreesMostly(view, c.col, b.plus, bodyTop, bodyEnd, undefined, false, 0.5, b.minus);
        if (share !== null && (!best || share > best.share)) best = { ...b, share };
      }
      if (best) {
        c.role = 'rowTotal';
        c.parts = best.plus;
        c.balance = true;
        if (best.minus.length) c.minus = best.minus;
      }
      continue;
    }
    // "(6) = (4) + (5)" written in the column-number row states a row total whatever the header calls it.
    if (lettered.has(c) || (!c.guess.jumlah && !(c.stated && c.role !== 'ratio'))) continue;
    // "Jumlah Kematian Ibu ▸ Hamil | Bersalin | Nifas | Jumlah": the group names a count; its own Jumlah is the
    // total, the others its parts (not totals of columns before them, which a table of zeros would seem to bear out).
    if (!c.stated && countGroupPart(cols, c)) continue;
    const stated = statedParts(statedText(c));
    // (Nor is any other set of the columns before it.)
    if (!stated && c.stated && takesOff(statedText(c))) continue;
    if (stated) {
      const parts = stated.map((n) => numbered(cols, n, c)?.col ?? cols[n - 1]?.col).filter((x): x is number => x !== undefined && x !== c.col);
      if (parts.length >= 2) {
        c.role = 'rowTotal';
        c.parts = parts;
        // ("13 = 9+10+11+12" over the quarters: a year from its quarters all the same, a level's the last of them.)
        if (parts.every((p) => quarters.has(p))) c.ofQuarters = true;
        continue;
      }
    }
    // Candidate parts, in order: same-named sub-columns of earlier groups (Jumlah / L), the run of
    // values before it, or its parts after it under one group ("Kondisi": Baik, Rusak Ringan, Rusak Berat).
    // The data decides: the first set the column mostly equals the sum of.
    // An entirely empty Jumlah column (to be filled) takes its parts from the header alone.
    const empty = c.content.filled === 0;
    const running = RUNNING.test(words(c.path.join(' ')));
    const byQuarters = (parts: number[]) => parts.every((p) => quarters.has(p));
    // "Jumlah Kasus TB", "Jumlah Rumah": a count by its name, a row total only where nearly every row says so
    // (Sembuh | Meninggal | Pengobatan Lengkap after it are outcomes, not all of them).
    // ("Jumlah s.d. TW IV" names the quarters it runs over, no count of its own.)
    const majority = c.path.length === 1 && !running && NAMED_COUNT.test(words(c.path[0].replace(/\([^)]*\)/g, ''))) ? 0.8 : 0.5;
    // ("Jumlah Pegawai ▸ Laki-laki | Perempuan" with nothing before it: the table's subject, its Laki-laki no total of the columns after it.)
    const candidates = c.guess.ofGroups
      ? [sameNamed(cols, c), ...groupsBefore(cols, c)]
      : [
          sameNamed(cols, c),
          qualifiedBefore(cols, c),
          groupBefore(cols, c, view),
          siblingsBefore(cols, c),
          seriesBefore(cols, c),
          runningYear(cols, c, quarters),
          quartersBefore(cols, c),
          sameRoleBefore(cols, c),
          lastGroupBefore(cols, c),
          amountsBefore(cols, c),
          groupAfter(cols, c),
          runAfter(cols, c),
          runAfterNotes(cols, c),
          groupTotalsBefore(cols, c),
          ...groupsBefore(cols, c),
        ];
    // The first set the rows bear out, unless a later one fits more of them ("Pendapatan | Belanja ▸ Operasi … Transfer |
    // Jumlah": the run of values before it holds on some rows, the group's own on all).
    let best: { parts: number[]; share: number } | undefined;
    for (const parts of candidates) {
      if (parts.length < 2) continue;
      // ("s.d. IV" after "s.d. I … s.d. III": running totals of one figure, none the sum of the others.)
      if (runQ.has(c.col) && parts.every((p) => runQ.has(p))) continue;
      const share = empty ? 1 : agreesMostly(view, c.col, parts, bodyTop, bodyEnd, running ? levelAt : undefined, byQuarters(parts), majority);
      if (share !== null && (!best || share > best.share)) best = { parts, share };
      if (best?.share === 1) break;
    }
    if (best) {
      const parts = best.parts;
      // "Harus Dilayani = Terlayani + Belum Terlayani": the part that names a remainder is the figure
      // computed from the other two (a difference), the whole and the served being what was counted.
      const rest = parts.length === 2 ? cols.find((x) => x.col === parts[1] && REMAINDER.test(words(x.path.join(' ')))) : undefined;
      if (rest) {
        rest.role = 'sisa';
        rest.parts = [c.col, parts[0]];
      } else {
        c.role = 'rowTotal';
        c.parts = parts;
        if (byQuarters(parts)) c.ofQuarters = true;
      }
    }
  }

  // Sisa = Anggaran/Pagu − Realisasi of the same year (unless its row total already named its terms).
  // In a table of one year, an undated column is of that year ("Anggaran Tahun 2021 ▸ Murni | Perubahan | Realisasi |
  // Selisih Lebih/(Kurang)"), as headerCandidates reads a ratio's.
  const years = new Set(cols.map((x) => x.year).filter((y) => y !== undefined));
  for (const c of cols) {
    if (c.role !== 'sisa' || c.parts) continue;
    const same = (x: ColumnInfo) =>
      x.period === c.period && (x.year === c.year || (years.size === 1 && x.period === undefined && (x.year === undefined) !== (c.year === undefined)));
    // Bertambah/(Berkurang) beside Murni and Perubahan: the later budget minus the earlier one.
    const budgets = cols.filter((x) => x.role === 'anggaran' && x.col < c.col && same(x));
    // The rest of the budget in force: after Murni and Perubahan, of the later one.
    const a = budgets[budgets.length - 1] ?? cols.find((x) => x.role === 'anggaran' && same(x)) ?? cols.find((x) => x.role === 'anggaran');
    // Of realisasi by quarter, their Jumlah ("TW I … TW IV | Jumlah | Sisa"): what was spent in all.
    const realised = cols.filter((x) => x.role === 'realisasiRp' && same(x));
    const spent = cols.find((x) => x.role === 'rowTotal' && x.col < c.col && same(x) && !!x.parts?.every((p) => realised.some((q) => q.col === p)));
    const r = spent ?? realised[0] ?? cols.find((x) => x.role === 'realisasiRp');
    const change = /\b(bertambah|berkurang|kenaikan|penurunan|naik|turun)\b/.test(words(c.path.join(' ')));
    // A Selisih in a performance table: between the indicator's target and realisation.
    // Of the same year, or the table's only ones ("Target 2023 | Realisasi 2023 | Selisih").
    const only = (role: ColumnInfo['role']) => {
      const all = cols.filter((x) => x.role === role && x.col < c.col);
      return all.find(same) ?? (all.length === 1 ? all[0] : undefined);
    };
    const t = only('target');
    const rr = only('realisasi');
    // "(6) = (5) − (4)" in the column-number row says it outright.
    const stated = statedDifference(c.stated ?? '');
    const sa = stated && numbered(cols, stated[0], c);
    const sb = stated && numbered(cols, stated[1], c);
    // Two figures of one role and two years (Realisasi 2023 | Realisasi 2024 | Selisih, in Rp or not): the later less the earlier.
    const pair = cols.filter((x) => x.col < c.col && x.year !== undefined && !x.percent && YEAR_PAIR_ROLES.has(x.role));
    // (A change between two years' figures named apart, "Pagu Indikatif 2025 (Rp) | Prakiraan Maju 2026 (Rp) | Kenaikan/
    // (Penurunan)": the last two dated figures on its left, the later less the earlier, whatever their roles.)
    const lastTwo = change ? pair.slice(-2) : [];
    const twoYears =
      pair.length === 2 && pair[0].role === pair[1].role && pair[0].year !== pair[1].year
        ? pair.sort((x, y) => y.year! - x.year!)
        : lastTwo.length === 2 && lastTwo[0].year !== lastTwo[1].year && lastTwo[1].col === c.col - 1
          ? lastTwo.sort((x, y) => y.year! - x.year!)
          : null;
    // "Semula | Menjadi | Bertambah/(Berkurang)" with no money word: the two versions of one figure, the later less the earlier.
    // (Or the one figure under two groups, "Rancangan Awal RKPD ▸ Pagu Indikatif | Hasil Analisis Kebutuhan ▸ Pagu Indikatif":
    // the same leaf twice, the later group's the new one.)
    const leafOf = (x: ColumnInfo) => words(x.path[x.path.length - 1] ?? '');
    const revised = change ? cols.filter((x) => x.col < c.col && x.role === 'value' && same(x) && VERSION.test(words(x.path.join(' ')))) : [];
    const figures = change ? cols.filter((x) => x.col < c.col && YEAR_PAIR_ROLES.has(x.role) && !x.percent && same(x)) : [];
    const last = figures[figures.length - 1];
    const twice = last ? figures.filter((x) => leafOf(x) === leafOf(last) && x.path.length > 1) : [];
    const versions = revised.length === 2 ? revised : twice.length === 2 ? twice : revised;
    // "Selisih thd Nasional", "Selisih dengan Provinsi": the region's realisation less the figure it names, the measured one
    // (Realisasi Nasional) before a target of it (Target Nasional).
    const against = /\b(?:thd|terhadap|dengan|dibanding|dibandingkan)\s+([a-z]{4,})/.exec(words(c.path.join(' ')));
    const named = against
      ? cols
          .filter((x) => x.col < c.col && x !== rr && !x.percent && NUMERIC_ROLES.has(x.role) && words(x.path.join(' ')).split(' ').includes(against[1]))
          .sort((x, y) => Number(x.role === 'target') - Number(y.role === 'target') || y.col - x.col)[0]
      : undefined;
    if (sa && sb) c.parts = [sa.col, sb.col];
    else if (rr && named && !a) c.parts = [rr.col, named.col];
    else if ((change || !r) && budgets.length === 2) c.parts = [budgets[1].col, budgets[0].col];
    else if (versions.length === 2) c.parts = [versions[1].col, versions[0].col];
    // An LRA's "Lebih/(Kurang)" is realisasi less anggaran (SAP): the more collected or spent, the more it says.
    else if (a && r) c.parts = /\blebih\b.*\bkurang\b/.test(words(c.path.join(' '))) ? [r.col, a.col] : [a.col, r.col];
    else if (t && rr) c.parts = [t.col, rr.col];
    else if (twoYears) c.parts = [twoYears[0].col, twoYears[1].col];
    else c.role = 'value';
  }
}

/**
 * Columns named by letters ("APBD (A)", "APBN (B)", "Realisasi (C)") and columns stating a formula of them:
 * "Jumlah (A+B)" adds its parts, "Sisa (C-D)" is a difference, "Sisa (A+B-C)" the difference of the column
 * that adds A and B and C. Returns the columns so settled.
 */
function letterFormulas(cols: ColumnInfo[]): Set<ColumnInfo> {
  const done = new Set<ColumnInfo>();
  const byLetter = new Map<string, ColumnInfo>();
  for (const c of cols) {
    const m = /\(\s*([A-Z])\s*\)\s*$/.exec(c.path[c.path.length - 1] ?? '');
    if (m && !byLetter.has(m[1])) byLetter.set(m[1], c);
  }
  if (byLetter.size < 2) return done;
  const formulas: { c: ColumnInfo; plus: ColumnInfo[]; minus: ColumnInfo[] }[] = [];
  for (const c of cols) {
    const m = /\(\s*([A-Z](?:\s*[+\-−–]\s*[A-Z])+)\s*\)/.exec(c.path.join(' '));
    if (!m) continue;
    const terms = m[1].replace(/\s+/g, '').match(/[+\-−–]?[A-Z]/g) ?? [];
    const plus: ColumnInfo[] = [];
    const minus: ColumnInfo[] = [];
    for (const t of terms) {
      const col = byLetter.get(t.slice(-1));
      if (!col || col === c) break;
      (/^[-−–]/.test(t) ? minus : plus).push(col);
    }
    if (plus.length + minus.length === terms.length) formulas.push({ c, plus, minus });
  }
  for (const f of formulas) {
    if (f.minus.length > 0 || f.plus.length < 2) continue;
    f.c.role = 'rowTotal';
    f.c.parts = f.plus.map((x) => x.col);
    done.add(f.c);
  }
  for (const f of formulas) {
    if (f.minus.length !== 1 || f.plus.length === 0) continue;
    const whole =
      f.plus.length === 1
        ? f.plus[0]
        : cols.find((x) => x.role === 'rowTotal' && x.parts?.length === f.plus.length && f.plus.every((p) => x.parts!.includes(p.col)));
    if (!whole) continue;
    f.c.role = 'sisa';
    f.c.parts = [whole.col, f.minus[0].col];
    done.add(f.c);
  }
  return done;
}

/** A part named as what is left of the whole ("Belum Terlayani", "Sisa", "Kekurangan"). */
const REMAINDER = /\b(belum|sisa|kekurangan|tidak terlayani)\b/;

/** Roles whose two years a Selisih or Kenaikan/(Penurunan) column may compare. */
const YEAR_PAIR_ROLES = new Set<ColumnRole>(['realisasi', 'target', 'realisasiRp', 'anggaran', 'rp', 'value']);

const MAX_PARTS = 40;

/** A road's condition (the Bina Marga classes), by a column's last header. */
// (And their letters under a "Kondisi" group: B | S | R | RB, B | RR | RB.)
const CONDITION = /^(baik|sedang|rusak|rusak ringan|rusak berat|b|s|r|rr|rb)$/;

/**
 * The condition columns a road length adds up, by its name: Mantap (Baik + Sedang), Tidak Mantap (Rusak Ringan + Rusak
 * Berat), or a Panjang right before its condition group (all four). None for any other column.
 */
function conditionParts(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (c.role !== 'value' || c.percent) return [];
  const name = words(c.path.join(' ').replace(/\([^)]*\)/g, ''));
  const named = (re: RegExp) => cols.filter((x) => x.role === 'value' && !x.percent && re.test(words(x.path[x.path.length - 1] ?? ''))).map((x) => x.col);
  if (/\btidak mantap\b/.test(name)) return named(/^rusak (ringan|berat)$/);
  if (/\bmantap\b/.test(name) && !/%|persen/.test(c.path.join(' ').toLowerCase())) return named(/^(baik|sedang)$/);
  // (Before the conditions or after them: "Kondisi (km) ▸ Baik … Rusak Berat | Panjang (Km)", "Total Panjang".)
  if (/^((total|jumlah) )?panjang\b/.test(name)) {
    const byCondition = (group: number[]) =>
      group.length >= 2 && group.every((g) => CONDITION.test(words(cols.find((x) => x.col === g)!.path.slice(-1)[0] ?? '')));
    const after = groupAfter(cols, c);
    if (byCondition(after)) return after;
    const before = sharedGroupBefore(cols, c);
    if (byCondition(before)) return before;
  }
  return [];
}

/** The value columns right before c that share one group header c is not under. */
function sharedGroupBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const idx = cols.indexOf(c);
  const last = cols[idx - 1];
  if (!last || last.role !== 'value' || last.path.length < 2) return [];
  const group = last.path[last.path.length - 2];
  if (c.path.length >= 2 && c.path[c.path.length - 2] === group) return [];
  const out: number[] = [];
  for (let i = idx - 1; i >= 0; i--) {
    const x = cols[i];
    if (x.role !== 'value' || x.path.length < 2 || x.path[x.path.length - 2] !== group) break;
    out.unshift(x.col);
  }
  return out;
}

/** The value columns right after a Jumlah column that share one group header. */
function groupAfter(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const idx = cols.indexOf(c);
  const first = cols[idx + 1];
  if (!first || first.role !== 'value' || first.path.length < 2) return [];
  const group = first.path[first.path.length - 2];
  const out: number[] = [];
  for (let i = idx + 1; i < cols.length; i++) {
    const x = cols[i];
    if (x.role !== 'value' || x.path.length < 2 || x.path[x.path.length - 2] !== group) break;
    out.push(x.col);
  }
  return out;
}

/**
 * "T | R | C = R/T x 100%" in a one-row header: single letters name target and realisation only
 * as a pair, with a percentage column after them (under a year group guessRole reads them alone).
 */
function lettersTR(cols: ColumnInfo[]): void {
  const letter = (c: ColumnInfo, re: RegExp) => c.path.length === 1 && re.test(words(c.path[0]));
  const t = cols.find((c) => letter(c, /^(t|tgt|trgt)$/));
  const r = cols.find((c) => letter(c, /^(r|real|rea)$/));
  if (!t || !r || t.col > r.col) return;
  if (!cols.some((c) => c.col > r.col && (c.role === 'ratio' || c.percent || /%/.test(c.path.join(' '))))) return;
  t.role = 'target';
  r.role = 'realisasi';
}

/**
 * The merged groups of values before a Jumlah, nearest first: a staff table breaks its total down
 * several ways ("Jenis Kelamin" L, P; "Golongan" IV, III, II; "Pendidikan" S2, S1, SMA), each adding up
 * to it. The data decides which one the column is read against (the first that mostly agrees).
 */
function groupsBefore(cols: ColumnInfo[], c: ColumnInfo): number[][] {
  const groups = new Map<string, number[]>();
  for (const x of cols) {
    if (x.col >= c.col || x.role !== 'value' || x.percent || x.path.length < 2) continue;
    const key = x.path.slice(0, -1).join(' / ');
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(x.col);
  }
  return [...groups.values()].filter((g) => g.length >= 2 && g.length <= MAX_PARTS).reverse();
}

/**
 * The totals of the groups before it, one a group ("PNS ▸ L | P | Jumlah", "PPPK ▸ L | P | Jumlah", "Total"): a grand
 * total of the groups' own totals (where a group is empty, "-", its first group's L + P would hold as well).
 */
function groupTotalsBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const byGroup = new Map<string, number>();
  for (const x of cols) {
    if (x.col >= c.col || x.role !== 'rowTotal' || x.percent || x.path.length < 2) continue;
    byGroup.set(x.path.slice(0, -1).join(' / '), x.col);
  }
  return byGroup.size >= 2 && byGroup.size <= MAX_PARTS ? [...byGroup.values()] : [];
}

/**
 * A one-row header puts the parts after their total without a group over them ("Jumlah | Baik |
 * Rusak Ringan | Rusak Berat"): the run of plain values right after it, when the data agrees.
 */
function runAfter(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const out: number[] = [];
  for (let i = cols.indexOf(c) + 1; i < cols.length && out.length <= MAX_PARTS; i++) {
    const x = cols[i];
    if (x.role !== 'value' || percentHeader(x)) break;
    // "Jumlah | Nilai (Rp) | Baik | RR | RB": the count's parts are the conditions, not the money beside it (before them,
    // or after them: "Jumlah (Unit) | Baik | RR | RB | Nilai Perolehan (Rp)").
    if (MONEY_NAME.test(words(x.path.join(' ')))) {
      if (out.length === 0) continue;
      break;
    }
    out.push(x.col);
  }
  return out;
}

/**
 * runAfter with the text columns right after the Jumlah stepped over: "Jumlah | Sumber Dana | Baik | Rusak Ringan |
 * Rusak Berat" (an asset table's Jumlah, then where it came from, then its condition).
 */
function runAfterNotes(cols: ColumnInfo[], c: ColumnInfo): number[] {
  let i = cols.indexOf(c) + 1;
  while (i < cols.length && (cols[i].role === 'text' || cols[i].role === 'satuan')) i++;
  return i === cols.indexOf(c) + 1 || i >= cols.length ? [] : runAfter(cols, cols[i - 1]);
}

/** "Jumlah" followed by what is counted ("Jumlah Kasus TB"), not a bare total, its unit, or a series it totals ("Jumlah Realisasi"). */
const NAMED_COUNT =
  /^(jumlah|jml|total) (?!(rp|rupiah|total|seluruhnya|keseluruhan|akhir)$|(realisasi|target|anggaran|pagu|dana|belanja|biaya|nilai|keuangan)\b)\S+/;

/**
 * A header naming a percentage or a computed share ("Persentase RLH (%)", "Rasio", "Capaian", "Bobot"): read before
 * the data has settled the column (relations.ts percentLike reads it too).
 */
export function percentNamed(path: string[]): boolean {
  // (A count left or totalled under a group named for the capaian, "Capaian Penerima Layanan Dasar ▸ Belum Terlayani":
  // people, not a percentage.)
  const leaf = path[path.length - 1] ?? '';
  if (
    path.length > 1 &&
    !/%|persen/i.test(leaf) &&
    /^(belum|tidak|blm|sisa|jumlah|jml)\b/.test(words(leaf)) &&
    !/\b(capaian|persentase|rasio)\b/.test(words(leaf))
  )
    return false;
  // (Not a criterion named by its mark: "Jumlah Layanan Tuntas 100%" counts services; "R/T x 100%" is a percentage.)
  const raw = path.join(' ').replace(/(?<![x×*]\s*)\b100\s*%/gi, '');
  return PCT_WORDS.test(words(raw) + (raw.includes('%') ? ' %' : ''));
}
const PCT_WORDS = /(%|\bpersen|\bprosentase|\bpersentase|\bbobot|\btertimbang|\bcapaian|\brasio|\bratio\b|\bdeviasi %)/;

/** A percentage by its flag or its header, before the data has settled it ("Persentase RLH (%)" after "RLH | RTLH"). */
function percentHeader(x: ColumnInfo): boolean {
  return x.percent ?? percentNamed(x.path);
}

/**
 * The amounts before a Jumlah with a percentage beside each ("Baik ▸ km | % … Rusak Berat ▸ km | % | Jumlah (km)"):
 * the amounts, the percentages skipped.
 */
function amountsBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const out: number[] = [];
  let skipped = 0;
  for (let i = cols.indexOf(c) - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    const x = cols[i];
    if (percentHeader(x) || x.role === 'ratio') {
      skipped++;
      continue;
    }
    if (x.role !== 'value') break;
    out.unshift(x.col);
  }
  return skipped > 0 ? out : [];
}

/** A column named as an amount of money, not a count. */
const MONEY_NAME = /\b(nilai|harga|rp|rupiah|biaya)\b/;

/** For "Jumlah / L": the earlier value columns whose own leaf is "L" under another group (S2 / L, S1 / L …). */
function sameNamed(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (c.path.length < 2) return [];
  const leaf = words(c.path[c.path.length - 1]);
  // (A leaf named a Jumlah is its own group's total, unless the group is the Total: "PMA | PMDN | Total ▸ Jumlah Proyek".)
  if (/^(jumlah|jml|total)\b/.test(leaf) && !/^(jumlah|jml|total)( (total|keseluruhan|seluruhnya))?$/.test(words(c.path[c.path.length - 2]))) return [];
  return cols
    .filter(
      (x) =>
        x.col < c.col &&
        x.role === 'value' &&
        x.path.length === c.path.length &&
        words(x.path[x.path.length - 1]) === leaf &&
        x.path[x.path.length - 2] !== c.path[c.path.length - 2],
    )
    .map((x) => x.col);
}

/** "Belanja Operasi | … | Belanja Transfer | Jumlah Belanja": the run of values before a Jumlah that its qualifier names. */
function qualifiedBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const of = /^(?:jumlah|jml|total) (\S+)/.exec(words(c.path[c.path.length - 1] ?? ''))?.[1];
  if (!of || c.path.length !== 1) return [];
  const out: number[] = [];
  for (let i = cols.indexOf(c) - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    const x = cols[i];
    if (x.role !== 'value' || !words(x.path.join(' ')).split(' ').includes(of)) break;
    out.unshift(x.col);
  }
  return out;
}

/** The numeric columns a Jumlah column closes: its merged group's children, or the run of values before it. */
function groupBefore(cols: (ColumnInfo & { content: Content })[], c: ColumnInfo, _view: SheetView): number[] {
  const idx = cols.indexOf(c as ColumnInfo & { content: Content });
  const out: number[] = [];
  // Either plain values (L, P; Baik, Rusak Ringan, Rusak Berat) or one money series over the years
  // ("Pagu 2025", "Pagu 2026", then "Total (Rp)"); the data decides afterwards (agreesMostly).
  let series: ColumnRole | null = null;
  // A grand total after the Jumlah sub-columns (Jumlah L, Jumlah P, then Total): their sum.
  for (let i = idx - 1; i >= 0 && cols[i].role === 'rowTotal' && cols[i].path.length > 1; i--) out.unshift(cols[i].col);
  if (out.length >= 2) return out;
  out.length = 0;
  for (let i = idx - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    const x = cols[i];
    if (x.role === 'value' && series === null) {
      out.unshift(x.col);
      continue;
    }
    if (out.length === 0 && MONEY_SERIES.has(x.role) && x.year !== undefined) series = x.role;
    if (series === null || x.role !== series || x.year === undefined) break;
    out.unshift(x.col);
  }
  return out;
}

/** The run of columns right before c with c's own role (Realisasi TW I … TW IV before "Jumlah Realisasi"; s.d. Bulan Lalu, Bulan Ini before s.d. Bulan Ini). */
function sameRoleBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (c.role !== 'realisasi' && c.role !== 'realisasiRp' && c.role !== 'target') return [];
  const out: number[] = [];
  // A capaian between them ("Tahun Ini | Capaian (%) | Kumulatif") is skipped: it is computed, not a part.
  for (let i = cols.indexOf(c) - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    if (cols[i].role === 'ratio') continue;
    if (cols[i].role !== c.role) break;
    out.unshift(cols[i].col);
  }
  return out;
}

const PERIOD_WORD = new RegExp(`\\s(i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,2}|\\d{1,2}|(19|20)\\d\\d|${MONTHS})$`);

/**
 * A run right before c of one role whose headers differ in their last word only ("Realisasi per Bulan I | … IV",
 * the group "Realisasi per Bulan ▸ I … IV" typed on one row): the series a bare Jumlah after it totals.
 */
function seriesBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (c.path.length !== 1) return [];
  // (The last word a period's: "Realisasi per Bulan IV", "Realisasi Maret"; "Ibu Bersalin | Ibu Nifas" are no series.)
  const stem = (x: ColumnInfo) => (x.path.length === 1 && PERIOD_WORD.test(words(x.path[0])) ? words(x.path[0]).replace(/\s+\S+$/, '') : '');
  const out: ColumnInfo[] = [];
  for (let i = cols.indexOf(c) - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    const x = cols[i];
    const first = out[0] ?? x;
    if (x.percent || !stem(x) || stem(x) === words(x.path[0]) || x.role !== first.role || stem(x) !== stem(first)) break;
    out.unshift(x);
  }
  return out.length >= 2 ? out.map((x) => x.col) : [];
}

/** The leaves before c under c's own group (TW I … TW IV before the group's Jumlah), whatever their role. */
function siblingsBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (c.path.length < 2) return [];
  const group = c.path.slice(0, -1).join('\u0000');
  const out: number[] = [];
  for (let i = cols.indexOf(c) - 1; i >= 0 && out.length <= MAX_PARTS; i--) {
    if (cols[i].path.length !== c.path.length || cols[i].path.slice(0, -1).join('\u0000') !== group) break;
    out.unshift(cols[i].col);
  }
  return out;
}

/**
 * A Jumlah of its own ("Jumlah (Rp)", merged down) right after a group of figures ("Realisasi Keuangan (Rp) ▸
 * TW I … TW IV"): that group's leaves, whatever their role (a group of Fisik (%) before them is no part).
 */
function lastGroupBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  const i = cols.indexOf(c);
  if (c.path.length !== 1 || i < 1 || cols[i - 1].path.length < 2) return [];
  const group = cols[i - 1].path.slice(0, -1).join('\u0000');
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && out.length <= MAX_PARTS; k--) {
    const x = cols[k];
    // One series (TW I … TW IV of the money spent); a quarter's "T | R" is two series, no parts of one sum.
    if (x.path.length < 2 || x.path.slice(0, -1).join('\u0000') !== group || x.percent || x.role !== cols[i - 1].role) break;
    out.unshift(x.col);
  }
  return out;
}

/**
 * A year's own figure after the quarters of its role ("Realisasi Triwulan ▸ I … IV | Realisasi 2024"): those
 * quarters (of its year, where they name one). Not a quarter, a ratio or a percentage itself.
 */
function yearOfQuarters(cols: ColumnInfo[], c: ColumnInfo, quarters: Set<number>, running: Set<number>): number[] {
  if (c.percent || c.role === 'ratio' || partOfYear(c) || !FIGURE_OF_YEAR.has(c.role)) return [];
  // "Realisasi Kinerja Renstra s.d. Tahun 2024": the years so far, not this year's quarters (runningYear's).
  if (c.year !== undefined && RUNNING.test(words(c.path.join(' ')))) return [];
  for (const parts of [quarters, semesterColumns(cols)]) {
    if (parts.size < 2 || parts.has(c.col)) continue;
    const own = cols
      .filter((x) => x.col < c.col && x.role === c.role && parts.has(x.col) && (x.year === undefined || c.year === undefined || x.year === c.year))
      .map((x) => x.col);
    if (own.length >= 2) return own;
  }
  // Or before them, as a Rencana Aksi puts it: "Target (Tahunan) | TW I | TW II | TW III | TW IV" (or the targets so far,
  // "Target s.d. Triwulan ▸ s.d. I … s.d. IV", the last the year's), the quarters' run starting right after it, or after
  // the text between ("Target Tahunan | Rencana Aksi | TW I … IV": the actions planned for the quarters).
  const at = cols.findIndex((x) => x.col === c.col);
  let from = at + 1;
  while (from < cols.length && (cols[from].role === 'text' || cols[from].role === 'other')) from++;
  for (const parts of [quarters, running]) {
    if (parts.has(c.col)) continue;
    const after: number[] = [];
    for (let i = from; i < cols.length && cols[i].role === c.role && parts.has(cols[i].col); i++) after.push(cols[i].col);
    if (after.length >= 2 && !cols.slice(0, at).some((x) => x.role === c.role && parts.has(x.col))) return after;
  }
  return [];
}

/** "s.d. I", "s.d. TW II", "Triwulan s.d. III": a quarter's running total, its ordinal after the "s.d." (on words()). */
const RUNNING_QUARTER = /\b(s d|sampai dengan)\s+(tw\s+|triwulan\s+|trw\s+)?(i{1,3}|iv|[1-4])$/;

/** The columns of the quarters' running totals ("Target s.d. Triwulan ▸ s.d. I … s.d. IV", "Kumulatif ▸ TW I … IV"). */
function runningQuarters(cols: ColumnInfo[]): Set<number> {
  const out = new Set<number>();
  // Bare ordinals under a running quarters' group ("Target Triwulan (kumulatif) ▸ I | II | III | IV"), three at least.
  const group = (c: ColumnInfo) => `${c.role} ${words(c.path.slice(0, -1).join(' '))}`;
  const bare = (c: ColumnInfo) => c.path.length > 1 && BARE_QUARTER.test(c.path[c.path.length - 1].trim()) && PART_OF_YEAR_GROUP.test(group(c));
  const bareIn = new Map<string, number>();
  for (const c of cols) if (bare(c)) bareIn.set(group(c), (bareIn.get(group(c)) ?? 0) + 1);
  for (const c of cols) {
    const w = words(c.path.join(' '));
    const quarter = partOfYear(c)?.startsWith('q') || (bare(c) && (bareIn.get(group(c)) ?? 0) >= 3);
    if (RUNNING_QUARTER.test(w) || (RUNNING.test(w) && quarter)) out.add(c.col);
  }
  return out;
}
/**
 * The parts a Pagu is made of where no Jumlah totals them: the quarters after it it is drawn down by ("Pagu Anggaran (Rp)
 * | Rencana Penarikan Dana ▸ Triwulan I … IV", a DPA's anggaran kas), of money by role or by their group's words; else
 * the funds it is financed from ("Pagu (Rp) | PAD | DAU | DAK Fisik | DBH"), the run right after or right before it.
 */
function drawnBy(cols: (ColumnInfo & { guess: Guess })[], c: ColumnInfo, quarters: Set<number>): number[] {
  if (c.role !== 'anggaran' || c.parts || c.percent) return [];
  const own = cols.filter(
    (x) =>
      x.col > c.col &&
      quarters.has(x.col) &&
      !x.percent &&
      (x.year === undefined || c.year === undefined || x.year === c.year) &&
      (MONEY_ROLES.has(x.role) || (x.role === 'value' && MONEY_WORDS.test(words(x.path.join(' '))))),
  );
  const fund = (x: ColumnInfo | undefined) =>
    !!x && !x.percent && (x.role === 'value' || MONEY_ROLES.has(x.role)) && FUND.test(words(x.path[x.path.length - 1] ?? ''));
  const at = cols.findIndex((x) => x.col === c.col);
  const after: ColumnInfo[] = [];
  for (let i = at + 1; fund(cols[i]); i++) after.push(cols[i]);
  // (Or the run right before it: "PAD | DAU | DAK | Jumlah Pagu (Rp)", the total named after what it totals.)
  const before: ColumnInfo[] = [];
  for (let i = at - 1; fund(cols[i]); i--) before.unshift(cols[i]);
  const parts = own.length >= 2 ? own : after.length >= 2 ? after : before;
  const last = parts[parts.length - 1];
  if (parts.length < 2 || (last.col > c.col && cols.some((x) => x.col > last.col && x.guess.jumlah))) return [];
  return parts.map((x) => x.col);
}

/** A source of funds by its name: PAD, DAU, DAK Fisik, DBH, Bankeu Provinsi, APBN, Dana Desa, BOS, BLUD, Otsus. */
const FUND =
  /^(pad|dau|dak( fisik| non fisik| nonfisik)?|dbh|did|dana (alokasi umum|alokasi khusus|bagi hasil|insentif daerah|desa|otsus|otonomi khusus)|pendapatan asli daerah|apbn|apbd( provinsi| kabupaten| kota)?|bankeu( provinsi)?|bantuan keuangan( provinsi)?|bos|blud|otsus|hibah|pinjaman( daerah)?|lain lain|lainnya)$/;

/** Figures of a year that may stand after their quarters (a Target Tahunan after Target TW I … IV too). */
const FIGURE_OF_YEAR = new Set<ColumnRole>(['realisasi', 'realisasiRp', 'target']);

/** The columns of one semester each: named so ("Realisasi Semester II"), or numbered I | II under a "Semester" group. */
function semesterColumns(cols: ColumnInfo[]): Set<number> {
  const out = new Set<number>();
  for (const c of cols) {
    const leaf = c.path[c.path.length - 1]?.trim() ?? '';
    const underSemester = c.path.length > 1 && /^(i|ii|1|2)$/i.test(leaf) && /\b(semester|smt|sem)\b/.test(words(c.path.slice(0, -1).join(' ')));
    if (partOfYear(c)?.startsWith('s') || underSemester) out.add(c.col);
  }
  return out;
}

/**
 * A year's running total ("Realisasi s.d. 2024") after the year before's ("s.d. 2023") and the year's own figure
 * (its one column of that kind, or the Jumlah of its quarters): those two. Money with money, the rest with the rest.
 */
function runningYear(cols: ColumnInfo[], c: ColumnInfo, quarters: Set<number>): number[] {
  if (c.year === undefined || !RUNNING.test(words(c.path.join(' ')))) return [];
  const money = (x: ColumnInfo): boolean => {
    if (x.role !== 'rowTotal') return MONEY_SERIES.has(x.role);
    const first = cols.find((k) => k.col === x.parts?.[0]);
    return !!first && MONEY_SERIES.has(first.role);
  };
  const alike = cols.filter((x) => x.col < c.col && !x.percent && (x.role === c.role || x.role === 'rowTotal') && money(x) === money(c));
  const prev = alike.filter((x) => x.year === c.year! - 1 && RUNNING.test(words(x.path.join(' ')))).pop();
  const own = alike.filter((x) => x.year === c.year && !quarters.has(x.col) && !RUNNING.test(words(x.path.join(' '))));
  // (The year's own realisation may not name its year: "Realisasi … Renja yang Dievaluasi", the last such after last year's.)
  const unnamed =
    prev && !own.length ? alike.filter((x) => x.col > prev.col && x.year === undefined && !quarters.has(x.col) && !RUNNING.test(words(x.path.join(' ')))) : [];
  const year = own.length === 1 ? own[0] : (own.filter((x) => x.role === 'rowTotal').pop() ?? unnamed.pop());
  return prev && year ? [prev.col, year.col] : [];
}

/** A running total of quarters ("Realisasi s.d. TW IV" after "Triwulan 1 ▸ T | R" …): the quarters of its own role. */
function quartersBefore(cols: ColumnInfo[], c: ColumnInfo): number[] {
  if (!RUNNING.test(words(c.path.join(' ')))) return [];
  const quarters = quarterColumns(cols);
  const all = cols.filter((x) => x.col < c.col && x.role === c.role && quarters.has(x.col));
  // "Realisasi s.d. TW III" in a table with a TW IV column still "-": the quarters up to the one it names.
  const upTo = partOfYear(c);
  const within = upTo
    ? all.filter((x) => {
        const p = partOfYear(x);
        return p !== undefined && p[0] === upTo[0] && p <= upTo;
      })
    : all;
  return (within.length >= 2 ? within : all).map((x) => x.col);
}

/** The words of a capaian scale (Permendagri 86: Sangat Tinggi … Sangat Rendah; Berhasil, Cukup …). */
const SCALE_WORD = /^(sangat )?(tinggi|rendah|baik|kurang|memuaskan)$|^(sedang|cukup|berhasil|tidak berhasil|cukup berhasil|kurang berhasil)$/;

/** Most of a column's texts are words of a capaian scale. */
/** Column c is filled only on rows where column `by` is: a number or mark of what `by` names. */
function onlyBeside(view: SheetView, c: number, by: number, bodyTop: number, bodyEnd: number): boolean {
  let any = false;
  for (let r = bodyTop; r <= bodyEnd; r++) {
    if (view.kindAt(r, c) === 'empty') continue;
    if (view.kindAt(r, by) === 'empty') return false;
    any = true;
  }
  return any;
}

/**
 * Column `by` is filled only beside names in column c (a group named on its first row, or merged down its rows), or with
 * a total's word ("Jumlah" merged over both): the groups' names, c the rows'.
 */
function namesGroupsOf(view: SheetView, by: number, c: number, bodyTop: number, bodyEnd: number): boolean {
  let any = false;
  for (let r = bodyTop; r <= bodyEnd; r++) {
    if (mergedFromAbove(view, r, by) || view.kindAt(r, by) === 'empty') continue;
    if (view.kindAt(r, c) === 'empty' && !/^(sub\s*-?\s*)?(jumlah|total|jml)\b/i.test(view.shownText(r, by).trim())) return false;
    any = true;
  }
  return any;
}

/** Most filled cells of the column are names (a letter at least), not figures: "17 - 25 tahun", "D-III", "S2", "Laki-laki". */
function namesMostly(view: SheetView, c: number, bodyTop: number, bodyEnd: number): boolean {
  let names = 0;
  let filled = 0;
  for (let r = bodyTop; r <= Math.min(bodyEnd, bodyTop + 200); r++) {
    const t = view.shownText(r, c).trim();
    if (!t) continue;
    filled++;
    if (/\p{L}/u.test(t)) names++;
  }
  return filled > 0 && 3 * names >= 2 * filled;
}

function wordsOfScale(view: SheetView, c: number, bodyTop: number, bodyEnd: number): boolean {
  let texts = 0;
  let scale = 0;
  for (let r = bodyTop; r <= Math.min(bodyEnd, bodyTop + 100); r++) {
    const v = view.value(r, c);
    if (v.kind !== 'text' && v.kind !== 'na') continue;
    texts++;
    if (SCALE_WORD.test(words(view.shownText(r, c)))) scale++;
  }
  return texts >= 2 && scale >= 0.8 * texts;
}

/**
 * Of a row's quarters (or any parts in time order), the index of the last one reported: a TW IV still "-", empty or 0
 * in a TW III report comes after it. Read alike by the year's figure, its formula and its recognition.
 */
export function lastReported(view: SheetView, r: number, parts: number[]): number {
  let at = parts.length - 1;
  while (at > 0 && !view.numberAt(r, parts[at])) at--;
  return at;
}

/** A majority of one row: at least one row agrees (agreesMostly's share above zero). */
const ANY_ROW = 1e-9;

/**
 * Does the candidate total equal the sum of its parts on most rows where all are numbers? The share of those rows
 * where it does, or null where too few do. A running total's level rows (`level`) hold the last part; a year's figure
 * from its quarters (`quarters`) the sum, the last or the mean.
 */
function agreesMostly(
  view: SheetView,
  col: number,
  parts: number[],
  bodyTop: number,
  bodyEnd: number,
  level?: (r: number) => boolean,
  quarters = false,
  majority = 0.5,
  minus: readonly number[] = [],
): number | null {
  // No real row total has dozens of parts; a sheet of thousands of "Jumlah" columns must stay linear.
  if (parts.length > MAX_PARTS) return null;
  let complete = 0;
  let agree = 0;
  let off = 0; // what the disagreeing rows are off by, together
  let lastOff = 0;
  const end = Math.min(bodyEnd, bodyTop + 400); // a sample is enough to judge a column, as in contentOf
  for (let r = bodyTop; r <= end; r++) {
    const t = view.value(r, col);
    if (t.kind !== 'number') continue;
    let sum = 0;
    let given = 0;
    let ok = true;
    for (const p of parts) {
      const v = view.value(r, p);
      if (v.kind === 'number') {
        sum += v.value;
        given++;
      } else if (v.kind !== 'dash' && v.kind !== 'empty') ok = false;
    }
    for (const p of minus) {
      const v = view.value(r, p);
      if (v.kind === 'number') sum -= v.value;
      else if (v.kind !== 'dash' && v.kind !== 'empty') ok = false;
    }
    if (!ok) continue;
    complete++;
    // A running total of a level row (a %, "Realisasi s.d. TW IV" of a coverage) is its latest part.
    // (Of quarters, the last reported: TW IV "-" or 0 in a TW III report comes after it.)
    const at = quarters ? lastReported(view, r, parts) : parts.length - 1;
    const last = level?.(r) || quarters ? view.value(r, parts[at]) : undefined;
    if (last?.kind === 'number' && !quarters) sum = last.value;
    lastOff = t.value - sum;
    if (Math.abs(lastOff) < 0.5) agree++;
    // (The mean of the quarters given, as sum.row-total and relations' holdsOn read it.)
    else if (quarters && ((last?.kind === 'number' && Math.abs(t.value - last.value) < 0.5) || (given > 0 && Math.abs(t.value - sum / given) < 0.5))) agree++;
    else off += lastOff;
  }
  // The last row off by exactly what the rows above are off by is their Jumlah carrying the same slip
  // down its column: one slip, not a second vote against the column (a small table lost its check).
  const carried = Math.abs(lastOff) >= 0.5 && Math.abs(off - 2 * lastOff) < 0.5;
  if (carried) complete--;
  // A stricter majority still allows one slip in a short table (an SPM table of four services).
  return complete > 0 && (agree / complete >= majority || (complete >= 4 && complete - agree <= 1)) ? agree / complete : null;
}

/** The unit a money header or title names: 1 (rupiah), a thousand ("Rp 000", "ribuan"), a million, a billion. */
export function moneyUnit(path: string[]): number {
  const h = words(path.join(' '));
  if (/\b(miliar|milyar|m)\b/.test(h) && /\brp\b|rupiah/.test(h)) return 1e9;
  // ("x Rp 1.000", "x 1.000.000": the factor the shown amounts are multiplied by.)
  if (/\b(juta|jutaan|jt)\b|\bx\s*(rp\s*)?1 ?000 ?000\b/.test(h)) return 1e6;
  if (/\b(ribu|ribuan|rb)\b|\brp 000\b|\bx\s*(rp\s*)?1 ?000\b/.test(h)) return 1e3;
  return 1;
}

/** "Rp 000", "(Rp Juta)", "Ribuan Rupiah", "x 1.000": amounts in a unit larger than the rupiah. */
const SCALED = /\b(ribu|ribuan|juta|jutaan|miliar|milyar)\b|\brp\.?\s*0{3}\b|\(\s*0{3}\s*\)|x\s*(rp\.?\s*)?1[.,]?000\b/i;
/** A title saying the whole table is in such a unit: "(dalam ribuan rupiah)", "(Rp. 000)". */
const SCALED_TITLE =
  /\bdalam\s+(ribuan|ribu|jutaan|juta|miliar|milyar)\b|\(\s*(rp\.?\s*)?(0{3}|ribu|ribuan|juta|jutaan)\s*(rupiah)?\s*\)|\bribuan rupiah\b|\bjutaan rupiah\b|\bx\s*(rp\.?\s*)?1[.,]?000\b/i;

/**
 * A header naming a rate, a density or a mean ("Kepadatan (Jiwa/km²)", "AKB per 1.000 KH", "Rata-rata
 * Anggota per Koperasi"): a figure of its own row, which its total row states for the totals (Σ penduduk /
 * Σ luas), never as the sum of the rows. On words(): "per 1.000" reads "per 1 000".
 */
export const RATE_WORDS =
  /\b(kepadatan|produktivitas|rata rata|rerata|indeks|angka (kematian|kesakitan|kelahiran)|akb|aki|akn|akaba|per (km2?|kapita)|avlos|alos|los|toi|bto|ndr|gdr)\b/;

/**
 * A rate's scale written out, on words(): "per 1.000 KH", "thd 100.000 Pddk", and with the slash the words drop
 * ("Rasio/100.000 Penduduk", "IR/100.000 pddk" read "… 100 000 penduduk"): a thousands figure over a population.
 */
export const PER_SCALE =
  /\b(?:(?:per|thd|terhadap) (1|10|100) 000|(1|10|100) 000 (?:penduduk|pddk|pend|jiwa|kh|kelahiran|lahir|orang|kk|balita|bayi|wanita|murid|siswa|pus|kasus))\b/;

/**
 * `Urusan | Bidang | Program | Kegiatan | Sub Kegiatan` side by side, each named by its tier alone and holding
 * short codes ("2", "17", "05", "2.01", "0001"): the kode split over columns, as under a `Kode` group.
 */
function tierCodeColumns(cols: ColumnInfo[], view: SheetView, bodyTop: number, bodyEnd: number): void {
  const tierOnly = (c: ColumnInfo) => c.path.length === 1 && TIER_NAME.test(words(c.path[0]));
  // (A tier after others already read as codes needs one: a DPA of one sub kegiatan has one "0001".)
  const codes = (c: ColumnInfo, least: number) => {
    let filled = 0;
    let code = 0;
    for (let r = bodyTop; r <= bodyEnd && filled < 200; r++) {
      const t = view.shownText(r, c.col);
      if (!t) continue;
      filled++;
      if (SHORT_CODE.test(t)) code++;
    }
    return filled >= least && code >= 0.9 * filled;
  };
  // (A narrow blank column between two tiers, no header and nothing in it, is a separator: the run goes on past it.)
  const blank = (c: ColumnInfo) => c.path.every((p) => !p.trim()) && !codes(c, 1) && !hasText(c);
  const hasText = (c: ColumnInfo) => {
    for (let r = bodyTop; r <= bodyEnd; r++) if (view.shownText(r, c.col)) return true;
    return false;
  };
  for (let i = 0; i < cols.length; i++) {
    const run: ColumnInfo[] = [];
    let j = i;
    let last = cols[i].col - 1;
    while (j < cols.length) {
      const c = cols[j];
      if (c.col !== last + 1) break;
      if (run.length > 0 && blank(c)) {
        last = c.col;
        j++;
        continue;
      }
      if (!tierOnly(c) || !codes(c, run.length === 0 ? 2 : 1)) break;
      run.push(c);
      last = c.col;
      j++;
    }
    if (run.length >= 2) for (const c of run) c.role = 'kode';
    if (run.length > 0) i = cols.indexOf(run[run.length - 1]);
  }
}
/** A column whose cells are capital letters alone ("A", "B.", "R,S,T,U": markers.ts), with nothing else but blanks. */
function letterCategories(view: SheetView, col: number, bodyTop: number, bodyEnd: number): boolean {
  let filled = 0;
  // (With the sub-items' numbers and letters under them, "A | 1. | a. | b. | 2. | C …", and the total's name typed there
  // last, "PDRB": an outline's markers still.)
  let upper = 0;
  let named = -1;
  for (let r = bodyTop; r <= bodyEnd && filled < 200; r++) {
    const t = view.shownText(r, col).trim();
    if (!t) continue;
    if (named >= 0) return false;
    const m = noMarker(t);
    if (!m) named = r;
    else if (m.type === 'upper') upper++;
    filled++;
  }
  return upper >= 2 && (named < 0 || upper >= 3);
}

/** One header path the other's, or its group with no leaf of its own ("Tahun ke-1 ▸ 2019" beside "Tahun ke-1"). */
const sameGroup = (a: string[], b: string[]) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.length - short.length <= 1 && short.every((p, i) => p === long[i]);
};

/**
 * Every filled cell of the column a bare unit sign: "%", "Rp", "persen". (Or all but the header typed again at a page
 * break: its words, and its column number, fewer times than the signs.)
 */
function unitSignsOnly(view: SheetView, col: number, bodyTop: number, bodyEnd: number, path: string[] = []): boolean {
  let signs = 0;
  let others = 0;
  // (The header typed again at a page break is no cell of the column: "Anggaran pada Tahun", "Tahun ke-1", "2019".)
  const heads = new Set(path.map((x) => words(x)));
  let number: string | undefined;
  for (let r = bodyTop; r <= bodyEnd; r++) {
    const t = view.shownText(r, col).trim();
    if (!t) continue;
    if (UNIT_SIGN.test(t)) signs++;
    else if (heads.has(words(t))) continue;
    else if (/^\d{1,2}$/.test(t) && (number === undefined || number === t)) {
      number = t;
      others++;
    } else return false;
  }
  // (One number again and again, the column's own number on each page: fewer of them than signs.)
  return signs >= 2 && others < signs;
}

/** A column under a group whose name starts with a total word and which has a total leaf of its own, not it. */
function countGroupPart(cols: ColumnInfo[], c: ColumnInfo): boolean {
  const n = c.path.length;
  if (n < 2 || TOTAL_LEAF.test(words(c.path[n - 1])) || !/^(jumlah|jml|total)\b/.test(words(c.path[n - 2]))) return false;
  return cols.some((x) => x !== c && x.path.length === n && x.path.slice(0, -1).every((p, i) => p === c.path[i]) && TOTAL_LEAF.test(words(x.path[n - 1])));
}
const TOTAL_LEAF = /^(jumlah|jml|total)$/;

/** Most of a column's cells are a dotted code followed by a name ("2.07.03.2.01 Pelaksanaan Pelatihan …"). */
function namedCodes(view: SheetView, col: number, bodyTop: number, bodyEnd: number, share: number): boolean {
  let filled = 0;
  let named = 0;
  for (let r = bodyTop; r <= bodyEnd && filled < 200; r++) {
    const t = view.shownText(r, col);
    if (!t) continue;
    filled++;
    if (CODE_THEN_NAME.test(t)) named++;
  }
  return named >= 2 && named >= share * filled;
}
const CODE_THEN_NAME = /^[0-9xX]{1,4}(\.[0-9xX]{1,4})+\.?\s+\S*[A-Za-z]{3,}/;

const TIER_NAME = /^(urusan|bidang|bidang urusan|program|kegiatan|sub kegiatan|subkegiatan|sub keg|keg|prog|org|organisasi|unit)$/;
const SHORT_CODE = /^[0-9xX]{1,4}(\.[0-9xX]{1,4})*$/;

/** A running total's header: "Realisasi s.d. 2024", "sampai dengan", "Kumulatif" (not "Non Kumulatif"; on words()). */
export const RUNNING = /\b(s d|sampai dengan|(?<!\b(non|tidak|bukan) )kumulatif)\b/;

/** A unit that is a quotient, in brackets: "(Ton/Ha)", "(Ku/Ha)", "(Jiwa/Km²)", "(Rp/Kapita/Bulan)". */
export const QUOTIENT_UNIT = /\(\s*[^()]*\/\s*(ha|hektar|km2?|km²|kapita|jiwa|penduduk|kk|rt|bulan|tahun|hari)\b[^()]*\)/i;
/** A header naming rupiah or a plan's funds: "(Rp)", "(Rp 000)", "Kebutuhan Dana", "Pagu Indikatif", "Pagu Anggaran". */
export const RUPIAH_HEAD = /\(\s*(rp|rupiah)\b[^)]*\)|\b(kebutuhan dana|pagu indikatif|pagu anggaran)\b/i;
/**
 * A quantity per unit of time alone ("Timbulan Sampah (Ton/Hari)", "Debit (m3/detik)"): a flow, which places add up
 * like any amount (a kabupaten's tonnes a day are its kecamatan's), unlike a quotient per head or per area, or money
 * per month (a wage, an income: per person).
 */
export const FLOW_UNIT = /\(\s*(?!rp\b|rupiah\b)[^()/]*\/\s*(hari|bulan|tahun|minggu|jam|detik)\s*\)/i;

/**
 * The scale a rate's header names ("per 1.000 KH" → 1000), or that its name carries by convention: AKB, AKN
 * and AKABA per 1.000 live births, AKI per 100.000.
 */
export function rateScale(header: string): number | undefined {
  const w = words(header);
  const m = PER_SCALE.exec(w);
  if (m) return Number(m[1] ?? m[2]) * 1000;
  if (/\b(akb|akn|akaba)\b|\bangka kematian (bayi|neonatal|balita)\b/.test(w)) return 1000;
  if (/\baki\b|\bangka kematian ibu\b/.test(w)) return 100000;
  return undefined;
}

/**
 * A name of rates or indices ("Persentase Penduduk Miskin", "Indeks Pembangunan Manusia", "Angka Harapan
 * Hidup", "Cakupan …", "… (%)"): in a title, what its columns named by a year alone hold; on a row, an
 * indicator whose running total is its latest level (rules/sum.row-total.ts).
 */
export const RATE_NAME =
  /\b(persentase|prosentase|rasio|indeks|index|rata rata|rerata|tingkat|laju|inflasi|gini|ipm|ipg|idg|cakupan|proporsi|prevalensi|insidensi|angka (harapan|kematian|partisipasi|melek|kesakitan|putus|kelahiran|beban|bebas))\b|%|\bpersen\b/;

/**
 * A year column outside the period a kondisi-akhir column closes: a transition year ("Tahun Transisi 2030",
 * "n+1", the year after a Renstra / RPJMD period, planned so the next one does not start empty), or any
 * year past the one the akhir column names ("Kondisi Kinerja pada Akhir Periode (2029)"). Its Rp is not in
 * the period's sum, its target is not the period's last.
 */
export function outsidePeriod(c: ColumnInfo, akhir: ColumnInfo, peers: ColumnInfo[] = []): boolean {
  if (c.year !== undefined && akhir.year !== undefined && c.year > akhir.year) return true;
  // (A transition year the table puts first, "2025 (Transisi) | 2026 … 2030", opens the period: it is in it.)
  if (c.year !== undefined && peers.some((p) => p.year !== undefined && p.year > c.year!)) return false;
  return transitionYear(c.path);
}

/** A header naming the transition year: "Tahun Transisi 2030", "n+1". */
function transitionYear(path: string[]): boolean {
  return path.some((p) => TRANSITION.test(p.toLowerCase()));
}
const TRANSITION = /\btransisi\b|(^|[^a-z0-9])n\s*\+\s*1\b/;

/**
 * The part of the year a column is of ("Capaian TW II (%)" → "q2", "Realisasi Semester I" → "s1"), or undefined:
 * a quarter's capaian divides that quarter's realisasi by that quarter's target.
 */
export function partOfYear(c: ColumnInfo): string | undefined {
  const m = PART_OF_YEAR.exec(words(c.path.join(' ')));
  if (!m) return undefined;
  const n = /^\d$/.test(m[2]) ? Number(m[2]) : ({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[m[2]];
  return `${/^sem/.test(m[1]) ? 's' : 'q'}${n}`;
}

/** A quarter or semester by name: "TW I", "Triwulan 2", "Trw. III", "Q4", "Semester I" (on words()). */
const PART_OF_YEAR = /\b(tw|triwulan|trw|kuartal|q|semester|sem|smt)\s*(i{1,3}|iv|[1-4])\b/;

/** A column named by its part of the year alone ("TW I", "Triwulan 2"): a quarter's own figure, as typed. */
export function onlyPartOfYear(c: ColumnInfo): boolean {
  return partOfYearAlone(words(c.path.join(' ')));
}

/** Words naming a part of the year and nothing else: "tw i", "triwulan 2", "semester 1". */
function partOfYearAlone(w: string): boolean {
  return PART_OF_YEAR.exec(w)?.[0] === w;
}

const BARE_QUARTER = /^(i{1,3}|iv|[1-4])$/i;
/** A group naming quarters or semesters ("Triwulan", "TW", "Semester"). */
const PART_OF_YEAR_GROUP = /\b(tw|triwulan|trw|kuartal|semester|smt)\b/;

/**
 * The columns of one quarter each: named so ("Realisasi TW I", "Triwulan 2"), or numbered bare under their
 * group ("Realisasi ▸ I | II | III | IV", "I ▸ T | R") where the table numbers at least three quarters of a
 * role so. Not a running total over them ("Realisasi s.d. TW IV"), nor their Jumlah.
 */
const RANKED_GROUP = /\b(golongan|gol|eselon|pangkat|kelas|tipe|type|strata|jenjang|ruang|akreditasi)\b/;

export function quarterColumns(cols: ColumnInfo[]): Set<number> {
  const out = new Set<number>();
  const bare = new Map<ColumnRole, Set<string>>();
  // Not under a group that numbers years ("Realisasi Capaian Tahun ke- ▸ 1 | 2 | 3 | 4 | 5" of a T-C.23), unless it names
  // quarters too ("Tahun 2024 ▸ Triwulan ▸ I … IV").
  // Nor a group numbered past four ("Tahun ▸ 1 … 5"): a year has four quarters.
  const pastFour = new Set<string>();
  for (const c of cols) {
    const i = c.path.findIndex((p) => /^(v|vi{1,3}|[5-9])$/i.test(p.trim()));
    if (i > 0) pastFour.add(words(c.path.slice(0, i).join(' ')));
  }
  const bareOf = (c: ColumnInfo) => {
    const i = c.path.findIndex((p) => BARE_QUARTER.test(p.trim()));
    if (i < 0) return undefined;
    const group = words(c.path.slice(0, i).join(' '));
    if (!PART_OF_YEAR_GROUP.test(group) && (/\b(tahun|thn|th) ke\b/.test(group) || pastFour.has(group))) return undefined;
    // Nor ranks and classes numbered I … IV ("Golongan ▸ I | II | III | IV", "Eselon ▸ II | III | IV"): no quarters of a year.
    if (RANKED_GROUP.test(group)) return undefined;
    return c.path[i].trim().toLowerCase();
  };
  for (const c of cols) {
    const b = c.path.length > 1 ? bareOf(c) : undefined;
    if (b) bare.set(c.role, (bare.get(c.role) ?? new Set()).add(b));
  }
  for (const c of cols) {
    const w = words(c.path.join(' '));
    // (A total of them names itself so in its own cell: "Jumlah Terlayani ▸ TW I" is a quarter of a count.)
    if (RUNNING.test(w) || /\b(jumlah|total)\b/.test(words(c.path[c.path.length - 1] ?? ''))) continue;
    if (partOfYear(c)?.startsWith('q') || (c.path.length > 1 && bareOf(c) && (bare.get(c.role)?.size ?? 0) >= 3)) out.add(c.col);
  }
  return out;
}

/**
 * A year's realisasi from its quarters (a Rencana Aksi's Realisasi TW I … TW IV): quarters of a count are
 * increments and add up; quarters of a level (a %, an index, a rate: the row's satuan or name says) are
 * cumulative, the last is the year's. Null when a quarter holds no number ('-' counts as nil).
 */
export function yearFromQuarters(view: SheetView, row: number, quarters: number[], level: boolean): NumberValue | null {
  const last = quarters[quarters.length - 1];
  if (level) {
    const v = view.value(row, last);
    return v.kind === 'number' ? v : null;
  }
  let sum = 0;
  let decimals = 0;
  let any = false;
  for (const c of quarters) {
    const v = view.value(row, c);
    if (v.kind === 'dash' || v.kind === 'empty') continue;
    if (v.kind !== 'number') return null;
    sum += v.value;
    decimals = Math.max(decimals, v.decimals);
    any = true;
  }
  return any ? { kind: 'number', value: sum, decimals, fromText: false } : null;
}

/** Whether a row's figures are levels (%, index, rate) rather than counts: its satuan, else its name. */
export function levelRow(satuan: string, name: string): boolean {
  // (A quotient's satuan, "Ku/Ha", "jiwa/km2", and a productivity or density by name are levels too.)
  return levelUnit(satuan) || PER_UNIT.test(satuan) || RATE_NAME.test(words(name)) || LEVEL_NAME.test(words(name));
}

/** A satuan that alone makes its row a level: a percentage, an index, a ratio, a score (not "Orang/Bulan", a flow a plan may sum). */
export function levelUnit(satuan: string): boolean {
  return isPercentUnit(satuan) || INDEX_UNIT.test(words(satuan));
}

const PER_UNIT = /^\s*[a-z²]+\s*\/\s*(ha|hektar|km2?|km²|kapita|jiwa|penduduk|kk|bulan|tahun|hari)\s*$/i;
// (And a score by its name: "Nilai SAKIP Perangkat Daerah", "Nilai IKM", "Skor Maturitas SPIP", with no satuan beside it.)
const LEVEL_NAME =
  /\b(produktivitas|kepadatan|skor|nilai (sakip|akip|lakip|ikm|skm|spbe|spip|reformasi birokrasi|rb|maturitas|evaluasi|kinerja|tukar|ikpa|mcp))\b/;

/** A satuan naming an index, a ratio or a score ("Nilai" of a SAKIP, "Skor"); a percentage's is ratio-math's isPercentUnit. */
const INDEX_UNIT = /^(indeks|index|rasio|poin|nilai|skor|score)\b/;

/**
 * Columns named by a year alone in a table whose title names rates: rates, not amounts (a Jumlah
 * row under them holds the region's rate or the mean, never their sum).
 */
export function markRateColumns(cols: ColumnInfo[], title: string[]): void {
  const t = title.join(' ');
  if (!RATE_NAME.test(words(t)) && !/%/.test(t)) return;
  // (Under a group named "Tahun" only, as well: "Tahun ▸ 2022 | 2023 …".)
  const yearWord = (p: string) => /^(tahun|th\.?|thn\.?)$/i.test(p.trim());
  for (const c of cols)
    if (
      c.role === 'value' &&
      !c.percent &&
      !c.relation &&
      c.path.length > 0 &&
      yearOnly(c.path[c.path.length - 1]) &&
      c.path.every((p) => yearOnly(p) || yearWord(p))
    )
      c.percent = true;
}

/**
 * "Target | Realisasi | %" under a title stating the table's money unit ("(dalam ribuan rupiah)", "(Rp)"), with no
 * satuan column, no indicator column and no money column of its own: a revenue or spending table, its target the budgeted amount and its realisasi the amount collected
 * or spent (summed by its Jumlah rows), not an indicator's.
 */
export function moneyByTitle(cols: ColumnInfo[], title: string[]): void {
  const t = title.join(' ');
  if (!(SCALED_TITLE.test(t) || /\(\s*(dalam\s+)?(rp\.?|rupiah)\s*\)/i.test(t)) || cols.some((c) => c.role === 'satuan')) return;
  // Where the table has money columns of its own (K | Rp pairs of a Renja evaluation) or names its indicators, the
  // title's unit is theirs: the targets and realisasi are the indicators' figures.
  if (cols.some((c) => MONEY_ROLES.has(c.role) || /\bindikator\b/.test(words(c.path.join(' '))))) return;
  for (const c of cols) {
    if (c.percent) continue;
    if (c.role === 'target') c.role = 'anggaran';
    else if (c.role === 'realisasi') c.role = 'realisasiRp';
  }
}

/** Things counted, not rupiah ("Jumlah Barang (Unit)", "Kuantitas"): whole numbers a title's money unit does not round. */
// (And the things a rekap counts, "Jumlah Program | Jumlah Kegiatan" beside the money of a table "(Rp. 000)".)
const COUNTED =
  /\b(unit|buah|orang|jiwa|ekor|paket|jumlah barang)\b|\b(jumlah|jml|banyaknya) (program|kegiatan|sub kegiatan|indikator|sasaran|pegawai|asn|opd|skpd|perangkat daerah|desa|kelurahan|kecamatan|sekolah|puskesmas|peserta|dokumen|laporan|temuan|rekomendasi)\b/;
function countedThings(path: string[]): boolean {
  const h = words(path.join(' '));
  return (COUNTED.test(h) || VOLUME_WORDS.test(h)) && !MONEY_WORDS.test(h) && !/\b(rupiah|nilai|harga)\b/.test(h);
}

/**
 * Marks the money columns whose amounts are shown rounded to whole thousands or millions (ColumnInfo.rounded). Not
 * a column whose amounts carry real fractions ("202.195,85" in a table "dalam ribuan rupiah", typed to the rupiah),
 * nor one shown with decimals ("209.214,00") in a table whose other amounts carry them: those are exact to their
 * decimals, and a slip of 0,25 thousand is one. A format padding whole numbers with ",0" in a table of whole
 * amounts proves nothing: the figures were still rounded to units.
 */
export function markRoundedUnits(view: SheetView, span: { bodyTop: number; bodyEnd: number }, cols: ColumnInfo[], title: string[]): void {
  const all = SCALED_TITLE.test(title.join(' '));
  // The rupiah each amount stands for: its header's unit, else the title's ("(dalam ribuan rupiah)").
  const titled = all ? moneyUnit(title) : 1;
  for (const c of cols) {
    if (!MONEY_ROLES.has(c.role) || c.percent) continue;
    const unit = moneyUnit(c.path);
    if (unit > 1 || titled > 1) c.moneyUnit = unit > 1 ? unit : titled;
  }
  const byHeader = cols.filter((c) => summedRoles.has(c.role) && !c.percent && ((all && !countedThings(c.path)) || SCALED.test(c.path.join(' '))));
  // A row total of such columns is in their unit, whatever its own header says ("Kebutuhan Pendanaan (Rp Juta) ▸ 2025 …
  // 2029 | Total 2025-2029").
  const ofScaled = cols.filter(
    (c) => c.role === 'rowTotal' && !byHeader.includes(c) && !!c.parts?.length && c.parts.every((p) => byHeader.some((x) => x.col === p)),
  );
  for (const c of ofScaled) if (c.moneyUnit === undefined) c.moneyUnit = cols.find((x) => x.col === c.parts![0])?.moneyUnit;
  const scaled = [...byHeader, ...ofScaled];
  const seen = scaled.map((c) => {
    let numbers = 0;
    let fractions = 0;
    let padded = 0;
    for (let r = span.bodyTop; r <= span.bodyEnd && numbers < 60; r++) {
      if (view.numberAt(r, c.col) === undefined) continue;
      numbers++;
      if (view.decimalsAt(r, c.col) > 0) fractions++;
      else if ((view.displayed(r, c.col) ?? 0) > 0) padded++;
    }
    return { c, fractional: fractions >= 2 && fractions >= 0.2 * numbers, padded: padded + fractions > numbers / 2 };
  });
  const tableFractions = seen.some((x) => x.fractional);
  for (const x of seen) if (!x.fractional && !(tableFractions && x.padded)) x.c.rounded = true;
}
