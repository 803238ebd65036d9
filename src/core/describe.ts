import {
  type Audience,
  allRows,
  CATALOGUE,
  type CatalogueRow,
  deepFreeze,
  type EntryId,
  forEachEntry,
  isPattern,
  type Kind,
  type RetryRule,
  type RowsByService,
  SERVICES,
  type Service,
  type Tip,
} from './catalogue.ts';
import { hasOwn, normalizeApiCode, normalizeCode, readField, toRawText } from './input.ts';
import { copyKeys, type DeveloperKey, developerKey, type MessageKey } from './keys.ts';

/** What the person can do next. */
export type RetryPolicy =
  /** Success or warning: nothing to retry. */
  | { readonly type: 'none' }
  /** Try again right away. */
  | { readonly type: 'now' }
  /** Try again after `minutes` minutes. */
  | { readonly type: 'wait'; readonly minutes: number }
  /** The daily limit is reached: try again tomorrow. */
  | { readonly type: 'notToday' }
  /** Retrying will not help until the person corrects their name or ID number. */
  | { readonly type: 'correctDetails' }
  /**
   * This document cannot pass (an expired ID card): use a valid one. One retake is offered first,
   * in case a long-term card was misread.
   */
  | { readonly type: 'otherDocument' }
  /** Start the whole verification flow again. */
  | { readonly type: 'restart' }
  /** Nothing the person can do: contact support. */
  | { readonly type: 'contactSupport' };

/** i18next keys in the `faceid` namespace. */
export interface MessageKeys {
  readonly title: MessageKey;
  readonly description: MessageKey;
  /**
   * The integrator diagnostic: for `integrator`-audience entries, unknown codes, and the `user`
   * entries whose cause may lie in the integration too (file format, encoding, size).
   */
  readonly developer?: DeveloperKey;
}

/**
 * A code read within its service: its meaning, whose problem it is, what the person can do next,
 * tips and message keys. Tencent's official texts are in `faceid-guidance/diagnostics`
 * (`diagnoseCode`), so that pages which only show end-user copy never download them.
 */
export interface CodeDescription {
  /**
   * Whether the catalogue has an entry for the code in this service (or the gateway): the code's
   * own, or its family's (`family`).
   */
  readonly known: boolean;
  /**
   * True when the code is not in the service's published table but in a section it documents
   * (DetectAuth's 12xx, `FailedOperation.Action*`): the entry is the family's fallback.
   */
  readonly family?: true;
  /**
   * The normalized code (`"-5018"`, `"FailedOperation.ActionLightDark"` in `cloudApi`), or for
   * malformed input the raw text, trimmed and truncated.
   */
  readonly code: string;
  /** Whether the input was not a code at all (not an integer, or an integer out of range). */
  readonly malformed: boolean;
  /** The service that defines the code: the one asked for, or `gateway`. */
  readonly service: Service;
  /** The stable entry id (`unknown` for unknown codes). */
  readonly id: EntryId | 'unknown';
  /** All alias codes with this meaning, as strings; empty when unknown. */
  readonly codes: readonly string[];
  readonly kind: Kind;
  readonly audience: Audience;
  readonly retry: RetryPolicy;
  readonly tips: readonly Tip[];
  readonly messageKeys: MessageKeys;
}

export interface DescribeOptions {
  /** The service whose table the code is read in. Gateway codes resolve in every service. @default 'faceVerify' */
  readonly service?: Service;
}

export const DEFAULT_SERVICE: Service = 'faceVerify';

/** Message keys of the unknown-code fallback. */
export const UNKNOWN_MESSAGE_KEYS: MessageKeys = /* @__PURE__ */ Object.freeze({
  title: 'unknown.title',
  description: 'unknown.description',
  developer: 'developer.unknown',
});

function toRetryPolicy(rule: RetryRule): RetryPolicy {
  return typeof rule === 'number' ? { type: 'wait', minutes: rule } : { type: rule };
}

