/**
 * `faceid-guidance`: React components that turn Tencent Cloud FaceID response codes into clear,
 * localized guidance. Styles: `import 'faceid-guidance/styles.css'`. Framework-free core:
 * `faceid-guidance/core`.
 */

export type { FaceIdGuidanceProviderProps } from './FaceIdGuidanceProvider';
export { FaceIdGuidanceProvider } from './FaceIdGuidanceProvider';
export type { FaceIdResultBannerProps, ResultService } from './FaceIdResultBanner';
export { FaceIdResultBanner } from './FaceIdResultBanner';
export type { FaceVerifyChecklistProps, FaceVerifyMode } from './FaceVerifyChecklist';
export { CHECKLIST_TIPS, FaceVerifyChecklist } from './FaceVerifyChecklist';
export type { FaceVerifyErrorBannerProps } from './FaceVerifyErrorBanner';
export { FaceVerifyErrorBanner } from './FaceVerifyErrorBanner';
export type { BannerProps } from './GuidanceBanner';
export type { GuidanceTipsProps } from './GuidanceTips';
export { GuidanceTips } from './GuidanceTips';
export type { Layout } from './heading';
export type {
  AddFaceIdResourcesOptions,
  FaceIdNamespace,
  FaceIdNestedCatalogue,
  FaceIdResources,
  FaceIdText,
  FaceIdTextValues,
} from './i18n';
export {
  addFaceIdResources,
  DEFAULT_LANGUAGE,
  FACEID_NS,
  loadFaceIdLanguage,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from './i18n';
export type { Tone } from './icons';
export { loadFaceIdIcons } from './icons';
export type { OcrErrorBannerProps } from './OcrErrorBanner';
export { OcrErrorBanner } from './OcrErrorBanner';
export type { OcrWarningListProps } from './OcrWarningList';
export { OcrWarningList } from './OcrWarningList';
export type {
  Audience,
  CodeDescription,
  DeveloperKey,
  EntryId,
  FaceIdKey,
  FaceIdPartName,
  FaceIdUiKey,
  Kind,
  MessageKey,
  MessageKeys,
  RetryPolicy,
  Service,
  Tip,
  TipKey,
} from './publicTypes';
export type {
  FaceIdAction,
  FaceIdActionHandlers,
  FaceIdGuidance,
  LocalizedAction,
  LocalizedTip,
  UseFaceIdGuidanceOptions,
} from './useFaceIdGuidance';
export { useFaceIdGuidance, useFaceIdTranslation } from './useFaceIdGuidance';
