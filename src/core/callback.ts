import { MAX_RAW_LENGTH, toRawText } from './input';

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

const MAX_INPUT_LENGTH = 8192;
/** Signatures are 40 hex characters and order numbers up to 32: keep them whole. */
const MAX_VALUE_LENGTH = 128;
/** Codes and rates are short: cut them like any other support reference. */
const SHORT_FIELDS: ReadonlySet<string> = new Set(['code', 'faceCode', 'willCode', 'liveRate']);

function toParams(input: unknown): URLSearchParams {
  if (input instanceof URLSearchParams) return input;
  let text: string;
  if (typeof URL !== 'undefined' && input instanceof URL) text = input.href;
  else if (typeof input === 'string') text = input.slice(0, MAX_INPUT_LENGTH);
  else return new URLSearchParams();
  // A query in the fragment (hash routers: `…/#/result?code=0`) counts too; the main query wins.
  const hashAt = text.indexOf('#');
  const hash = hashAt >= 0 ? text.slice(hashAt + 1) : '';
  const main = hashAt >= 0 ? text.slice(0, hashAt) : text;
  const params = new URLSearchParams();
  for (const part of [hash.slice(hash.indexOf('?') + 1), main.slice(main.indexOf('?') + 1)]) {
    if (!part.includes('=')) continue;
    for (const [key, value] of new URLSearchParams(part)) params.set(key, value);
  }
  return params;
}

/**
 * Reads the H5 redirect's query parameters from a URL, a query string, a `URL` or
 * `URLSearchParams`. Never throws; anything else gives an empty result.
 *
 * @example readH5Callback(location.href).code
 */
export function readH5Callback(input: string | URL | URLSearchParams): H5Callback {
  const result: Record<string, string> = {};
  try {
    const params = toParams(input);
    for (const [field, names] of Object.entries(FIELDS)) {
      for (const name of names) {
        const value = params.get(name);
        if (value !== null) {
          result[field] = toRawText(
            value,
            SHORT_FIELDS.has(field) ? MAX_RAW_LENGTH : MAX_VALUE_LENGTH,
          );
          break;
        }
      }
    }
  } catch {
    // URLSearchParams rejects nothing it is given as a string; this guards exotic inputs.
  }
  return result;
}
