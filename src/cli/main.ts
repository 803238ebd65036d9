/**
 * The `faceid-guidance` command (the package's `bin`, built to `dist/cli.js`): arguments, files and
 * exit statuses around `explain`. No page imports it: the browser entries never reach `src/cli/`.
 */
import { readFileSync, statSync } from 'node:fs';
import { SERVICES, type Service } from '../core/catalogue';
import { DEFAULT_LANGUAGE, matchLanguage, SUPPORTED_LANGUAGES } from '../core/language';
import {
  clean,
  type Explanation,
  explain,
  isService,
  MAX_INPUT_LENGTH,
  type NestedStrings,
  renderText,
} from './explain';

/** Exit statuses: known, unknown (the fallback shown), wrong usage. */
export const EXIT = { known: 0, unknown: 1, usage: 2 } as const;

export const USAGE = `Usage: faceid-guidance explain <code | callback URL | JSON file | -> [options]

Explains a Tencent Cloud FaceID response code, an H5 callback URL or a server response (JSON, from
a file or from standard input with -): what the end user is told, the integrator checklist, and
Tencent's official text and its source.

Options:
  --lng <lng>          language of the end-user copy (default ${DEFAULT_LANGUAGE}; ${SUPPORTED_LANGUAGES.join(', ')})
  --service <service>  service to read codes in (default: as the input tells, faceVerify for a number)
                       ${SERVICES.join(', ')}
  --json               the report as JSON, for scripts
  -h, --help           this help

Exit status: 0 every code known, 1 unknown input or code (the fallback is shown), 2 wrong usage.

Examples:
  npx faceid-guidance explain 66660023
  npx faceid-guidance explain 1201 --service detectAuth --lng en
  npx faceid-guidance explain 'https://example.com/back?code=3004&orderNo=o-1'
  npx faceid-guidance explain response.json --json
  curl … | npx faceid-guidance explain -
`;

/** What the command needs from the process: swapped in the tests. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, whole (up to the input limit). */
  readonly readStdin: () => string;
  /** A file's text when `path` names a file, else `undefined`. */
  readonly readFile: (path: string) => string | undefined;
  /** A shipped locale's strings, every file merged. */
  readonly loadStrings: (lng: string) => NestedStrings;
}

interface Parsed {
  readonly input: string;
  readonly lng: string;
  readonly service?: Service;
  readonly json: boolean;
}

class UsageError extends Error {}

/** The arguments, or a usage error (`help` when the help was asked for). */
function parse(args: readonly string[]): Parsed | 'help' {
  if (args.includes('-h') || args.includes('--help')) return 'help';
  const [command, ...rest] = args;
  if (command === undefined) throw new UsageError('a command is needed: explain');
  if (command !== 'explain') throw new UsageError(`unknown command: ${clean(command, 32)}`);
  let input: string | undefined;
  let lng = DEFAULT_LANGUAGE;
  let service: Service | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => {
      const next = inline ?? rest[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json') json = true;
    else if (flag === '--lng') {
      const wanted = value();
      const matched = matchLanguage(wanted);
      if (!matched) throw new UsageError(`unknown language: ${clean(wanted, 32)}`);
      lng = matched;
    } else if (flag === '--service') {
      const wanted = value();
      if (!isService(wanted)) throw new UsageError(`unknown service: ${clean(wanted, 32)}`);
      service = wanted;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option: ${clean(arg, 32)}`);
    else if (input === undefined) input = arg;
    else throw new UsageError('one input at a time');
  }
  if (input === undefined) throw new UsageError('what to explain is missing');
  return { input, lng, json, ...(service ? { service } : {}) };
}

/** The text to explain: standard input, a file's content, or the argument itself. */
function inputText(input: string, io: Io): string {
  if (input === '-') return io.readStdin();
  return io.readFile(input) ?? input;
}

/** Runs the command: writes the report and returns the exit status. Never throws. */
export function run(args: readonly string[], io: Io): number {
  try {
    const parsed = parse(args);
    if (parsed === 'help') {
      io.stdout(USAGE);
      return EXIT.known;
    }
    const explanation: Explanation = explain(
      inputText(parsed.input, io),
      { lng: parsed.lng, ...(parsed.service ? { service: parsed.service } : {}) },
      io.loadStrings(parsed.lng),
    );
    io.stdout(parsed.json ? `${JSON.stringify(explanation, null, 2)}\n` : renderText(explanation));
    return explanation.known ? EXIT.known : EXIT.unknown;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`faceid-guidance: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    // No stack trace: one line, cleaned.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`faceid-guidance: ${clean(message, 200)}\n`);
    return EXIT.unknown;
  }
}

/** Up to the input limit of a file descriptor or path, as UTF-8. */
function readLimited(source: number | string): string {
  const text = readFileSync(source, 'utf8');
  return text.length > MAX_INPUT_LENGTH ? text.slice(0, MAX_INPUT_LENGTH) : text;
}

/** The process's own input and output, and the locale files beside the built command. */
export const NODE_IO: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readLimited(0),
  readFile: (path) => {
    try {
      return statSync(path).isFile() ? readLimited(path) : undefined;
    } catch {
      return undefined;
    }
  },
  loadStrings: (lng) =>
    JSON.parse(
      readFileSync(new URL(`./cli/locales/${lng}.json`, import.meta.url), 'utf8'),
    ) as NestedStrings,
};
