/**
 * The FaceID response-code catalogue: one entry per meaning, read within its service.
 *
 * Data only: no React, no i18next, no DOM. The official Chinese texts live in `official.ts` so that
 * the user-facing bundle can leave them out; the localized copy lives in `locales/<lng>/faceid.json`
 * under `codes.<id>`.
 */

import { readField } from './input.ts';
import type { SERVICE_PART } from './keys.ts';

/**
 * The FaceID services, each one number space (a product and the field it answers in). A code is
 * always read within one of them: the same number means different things in different services.
 * - the six of the WeBank-style H5/OCR APIs: `gateway` … `licenseOcr`;
 * - `detectAuth`: DetectAuth / 慧眼 (`GetDetectInfoEnhanced` `Text.ErrCode`, `LivenessDetail[].Errcode`),
 *   E证通 (`GetEidResult`, the same fields) and the international eKYC H5 flow
 *   (`GetWebVerificationResultIntl.ErrorCode`), which share one number space;
 * - `livenessTag`: `Text.LivenessInfoTag`, why the liveness step was refused (PLUS only, `01`…`14`);
 * - `ekycSdk`: the international App SDKs (`GetFaceIdResultIntl.Result`,
 *   `GetSdkVerificationResult.CompareResults[]`), whose 1201, 2004 and 2017 mean other things;
 * - `intention` (`IntentionQuestionResult` / `IntentionActionResult.FinalResultDetailCode`),
 *   `intentionReading` (`IntentionVerifyData.ErrorCode`), `intentionResult` (`FinalResultCode`) and
 *   `intentionAnswer` (`ResultCode[]`): 意愿核身, whose -1 and -2 differ from field to field;
 * - `cloudApi`: Cloud API 3.0 errors (`Response.Error.Code`, strings such as
 *   `FailedOperation.ActionLightDark`);
 * - `idCardWarningCode`: mainland ID-card warning codes (DetectAuth `IdCardData.WarnInfos` /
 *   `BackWarnInfos`, API 3.0 `Warnings`: -9100…-9109, -8001);
 * - `intlCardWarning`: the international `WarnCardInfos` (9101… or -9101…), whose -9108 and -9109
 *   differ from the mainland ones;
 * - `faceIdLivenessTag`: `GetFaceIdResult.LivenessInfoTag`, the 慧眼 SDK's refusal reasons, numbered
 *   on their own (from `04` on, a number means another thing than in `Text.LivenessInfoTag`);
 * - `environment`: not Tencent's codes but this library's findings before the flow starts
 *   (`checkFaceVerifyEnvironment`): a browser or phone where Tencent's H5 real-time check does not
 *   run. Its codes are `Environment.<finding>` (`Environment.QqBrowser`).
 */
export const SERVICES = /* @__PURE__ */ Object.freeze([
  'gateway',
  'faceVerify',
  'idCardOcr',
  'bankCardOcr',
  'twoFactor',
  'licenseOcr',
  'detectAuth',
  'livenessTag',
  'ekycSdk',
  'intention',
  'intentionReading',
  'intentionResult',
  'intentionAnswer',
  'cloudApi',
  'idCardWarningCode',
  'intlCardWarning',
  'faceIdLivenessTag',
  'environment',
] as const);
export type Service = (typeof SERVICES)[number];

/**
 * The services whose strings are in `part` (`SERVICE_PART`, the one record of service groups):
 * each row group below holds exactly its part's services, which the compiler checks.
 */
type ServicesOf<Part extends string> = {
  [S in Service]: (typeof SERVICE_PART)[S] extends Part ? S : never;
}[Service];

/**
 * The shared guidance vocabulary. Each tip is translated once (`tips.<tip>`) and illustrated once.
 * Two halves, so that a face-verification page carries only its own: the tips face verification
 * uses (some OCR rows use a few of them too), and those of photographing a card.
 */
export const FACE_TIPS = [
  'light',
  'evenLight',
  'screenBrightness',
  'faceInFrame',
  'eyeLevel',
  'noOcclusion',
  'noGlasses',
  'blink',
  'readDigitsAloud',
  'quietPlace',
  'microphone',
  'distance',
  'oneFace',
  'plainWall',
  'selfOnly',
  'liveCamera',
  'inPageCamera',
  'holdSteady',
  'cleanLens',
  'stayOnPage',
  'checkDetails',
  'network',
  'allowCamera',
  'otherBrowser',
] as const;
/** The tips of photographing a card, which only the OCR services use. */
export const CARD_TIPS = [
  'originalCard',
  'cardFront',
  'cardBack',
  'cardNumberSide',
  'alignCard',
  'plainSurface',
  'avoidGlare',
  'focus',
  'cardUncovered',
  'validCard',
] as const;
export const TIPS: readonly Tip[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ (FACE_TIPS as readonly Tip[]).concat(CARD_TIPS),
);
export type FaceTip = (typeof FACE_TIPS)[number];
export type CardTip = (typeof CARD_TIPS)[number];
export type Tip = FaceTip | CardTip;

/** success: the step passed; error: it failed; warning: it passed with a remark (OCR warnings). */
export type Kind = 'success' | 'error' | 'warning';

/**
 * Whose problem it is.
 * - `user`: the person in front of the phone can fix it (light, framing, wrong card side…);
 * - `identity`: the person's identity data (name/ID mismatch, no photo on record…);
 * - `integrator`: the integration or the service (signature, App ID, expiry, parameters, timeouts).
 *   End users are never blamed for these nor shown their jargon.
 */
export type Audience = 'user' | 'identity' | 'integrator';

/** What the person can do next. A number is "wait that many minutes". */
export type RetryRule =
  | 'none'
  | 'now'
  | 'notToday'
  | 'correctDetails'
  | 'otherDocument'
  | 'restart'
  | 'contactSupport'
  | number;

export interface CatalogueRow {
  readonly service: Service;
  /** Alias codes with one meaning (`['-1101', '1101']`), or a family's patterns (`['12xx']`). */
  readonly codes: readonly string[];
  readonly kind: Kind;
  readonly audience: Audience;
  readonly retry: RetryRule;
  readonly tips: readonly Tip[];
  /**
   * Whether the entry has an integrator diagnostic (`developer.<id>`): every `integrator` entry,
   * and the `user` entries whose cause may also lie in the integration (a file the page encoded,
   * converted or sized wrongly).
   */
  readonly diagnosed: boolean;
  /**
   * Whose end-user copy the entry shows (`codes.<copy>` or, for a warning, `idCardWarnings.<id>`):
   * its own id, or that of an entry of the same meaning in another service (DetectAuth's 1201 and
   * Cloud API's `FailedOperation.ActionLightDark` say the same thing to the person).
   */
  readonly copy: string;
  /** Whose integrator diagnostic the entry shows (`developer.<developer>`), when `diagnosed`. */
  readonly developer: string;
  /**
   * A family fallback rather than codes: `codes` holds patterns (`12xx`: any four-digit code from
   * 1200; `FailedOperation.Action*`: any code starting so) for codes a service's published table
   * does not list.
   */
  readonly family: boolean;
}

/**
 * One catalogue row: [id, codes, kind, audience, retry, tips, diagnosed, copy, developer].
 * `diagnosed` (1) marks a `user` entry that has an integrator diagnostic too; `integrator` entries
 * always have one. `copy` and `developer` name the entry whose end-user copy and diagnostic this
 * one shows (default: its own). Codes with `x` digits or a final `*` are a family fallback.
 */
