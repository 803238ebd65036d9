import {
  type CodeReading,
  DEFAULT_SERVICE,
  type DescribeOptions,
  readCode,
  resolveService,
} from './describe';
import { OFFICIAL } from './official';

/** Tencent's own text for a code: 返回信息 and 处理措施, verbatim. For support staff and integrators. */
export interface OfficialText {
  readonly message: string;
  readonly action: string;
}

export interface CodeDescription extends CodeReading {
  /** The official text; empty strings for unknown codes. */
  readonly official: OfficialText;
}

const NO_OFFICIAL_TEXT: OfficialText = Object.freeze({ message: '', action: '' });

/**
 * Answers by service and input: pages ask about the same few codes again and again. Only short
 * strings and numbers are cached, at most `CACHE_SIZE` answers (then the cache starts over), and
 * each answer is frozen, since every caller shares it.
 */
const CACHE_SIZE = 512;
const caches = new Map<string, Map<unknown, CodeDescription>>();

/** The cache for this call's service, when the input can be cached at all. */
function cacheFor(code: unknown, options: unknown): Map<unknown, CodeDescription> | undefined {
  if (typeof code !== 'number' && (typeof code !== 'string' || code.length > 32)) return undefined;
  const service = options === undefined ? DEFAULT_SERVICE : resolveService(options);
  let cache = caches.get(service);
  if (!cache) {
    cache = new Map();
    caches.set(service, cache);
  }
  return cache;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Describes a FaceID response code read within its service: its meaning, whose problem it is, what
 * the person can do next, guidance tips, message keys and the official text. Never throws: any
 * value that is not a known code gets `known: false`, the fallback message keys and the raw code
 * (trimmed, truncated) for support. The answer is frozen: answers to the same input are shared.
 *
 * @example describeCode('-5018').messageKeys.title // 'codes.faceVerifyNoBlink.title'
 * @example describeCode(-1102, { service: 'licenseOcr' }).id // 'licenseImageUnreadable'
 */
export function describeCode(code: unknown, options?: DescribeOptions): CodeDescription {
  const cache = cacheFor(code, options);
  const cached = cache?.get(code);
  if (cached) return cached;
  const description = describe(code, options);
  if (cache) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(code, deepFreeze(description));
  }
  return description;
}

function describe(code: unknown, options?: DescribeOptions): CodeDescription {
  const reading = readCode(code, options);
  const official =
    reading.id === 'unknown'
      ? NO_OFFICIAL_TEXT
      : { message: OFFICIAL[reading.id][0], action: OFFICIAL[reading.id][1] };
  // Not `{ ...reading, official }`: on V8 (Node 20) a spread followed by a property costs ~1 µs,
  // two thirds of the whole call (see BENCHMARKS.md).
  return Object.assign({ official }, reading);
}
