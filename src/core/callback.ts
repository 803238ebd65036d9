import { isArray, MAX_RAW_LENGTH, ownValue, readField, toRawText } from './input';

/**
 * The query parameters of the H5 face-verification redirect back to the integrator's page.
 * Every value is untrusted text (trimmed, control characters removed, truncated); a parameter that
 * is absent is `undefined`. The redirect `code` is for display: the trusted result is the server query.
 */
export interface H5Callback {
  readonly code?: string;
  readonly orderNo?: string;
  readonly h5faceId?: string;
  /** `newSignature` (mobile H5) or `newSign` (PC flow). */
  readonly signature?: string;
  readonly liveRate?: string;
  /** 意愿核身: the face step's code. */
  readonly faceCode?: string;
  /** 意愿核身: the willingness step's code. */
  readonly willCode?: string;
}

const FIELDS = {
  code: ['code'],
  orderNo: ['orderNo'],
  h5faceId: ['h5faceId'],
  signature: ['newSignature', 'newSign'],
  liveRate: ['liveRate'],
  faceCode: ['faceCode'],
  willCode: ['willCode'],
} as const satisfies Record<keyof H5Callback, readonly string[]>;

/**
 * Next.js's `searchParams` (App Router pages) and other parsed queries: a plain object whose
 * repeated parameters are arrays.
 */
export type H5CallbackParams = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The longest query text read, from a string, a `URL` or `URLSearchParams` alike. */
const MAX_INPUT_LENGTH = 8192;
/** Signatures are 40 hex characters and order numbers up to 32: keep them whole. */
const MAX_VALUE_LENGTH = 128;
/** Codes and rates are short: cut them like any other support reference. */
const SHORT_FIELDS: ReadonlySet<string> = new Set(['code', 'faceCode', 'willCode', 'liveRate']);

/** Every parameter name read. */
const NAMES: readonly string[] = ([] as string[]).concat(...Object.values(FIELDS));

/**
 * The query text of `input`, at most `MAX_INPUT_LENGTH` characters: the whole string, a URL's
 * `href`, or the parameters serialized. `undefined` for anything else.
 */
function toText(input: unknown): string | undefined {
  let text: string | undefined;
  if (typeof input === 'string') text = input;
  else if (typeof URL !== 'undefined' && input instanceof URL) text = input.href;
  else if (input instanceof URLSearchParams) {
    // The prototype's own method, never one the object carries.
    text = URLSearchParams.prototype.toString.call(input);
  }
  return text?.slice(0, MAX_INPUT_LENGTH);
}

/** The first value of each parameter name read, from a query string: the main query, then the fragment's. */
function fromText(text: string): Map<string, string> {
  const found = new Map<string, string>();
  // A query in the fragment (hash routers: `…/#/result?code=0`) counts too; the main query wins.
  const hashAt = text.indexOf('#');
  const main = hashAt >= 0 ? text.slice(0, hashAt) : text;
  const hash = hashAt >= 0 ? text.slice(hashAt + 1) : '';
  for (const part of [main.slice(main.indexOf('?') + 1), hash.slice(hash.indexOf('?') + 1)]) {
    if (!part.includes('=')) continue;
    // One pass over the pairs (`URLSearchParams#set` for each would be quadratic).
    for (const [name, value] of new URLSearchParams(part)) {
      if (!found.has(name) && NAMES.includes(name)) found.set(name, value);
    }
  }
  return found;
}

/** The first value of each parameter name read, from a plain object of strings or arrays of them. */
function fromObject(input: unknown): Map<string, string> {
  const found = new Map<string, string>();
  for (const name of NAMES) {
    const field = readField(input, name);
    // A repeated parameter is an array: its first value, as in a query string.
    const value = isArray(field) ? ownValue(field, 0) : field;
    if (typeof value === 'string') found.set(name, value);
  }
  return found;
}

/**
 * Reads the H5 redirect's query parameters from a URL, a query string, a `URL`, `URLSearchParams`
 * or a plain object of them (Next.js's `searchParams`). Never throws; anything else gives an empty
 * result.
 *
 * One rule for repeated parameters, whatever the form: the first value wins (as
 * `URLSearchParams#get` and the first element of an array), and the main query wins over one in
 * the fragment. A string, `URL` or `URLSearchParams` is read up to its first 8192 characters.
 *
 * @example readH5Callback(location.href).code
 */
export function readH5Callback(
  input: string | URL | URLSearchParams | H5CallbackParams,
): H5Callback {
  const result: Record<string, string> = {};
  try {
    const text = toText(input);
    const params = text === undefined ? fromObject(input) : fromText(text);
    for (const [field, names] of Object.entries(FIELDS)) {
      for (const name of names) {
        const value = params.get(name);
        if (value !== undefined) {
          result[field] = toRawText(
            value,
            SHORT_FIELDS.has(field) ? MAX_RAW_LENGTH : MAX_VALUE_LENGTH,
          );
          break;
        }
      }
    }
  } catch {
    // A `URL` or `URLSearchParams` that is not one (a Proxy, an object made from the prototype).
  }
  return result;
}