export type Row<T extends Tip = Tip> = readonly [
  id: string,
  codes: string,
  kind: Kind,
  audience: Audience,
  retry: RetryRule,
  tips: readonly T[],
  diagnosed?: 0 | 1,
  copy?: string,
  developer?: string,
];

/*
 * Every row and alias of every seed table (74 rows, 87 service/code pairs), plus the documented
 * extras of the domain brief §4 (their sources are in `official.ts`, with the official texts).
 * Grouped by service; the first column is the stable entry id. Written as rows rather than
 * objects: the catalogue ships to phones, and rows are a third smaller once minified and gzipped.
 * Three groups, so that a face-verification page carries no OCR rows.
 */

/** The access gateway's rows: its codes resolve in every service. */
// biome-ignore format: one row per line reads like the seed tables
export const GATEWAY_ROWS = {
  // gateway (接入前置服务: resolves in every service)
  gateway: [
    ['gatewaySignatureInvalid', '400101', 'error', 'integrator', 'restart', []],
    ['gatewaySessionExpired', '400102', 'error', 'integrator', 'restart', []],
    ['gatewayAccessDenied', '400103/400104', 'error', 'integrator', 'contactSupport', []],
    ['gatewayVersionInvalid', '400502', 'error', 'integrator', 'contactSupport', []],
    ['gatewayRateLimited', '400504', 'error', 'integrator', 10, []],
    ['gatewayRequestTooLarge', '400601', 'error', 'integrator', 'contactSupport', []],
    ['gatewayAuthenticationFailed', '400105', 'error', 'integrator', 'restart', []],
    ['gatewayRequestLimitExceeded', '400501', 'error', 'integrator', 'contactSupport', []],
    ['gatewayChecksumInvalid', '400503', 'error', 'integrator', 'now', ['network']],
    ['gatewayNetworkUnstable', '999999/999998/999997', 'error', 'user', 'now', ['network']],
  ],
} as const satisfies Record<'gateway', readonly Row<FaceTip>[]>;

/**
 * Face verification, the two-factor check and the environment check's findings (shown before the
 * flow, on the same page): what `FaceVerifyErrorBanner` reads. Face tips only.
 */
