/**
 * Reading untrusted values. Codes arrive from URL parameters and remote JSON: anything may come in.
 * Nothing here calls a value's own methods (a hostile `toString` could throw), and nothing throws.
 */

/** The longest raw text kept for support references. Real codes have at most 9 characters. */
export const MAX_RAW_LENGTH = 32;

// C0/C1 controls and bidirectional overrides: they would garble or disguise a support reference.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A short, printable form of any value, for support references and diagnostics: trimmed, stripped
 * of control characters, truncated to {@link MAX_RAW_LENGTH} characters with `…`.
 */
export function toRawText(value: unknown, maxLength = MAX_RAW_LENGTH): string {
  let text: string;
  switch (typeof value) {
    case 'string':
      // Cut before cleaning, so a 1 MB string costs no more than a short one.
      text = value.length > maxLength * 4 ? value.slice(0, maxLength * 4) : value;
      break;
    case 'number':
    case 'bigint':
    case 'boolean':
      text = String(value);
      break;
    case 'undefined':
      return '';
    case 'symbol':
      return '[symbol]';
    case 'function':
      return '[function]';
    default:
      return value === null ? '' : isArray(value) ? '[array]' : '[object]';
  }
  text = text.replace(UNSAFE_CHARS, '').trim();
  const chars = Array.from(text);
  return chars.length > maxLength ? `${chars.slice(0, maxLength).join('')}…` : text;
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
  const digits = text.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** `Array.isArray` that does not throw (it does on a revoked Proxy). */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A plain object's own property, without invoking getters of prototypes or throwing. */
export function readField(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  try {
    if (Array.isArray(value)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A Proxy may throw from any trap.
    return undefined;
  }
}
