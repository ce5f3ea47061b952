/**
 * The command line as src/cli/args.ts reads it on node:util's parseArgs: the same commands, values
 * and messages as the hand-written parser before it (test/cli/args-legacy.ts), on random argument
 * lists and at the edges where parseArgs's own rules differ.
 */
import fc from 'fast-check';
import { parseArgs, UsageError, type Command } from '../../src/cli/args';
import { run } from '../../src/cli/main';
import { memoryIo } from '../../src/cli/io';
import { legacyParseArgs } from './args-legacy';

type Outcome = { command: Command } | { error: { name: string; message: string; lang: string } };

function outcome(parse: (argv: string[]) => Command, argv: string[]): Outcome {
  try {
    return { command: parse(argv) };
  } catch (e) {
    if (!(e instanceof Error) || !('lang' in e)) throw e;
    return { error: { name: e.name, message: e.message, lang: String((e as { lang: unknown }).lang) } };
  }
}

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no usage error for ${JSON.stringify(argv)}`);
}

/** Arguments a user types, right and wrong, and the spellings where parsers disagree. */
const PIECES = [
  'check',
  'fill',
  'help',
  'a.xlsx',
  'map/',
  'x=y',
  '-',
  '--',
  '',
  '--lang',
  'en',
  'id',
  'fr',
  '--lang=en',
  '--lang=id',
  '--lang=',
  '--lang=en=x',
  '--report',
  'r.xlsx',
  '--report=r.xlsx',
  '--report=',
  '--annotate',
  '--annotate=out',
  '--jobs',
  '2',
  '0',
  '-1',
  '1.5',
  '--jobs=3',
  '-o',
  '-o=o.xlsx',
  '-oo.xlsx',
  '-o=',
  '--out',
  '--out=o.xlsx',
  '--json',
  '--json=1',
  '--json=',
  '--exit-zero',
  '--exit-zero=no',
  '--across',
  '--across=1',
  '--help',
  '-h',
  '-h=1',
  '-hV',
  '-Vh',
  '-Vo',
  '-oh',
  '--version',
  '-V',
  '--h',
  '--o',
  '-x',
  '-xo',
  '--bogus',
  '--bogus=1',
  '-=',
  '-=x',
  '--=x',
  '---x',
  '--JSON',
  '--Lang',
];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...PIECES), weight: 12 }, { arbitrary: fc.string({ maxLength: 6 }), weight: 1 });

describe('parseArgs on node:util gives what the hand-written parser gave', () => {
  test('on random argument lists: the same command, or the same message in the same language', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (argv) => {
        expect(outcome(parseArgs, argv)).toEqual(outcome(legacyParseArgs, argv));
      }),
      { numRuns: 5000, seed: 20261203 },
    );
  });

  test('on every pair of pieces after "check a.xlsx"', () => {
    for (const x of PIECES) {
      for (const y of PIECES) {
        const argv = ['check', 'a.xlsx', x, y];
        expect([argv, outcome(parseArgs, argv)]).toEqual([argv, outcome(legacyParseArgs, argv)]);
      }
    }
  });
});

describe('the edges', () => {
  test('--lang=en and --lang en are the same; so are --report=F and --report F', () => {
    expect(parseArgs(['check', 'a.xlsx', '--lang=en', '--report=r.xlsx'])).toEqual(parseArgs(['check', 'a.xlsx', '--lang', 'en', '--report', 'r.xlsx']));
    expect(parseArgs(['check', 'a.xlsx', '--lang=en'])).toMatchObject({ cmd: 'check', lang: 'en' });
  });

  test('a value is everything after the first "="', () => {
    expect(parseArgs(['check', 'a.xlsx', '--report=a=b.xlsx'])).toMatchObject({ report: 'a=b.xlsx' });
    expect(usageError(['check', 'a.xlsx', '--lang=en=x']).message).toBe('--lang harus id atau en, bukan "en=x"');
  });

  test('after --, everything is a path, even what looks like an option', () => {
    expect(parseArgs(['check', '--', '--json', '-h', '--'])).toEqual({
      cmd: 'check',
      paths: ['--json', '-h', '--'],
      json: false,
      lang: 'id',
      report: undefined,
      annotate: undefined,
      exitZero: false,
      jobs: undefined,
      across: false,
    });
    expect(parseArgs(['check', 'a.xlsx', '--json', '--', '-'])).toMatchObject({ paths: ['a.xlsx', '-'], json: true });
    expect(parseArgs(['check', '-'])).toMatchObject({ paths: ['-'] });
  });

  test('a value option takes the next argument, whatever it looks like (parseArgs strict mode would call it ambiguous)', () => {
    expect(parseArgs(['check', 'a.xlsx', '--report', '--json'])).toMatchObject({ report: '--json', json: false });
    expect(parseArgs(['check', 'a.xlsx', '--annotate', '--'])).toMatchObject({ annotate: '--', paths: ['a.xlsx'] });
    expect(parseArgs(['fill', 'a.xlsx', '-o', '-'])).toEqual({ cmd: 'fill', file: 'a.xlsx', out: '-', lang: 'id' });
    expect(usageError(['check', 'a.xlsx', '--jobs', '-1']).message).toBe('--jobs harus bilangan bulat ≥ 1, bukan "-1"');
  });

  test('a repeated option: the last one counts', () => {
    expect(parseArgs(['check', 'a.xlsx', '--report', 'r1.xlsx', '--report=r2.xlsx', '--jobs', '1', '--jobs', '4'])).toMatchObject({
      report: 'r2.xlsx',
      jobs: 4,
    });
    expect(parseArgs(['check', 'a.xlsx', '--lang', 'en', '--lang', 'id'])).toMatchObject({ lang: 'id' });
    expect(parseArgs(['check', 'a.xlsx', '--json', '--json'])).toMatchObject({ json: true });
    expect(parseArgs(['fill', 'a.xlsx', '-o', 'x.xlsx', '--out', 'y.xlsx'])).toMatchObject({ out: 'y.xlsx' });
  });

  test('short options: -o, -h, -V alone; -o=OUT names OUT; grouped or glued, they are unknown (parseArgs would accept them)', () => {
    expect(parseArgs(['fill', 'a.xlsx', '-o', 'b.xlsx'])).toEqual({ cmd: 'fill', file: 'a.xlsx', out: 'b.xlsx', lang: 'id' });
    expect(parseArgs(['fill', 'a.xlsx', '-o=b.xlsx'])).toEqual({ cmd: 'fill', file: 'a.xlsx', out: 'b.xlsx', lang: 'id' });
    expect(parseArgs(['fill', 'a.xlsx', '--out=b.xlsx'])).toEqual({ cmd: 'fill', file: 'a.xlsx', out: 'b.xlsx', lang: 'id' });
    expect(parseArgs(['-h'])).toEqual({ cmd: 'help', lang: 'id' });
    expect(parseArgs(['-V'])).toEqual({ cmd: 'version' });
    expect(usageError(['fill', 'a.xlsx', '-ob.xlsx']).message).toBe('opsi tidak dikenal: -ob.xlsx');
    expect(usageError(['-hV']).message).toBe('opsi tidak dikenal: -hV');
    expect(usageError(['-Vo', 'x.xlsx']).message).toBe('opsi tidak dikenal: -Vo');
  });

  test('unknown options are quoted as typed, =value included, in the language asked for', () => {
    expect(usageError(['check', 'a.xlsx', '--bogus=1']).message).toBe('opsi tidak dikenal: --bogus=1');
    expect(usageError(['check', 'a.xlsx', '--json=1']).message).toBe('opsi tidak dikenal: --json=1');
    expect(usageError(['check', 'a.xlsx', '-h=1']).message).toBe('opsi tidak dikenal: -h=1');
    expect(usageError(['check', 'a.xlsx', '---x']).message).toBe('opsi tidak dikenal: ---x');
    expect(usageError(['check', 'a.xlsx', '--JSON']).message).toBe('opsi tidak dikenal: --JSON');
    const en = usageError(['check', 'a.xlsx', '--bogus', '--lang', 'en']);
    expect([en.message, en.lang]).toEqual(['unknown option: --bogus', 'en']);
    expect(usageError(['check', 'a.xlsx', '--lang=en', '-x']).message).toBe('unknown option: -x');
  });

  test('a missing or empty value names the option as typed', () => {
    expect(usageError(['check', 'a.xlsx', '--report']).message).toBe('opsi --report memerlukan nilai');
    expect(usageError(['check', 'a.xlsx', '--report=']).message).toBe('opsi --report memerlukan nilai');
    expect(usageError(['check', 'a.xlsx', '--annotate', '']).message).toBe('opsi --annotate memerlukan nilai');
    expect(usageError(['fill', 'a.xlsx', '--out']).message).toBe('opsi --out memerlukan nilai');
    expect(usageError(['fill', 'a.xlsx', '-o=']).message).toBe('opsi -o memerlukan nilai');
    expect(usageError(['--lang=en', 'check', 'a.xlsx', '--jobs']).message).toBe('option --jobs needs a value');
  });

  test('the first problem on the line is the one reported', () => {
    expect(usageError(['check', 'a.xlsx', '--bogus', '--report']).message).toBe('opsi tidak dikenal: --bogus');
    expect(usageError(['check', 'a.xlsx', '--json=1', '--bogus']).message).toBe('opsi tidak dikenal: --json=1');
    expect(usageError(['fill', 'a.xlsx', '--json', '-o', 'b.xlsx']).message).toBe('opsi --json tidak berlaku untuk "cermat fill"');
    expect(usageError(['check', 'a.xlsx', '--out', 'b.xlsx']).message).toBe('opsi -o tidak berlaku untuk "cermat check"');
  });

  test('through main: exit code 2, the message, then the usage text in the same language', async () => {
    for (const [argv, message, heading] of [
      [['check', 'a.xlsx', '--bogus=1'], 'cermat: opsi tidak dikenal: --bogus=1\n\n', 'Pemakaian:'],
      [['check', 'a.xlsx', '--lang', 'en', '--report'], 'cermat: option --report needs a value\n\n', 'Usage:'],
      [['--lang=en', '-hV'], 'cermat: unknown option: -hV\n\n', 'Usage:'],
    ] as const) {
      const io = memoryIo();
      expect(await run([...argv], io)).toBe(2);
      const err = io.stderr.join('');
      expect(err.startsWith(message)).toBe(true);
      expect(err).toContain(heading);
      expect(io.stdout.join('')).toBe('');
    }
  });
});
