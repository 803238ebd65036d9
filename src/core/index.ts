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
  TableEntryId,
  Tip,
  WarningCopyId,
} from './catalogue';
export { CATALOGUE, ID_CARD_WARNINGS, SERVICES, TIPS, WARNING_COPY } from './catalogue';
export type {
  CodeDescription,
  DescribeOptions,
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
export type {
  CameraPermissionState,
  EnvironmentCheck,
  EnvironmentEntryId,
  EnvironmentFinding,
  FaceVerifyEnvironment,
} from './environment';
export { checkFaceVerifyEnvironment } from './environment';
export {
  isCodeShaped,
  isReferenceShaped,
  MAX_RAW_LENGTH,
  normalizeApiCode,
  normalizeCode,
  toRawText,
} from './input';
export type { DeveloperKey, FaceIdKey, FaceIdUiKey, MessageKey, TipKey } from './keys';
export { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES } from './language';
export type {
  CardSide,
  ReadResultOptions,
  ResultBilling,
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
  WarningCodeService,
} from './warnings';
export {
  decodeIdCardWarnings,
  parseBankCardWarnings,
  parseWarningCodes,
  UNKNOWN_WARNING_KEYS,
} from './warnings';
