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
import { catalog } from '../present';

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
  const unknown = (arg: string) => new UsageError(catalog(lang).cli.unknownOption(arg), lang);
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
    if (value === undefined || value === '') throw new UsageError(catalog(lang).cli.needsValue(name), lang);
    flags.set(name === '--out' ? '-o' : name, value);
  }
  return { positional, flags };
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
    throw new UsageError(catalog(lang0).cli.langInvalid(String(langFlag)), lang0);
  }
  const lang: Lang = langFlag === 'en' ? 'en' : 'id';
  if (flags.has('--version') || flags.has('-V')) return { cmd: 'version' };
  if (flags.has('--help') || flags.has('-h') || positional.length === 0 || positional[0] === 'help') return { cmd: 'help', lang };

  const [cmd, ...rest] = positional;
  const allow = (names: string[]) => {
    for (const k of flags.keys()) {
      if (k !== '--lang' && !names.includes(k)) {
        throw new UsageError(catalog(lang).cli.notForCommand(k, cmd), lang);
      }
    }
  };
  if (cmd === 'check') {
    allow(['--json', '--report', '--annotate', '--exit-zero', '--jobs', '--across']);
    if (rest.length === 0) throw new UsageError(catalog(lang).cli.nameFiles, lang);
    let jobs: number | undefined;
    const j = flags.get('--jobs');
    if (typeof j === 'string') {
      jobs = Number(j);
      if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(catalog(lang).cli.jobsInvalid(j), lang);
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
    if (rest.length !== 1) throw new UsageError(catalog(lang).cli.fillOneFile, lang);
    if (typeof out !== 'string') throw new UsageError(catalog(lang).cli.fillNeedsOut, lang);
    return { cmd: 'fill', file: rest[0], out, lang };
  }
  if (cmd === 'compare') {
    allow(['--json', '-o', '--exit-zero']);
    if (rest.length !== 2) throw new UsageError(catalog(lang).cli.compareTwoFiles, lang);
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
  throw new UsageError(catalog(lang).cli.unknownCommand(cmd), lang);
}

export function usage(lang: Lang): string {
  return catalog(lang).cli.usage;
}
