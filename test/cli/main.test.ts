/**
 * The command around `explain`: arguments, input sources, output formats and exit statuses, with
 * the process swapped for an in-memory one. scripts/cli/run.mjs runs the built command from the
 * packed tarball.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../../scripts/support/locales.mjs';
import type { NestedStrings } from '../../src/cli/explain';
import { EXIT, type Io, run, USAGE } from '../../src/cli/main';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface Captured {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly languages: string[];
}

function runWith(
  args: readonly string[],
  { stdin = '', files = {} as Record<string, string>, failLoad = false } = {},
): Captured {
  let stdout = '';
  let stderr = '';
  const languages: string[] = [];
  const io: Io = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: () => stdin,
    readFile: (path) => files[path],
    loadStrings: (lng) => {
      if (failLoad) throw new Error('ENOENT: no such file, open \u001b[31m/x/cli/locales');
      languages.push(lng);
      return readLocale(ROOT, lng) as NestedStrings;
    },
  };
  const status = run(args, io);
  return { status, stdout, stderr, languages };
}

describe('wrong usage: the usage on stderr, status 2', () => {
  it.each([
    ['no arguments', []],
    ['an unknown command', ['describe', '0']],
    ['no input', ['explain']],
    ['an unknown option', ['explain', '0', '--verbose']],
    ['an unknown language', ['explain', '0', '--lng', 'xx']],
    ['an unknown service', ['explain', '0', '--service', 'nope']],
    ['a missing value', ['explain', '0', '--lng']],
    ['two inputs', ['explain', '0', '1']],
    ['markup in an option', ['explain', '0', '--service', '<b>x</b>']],
  ] as const)('%s', (_name, args) => {
    const { status, stdout, stderr } = runWith(args);
    expect(status).toBe(EXIT.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain(USAGE);
    expect(stderr).not.toMatch(/<b>|\n\s+at /);
  });

  it.each([['--help'], ['-h'], ['explain', '--help']])(
    '%s prints the usage, status 0',
    (...args) => {
      expect(runWith(args)).toMatchObject({ status: EXIT.known, stdout: USAGE, stderr: '' });
    },
  );
});

describe('exit statuses', () => {
  it.each([
    ['a known code', ['explain', '66660023'], EXIT.known],
    ['a known code in a chosen service', ['explain', '1201', '--service', 'detectAuth'], 0],
    ['the option written with =', ['explain', '1201', '--service=detectAuth', '--lng=en'], 0],
    ['a code unknown in its service', ['explain', '1201'], EXIT.unknown],
    ['input that is nothing', ['explain', 'hello world'], EXIT.unknown],
    ['a callback with a known code', ['explain', 'https://e.com/?code=3004&orderNo=1'], 0],
  ] as const)('%s → %i', (_name, args, status) => {
    const result = runWith(args);
    expect(result.status).toBe(status);
    expect(result.stdout).toMatch(/^faceid-guidance explain: /);
  });
});

describe('input sources and languages', () => {
  const response = JSON.stringify({ Response: { Result: 'Success', RequestId: 'r-1' } });

  it('reads a file when the argument names one', () => {
    const result = runWith(['explain', 'response.json', '--json'], {
      files: { 'response.json': response },
    });
    expect(result.status).toBe(EXIT.known);
    expect(JSON.parse(result.stdout)).toMatchObject({
      input: 'result',
      shape: 'apiResult',
      fields: { requestId: 'r-1' },
    });
  });

  it('reads standard input for -', () => {
    const result = runWith(['explain', '-', '--json'], { stdin: response });
    expect(JSON.parse(result.stdout)).toMatchObject({ input: 'result', known: true });
  });

  it.each([
    [[], 'zh-CN'],
    [['--lng', 'en-US'], 'en'],
    [['--lng', 'zh-Hant-HK'], 'zh-HK'],
    [['--lng', 'JA'], 'ja'],
  ] as const)('%j reads the copy of %s', (options, lng) => {
    const result = runWith(['explain', '-5018', ...options]);
    expect(result.languages).toEqual([lng]);
    expect(result.stdout).toContain(`End user (${lng})`);
  });

  it('--json is one JSON document', () => {
    const result = runWith(['explain', '-5018', '--json', '--lng', 'en']);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ input: 'code', lng: 'en', known: true });
    expect(report.codes[0]).toMatchObject({ code: '-5018', id: 'faceVerifyNoBlink' });
  });
});

describe('failures', () => {
  it('an error is one clean line on stderr, no stack trace, status 1', () => {
    const result = runWith(['explain', '0'], { failLoad: true });
    expect(result.status).toBe(EXIT.unknown);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(String.fromCharCode(27));
  });
});