/** The service named in options, or the default when it is missing or not a service. */
export function resolveService(options: unknown): Service {
  const service = readField(options, 'service');
  return (SERVICES as readonly unknown[]).includes(service)
    ? (service as Service)
    : DEFAULT_SERVICE;
}

/**
 * The catalogue entry with this id, as a description (for hosts that store entry ids); `code`, when
 * given, is the code shown. Never throws: a value that is not an entry id reads as `readCode(code)`.
 */
export function readEntry(id: EntryId, code?: string): CodeDescription {
  // Own ids only: `toString`, or a key of a polluted `Object.prototype`, is no entry.
  if (!hasOwn(CATALOGUE, id)) return readCode(code);
  const row = CATALOGUE[id];
  return describeEntry(
    id,
    row,
    code === undefined ? code : readCode(code, { service: row.service }).code,
  );
}

/** The message keys of an entry: its copy's (its own or a same-meaning entry's), its diagnostic. */
function messageKeysOf(row: CatalogueRow): MessageKeys {
  return {
    ...copyKeys(row.copy),
    ...(row.diagnosed ? { developer: developerKey(row.developer as EntryId) } : {}),
  };
}

function describeEntry(id: EntryId, row: CatalogueRow, code: string | undefined): CodeDescription {
  // The answer's own list: callers of `readCode` may change it.
  const codes = row.codes.slice();
  return {
    known: true,
    ...(row.family ? { family: true as const } : {}),
    code: code ?? (codes[0] as string),
    malformed: false,
    service: row.service,
    id,
    codes,
    kind: row.kind,
    audience: row.audience,
    retry: toRetryPolicy(row.retry),
    // A copy: an answer is the caller's to change, the catalogue is not.
    tips: row.tips.slice(),
    messageKeys: messageKeysOf(row),
  };
}

/** Reads codes within their service, against a group of catalogue rows. */
export interface CodeReader {
  /** A fresh answer on every call. Never throws. */
  readonly read: (code: unknown, options?: DescribeOptions) => CodeDescription;
  /** The same answer, shared and frozen: see `describeCode`. Never throws. */
  readonly describe: (code: unknown, options?: DescribeOptions) => CodeDescription;
}

/**
 * Whether a code belongs to a family: `12xx` is any code of that length with those leading digits
 * (`-9xxx` the negative ones), `FailedOperation.Action*` any code that starts so.
 */
function matchesFamily(pattern: string, code: string): boolean {
  if (pattern.endsWith('*')) return code.startsWith(pattern.slice(0, -1));
  if (code.length !== pattern.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i] as string;
    const have = code[i] as string;
    if (want === 'x' ? !(have >= '0' && have <= '9') : want !== have) return false;
  }
  return true;
}

/**
 * Answers are cached by service and input: pages ask about the same few codes again and again.
 * Only primitives (short strings, numbers, `null`…) are cached, at most `CACHE_SIZE` answers per service (then that
 * cache starts over), and each answer is frozen, since every caller shares it.
 */
const CACHE_SIZE = 512;

/**
 * A reader over some of the catalogue's rows (`rows` is called once, on first use): the full
 * catalogue for `describeCode`, or only the gateway and face rows for `FaceVerifyErrorBanner`,
 * whose bundle then carries no OCR rows. A code outside those rows reads as unknown.
 */
