/**
 * Command-line parsing on node:util's parseArgs, with usage errors worded for our users.
 *
 * parseArgs splits the command line into tokens (options with their values, positionals, the `--`
 * terminator); this module checks each token itself instead of using parseArgs's strict mode, whose
 * English errors name an option without the `=value` typed after it and whose rules differ from
 * the CLI's at the edges (test/cli/args.test.ts pins them):
 * - a value option takes the next argument whatever it looks like (`--report --json` writes a file
 *   named "--json"; strict mode calls that ambiguous);
 * - short options are not grouped nor glued to a value: `-hV` and `-oOUT` are unknown options,
 *   `-o=OUT` and `-o OUT` name OUT;
 * - `--json=1` (a value on a flag) is an unknown option; repeated options: the last one counts.
 */
import { parseArgs as tokenise } from 'node:util';
import type { Lang } from '../engine';

export interface CheckCommand {
  cmd: 'check';
  paths: string[];
  json: boolean;
  lang: Lang;
  report?: string;
  annotate?: string;
  exitZero: boolean;
  jobs?: number;
  /** Also compare the files with each other (the same program's figures in each). */
  across: boolean;
}

export interface FillCommand {
  cmd: 'fill';
  file: string;
  out: string;
  lang: Lang;
}

export interface CompareCommand {
  cmd: 'compare';
  older: string;
  newer: string;
  json: boolean;
  out?: string;
  lang: Lang;
  exitZero: boolean;
}

export type Command = CheckCommand | FillCommand | CompareCommand | { cmd: 'help'; lang: Lang } | { cmd: 'version' };

