import { ID_CARD_WARNINGS, type IdCardWarningId, type Service, type Tip } from './catalogue';
import { type MessageKeys, readCode } from './describe';
import { isArray, normalizeCode, ownItems, toRawText } from './input';
import { copyKeys, warningCopy } from './keys';

/** One warning of an ID-card OCR result. */
export interface IdCardWarning {
  /** Position in the 8-character string, 1 to 8, left to right. */
  readonly position: number;
  readonly id: IdCardWarningId;
  /** False for positions 7 and 8, whose meaning Tencent does not document publicly. */
  readonly confirmed: boolean;
  readonly tips: readonly Tip[];
  readonly messageKeys: MessageKeys;
}

export interface IdCardWarnings {
  readonly warnings: readonly IdCardWarning[];
  /** True when the value was present but not an 8-character string of `0`/`1`: no warning is invented. */
  readonly malformed: boolean;
  /** The value as received, trimmed and truncated, for support. */
  readonly raw: string;
}

const ID_CARD_PATTERN = /^[01]{8}$/;

/**
 * Decodes an ID-card OCR warning string (`warning`, `multiWarning`, `frontMultiWarning`…):
 * `"10010100"` → border incomplete (1), screen photo (4), covered (6). `"00000000"` → none.
 * Missing values (`null`, `undefined`, `""`) → none, not malformed.
 */
export function decodeIdCardWarnings(value: unknown): IdCardWarnings {
  const raw = toRawText(value);
  // Test the value itself, not its cleaned and truncated `raw`: stripping control characters or
  // cutting a long string must not turn garbage into a valid warning string.
  const text =
    typeof value === 'string'
      ? value.length <= 64
        ? value.trim()
        : ''
      : typeof value === 'number'
        ? String(value)
        : '';
  if (!ID_CARD_PATTERN.test(text)) {
    return { warnings: [], malformed: raw !== '', raw };
  }
  const warnings: IdCardWarning[] = [];
  for (const warning of ID_CARD_WARNINGS) {
    if (text[warning.position - 1] !== '1') continue;
    warnings.push({
      ...warning,
      // A copy: an answer is the caller's to change, the catalogue is not.
      tips: warning.tips.slice(),
      messageKeys: copyKeys(warningCopy(warning.id)),
    });
  }
  return { warnings, malformed: false, raw };
}

/**
 * One warning code of a card photo: a bank-card OCR warning, or an ID-card warning code
 * (DetectAuth `WarnInfos`, API 3.0 `Warnings`, eKYC `WarnCardInfos`).
 */
export interface BankCardWarning {
  /** The warning code, normalized (`"-9110"`). */
  readonly code: string;
  /** False for codes the catalogue does not know: they are kept, with fallback message keys. */
  readonly known: boolean;
  readonly id: string;
  readonly tips: readonly Tip[];
  readonly messageKeys: MessageKeys;
}

export interface BankCardWarnings {
  readonly warnings: readonly BankCardWarning[];
  /** True when part of the value could not be read as warning codes. */
  readonly malformed: boolean;
  readonly raw: string;
}

const MAX_LIST_ITEMS = 16;
/** An array of arrays is read; anything nested deeper is malformed (and cannot exhaust the stack). */
const MAX_LIST_DEPTH = 2;

/** Splits `"[-9110,-9111]"`, `"-9110"`, `-9110` or an array of those into raw items. */
function listItems(value: unknown, depth = 0): unknown[] {
  if (isArray(value)) {
    if (depth >= MAX_LIST_DEPTH) return [value];
    const items = ownItems(value, MAX_LIST_ITEMS);
    // An array that throws when read (a Proxy) is unreadable, so malformed.
    if (!items) return [value];
    // `concat`, not `flatMap`: the package runs where that is missing (Chrome 66, iOS 12).
    const listed: unknown[] = [];
    return listed
      .concat(...items.map((item) => listItems(item, depth + 1)))
      .slice(0, MAX_LIST_ITEMS);
  }
  if (typeof value === 'string') {
    if (value.length > 512) return [value];
    const inner = value.trim().replace(/^\[(.*)\]$/s, '$1');
    return inner.trim() === '' ? [] : inner.split(/[,，;|\s]+/).filter(Boolean);
  }
  if (value === null || value === undefined) return [];
  return [value];
}

/**
 * Parses a bank-card OCR warning value (`warningCode`, `multiWarningCode`): `"0"` → none,
 * `"-9110"` → one, `"[-9110,-9111,-9114]"` → three; numbers and arrays of either are accepted.
 * Unknown warning codes are kept as unknown warnings; duplicates are dropped.
 */
export function parseBankCardWarnings(value: unknown): BankCardWarnings {
  return parseWarningCodes(value, 'bankCardOcr');
}

/** The services whose warnings are codes: bank cards, and ID-card warning codes. */
export type WarningCodeService = Extract<
  Service,
  'bankCardOcr' | 'idCardWarningCode' | 'intlCardWarning'
>;

/**
 * Parses a list of warning codes read within `service`: bank-card warnings (`"[-9110,-9111]"`),
 * mainland ID-card warning codes (`[-9101, -9106]` from DetectAuth's `WarnInfos`,
 * `"-9101|-9106"` from API 3.0 `Warnings`) or eKYC's `WarnCardInfos` (`[9101, 9108]`). `"0"` and
 * duplicates are dropped; unknown codes are kept with fallback keys, unless a family of the service
 * names them (any other -9xxx ID-card code is a generic quality warning).
 */
export function parseWarningCodes(value: unknown, service: WarningCodeService): BankCardWarnings {
  const warnings: BankCardWarning[] = [];
  let malformed = false;
  const seen = new Set<string>();
  for (const item of listItems(value)) {
    const code = normalizeCode(typeof item === 'string' ? item.replace(/^["']|["']$/g, '') : item);
    if (code === undefined) {
      malformed = true;
      continue;
    }
    if (code === '0' || seen.has(code)) continue;
    seen.add(code);
    const reading = readCode(code, { service });
    const known = reading.known && reading.kind === 'warning';
    warnings.push({
      code,
      known,
      id: known ? reading.id : 'unknown',
      tips: known ? reading.tips : [],
      messageKeys: known ? reading.messageKeys : { ...UNKNOWN_WARNING_KEYS },
    });
  }
  return { warnings, malformed, raw: toRawText(value) };
}

/** Message keys for a bank-card warning code the catalogue does not know. */
export const UNKNOWN_WARNING_KEYS: MessageKeys = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ copyKeys(warningCopy('otherQuality')),
);
