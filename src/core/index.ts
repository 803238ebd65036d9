/**
 * `faceid-guidance/core`: the framework-free catalogue of Tencent Cloud FaceID response codes.
 * No React, no i18next, no DOM. Tencent's official texts are in `faceid-guidance/diagnostics`.
 */

export type { H5Callback, H5CallbackParams } from './callback';
export { readH5Callback } from './callback';
export type {
  Audience,
  CatalogueRow,
  EntryId,
  IdCardWarningId,
  Kind,
  RetryRule,
  Service,
  Tip,
} from './catalogue';
export { CATALOGUE, ID_CARD_WARNINGS, SERVICES, TIPS } from './catalogue';
export type {
  CodeDescription,
  DescribeOptions,
  DeveloperKey,
  MessageKey,
  MessageKeys,
  RetryPolicy,
} from './describe';
export {
  DEFAULT_SERVICE,
  describeCode,
  entryIds,
  readCode,
  readEntry,
  UNKNOWN_MESSAGE_KEYS,
} from './describe';
export { MAX_RAW_LENGTH, normalizeCode, toRawText } from './input';
export { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES } from './language';
export type {
  CardSide,
  ReadResultOptions,
  ResultCode,
  ResultReading,
  ResultShape,
  ResultWarning,
} from './result';
export { readResult } from './result';
export type {
  BankCardWarning,
  BankCardWarnings,
  IdCardWarning,
  IdCardWarnings,
} from './warnings';
export { decodeIdCardWarnings, parseBankCardWarnings, UNKNOWN_WARNING_KEYS } from './warnings';