export function createCodeReader(rows: () => RowsByService): CodeReader {
  type Found = readonly [EntryId, CatalogueRow];
  let index: Map<Service, Map<string, Found>> | undefined;
  /** Family patterns by service, in row order (most specific first). */
  let families: Map<Service, (readonly [pattern: string, found: Found])[]> | undefined;
  const caches = new Map<Service, Map<unknown, CodeDescription>>();

  const build = () => {
    const built = new Map<Service, Map<string, Found>>();
    const patterns = new Map<Service, (readonly [string, Found])[]>();
    forEachEntry(rows(), (id, entry) => {
      let codes = built.get(entry.service);
      if (!codes) {
        codes = new Map();
        built.set(entry.service, codes);
      }
      for (const alias of entry.codes) {
        if (!isPattern(alias)) {
          codes.set(alias, [id, entry]);
          continue;
        }
        let list = patterns.get(entry.service);
        if (!list) {
          list = [];
          patterns.set(entry.service, list);
        }
        list.push([alias, [id, entry]]);
      }
    });
    index = built;
    families = patterns;
  };

  const lookup = (service: Service, code: string): Found | undefined => {
    if (!index) build();
    return (
      index?.get(service)?.get(code) ??
      index?.get('gateway')?.get(code) ??
      families?.get(service)?.find(([pattern]) => matchesFamily(pattern, code))?.[1]
    );
  };

  const read = (code: unknown, options?: DescribeOptions): CodeDescription => {
    const service = resolveService(options);
    const normalized =
      service === 'cloudApi' || service === 'environment'
        ? (normalizeApiCode(code) ?? normalizeCode(code))
        : normalizeCode(code);
    const found = normalized === undefined ? undefined : lookup(service, normalized);
    if (found) return describeEntry(found[0], found[1], normalized);
    return {
      known: false,
      code: normalized ?? toRawText(code),
      malformed: normalized === undefined,
      service,
      id: 'unknown',
      codes: [],
      kind: 'error',
      audience: 'integrator',
      retry: { type: 'now' },
      tips: [],
      messageKeys: { ...UNKNOWN_MESSAGE_KEYS },
    };
  };

  const describe = (code: unknown, options?: DescribeOptions): CodeDescription => {
    // Primitives are cached (a missing `code` parameter is `null` or `undefined` on every call);
    // objects and long strings are not.
    if (
      code !== null &&
      (typeof code === 'object' ||
        typeof code === 'function' ||
        (typeof code === 'string' && code.length > 32))
    ) {
      // Not cached, frozen all the same: every answer of describeCode is.
      return deepFreeze(read(code, options));
    }
    const service = options === undefined ? DEFAULT_SERVICE : resolveService(options);
    let cache = caches.get(service);
    if (!cache) {
      cache = new Map();
      caches.set(service, cache);
    }
    let description = cache.get(code);
    if (!description) {
      description = deepFreeze(read(code, { service }));
      if (cache.size >= CACHE_SIZE) cache.clear();
      cache.set(code, description);
    }
    return description;
  };

  return { read, describe };
}

/** The cached `describe` of a reader over `rows` (see `createCodeReader`). */
export function describerOf(rows: () => RowsByService): CodeReader['describe'] {
  return createCodeReader(rows).describe;
}

const catalogueReader = /* @__PURE__ */ createCodeReader(allRows);

/**
 * Reads a code within a service, building a fresh answer on every call. Never throws.
 * `describeCode` is the same reading, cached and frozen.
 */
export function readCode(code: unknown, options?: DescribeOptions): CodeDescription {
  return catalogueReader.read(code, options);
}

/**
 * Describes a FaceID response code read within its service: its meaning, whose problem it is, what
 * the person can do next, guidance tips and message keys. Never throws: any value that is not a
 * known code gets `known: false`, the fallback message keys and the raw code (trimmed, truncated)
 * for support. The answer is frozen: answers to the same input are shared.
 *
 * Tencent's official texts (返回信息, 处理措施) are 3 KB gzipped on their own: they come with
 * `diagnoseCode` from `faceid-guidance/diagnostics`, for support tools and integrator consoles.
 *
 * @example describeCode('-5018').messageKeys.title // 'codes.faceVerifyNoBlink.title'
 * @example describeCode(-1102, { service: 'licenseOcr' }).id // 'licenseImageUnreadable'
 */
export function describeCode(code: unknown, options?: DescribeOptions): CodeDescription {
  return catalogueReader.describe(code, options);
}

/** Every entry id, in catalogue order. */
export function entryIds(): readonly EntryId[] {
  return Object.keys(CATALOGUE) as EntryId[];
}
