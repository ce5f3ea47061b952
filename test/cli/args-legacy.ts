/**
 * The hand-written parser src/cli/args.ts had before it moved to node:util's parseArgs, as it was
 * but for the names (and Prettier's line breaks): the oracle test/cli/args.test.ts compares the new
 * parser with, argument list by argument list. Not used by the CLI.
 */
import type { Lang } from '../../src/engine';
import type { Command } from '../../src/cli/args';

export class LegacyUsageError extends Error {
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
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--lang', '--report', '--annotate', '--jobs', '-o', '--out']);
const BOOL_FLAGS = new Set(['--json', '--exit-zero', '--across', '--help', '-h', '--version', '-V']);

function split(argv: string[], lang: Lang): Raw {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(name)) {
        const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new LegacyUsageError(msg(lang, `opsi ${name} memerlukan nilai`, `option ${name} needs a value`), lang);
        flags.set(name === '--out' ? '-o' : name, value);
      } else if (BOOL_FLAGS.has(name) && eq < 0) {
        flags.set(name, true);
      } else {
        throw new LegacyUsageError(msg(lang, `opsi tidak dikenal: ${a}`, `unknown option: ${a}`), lang);
      }
    } else {
      positional.push(a);
    }
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

export function legacyParseArgs(argv: string[]): Command {
  const lang0 = sniffLang(argv);
  const { positional, flags } = split(argv, lang0);
  const langFlag = flags.get('--lang');
  if (langFlag !== undefined && langFlag !== 'id' && langFlag !== 'en') {
    throw new LegacyUsageError(msg(lang0, `--lang harus id atau en, bukan "${String(langFlag)}"`, `--lang must be id or en, not "${String(langFlag)}"`), lang0);
  }
  const lang: Lang = langFlag === 'en' ? 'en' : 'id';
  if (flags.has('--version') || flags.has('-V')) return { cmd: 'version' };
  if (flags.has('--help') || flags.has('-h') || positional.length === 0 || positional[0] === 'help') return { cmd: 'help', lang };

  const [cmd, ...rest] = positional;
  const allow = (names: string[]) => {
    for (const k of flags.keys()) {
      if (k !== '--lang' && !names.includes(k)) {
        throw new LegacyUsageError(msg(lang, `opsi ${k} tidak berlaku untuk "cermat ${cmd}"`, `option ${k} does not apply to "cermat ${cmd}"`), lang);
      }
    }
  };
  if (cmd === 'check') {
    allow(['--json', '--report', '--annotate', '--exit-zero', '--jobs', '--across']);
    if (rest.length === 0)
      throw new LegacyUsageError(msg(lang, 'sebutkan berkas .xlsx atau folder yang akan diperiksa', 'name the .xlsx files or folders to check'), lang);
    let jobs: number | undefined;
    const j = flags.get('--jobs');
    if (typeof j === 'string') {
      jobs = Number(j);
      if (!Number.isInteger(jobs) || jobs < 1)
        throw new LegacyUsageError(msg(lang, `--jobs harus bilangan bulat ≥ 1, bukan "${j}"`, `--jobs must be a whole number ≥ 1, not "${j}"`), lang);
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
      across: flags.has('--across'),
      jobs,
    };
  }
  if (cmd === 'fill') {
    allow(['-o']);
    const out = flags.get('-o');
    if (rest.length !== 1)
      throw new LegacyUsageError(msg(lang, 'cermat fill memerlukan tepat satu berkas .xlsx', 'cermat fill takes exactly one .xlsx file'), lang);
    if (typeof out !== 'string')
      throw new LegacyUsageError(msg(lang, 'sebutkan berkas hasil dengan -o HASIL.xlsx', 'name the output file with -o OUT.xlsx'), lang);
    return { cmd: 'fill', file: rest[0], out, lang };
  }
  throw new LegacyUsageError(msg(lang, `perintah tidak dikenal: ${cmd}`, `unknown command: ${cmd}`), lang);
}
