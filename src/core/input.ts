/**
 * Reading untrusted values. Codes arrive from URL parameters and remote JSON: anything may come in.
 * Nothing here calls a value's own methods (a hostile `toString` could throw), and nothing throws.
 */

/**
 * The longest raw text kept for support references, in code points, the `…` of a cut included.
 * Real codes have at most 9 characters.
 */
export const MAX_RAW_LENGTH = 32;

// Controls (C0, C1), invisible format characters (bidirectional overrides, zero-width spaces, soft
// hyphens, byte-order marks…) and lone surrogates: they would garble or disguise a support
// reference, and do not survive HTML parsing or UTF-8 encoding as they are, so server and client
// markup would differ.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * A short, printable form of any value, for support references and diagnostics: stripped of
 * control and invisible format characters and of lone surrogates (so well-formed), trimmed, at
 * most `maxLength` code points (a cut ends in `…`).
 */
export function toRawText(value: unknown, maxLength = MAX_RAW_LENGTH): string {
  const type = typeof value;
  const text =
    type === 'string'
      ? // Cut before cleaning, so a 1 MB string costs no more than a short one (the half of a
        // pair the cut splits is a lone surrogate, removed below).
        (value as string).slice(0, maxLength * 4)
      : type === 'number' || type === 'bigint' || type === 'boolean'
        ? String(value)
        : value == null
          ? ''
          : type === 'object'
            ? isArray(value)
              ? '[array]'
              : '[object]'
            : `[${type}]`;
  const chars = Array.from(text.replace(UNSAFE_CHARS, '').trim());
  return chars.length > maxLength ? `${chars.slice(0, maxLength - 1).join('')}…` : chars.join('');
}

const CODE_PATTERN = /^[+-]?\d{1,12}$/;

/**
 * The normalized form of a response code, or `undefined` when the value is not one.
 * Accepts integers and integer strings with surrounding spaces or a sign: `66660023`, `" -5018 "`,
 * `"+0"`. Leading zeros are dropped (`"-0"` and `"00"` are `"0"`).
 */
export function normalizeCode(value: unknown): string | undefined {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? String(value === 0 ? 0 : value) : undefined;
  }
  if (typeof value === 'bigint') return normalizeCode(String(value));
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  if (!CODE_PATTERN.test(text)) return undefined;
  const negative = text[0] === '-';
  // The sign and leading zeros, keeping the last digit.
  const digits = text.replace(/^[+-]?0*(?=\d)/, '');
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** A Cloud API 3.0 error code: dotted names of letters and digits (`FailedOperation.ActionLightDark`). */
const API_CODE_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*){0,3}$/;

/**
 * The normalized form of a Cloud API 3.0 error code (`Response.Error.Code`), or `undefined` when
 * the value is not one: a string of dotted names, spaces around it trimmed, at most 64 characters.
 * Case is kept: Tencent's codes are case-sensitive.
 */
export function normalizeApiCode(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 96) return undefined;
  const text = value.trim();
  return text.length <= 64 && API_CODE_PATTERN.test(text) ? text : undefined;
}

/**
 * The Cloud API 3.0 error families (公共错误码 and the FaceID ones), and `Environment` (the
 * findings of `checkFaceVerifyEnvironment`): an unknown code is shown only under one of these
 * first names, so that a crafted link cannot show a sentence as a code.
 */
const API_FAMILIES: readonly string[] = [
  'ActionOffline',
  'AuthFailure',
  'DryRunOperation',
  'Environment',
  'FailedOperation',
  'InternalError',
  'InvalidAction',
  'InvalidParameter',
  'InvalidParameterValue',
  'InvalidRequest',
  'IpInBlacklist',
  'IpNotInWhitelist',
  'LimitExceeded',
  'MissingParameter',
  'NoSuchProduct',
  'NoSuchVersion',
  'OperationDenied',
  'RequestLimitExceeded',
  'RequestSizeLimitExceeded',
  'ResourceInUse',
  'ResourceInsufficient',
  'ResourceNotFound',
  'ResourceUnavailable',
  'ResponseSizeLimitExceeded',
  'ServiceUnavailable',
  'Success',
  'UnauthorizedOperation',
  'UnknownParameter',
  'UnsupportedOperation',
  'UnsupportedProtocol',
  'UnsupportedRegion',
];

/**
 * Whether a code (as `readCode` reports it) has the shape of one of Tencent's: a number of at most
 * 8 digits (`66660023`, `-5018`, `400101`), or a Cloud API name of a known family
 * (`FailedOperation.ActionLightDark`; `Environment.QqBrowser`, a finding before the flow). Only such a code is shown to the person: anything else from
 * a link (a sentence, a phone number, markup) is not displayed as ours.
 */
export function isCodeShaped(code: unknown): boolean {
  if (typeof code !== 'string') return false;
  if (/^-?\d{1,8}$/.test(code)) return true;
  return normalizeApiCode(code) === code && API_FAMILIES.includes(code.split('.')[0] as string);
}

/** Whether a value looks like an order number or reference: 1–64 letters, digits, `-` and `_`. */
export function isReferenceShaped(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** `Array.isArray` that does not throw (it does on a revoked Proxy). */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Whether `value` has `key` as an own property, whatever its prototype holds. Never throws. */
export function hasOwn(value: unknown, key: PropertyKey): boolean {
  try {
    // biome-ignore lint/suspicious/noPrototypeBuiltins: `Object.hasOwn` is newer than the ES2020 target.
    return Object.prototype.hasOwnProperty.call(value, key);
  } catch {
    // `null`, `undefined`, or a Proxy that throws from any trap.
    return false;
  }
}

/**
 * An own data property of an object or array, never an inherited one (a polluted
 * `Object.prototype`), without invoking getters or throwing.
 */
export function ownValue(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A Proxy may throw from any trap.
    return undefined;
  }
}

/** A plain object's own property (not an array's), without invoking getters or throwing. */
export function readField(value: unknown, key: string): unknown {
  return isArray(value) ? undefined : ownValue(value, key);
}

/**
 * The own elements of an array, at most `max`, holes left out (a hole would read an inherited
 * `Object.prototype[0]`); getters read as `undefined`. Nothing for anything but an array;
 * `undefined` for an array that throws when read (a Proxy).
 */
export function ownItems(value: unknown, max: number): unknown[] | undefined {
  if (!isArray(value)) return [];
  const items: unknown[] = [];
  try {
    const length = Math.min(value.length, max);
    for (let i = 0; i < length; i++) {
      const descriptor = Object.getOwnPropertyDescriptor(value, i);
      if (descriptor) items.push(descriptor.value);
    }
  } catch {
    return undefined;
  }
  return items;
}