// biome-ignore format: one row per line reads like the seed tables
export const FACE_ROWS = {
  // faceVerify (人脸验证)
  faceVerify: [
    ['faceVerifySuccess', '0', 'success', 'user', 'none', []],
    ['faceVerifyAppIdNotFound', '66660001', 'error', 'integrator', 'contactSupport', []],
    ['faceVerifyServiceExpired', '66660002', 'error', 'integrator', 'contactSupport', []],
    ['faceVerifyNotSamePerson', '66660004/66660034/-4007', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens']],
    ['faceVerifyNoPhotoOnRecord', '66660005', 'error', 'identity', 'contactSupport', []],
    ['faceVerifyNameIdMismatch', '66660010', 'error', 'identity', 'correctDetails', ['checkDetails']],
    ['faceVerifyNoResult', '66660011', 'error', 'integrator', 'restart', ['stayOnPage']],
    ['faceVerifyNameOrIdInvalid', '66660015', 'error', 'identity', 'correctDetails', ['checkDetails']],
    ['faceVerifyVideoInvalid', '66660016', 'error', 'user', 'now', ['inPageCamera', 'stayOnPage', 'network'], 1],
    ['faceVerifyDailyLimit', '66660017', 'error', 'user', 'notToday', []],
    ['faceVerifyTimedOut', '66660018', 'error', 'user', 'restart', ['stayOnPage']],
    ['faceVerifySystemTimeout', '66660021', 'error', 'integrator', 'now', ['network']],
    ['faceVerifyDigitsExpired', '66660022', 'error', 'user', 'restart', ['stayOnPage']],
    ['faceVerifySpoofSuspected', '66660023/66660036/-5025', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera']],
    ['faceVerifyIdNumberNotFound', '66660024', 'error', 'identity', 'correctDetails', ['checkDetails']],
    ['faceVerifyLightCheckFailed', '66660025', 'error', 'user', 'now', ['evenLight', 'screenBrightness', 'faceInFrame', 'noOcclusion']],
    ['faceVerifyServiceNotSupported', '66660030', 'error', 'integrator', 'contactSupport', []],
    ['faceVerifyTooManyFaces', '66660033', 'error', 'user', 'now', ['oneFace', 'plainWall']],
    ['faceVerifySelfieUnreadable', '66660035/-1102', 'error', 'user', 'now', ['inPageCamera', 'faceInFrame', 'light'], 1],
    ['faceVerifyMultipleFaces', '66660037', 'error', 'user', 'now', ['oneFace', 'plainWall']],
    ['faceVerifyNoFaceFound', '66660038/-1101', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion']],
    ['faceVerifyReferencePhotoUnreadable', '66660039/66660040/-4017/-4018', 'error', 'integrator', 'contactSupport', []],
    ['faceVerifyVideoAbnormal', '-5001', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'stayOnPage']],
    ['faceVerifyDistance', '-5005', 'error', 'user', 'now', ['distance', 'eyeLevel']],
    ['faceVerifyVoiceNotHeard', '-5008', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone']],
    ['faceVerifyNoFaceInVideo', '-5009', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion']],
    ['faceVerifyDigitsNotRecognized', '-5010', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone']],
    ['faceVerifyFaceNotDetected', '-5011', 'error', 'user', 'now', ['faceInFrame', 'eyeLevel', 'light']],
    ['faceVerifyNoBlink', '-5018', 'error', 'user', 'now', ['blink', 'noGlasses', 'faceInFrame']],
    ['faceVerifyLivenessFailed', '-1404', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'eyeLevel']],
    ['faceVerifyBrowserNoRecording', '3001', 'error', 'user', 'restart', ['otherBrowser']],
    ['faceVerifyLoginStateLost', '3002', 'error', 'integrator', 'restart', ['otherBrowser']],
    ['faceVerifyInterrupted', '3003', 'error', 'user', 'restart', ['stayOnPage']],
    ['faceVerifyCameraDenied', '3004', 'error', 'user', 'restart', ['allowCamera', 'otherBrowser']],
    ['faceVerifyBrowserNoRealtime', '3005', 'error', 'user', 'restart', ['otherBrowser']],
    ['faceVerifyRequestBodyInvalid', '300101', 'error', 'integrator', 'restart', [], 0, 'gatewaySessionExpired'],
  ],
  // twoFactor (二要素)
  twoFactor: [
    ['twoFactorSuccess', '0', 'success', 'user', 'none', []],
    ['twoFactorAppIdNotFound', '66660001', 'error', 'integrator', 'contactSupport', []],
    ['twoFactorServiceExpired', '66660002', 'error', 'integrator', 'contactSupport', []],
    ['twoFactorServiceFailed', '66660008/66660009/66660012', 'error', 'integrator', 'now', []],
    ['twoFactorNameIdMismatch', '66660010', 'error', 'identity', 'correctDetails', ['checkDetails']],
    ['twoFactorNameOrIdInvalid', '66660015', 'error', 'identity', 'correctDetails', ['checkDetails']],
  ],
  // environment (checkFaceVerifyEnvironment's findings before the flow: `Environment.<finding>`)
  environment: [
    ['environmentWechatIosTooOld', 'Environment.WechatIosTooOld', 'error', 'user', 'restart', ['otherBrowser']],
    ['environmentIosSafariTooOld', 'Environment.IosSafariTooOld', 'error', 'user', 'restart', []],
    ['environmentIosChromeTooOld', 'Environment.IosChromeTooOld', 'error', 'user', 'restart', []],
    ['environmentAndroidTooOld', 'Environment.AndroidTooOld', 'error', 'user', 'restart', []],
    ['environmentQqBrowser', 'Environment.QqBrowser', 'error', 'user', 'restart', ['otherBrowser']],
    ['environmentUcBrowser', 'Environment.UcBrowser', 'error', 'user', 'restart', ['otherBrowser']],
    ['environmentHuaweiChrome', 'Environment.HuaweiChrome', 'warning', 'user', 'none', ['otherBrowser']],
    ['environmentNoCamera', 'Environment.NoCamera', 'error', 'user', 'restart', ['otherBrowser']],
    ['environmentCameraDenied', 'Environment.CameraDenied', 'error', 'user', 'restart', ['allowCamera']],
    ['environmentInsecurePage', 'Environment.InsecurePage', 'error', 'integrator', 'contactSupport', []],
  ],
} as const satisfies Record<Exclude<ServicesOf<'face'>, 'gateway'>, readonly Row<FaceTip>[]>;

/**
 * DetectAuth / E证通 / eKYC results, their App SDK twin, 意愿核身 and Cloud API 3.0 errors
 * (`../shared`'s result-code tables). Face tips only: a results page carries no card copy. Entries
 * whose meaning another service already words for the person point to its copy (8th column); the
 * official texts, per code and with their sources, are in `resultOfficial.ts`.
 */
// biome-ignore format: one row per line reads like the seed tables
export const RESULT_ROWS = {
  // detectAuth (慧眼 DetectAuth, E证通, eKYC H5: ErrCode / Errcode / ErrorCode)
  detectAuth: [
    ['detectAuthSuccess', '0', 'success', 'user', 'none', [], 0, 'faceVerifySuccess'],
    ['detectAuthCallInvalid', '1/2/3', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid'],
    ['detectAuthServiceError', '4/7/8/9/10/11/12/13', 'error', 'integrator', 'now', []],
    ['detectAuthAlreadyCompleted', '14', 'error', 'integrator', 'restart', [], 0, 'gatewaySignatureInvalid'],
    ['detectAuthTokenExpired', '15/19', 'error', 'integrator', 'restart', [], 0, 'gatewaySessionExpired'],
    ['detectAuthRetryLimit', '16', 'error', 'user', 'restart', ['stayOnPage']],
    ['detectAuthNotFinished', '17', 'error', 'user', 'restart', ['stayOnPage'], 1, 'faceVerifyNoResult'],
    ['detectAuthRateLimited', '18', 'error', 'integrator', 'now', [], 0, 'gatewayRequestLimitExceeded'],
    ['detectAuthMediaFetchFailed', '201/202/1105', 'error', 'user', 'now', ['network', 'stayOnPage']],
    ['detectAuthNoPermission', '203/204', 'error', 'integrator', 'contactSupport', [], 0, 'faceVerifyAppIdNotFound'],
    ['detectAuthIdNumberMismatch', '301', 'error', 'identity', 'restart', ['selfOnly'], 1],
    ['detectAuthIdCardExpired', '302', 'error', 'identity', 'restart', []],
    ['detectAuthScanFailed', '303', 'error', 'user', 'now', ['light', 'holdSteady', 'cleanLens']],
    ['detectAuthEngineTimeout', '1001/2001', 'error', 'integrator', 'now', ['network'], 0, 'faceVerifySystemTimeout'],
    ['detectAuthSpoofSuspected', '1002/1301', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera'], 0, 'faceVerifySpoofSuspected'],
    ['detectAuthLivenessFailed', '1003/1004/1005/1302', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'eyeLevel'], 0, 'faceVerifyLivenessFailed'],
    ['detectAuthRecordsError', '1006', 'error', 'integrator', 'now', [], 0, 'twoFactorServiceFailed', 'detectAuthRecordsUnavailable'],
    ['detectAuthResultNotFetched', '1007', 'error', 'integrator', 'restart', ['stayOnPage'], 0, 'faceVerifyNoResult'],
    ['detectAuthNetworkUnstable', '1008', 'error', 'user', 'now', ['network'], 0, 'gatewayNetworkUnstable'],
    ['detectAuthVoiceNotRecognized', '1101/1103/1106/1109', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone'], 0, 'faceVerifyVoiceNotHeard'],
    ['detectAuthFaceIncomplete', '1102/2010/2013', 'error', 'user', 'now', ['faceInFrame', 'noOcclusion', 'eyeLevel']],
    ['detectAuthVideoUnusable', '1104/1108/2014', 'error', 'user', 'now', ['cleanLens', 'light'], 1],
    ['detectAuthRecordingLength', '1107/1303', 'error', 'user', 'now', ['stayOnPage', 'faceInFrame']],
    ['detectAuthLight', '1201/1202', 'error', 'user', 'now', ['light', 'evenLight']],
    ['detectAuthDistance', '1203/1204/1205', 'error', 'user', 'now', ['distance', 'eyeLevel'], 0, 'faceVerifyDistance'],
    ['detectAuthTimedOut', '1409', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyTimedOut'],
    ['detectAuthUserExited', '1410', 'error', 'user', 'restart', ['stayOnPage']],
    ['detectAuthNameOrIdInvalid', '2002/2003', 'error', 'identity', 'correctDetails', ['checkDetails'], 0, 'faceVerifyNameOrIdInvalid'],
    ['detectAuthPhotoExtractFailed', '2004', 'error', 'user', 'now', ['light', 'faceInFrame', 'holdSteady'], 0, 'faceVerifyVideoAbnormal'],
    ['detectAuthIdentityNotFound', '2005', 'error', 'identity', 'contactSupport', []],
    ['detectAuthNameIdMismatch', '2006', 'error', 'identity', 'correctDetails', ['checkDetails'], 0, 'faceVerifyNameIdMismatch'],
    ['detectAuthNoPhotoOnRecord', '2007/2008', 'error', 'identity', 'contactSupport', [], 0, 'faceVerifyNoPhotoOnRecord'],
    ['detectAuthRecordPhotoUnusable', '2009', 'error', 'identity', 'contactSupport', [], 0, 'faceVerifyReferencePhotoUnreadable'],
    ['detectAuthNotSamePerson', '2011/2015/2016', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens'], 0, 'faceVerifyNotSamePerson'],
    ['detectAuthMultipleFaces', '2012', 'error', 'user', 'now', ['oneFace', 'plainWall'], 0, 'faceVerifyTooManyFaces'],
    ['detectAuthRecordsUnavailable', '2017', 'error', 'integrator', 'now', []],
    // Families: codes of a known section that the published tables do not list.
    ['detectAuthFamilySystem', 'x/xx', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['detectAuthFamilyMedia', '2xx', 'error', 'integrator', 'now', ['network'], 0, 'detectAuthMediaFetchFailed', 'detectAuthServiceError'],
    ['detectAuthFamilyIdCard', '3xx', 'error', 'user', 'now', ['light', 'holdSteady'], 0, 'detectAuthScanFailed'],
    ['detectAuthFamilyLiveness', '10xx/13xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'liveCamera'], 0, 'faceVerifyLivenessFailed'],
    ['detectAuthFamilyVoice', '11xx', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone'], 0, 'faceVerifyVoiceNotHeard'],
    ['detectAuthFamilyAction', '12xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'distance'], 0, 'faceVerifyLivenessFailed'],
    ['detectAuthFamilyProcess', '14xx', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['detectAuthFamilyCompare', '20xx', 'error', 'user', 'now', ['selfOnly', 'light', 'faceInFrame'], 0, 'faceVerifyLivenessFailed'],
  ],
  // livenessTag (Text.LivenessInfoTag: why the liveness step was refused)
  livenessTag: [
    ['livenessTagEyesClosed', '1', 'error', 'user', 'now', ['noGlasses', 'eyeLevel']],
    ['livenessTagActionNotDone', '2', 'error', 'user', 'now', ['faceInFrame', 'stayOnPage']],
    ['livenessTagSpoofSuspected', '3/4/5/6/11/12/13', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera'], 0, 'faceVerifySpoofSuspected'],
    ['livenessTagReflection', '7', 'error', 'user', 'now', ['evenLight', 'screenBrightness', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLightCheckFailed'],
    ['livenessTagPersonChanged', '8', 'error', 'user', 'now', ['selfOnly', 'oneFace']],
    ['livenessTagPoorQuality', '9', 'error', 'user', 'now', ['light', 'cleanLens', 'holdSteady']],
    ['livenessTagDistance', '10', 'error', 'user', 'now', ['distance', 'eyeLevel'], 0, 'faceVerifyDistance'],
    ['livenessTagFaceCovered', '14', 'error', 'user', 'now', ['noOcclusion', 'noGlasses'], 0, 'detectAuthFaceIncomplete'],
    ['livenessTagFamily', 'xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLivenessFailed'],
  ],
  // faceIdLivenessTag (GetFaceIdResult.LivenessInfoTag: the 慧眼 SDK's own numbering)
  faceIdLivenessTag: [
    ['faceIdTagEyesClosed', '1', 'error', 'user', 'now', ['noGlasses', 'eyeLevel'], 0, 'livenessTagEyesClosed'],
    ['faceIdTagActionNotDone', '2', 'error', 'user', 'now', ['faceInFrame', 'stayOnPage'], 0, 'livenessTagActionNotDone'],
    ['faceIdTagSpoofSuspected', '3/4/5/6/7/8/13', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera'], 0, 'faceVerifySpoofSuspected'],
    ['faceIdTagReflection', '9', 'error', 'user', 'now', ['evenLight', 'screenBrightness', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLightCheckFailed'],
    ['faceIdTagBestFrame', '10', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceInVideo'],
    ['faceIdTagPoorQuality', '11', 'error', 'user', 'now', ['light', 'cleanLens', 'holdSteady'], 0, 'livenessTagPoorQuality'],
    ['faceIdTagDistance', '12', 'error', 'user', 'now', ['distance', 'eyeLevel'], 0, 'faceVerifyDistance'],
    ['faceIdTagFamily', 'xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLivenessFailed'],
  ],
  // ekycSdk (international App SDKs: GetFaceIdResultIntl.Result, CompareResults[])
  ekycSdk: [
    ['ekycSdkSuccess', '0', 'success', 'user', 'none', [], 0, 'faceVerifySuccess'],
    ['ekycSdkEngineError', '1001', 'error', 'integrator', 'now', ['network'], 0, 'faceVerifySystemTimeout', 'detectAuthEngineTimeout'],
    ['ekycSdkSpoofSuspected', '1002', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera'], 0, 'faceVerifySpoofSuspected'],
    ['ekycSdkNoFace', '1004', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
    ['ekycSdkLivenessFailed', '1005', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'eyeLevel'], 0, 'faceVerifyLivenessFailed'],
    ['ekycSdkLight', '1201', 'error', 'user', 'now', ['light', 'evenLight'], 0, 'detectAuthLight'],
    ['ekycSdkImageSize', '2004', 'error', 'integrator', 'contactSupport', [], 0, 'faceVerifyReferencePhotoUnreadable', 'cloudApiFileRejected'],
    ['ekycSdkMultipleFaces', '2012', 'error', 'user', 'now', ['oneFace', 'plainWall'], 0, 'faceVerifyTooManyFaces'],
    ['ekycSdkFaceIncomplete', '2013/2017', 'error', 'user', 'now', ['faceInFrame', 'noOcclusion', 'noGlasses'], 0, 'detectAuthFaceIncomplete'],
    ['ekycSdkLowQuality', '2014', 'error', 'user', 'now', ['light', 'cleanLens', 'holdSteady'], 0, 'livenessTagPoorQuality'],
    ['ekycSdkNotSamePerson', '2015/2016', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens'], 0, 'faceVerifyNotSamePerson'],
    ['ekycSdkNotFinished', '-999', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['ekycSdkFamilyLiveness', '10xx/12xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLivenessFailed'],
    ['ekycSdkFamilyCompare', '20xx', 'error', 'user', 'now', ['selfOnly', 'light', 'faceInFrame'], 0, 'faceVerifyNotSamePerson'],
  ],
  // intention (意愿核身 问答 / 点头: FinalResultDetailCode)
  intention: [
    ['intentionSuccess', '0', 'success', 'user', 'none', []],
    ['intentionParameterError', '-1', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid', 'detectAuthCallInvalid'],
    ['intentionSystemError', '-2/-998', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['intentionFaceOutOfFrame', '-101', 'error', 'user', 'now', ['faceInFrame', 'eyeLevel'], 0, 'faceVerifyFaceNotDetected'],
    ['intentionMultipleFaces', '-102', 'error', 'user', 'now', ['oneFace', 'plainWall'], 0, 'faceVerifyTooManyFaces'],
    ['intentionNoFace', '-103', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
    ['intentionFaceIncomplete', '-104/-105/-106/-107', 'error', 'user', 'now', ['faceInFrame', 'noOcclusion', 'noGlasses'], 0, 'detectAuthFaceIncomplete'],
    ['intentionNotSamePerson', '-201/-202', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens'], 0, 'faceVerifyNotSamePerson'],
    ['intentionNotConfirmed', '-301', 'error', 'user', 'now', ['quietPlace', 'microphone']],
    ['intentionNoAnswerSeen', '-302', 'error', 'user', 'now', ['faceInFrame', 'microphone']],
    ['intentionBrowserUnsupported', '-800', 'error', 'user', 'restart', ['otherBrowser']],
    ['intentionPermissionDenied', '-801', 'error', 'user', 'restart', ['allowCamera', 'otherBrowser'], 0, 'faceVerifyCameraDenied'],
    ['intentionInterrupted', '-802', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['intentionDisconnected', '-803', 'error', 'user', 'restart', ['stayOnPage', 'network'], 0, 'detectAuthUserExited'],
    ['intentionNetworkUnstable', '-804', 'error', 'user', 'now', ['network'], 0, 'gatewayNetworkUnstable'],
    ['intentionManualCheck', '-999', 'error', 'integrator', 'contactSupport', []],
    ['intentionFamilyFace', '-1xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
    ['intentionFamilyCompare', '-2xx', 'error', 'user', 'now', ['selfOnly', 'light', 'faceInFrame'], 0, 'faceVerifyNotSamePerson'],
    ['intentionFamilyIntention', '-3xx', 'error', 'user', 'now', ['quietPlace', 'microphone'], 0, 'intentionNotConfirmed'],
    ['intentionFamilyPage', '-8xx', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['intentionFamilySystem', '-x/-9xx', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
  ],
  // intentionReading (意愿核身 朗读: IntentionVerifyData.ErrorCode)
  intentionReading: [
    ['intentionReadingSuccess', '0', 'success', 'user', 'none', [], 0, 'intentionSuccess'],
    ['intentionReadingSystemError', '-1/-4/-5/-6/-7/-8', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['intentionReadingParameterError', '-2', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid', 'detectAuthCallInvalid'],
    ['intentionReadingBusy', '-3', 'error', 'integrator', 'now', [], 0, 'faceVerifySystemTimeout', 'detectAuthServiceError'],
    ['intentionReadingStreamFailed', '-9', 'error', 'user', 'now', ['network', 'stayOnPage'], 0, 'detectAuthMediaFetchFailed'],
    ['intentionReadingNotRecognized', '-10/-17', 'error', 'user', 'now', ['quietPlace', 'microphone']],
    ['intentionReadingInterrupted', '-11', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['intentionReadingNotFinished', '-12', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyNoResult'],
    ['intentionReadingTokenInvalid', '-13', 'error', 'integrator', 'restart', [], 0, 'gatewaySessionExpired', 'detectAuthTokenExpired'],
    ['intentionReadingFinished', '-14', 'error', 'integrator', 'restart', [], 0, 'gatewaySignatureInvalid', 'detectAuthAlreadyCompleted'],
    ['intentionReadingRetryLimit', '-15', 'error', 'user', 'restart', ['stayOnPage'], 0, 'detectAuthRetryLimit'],
    ['intentionReadingManualCheck', '-16', 'error', 'integrator', 'contactSupport', [], 0, 'intentionManualCheck', 'intentionManualCheck'],
    ['intentionReadingFaceOutOfFrame', '3001', 'error', 'user', 'now', ['faceInFrame', 'eyeLevel'], 0, 'faceVerifyFaceNotDetected'],
    ['intentionReadingMultipleFaces', '3002', 'error', 'user', 'now', ['oneFace', 'plainWall'], 0, 'faceVerifyTooManyFaces'],
    ['intentionReadingNoFace', '3003', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
    ['intentionReadingNotSamePerson', '3011/3012', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens'], 0, 'faceVerifyNotSamePerson'],
    ['intentionReadingBrowserUnsupported', '-800', 'error', 'user', 'restart', ['otherBrowser'], 0, 'intentionBrowserUnsupported'],
    ['intentionReadingPermissionDenied', '-801', 'error', 'user', 'restart', ['allowCamera', 'otherBrowser'], 0, 'faceVerifyCameraDenied'],
    ['intentionReadingPageInterrupted', '-802', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['intentionReadingDisconnected', '-803', 'error', 'user', 'restart', ['stayOnPage', 'network'], 0, 'detectAuthUserExited'],
    ['intentionReadingFamilySystem', '-x/-xx', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['intentionReadingFamilyPage', '-8xx', 'error', 'user', 'restart', ['stayOnPage'], 0, 'faceVerifyInterrupted'],
    ['intentionReadingFamilyFace', '30xx', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
  ],
  // intentionResult (意愿核身 FinalResultCode)
  intentionResult: [
    ['intentionResultPassed', '0', 'success', 'user', 'none', [], 0, 'intentionSuccess'],
    ['intentionResultFailed', '-1', 'error', 'user', 'now', ['quietPlace', 'microphone'], 0, 'intentionNotConfirmed'],
    ['intentionResultBrowserUnsupported', '-2', 'error', 'user', 'restart', ['otherBrowser'], 0, 'intentionBrowserUnsupported'],
  ],
  // intentionAnswer (意愿核身 ResultCode[]: each answer against the expected one)
  intentionAnswer: [
    ['intentionAnswerMatched', '0', 'success', 'user', 'none', [], 0, 'intentionSuccess'],
    ['intentionAnswerMismatch', '-1', 'error', 'user', 'now', ['quietPlace', 'microphone'], 0, 'intentionNotConfirmed'],
  ],
  // cloudApi (Cloud API 3.0 Response.Error.Code)
  cloudApi: [
    // `Result` of LivenessCompare, CheckIdCardInformation…: "成功情况返回Success"; a configured OCR
    // warning stopped CheckIdCardInformation (the person retakes the original card).
    ['cloudApiSuccess', 'Success', 'success', 'user', 'none', [], 0, 'faceVerifySuccess'],
    ['cloudApiOcrWarning', 'FailedOperation.OcrWarningOccurred', 'error', 'user', 'now', ['light', 'holdSteady', 'cleanLens']],
    // Removed from sdk-go in 2025-07: an outcome of the verification, not a service fault.
    ['cloudApiVerificationFailed', 'FailedOperation.VerificationFail', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'eyeLevel'], 0, 'faceVerifyLivenessFailed'],
    // The common errors of every Cloud API (公共错误码, 1007/31063); those of the FaceID SDKs'
    // errors.go, and the codes removed from them (older integrations still get them), follow.
    ['cloudApiCallInvalid', 'ActionOffline/InvalidAction/NoSuchProduct/NoSuchVersion/UnsupportedRegion/UnsupportedProtocol/InvalidRequest/DryRunOperation', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid'],
    ['cloudApiIpDenied', 'IpInBlacklist/IpNotInWhitelist', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayAccessDenied'],
    ['cloudApiSizeLimit', 'RequestSizeLimitExceeded/ResponseSizeLimitExceeded', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayRequestTooLarge'],
    ['cloudApiServiceUnavailable', 'ServiceUnavailable/ResourceInUse/ResourceInsufficient', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['cloudApiAuthFailure', 'AuthFailure.InvalidAuthorization', 'error', 'integrator', 'contactSupport', [], 0, 'faceVerifyAppIdNotFound'],
    ['cloudApiCloseEye', 'FailedOperation.ActionCloseEye', 'error', 'user', 'now', ['blink', 'noGlasses', 'faceInFrame'], 0, 'faceVerifyNoBlink'],
    ['cloudApiDistance', 'FailedOperation.ActionFaceClose/FailedOperation.ActionFaceFar', 'error', 'user', 'now', ['distance', 'eyeLevel'], 0, 'faceVerifyDistance'],
    ['cloudApiFaceOffCentre', 'FailedOperation.ActionFaceLeft/FailedOperation.ActionFaceRight', 'error', 'user', 'now', ['faceInFrame', 'eyeLevel']],
    ['cloudApiNoAction', 'FailedOperation.ActionFirstAction', 'error', 'user', 'now', ['faceInFrame', 'stayOnPage'], 0, 'livenessTagActionNotDone'],
    ['cloudApiLight', 'FailedOperation.ActionLightDark/FailedOperation.ActionLightStrong/InternalError.ActionLightDark/InternalError.ActionLightStrong', 'error', 'user', 'now', ['light', 'evenLight'], 0, 'detectAuthLight'],
    ['cloudApiNoFace', 'FailedOperation.ActionNodetectFace/InternalError.ActionNodetectFace/FailedOperation.LifePhotoDetectNoFaces/FailedOperation.SilentFaceDetectFail', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceFound'],
    ['cloudApiOpenMouth', 'FailedOperation.ActionOpenMouth', 'error', 'user', 'now', ['faceInFrame', 'noOcclusion']],
    ['cloudApiNotSamePerson', 'FailedOperation.CompareFail/FailedOperation.CompareLowSimilarity/InternalError.CompareLowSimilarity/FailedOperation.LifePhotoDetectFake/InternalError.CompareFail', 'error', 'user', 'now', ['selfOnly', 'light', 'noGlasses', 'eyeLevel', 'cleanLens'], 0, 'faceVerifyNotSamePerson'],
    ['cloudApiRecordsUnavailable', 'FailedOperation.CompareLibServiceUnavailable/FailedOperation.IdPhotoSystemNoanswer', 'error', 'integrator', 'now', [], 0, 'detectAuthRecordsUnavailable', 'detectAuthRecordsUnavailable'],
    ['cloudApiServiceError', 'FailedOperation.CompareSystemError/FailedOperation.CompressVideoError/FailedOperation.DbError/FailedOperation.DecryptSystemError/FailedOperation.DetectEngineSystemError/FailedOperation.EncryptSystemError/FailedOperation.FileSaveError/FailedOperation.LivessSystemError/FailedOperation.UnKnown/InternalError/InternalError.EncryptSystemError/InternalError.UnKnown/FailedOperation.UnKnowError', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
    ['cloudApiFaceCovered', 'FailedOperation.CoveredFace/FailedOperation.SilentFaceWithMaskFail/FailedOperation.IncompleteFace/FailedOperation.LipFaceIncomplete', 'error', 'user', 'now', ['noOcclusion', 'faceInFrame'], 0, 'detectAuthFaceIncomplete'],
    ['cloudApiFileRejected', 'FailedOperation.DownLoadError/FailedOperation.DownLoadTimeoutError/FailedOperation.EmptyImageError/FailedOperation.ImageDecodeFailed/FailedOperation.ImageSizeTooLarge/FailedOperation.VideoDecodeFailed/FailedOperation.VideoDurationExceeded/InvalidParameter.EngineImageDecodeFailed/InvalidParameterValue.InvalidFileContentSize/ResourceUnavailable.ImageDownloadError', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayRequestTooLarge'],
    ['cloudApiNameOrIdInvalid', 'FailedOperation.IdFormatError/FailedOperation.NameFormatError', 'error', 'identity', 'correctDetails', ['checkDetails'], 0, 'faceVerifyNameOrIdInvalid'],
    ['cloudApiNameIdMismatch', 'FailedOperation.IdNameMisMatch', 'error', 'identity', 'correctDetails', ['checkDetails'], 0, 'faceVerifyNameIdMismatch'],
    ['cloudApiIdNumberNotFound', 'FailedOperation.IdNoExistSystem', 'error', 'identity', 'correctDetails', ['checkDetails'], 0, 'faceVerifyIdNumberNotFound'],
    ['cloudApiNoPhotoOnRecord', 'FailedOperation.IdPhotoNoExist', 'error', 'identity', 'contactSupport', [], 0, 'faceVerifyNoPhotoOnRecord'],
    ['cloudApiIdPhotoPoor', 'FailedOperation.IdPhotoPoorQuality/FailedOperation.ImageNoIdCard/FailedOperation.OcrFailed', 'error', 'user', 'now', ['light', 'holdSteady', 'cleanLens'], 0, 'detectAuthScanFailed'],
    ['cloudApiDailyLimit', 'FailedOperation.IdentityAuthLimitExceeded', 'error', 'identity', 'notToday', [], 0, 'faceVerifyDailyLimit'],
    ['cloudApiPoorQuality', 'FailedOperation.ImageBlur/FailedOperation.PoorImageQuality/FailedOperation.LifePhotoPoorQuality/InternalError.LifePhotoPoorQuality/FailedOperation.SilentFaceQualityFail', 'error', 'user', 'now', ['light', 'cleanLens', 'holdSteady'], 0, 'livenessTagPoorQuality'],
    ['cloudApiTokenInvalid', 'FailedOperation.InvalidTokenParameter/InvalidParameterValue.BizTokenExpired/InvalidParameterValue.BizTokenIllegal', 'error', 'integrator', 'restart', [], 0, 'gatewaySessionExpired', 'detectAuthTokenExpired'],
    ['cloudApiMultipleFaces', 'FailedOperation.LifePhotoDetectFaces/FailedOperation.SilentMultiFaceFail', 'error', 'user', 'now', ['oneFace', 'plainWall'], 0, 'faceVerifyTooManyFaces'],
    ['cloudApiPhotoSize', 'FailedOperation.LifePhotoSizeError/InternalError.LifePhotoSizeError', 'error', 'user', 'now', ['inPageCamera', 'faceInFrame', 'light'], 1, 'faceVerifySelfieUnreadable', 'cloudApiFileRejected'],
    ['cloudApiVoiceNotRecognized', 'FailedOperation.LipMoveSmall/FailedOperation.LipVoiceDetect/FailedOperation.LipVoiceLow/FailedOperation.LipVoiceRecognize', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone'], 0, 'faceVerifyVoiceNotHeard'],
    ['cloudApiVideoFetchFailed', 'FailedOperation.LipNetFailed', 'error', 'user', 'now', ['network', 'stayOnPage'], 0, 'detectAuthMediaFetchFailed'],
    ['cloudApiRecordingLength', 'FailedOperation.LipSizeError/FailedOperation.SilentTooShort', 'error', 'user', 'now', ['stayOnPage', 'faceInFrame'], 0, 'detectAuthRecordingLength'],
    ['cloudApiVideoUnusable', 'FailedOperation.LipVideoInvalid/FailedOperation.LipVideoQuaility', 'error', 'user', 'now', ['cleanLens', 'light'], 1, 'detectAuthVideoUnusable', 'detectAuthVideoUnusable'],
    ['cloudApiNoComparePhoto', 'FailedOperation.LivessBestFrameError', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyNoFaceInVideo'],
    ['cloudApiLivenessFailed', 'FailedOperation.LivessDetectFail/FailedOperation.LivessUnknownError/FailedOperation.SilentDetectFail/FailedOperation.SilentEyeLiveFail/FailedOperation.SilentMouthLiveFail/FailedOperation.SilentThreshold', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion', 'eyeLevel'], 0, 'faceVerifyLivenessFailed'],
    ['cloudApiSpoofSuspected', 'FailedOperation.LivessDetectFake/FailedOperation.SilentPictureLiveFail', 'error', 'user', 'now', ['light', 'noGlasses', 'noOcclusion', 'liveCamera'], 0, 'faceVerifySpoofSuspected'],
    ['cloudApiRateLimited', 'FailedOperation.RequestLimitExceeded/RequestLimitExceeded', 'error', 'integrator', 'now', [], 0, 'gatewayRequestLimitExceeded', 'detectAuthRateLimited'],
    ['cloudApiNotActivated', 'FailedOperation.StsUnAuthErrError/UnauthorizedOperation/UnauthorizedOperation.ActivateError/UnauthorizedOperation.Activating/UnauthorizedOperation.Arrears/UnauthorizedOperation.ChargeStatusException/UnauthorizedOperation.NonAuthorize/UnauthorizedOperation.Nonactivated/OperationDenied/UnsupportedOperation/FailedOperation.UnOpenError/ResourceUnavailable/ResourceUnavailable.InArrears/ResourceUnavailable.ResourcePackageRunOut/ResourceNotFound', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayAccessDenied'],
    ['cloudApiEidNotRegistered', 'FailedOperation.UnregisteredEid', 'error', 'identity', 'restart', []],
    ['cloudApiBadParameter', 'InvalidParameter/InvalidParameter.UnsupportEncryptField/InvalidParameterValue/InvalidParameterValue.RuleIdDisabled/InvalidParameterValue.RuleIdNotExist/InvalidParameter.RuleId/InvalidParameterValue.InvalidParameterValueLimit/UnknownParameter', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid'],
    // Families, most specific first: any code that starts so.
    ['cloudApiFamilyAction', 'FailedOperation.Action*', 'error', 'user', 'now', ['faceInFrame', 'light'], 0, 'faceVerifyLivenessFailed'],
    ['cloudApiFamilyVoice', 'FailedOperation.Lip*', 'error', 'user', 'now', ['readDigitsAloud', 'quietPlace', 'microphone'], 0, 'faceVerifyVoiceNotHeard'],
    ['cloudApiFamilyLiveness', 'FailedOperation.Silent*/FailedOperation.Livess*', 'error', 'user', 'now', ['light', 'faceInFrame', 'noOcclusion'], 0, 'faceVerifyLivenessFailed'],
    ['cloudApiFamilyAuth', 'AuthFailure*', 'error', 'integrator', 'contactSupport', [], 0, 'faceVerifyAppIdNotFound', 'cloudApiAuthFailure'],
    ['cloudApiFamilyParameter', 'InvalidParameter*/MissingParameter*/UnknownParameter*', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayVersionInvalid', 'cloudApiBadParameter'],
    ['cloudApiFamilyAccess', 'UnauthorizedOperation*/OperationDenied*/UnsupportedOperation*/ResourceUnavailable*/ResourceNotFound*', 'error', 'integrator', 'contactSupport', [], 0, 'gatewayAccessDenied', 'cloudApiNotActivated'],
    ['cloudApiFamilyLimit', 'RequestLimitExceeded*/LimitExceeded*', 'error', 'integrator', 'now', [], 0, 'gatewayRequestLimitExceeded', 'detectAuthRateLimited'],
    ['cloudApiFamilyService', 'FailedOperation*/InternalError*/ResourceInsufficient*', 'error', 'integrator', 'now', [], 0, 'detectAuthServiceError', 'detectAuthServiceError'],
  ],
} as const satisfies Record<ServicesOf<'results'>, readonly Row<FaceTip>[]>;

/** ID-card, bank-card and licence OCR, and the warning codes of card photos. */
// biome-ignore format: one row per line reads like the seed tables
export const CARD_ROWS = {
  // idCardOcr (身份证 OCR)
  idCardOcr: [
    ['idCardSuccess', '0', 'success', 'user', 'none', []],
    ['idCardResultNotFound', '66660020', 'error', 'integrator', 'restart', []],
    ['idCardUnrecognized', '66661001', 'error', 'user', 'now', ['originalCard', 'alignCard', 'light', 'cleanLens']],
    ['idCardExpired', '66661003', 'error', 'user', 'otherDocument', ['validCard']],
    ['idCardDateInvalid', '66661004', 'error', 'user', 'now', ['focus', 'avoidGlare']],
    ['idCardImageUnreadable', '66661005', 'error', 'user', 'now', ['inPageCamera', 'alignCard'], 1],
    ['idCardNotFrontSide', '66661006', 'error', 'user', 'now', ['cardFront']],
    ['idCardNotBackSide', '66661007', 'error', 'user', 'now', ['cardBack']],
    ['idCardNameOrNumberUnreadable', '66661008', 'error', 'user', 'now', ['focus', 'avoidGlare', 'cardUncovered', 'cleanLens']],
    ['idCardFileFormatInvalid', '66661010', 'error', 'user', 'now', ['inPageCamera'], 1, 'idCardImageUnreadable'],
    ['idCardInvalid', '66661011', 'error', 'user', 'now', ['originalCard', 'focus']],
    ['idCardAuthorityUnreadable', '66661012', 'error', 'user', 'now', ['cardBack', 'focus', 'avoidGlare']],
    ['idCardProcessingFailed', '66661099', 'error', 'integrator', 'now', []],
    ['idCardEncryptionFailed', '300101', 'error', 'integrator', 'restart', []],
    ['idCardMediaAbnormal', '66660015', 'error', 'user', 'now', ['inPageCamera', 'alignCard', 'light'], 1, 'idCardImageUnreadable', 'idCardImageUnreadable'],
  ],
  // bankCardOcr (银行卡 OCR)
  bankCardOcr: [
    ['bankCardSuccess', '0', 'success', 'user', 'none', []],
    ['bankCardParameterTooLong', '66660000/-1304', 'error', 'integrator', 'contactSupport', []],
    ['bankCardUnrecognized', '-9011', 'error', 'user', 'now', ['cardNumberSide', 'alignCard', 'light']],
    ['bankCardBlurry', '-9012', 'error', 'user', 'now', ['focus', 'holdSteady', 'cleanLens']],
    ['bankCardNotFound', '-9013', 'error', 'user', 'now', ['cardNumberSide', 'alignCard', 'plainSurface']],
    ['bankCardNumberInvalid', '-9014', 'error', 'user', 'now', ['cardNumberSide', 'avoidGlare', 'cardUncovered']],
    ['bankCardWarningDateInvalid', '-9110', 'warning', 'user', 'none', ['focus', 'avoidGlare']],
    ['bankCardWarningBorderIncomplete', '-9111', 'warning', 'user', 'none', ['alignCard']],
    ['bankCardWarningGlare', '-9112', 'warning', 'user', 'none', ['avoidGlare']],
    ['bankCardWarningPhotocopy', '-9113', 'warning', 'user', 'none', ['originalCard']],
    ['bankCardWarningScreenPhoto', '-9114', 'warning', 'user', 'none', ['originalCard']],
    ['bankCardWarningExpired', '66661009', 'warning', 'user', 'none', ['validCard']],
  ],
  // licenseOcr (驾驶证、行驶证 OCR)
  licenseOcr: [
    ['licenseSuccess', '0', 'success', 'user', 'none', []],
    ['licenseImageUnreadable', '-1102', 'error', 'user', 'now', ['inPageCamera', 'alignCard'], 1],
    ['licenseImageEmpty', '-1300', 'error', 'user', 'now', ['inPageCamera', 'network'], 1],
    ['licenseParameterEmpty', '-1301', 'error', 'integrator', 'contactSupport', []],
    ['licenseParameterTooLong', '-1304', 'error', 'integrator', 'contactSupport', []],
    ['licenseTypeInvalid', '-9001', 'error', 'integrator', 'contactSupport', []],
    ['licenseRecognitionFailed', '-9002', 'error', 'user', 'now', ['originalCard', 'alignCard', 'light', 'cleanLens']],
    ['licenseImageInvalid', '-9005', 'error', 'user', 'now', ['inPageCamera', 'alignCard'], 1],
    ['licensePreprocessingFailed', '-9006', 'error', 'user', 'now', ['avoidGlare', 'plainSurface', 'focus']],
  ],
  // idCardWarningCode (mainland ID-card warning codes: WarnInfos / BackWarnInfos, Warnings)
  idCardWarningCode: [
    ['idCardCodeDateInvalid', '-9100/-9109', 'warning', 'user', 'none', ['validCard', 'focus'], 0, 'idCardWarnings.dateInvalid'],
    ['idCardCodeBorderIncomplete', '-9101', 'warning', 'user', 'none', ['alignCard'], 0, 'idCardWarnings.borderIncomplete'],
    ['idCardCodePhotocopy', '-9102/-9108', 'warning', 'user', 'none', ['originalCard'], 0, 'idCardWarnings.photocopy'],
    ['idCardCodeScreenPhoto', '-9103', 'warning', 'user', 'none', ['originalCard'], 0, 'idCardWarnings.screenPhoto'],
    ['idCardCodeTemporary', '-9104', 'warning', 'user', 'none', ['validCard'], 0, 'idCardWarnings.temporaryCard'],
    ['idCardCodeCovered', '-9105', 'warning', 'user', 'none', ['cardUncovered'], 0, 'idCardWarnings.covered'],
    ['idCardCodeEdited', '-9106', 'warning', 'user', 'none', ['originalCard', 'inPageCamera'], 0, 'idCardWarnings.edited'],
    ['idCardCodeGlare', '-9107', 'warning', 'user', 'none', ['avoidGlare'], 0, 'idCardWarnings.glare'],
    ['idCardCodeBlurry', '-8001', 'warning', 'user', 'none', ['focus', 'holdSteady'], 0, 'idCardWarnings.blurry'],
    ['idCardCodeFamily', '-9xxx/-8xxx', 'warning', 'user', 'none', ['focus', 'avoidGlare'], 0, 'idCardWarnings.otherQuality'],
  ],
  // intlCardWarning (international WarnCardInfos: 9101… in OCRResult, -9101… in CardVerifyResults)
  intlCardWarning: [
    ['intlCardBorderOrCovered', '-9101/9101', 'warning', 'user', 'none', ['alignCard', 'cardUncovered'], 0, 'idCardWarnings.borderIncomplete'],
    ['intlCardPhotocopy', '-9102/9102', 'warning', 'user', 'none', ['originalCard'], 0, 'idCardWarnings.photocopy'],
    ['intlCardScreenPhoto', '-9103/9103', 'warning', 'user', 'none', ['originalCard'], 0, 'idCardWarnings.screenPhoto'],
    ['intlCardEdited', '-9104/9104', 'warning', 'user', 'none', ['originalCard', 'inPageCamera'], 0, 'idCardWarnings.edited'],
    ['intlCardGlare', '-9107/9107', 'warning', 'user', 'none', ['avoidGlare'], 0, 'idCardWarnings.glare'],
    ['intlCardBlurry', '-9108/9108', 'warning', 'user', 'none', ['focus', 'holdSteady'], 0, 'idCardWarnings.blurry'],
    ['intlCardCheckNotEnabled', '-9109/9109', 'warning', 'integrator', 'none', [], 0, 'idCardWarnings.checkSkipped'],
    ['intlCardOther', '-9901/9901', 'warning', 'user', 'none', ['focus', 'avoidGlare'], 0, 'idCardWarnings.otherQuality'],
    ['intlCardFamily', '-9xxx/9xxx', 'warning', 'user', 'none', ['focus', 'avoidGlare'], 0, 'idCardWarnings.otherQuality'],
  ],
} as const satisfies Record<ServicesOf<'card'>, readonly Row<Tip>[]>;

/** A group of rows by service, as a code reader takes them. */
export type RowsByService = Partial<Record<Service, readonly Row[]>>;

type AnyRow =
  | (typeof GATEWAY_ROWS)[keyof typeof GATEWAY_ROWS][number]
  | (typeof FACE_ROWS)[keyof typeof FACE_ROWS][number]
  | (typeof RESULT_ROWS)[keyof typeof RESULT_ROWS][number]
  | (typeof CARD_ROWS)[keyof typeof CARD_ROWS][number];

/** Every row, by service. */
export function allRows(): RowsByService {
  return { ...GATEWAY_ROWS, ...FACE_ROWS, ...RESULT_ROWS, ...CARD_ROWS };
}

/** Whether a code is a family pattern (`12xx`, `-9xxx`, `FailedOperation.Action*`) rather than a code. */
export function isPattern(code: string): boolean {
  return /^-?\d*x+$|\*$/.test(code);
}

/** Whether a row's codes are family patterns rather than codes (a row holds one or the other). */
function isFamily(codes: string): boolean {
  return isPattern(codes.split('/')[0] as string);
}

/** The stable entry ids: keys of the message catalogues (`codes.<id>.title`). */
export type EntryId = AnyRow[0];

/**
 * The entries of the six WeBank-style tables (`faceid-response-codes`), whose official texts are
 * per entry (`OFFICIAL`); the result-code services' texts are per code (`RESULT_OFFICIAL`).
 */
export type TableEntryId =
  | (typeof GATEWAY_ROWS)[keyof typeof GATEWAY_ROWS][number][0]
  | (typeof FACE_ROWS)['faceVerify' | 'twoFactor'][number][0]
  | (typeof CARD_ROWS)['idCardOcr' | 'bankCardOcr' | 'licenseOcr'][number][0];

/** Calls `visit` with each row of `rows` as an entry, service by service in `SERVICES` order. */
export function forEachEntry(
  rows: RowsByService,
  visit: (id: EntryId, entry: CatalogueRow) => void,
): void {
  for (const service of SERVICES) {
    // Own rows only: a group without this service must not read a polluted `Object.prototype`.
    const own = readField(rows, service) as readonly Row[] | undefined;
    for (const [id, codes, kind, audience, retry, tips, diagnosed, copy, developer] of own ?? []) {
      visit(id as EntryId, {
        service,
        // Written `/`-joined in the rows, as in the seed tables.
        codes: codes.split('/'),
        kind,
        audience,
        retry,
        tips,
        diagnosed: audience === 'integrator' || diagnosed === 1,
        copy: copy ?? id,
        developer: developer ?? id,
        family: isFamily(codes),
      });
    }
  }
}

function toCatalogue(): Readonly<Record<EntryId, CatalogueRow>> {
  const catalogue: Partial<Record<EntryId, CatalogueRow>> = {};
  forEachEntry(allRows(), (id, entry) => {
    catalogue[id] = entry;
  });
  // Every id of every row was set just above.
  return catalogue as Record<EntryId, CatalogueRow>;
}

/**
 * Freezes `value` and everything it holds: data every caller shares cannot be changed by one of
 * them for the rest of the process.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Every entry, keyed by its id, in catalogue order (gateway first). Frozen, with its rows' tips. */
export const CATALOGUE = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ toCatalogue());

/**
 * ID-card OCR warnings: an 8-character `0`/`1` string read left to right, position 1 first.
 * Positions 1, 4 and 6 are fixed by Tencent's own example (`10010100`); 2, 3 and 5 by public
 * integrator code that follows the IDCardOCR warning order. Positions 7 and 8 are documented nowhere
 * public: they map to a generic warning and are marked unconfirmed.
 */
export const ID_CARD_WARNINGS = /* @__PURE__ */ deepFreeze([
  { position: 1, id: 'borderIncomplete', confirmed: true, tips: ['alignCard'] },
  { position: 2, id: 'photocopy', confirmed: true, tips: ['originalCard'] },
  { position: 3, id: 'dateInvalid', confirmed: true, tips: ['validCard', 'focus'] },
  { position: 4, id: 'screenPhoto', confirmed: true, tips: ['originalCard'] },
  { position: 5, id: 'temporaryCard', confirmed: true, tips: ['validCard'] },
  { position: 6, id: 'covered', confirmed: true, tips: ['cardUncovered'] },
  { position: 7, id: 'otherQuality', confirmed: false, tips: ['focus', 'avoidGlare'] },
  { position: 8, id: 'otherQuality', confirmed: false, tips: ['focus', 'avoidGlare'] },
] as const satisfies readonly {
  position: number;
  id: string;
  confirmed: boolean;
  tips: readonly Tip[];
}[]);

export type IdCardWarningId = (typeof ID_CARD_WARNINGS)[number]['id'];

/**
 * The warnings the person can be shown (`idCardWarnings.<id>`): those of the 8-character string,
 * and those only warning codes carry (-9106 edited, -9107 glare, -8001 blurry, intl -9109 checks
 * not enabled).
 */
export const WARNING_COPY = /* @__PURE__ */ Object.freeze([
  // Those of `ID_CARD_WARNINGS`, written out: a spread of them would keep this list in every bundle.
  'borderIncomplete',
  'photocopy',
  'dateInvalid',
  'screenPhoto',
  'temporaryCard',
  'covered',
  'otherQuality',
  'edited',
  'glare',
  'blurry',
  'checkSkipped',
] as const satisfies readonly string[]);
export type WarningCopyId = (typeof WARNING_COPY)[number];