export class UsageError extends Error {
  constructor(
    message: string,
    readonly lang: Lang,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

interface Raw {
  positional: string[];
  /** Keyed by the option as typed (`--out` as `-o`), in order of first appearance. */
  flags: Map<string, string | true>;
}

/** The options, for parseArgs to know which take a value. */
const OPTIONS = {
  lang: { type: 'string' },
  report: { type: 'string' },
  annotate: { type: 'string' },
  jobs: { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'boolean' },
  'exit-zero': { type: 'boolean' },
  across: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** The same options as they are typed: the flags map and the messages use these spellings. */
const KNOWN = new Set(['--lang', '--report', '--annotate', '--jobs', '-o', '--out', '--json', '--exit-zero', '--across', '--help', '-h', '--version', '-V']);

function split(argv: string[], lang: Lang): Raw {
  const { tokens } = tokenise({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const unknown = (arg: string) => new UsageError(msg(lang, `opsi tidak dikenal: ${arg}`, `unknown option: ${arg}`), lang);
  for (const token of tokens) {
    if (token.kind === 'positional') positional.push(token.value);
    if (token.kind !== 'option') continue;
    // The argument as typed: `-hV` and `-oOUT` come back as several tokens or an inline value.
    const arg = argv[token.index];
    const inline = arg.startsWith(`${token.rawName}=`);
    if ((arg !== token.rawName && !inline) || !KNOWN.has(token.rawName)) throw unknown(arg);
    const name = token.rawName;
    if (OPTIONS[token.name as keyof typeof OPTIONS].type === 'boolean') {
      if (inline) throw unknown(arg);
      flags.set(name, true);
      continue;
    }
    // parseArgs reads `-o=x` as the value "=x"; the value is what follows the first "=".
    const value = inline ? arg.slice(name.length + 1) : token.value;
    if (value === undefined || value === '') throw new UsageError(msg(lang, `opsi ${name} memerlukan nilai`, `option ${name} needs a value`), lang);
    flags.set(name === '--out' ? '-o' : name, value);
  }
  return { positional, flags };
}

function msg(lang: Lang, id: string, en: string): string {
  return lang === 'en' ? en : id;
}

/** The language asked for, looked up before full parsing so even usage errors speak it. */
function sniffLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang' && argv[i + 1] === 'en') return 'en';
    if (argv[i] === '--lang=en') return 'en';
  }
  return 'id';
}

export function parseArgs(argv: string[]): Command {
  const lang0 = sniffLang(argv);
  const { positional, flags } = split(argv, lang0);
  const langFlag = flags.get('--lang');
  if (langFlag !== undefined && langFlag !== 'id' && langFlag !== 'en') {
    throw new UsageError(msg(lang0, `--lang harus id atau en, bukan "${String(langFlag)}"`, `--lang must be id or en, not "${String(langFlag)}"`), lang0);
  }
  const lang: Lang = langFlag === 'en' ? 'en' : 'id';
  if (flags.has('--version') || flags.has('-V')) return { cmd: 'version' };
  if (flags.has('--help') || flags.has('-h') || positional.length === 0 || positional[0] === 'help') return { cmd: 'help', lang };

  const [cmd, ...rest] = positional;
  const allow = (names: string[]) => {
    for (const k of flags.keys()) {
      if (k !== '--lang' && !names.includes(k)) {
        throw new UsageError(msg(lang, `opsi ${k} tidak berlaku untuk "cermat ${cmd}"`, `option ${k} does not apply to "cermat ${cmd}"`), lang);
      }
    }
  };
  if (cmd === 'check') {
    allow(['--json', '--report', '--annotate', '--exit-zero', '--jobs', '--across']);
    if (rest.length === 0) throw new UsageError(msg(lang, 'sebutkan berkas .xlsx atau folder yang akan diperiksa', 'name the .xlsx files or folders to check'), lang);
    let jobs: number | undefined;
    const j = flags.get('--jobs');
    if (typeof j === 'string') {
      jobs = Number(j);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(msg(lang, `--jobs harus bilangan bulat ≥ 1, bukan "${j}"`, `--jobs must be a whole number ≥ 1, not "${j}"`), lang);
    }
    const report = flags.get('--report');
    const annotate = flags.get('--annotate');
    return {
      cmd: 'check',
      paths: rest,
      json: flags.has('--json'),
      lang,
      report: typeof report === 'string' ? report : undefined,
      annotate: typeof annotate === 'string' ? annotate : undefined,
      exitZero: flags.has('--exit-zero'),
      jobs,
      across: flags.has('--across'),
    };
  }
  if (cmd === 'fill') {
    allow(['-o']);
    const out = flags.get('-o');
    if (rest.length !== 1) throw new UsageError(msg(lang, 'cermat fill memerlukan tepat satu berkas .xlsx', 'cermat fill takes exactly one .xlsx file'), lang);
    if (typeof out !== 'string') throw new UsageError(msg(lang, 'sebutkan berkas hasil dengan -o HASIL.xlsx', 'name the output file with -o OUT.xlsx'), lang);
    return { cmd: 'fill', file: rest[0], out, lang };
  }
  if (cmd === 'compare') {
    allow(['--json', '-o', '--exit-zero']);
    if (rest.length !== 2)
      throw new UsageError(
        msg(
          lang,
          'cermat compare memerlukan dua berkas .xlsx: versi lama lalu versi baru',
          'cermat compare takes two .xlsx files: the old version, then the new one',
        ),
        lang,
      );
    const out = flags.get('-o');
    return {
      cmd: 'compare',
      older: rest[0],
      newer: rest[1],
      json: flags.has('--json'),
      out: typeof out === 'string' ? out : undefined,
      lang,
      exitZero: flags.has('--exit-zero'),
    };
  }
  throw new UsageError(msg(lang, `perintah tidak dikenal: ${cmd}`, `unknown command: ${cmd}`), lang);
}

export function usage(lang: Lang): string {
  if (lang === 'en') {
    return `Cermat: checks the arithmetic of Renstra / LKjIP / LKPJ tables in Excel workbooks.

Usage:
  cermat check PATHS... [--json] [--lang id|en] [--report SUMMARY.xlsx]
                        [--annotate OUTDIR] [--exit-zero] [--jobs N] [--across]
  cermat fill FILE.xlsx -o OUT.xlsx [--lang id|en]
  cermat compare OLD.xlsx NEW.xlsx [--json] [--out CHANGES.xlsx] [--lang id|en] [--exit-zero]
  cermat --help | --version

check   Checks .xlsx files, or every .xlsx in a folder (recursively).
  --json            machine-readable output
  --lang id|en      language of the report (default: id)
  --report FILE     also write a summary workbook (Ringkasan + Temuan)
  --annotate DIR    write an annotated copy of each file into DIR
  --exit-zero       exit 0 even when errors are found (2 still means unreadable file)
  --jobs N          files checked in parallel (default: number of cores)
  --across          also compare the files with each other: the same program, kegiatan or
                    indicator must carry the same figures in each (e.g. an LKjIP and its Renstra)
fill    Writes Cermat's formulas into empty computed cells; never overwrites a filled cell.
compare Lists what changed between two versions of a workbook (figures, names, kode, rows
        added, removed or moved), matching programs, kegiatan and indicators by kode or name.
  --out FILE        also write the new version with changed cells marked and a changes sheet
  --json            machine-readable output (see README)

Exit codes: 0 no errors (compare: no change), 1 errors found (compare: changes found),
2 a file could not be read or bad usage.
`;
  }
  return `Cermat: memeriksa hitungan tabel Renstra / LKjIP / LKPJ dalam buku kerja Excel.

Pemakaian:
  cermat check PATH... [--json] [--lang id|en] [--report RINGKASAN.xlsx]
                       [--annotate FOLDER] [--exit-zero] [--jobs N] [--across]
  cermat fill BERKAS.xlsx -o HASIL.xlsx [--lang id|en]
  cermat compare LAMA.xlsx BARU.xlsx [--json] [--out PERUBAHAN.xlsx] [--lang id|en] [--exit-zero]
  cermat --help | --version

check   Memeriksa berkas .xlsx, atau semua .xlsx dalam folder (termasuk subfolder).
  --json            keluaran JSON untuk program lain
  --lang id|en      bahasa laporan (bawaan: id)
  --report BERKAS   tulis juga buku kerja ringkasan (Ringkasan + Temuan)
  --annotate FOLDER tulis salinan bertanda tiap berkas ke FOLDER
  --exit-zero       kode keluar 0 walau ada kesalahan (2 tetap berarti berkas tak terbaca)
  --jobs N          jumlah berkas yang diperiksa bersamaan (bawaan: jumlah inti CPU)
  --across          bandingkan juga berkas-berkas itu satu sama lain: program, kegiatan atau
                    indikator yang sama harus berangka sama di tiap berkas (mis. LKjIP dan Renstra-nya)
fill    Mengisi sel hitungan yang kosong dengan rumus Cermat; sel yang sudah berisi tidak diubah.
compare Menampilkan yang berubah antara dua versi buku kerja (angka, nama, kode, baris yang
        ditambah, dihapus atau dipindah); program, kegiatan dan indikator dicocokkan menurut kode atau nama.
  --out BERKAS      tulis juga versi baru dengan sel yang berubah ditandai dan lembar perubahan
  --json            keluaran JSON untuk program lain (lihat README)

Kode keluar: 0 tanpa kesalahan (compare: tanpa perubahan), 1 ada kesalahan (compare: ada
perubahan), 2 berkas tak terbaca atau pemakaian salah.
`;
}
