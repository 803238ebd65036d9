import {
  type Audience,
  CATALOGUE,
  type CatalogueRow,
  type EntryId,
  type Kind,
  type RetryRule,
  SERVICES,
  type Service,
  type Tip,
} from './catalogue.ts';
import { normalizeCode, readField, toRawText } from './input.ts';

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
  /** Start the whole verification flow again. */
  | { readonly type: 'restart' }
  /** Nothing the person can do: contact support. */
  | { readonly type: 'contactSupport' };

/** i18next keys in the `faceid` namespace. */
export interface MessageKeys {
  readonly title: string;
  readonly description: string;
  /** The integrator diagnostic, for `integrator`-audience entries and unknown codes. */
  readonly developer?: string;
}

/**
 * A code read without its official text: what the user-facing layer needs. `describeCode` adds
 * the official text.
 */
export interface CodeReading {
  /** Whether the code is in the catalogue for this service (or the gateway). */
  readonly known: boolean;
  /** The normalized code (`"-5018"`), or for malformed input the raw text, trimmed and truncated. */
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
  /** Where an entry that is not in Tencent's main tables is documented. */
  readonly source?: string;
}

export interface DescribeOptions {
  /** The service whose table the code is read in. Gateway codes resolve in every service. @default 'faceVerify' */
  readonly service?: Service;
}

export const DEFAULT_SERVICE: Service = 'faceVerify';

/** Message keys of the unknown-code fallback. */
export const UNKNOWN_MESSAGE_KEYS: MessageKeys = {
  title: 'unknown.title',
  description: 'unknown.description',
  developer: 'developer.unknown',
};

const UNKNOWN_RETRY: RetryPolicy = { type: 'now' };

let index: Map<string, EntryId> | undefined;

/** `service:code` → entry id, built on first use rather than at import. */
function lookup(service: Service, code: string): EntryId | undefined {
  if (!index) {
    index = new Map();
    for (const id of Object.keys(CATALOGUE) as EntryId[]) {
      const row: CatalogueRow = CATALOGUE[id];
      for (const alias of row.codes.split('/')) index.set(`${row.service}:${alias}`, id);
    }
  }
  return index.get(`${service}:${code}`) ?? index.get(`gateway:${code}`);
}

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

/** The catalogue entry with this id, as a reading (for hosts that store entry ids). */
export function readEntry(id: EntryId, code?: string): CodeReading {
  const row: CatalogueRow = CATALOGUE[id];
  const codes = row.codes.split('/');
  return {
    known: true,
    code: code ?? (codes[0] as string),
    malformed: false,
    service: row.service,
    id,
    codes,
    kind: row.kind,
    audience: row.audience,
    retry: toRetryPolicy(row.retry),
    tips: row.tips,
    messageKeys: {
      title: `codes.${id}.title`,
      description: `codes.${id}.description`,
      ...(row.audience === 'integrator' ? { developer: `developer.${id}` } : {}),
    },
    ...(row.source ? { source: row.source } : {}),
  };
}

/**
 * Reads a code within a service, without the official text. Never throws.
 * The user-facing layer uses this so that its bundle need not carry the official Chinese texts.
 */
export function readCode(code: unknown, options?: DescribeOptions): CodeReading {
  const service = resolveService(options);
  const normalized = normalizeCode(code);
  const id = normalized === undefined ? undefined : lookup(service, normalized);
  if (id) return readEntry(id, normalized);
  return {
    known: false,
    code: normalized ?? toRawText(code),
    malformed: normalized === undefined,
    service,
    id: 'unknown',
    codes: [],
    kind: 'error',
    audience: 'integrator',
    retry: UNKNOWN_RETRY,
    tips: [],
    messageKeys: UNKNOWN_MESSAGE_KEYS,
  };
}

/** Every entry id, in catalogue order. */
export function entryIds(): readonly EntryId[] {
  return Object.keys(CATALOGUE) as EntryId[];
}
