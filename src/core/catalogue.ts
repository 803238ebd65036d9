/**
 * The FaceID response-code catalogue: one entry per meaning, read within its service.
 *
 * Data only: no React, no i18next, no DOM. The official Chinese texts live in `official.ts` so that
 * the user-facing bundle can leave them out; the localized copy lives in `locales/<lng>/faceid.json`
 * under `codes.<id>`.
 */

/** The six FaceID services. A code is always read within one of them. */
export const SERVICES = [
  'gateway',
  'faceVerify',
  'idCardOcr',
  'bankCardOcr',
  'twoFactor',
  'licenseOcr',
] as const;
export type Service = (typeof SERVICES)[number];

/**
 * The shared guidance vocabulary. Each tip is translated once (`tips.<tip>`) and illustrated once.
 */
export const TIPS = [
  'light',
  'faceInFrame',
  'noOcclusion',
  'blink',
  'readDigitsAloud',
  'quietPlace',
  'distance',
  'oneFace',
  'selfOnly',
  'liveCamera',
  'holdSteady',
  'originalCard',
  'cardFront',
  'cardBack',
  'alignCard',
  'avoidGlare',
  'focus',
  'cardUncovered',
  'validCard',
  'plainBackground',
  'checkDetails',
  'network',
  'allowCamera',
  'otherBrowser',
] as const;
export type Tip = (typeof TIPS)[number];

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
  | 'restart'
  | 'contactSupport'
  | number;

export interface CatalogueRow {
  readonly service: Service;
  /** Alias codes with one meaning, separated by `/` as in the seed. */
  readonly codes: string;
  readonly kind: Kind;
  readonly audience: Audience;
  readonly retry: RetryRule;
  readonly tips: readonly Tip[];
  /** Where an entry that is not in the seed tables is documented. Seed rows have none. */
  readonly source?: string;
}

const FACE_TIPS = ['light', 'faceInFrame', 'noOcclusion'] as const satisfies readonly Tip[];

/**
 * Every row and alias of every seed table (73 rows, 86 service/code pairs), plus the documented
 * extras of the domain brief §4, each marked with its `source`. Keys are the stable entry ids.
 */
export const CATALOGUE = {
  // ── gateway (接入前置服务): resolves in every service ────────────────────────────────────────
  gatewaySignatureInvalid: {
    service: 'gateway',
    codes: '400101',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
  },
  gatewaySessionExpired: {
    service: 'gateway',
    codes: '400102',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
  },
  gatewayAccessDenied: {
    service: 'gateway',
    codes: '400103/400104',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  gatewayVersionInvalid: {
    service: 'gateway',
    codes: '400502',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  gatewayRateLimited: {
    service: 'gateway',
    codes: '400504',
    kind: 'error',
    audience: 'integrator',
    retry: 10,
    tips: [],
  },
  gatewayRequestTooLarge: {
    service: 'gateway',
    codes: '400601',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  gatewayAuthenticationFailed: {
    service: 'gateway',
    codes: '400105',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
    source: 'WeBank OCR SDK documentation (gateway codes)',
  },
  gatewayRequestLimitExceeded: {
    service: 'gateway',
    codes: '400501',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
    source: 'WeBank OCR SDK documentation (gateway codes)',
  },
  gatewayChecksumInvalid: {
    service: 'gateway',
    codes: '400503',
    kind: 'error',
    audience: 'integrator',
    retry: 'now',
    tips: ['network'],
    source: 'WeBank OCR SDK documentation (gateway codes)',
  },
  gatewayNetworkUnstable: {
    service: 'gateway',
    codes: '999999/999998/999997',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['network'],
    source: 'WeBank OCR SDK documentation (gateway codes)',
  },

  // ── faceVerify (人脸验证) ──────────────────────────────────────────────────────────────────
  faceVerifySuccess: {
    service: 'faceVerify',
    codes: '0',
    kind: 'success',
    audience: 'user',
    retry: 'none',
    tips: [],
  },
  faceVerifyAppIdNotFound: {
    service: 'faceVerify',
    codes: '66660001',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  faceVerifyServiceExpired: {
    service: 'faceVerify',
    codes: '66660002',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  faceVerifyNotSamePerson: {
    service: 'faceVerify',
    codes: '66660004/66660034/-4007',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['selfOnly', 'light', 'noOcclusion'],
  },
  faceVerifyNoPhotoOnRecord: {
    service: 'faceVerify',
    codes: '66660005',
    kind: 'error',
    audience: 'identity',
    retry: 'contactSupport',
    tips: [],
  },
  faceVerifyNameIdMismatch: {
    service: 'faceVerify',
    codes: '66660010',
    kind: 'error',
    audience: 'identity',
    retry: 'correctDetails',
    tips: ['checkDetails'],
  },
  faceVerifyNoResult: {
    service: 'faceVerify',
    codes: '66660011',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
  },
  faceVerifyNameOrIdInvalid: {
    service: 'faceVerify',
    codes: '66660015',
    kind: 'error',
    audience: 'identity',
    retry: 'correctDetails',
    tips: ['checkDetails'],
  },
  faceVerifyVideoInvalid: {
    service: 'faceVerify',
    codes: '66660016',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['holdSteady', 'network'],
  },
  faceVerifyDailyLimit: {
    service: 'faceVerify',
    codes: '66660017',
    kind: 'error',
    audience: 'user',
    retry: 'notToday',
    tips: [],
  },
  faceVerifyTimedOut: {
    service: 'faceVerify',
    codes: '66660018',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: [],
  },
  faceVerifySystemTimeout: {
    service: 'faceVerify',
    codes: '66660021',
    kind: 'error',
    audience: 'integrator',
    retry: 'now',
    tips: ['network'],
  },
  faceVerifyDigitsExpired: {
    service: 'faceVerify',
    codes: '66660022',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: [],
  },
  faceVerifySpoofSuspected: {
    service: 'faceVerify',
    codes: '66660023/66660036/-5025',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['selfOnly', 'liveCamera', 'faceInFrame'],
  },
  faceVerifyIdNumberNotFound: {
    service: 'faceVerify',
    codes: '66660024',
    kind: 'error',
    audience: 'identity',
    retry: 'correctDetails',
    tips: ['checkDetails'],
  },
  faceVerifyLightCheckFailed: {
    service: 'faceVerify',
    codes: '66660025',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: FACE_TIPS,
  },
  faceVerifyServiceNotSupported: {
    service: 'faceVerify',
    codes: '66660030',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  faceVerifyTooManyFaces: {
    service: 'faceVerify',
    codes: '66660033',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['oneFace'],
  },
  faceVerifySelfieUnreadable: {
    service: 'faceVerify',
    codes: '66660035/-1102',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['faceInFrame', 'light', 'holdSteady'],
  },
  faceVerifyMultipleFaces: {
    service: 'faceVerify',
    codes: '66660037',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['oneFace', 'plainBackground'],
  },
  faceVerifyNoFaceFound: {
    service: 'faceVerify',
    codes: '66660038/-1101',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: FACE_TIPS,
  },
  faceVerifyReferencePhotoUnreadable: {
    service: 'faceVerify',
    codes: '66660039/66660040/-4017/-4018',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  faceVerifyVideoAbnormal: {
    service: 'faceVerify',
    codes: '-5001',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: [...FACE_TIPS, 'holdSteady'],
  },
  faceVerifyDistance: {
    service: 'faceVerify',
    codes: '-5005',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['distance', 'faceInFrame'],
  },
  faceVerifyVoiceNotHeard: {
    service: 'faceVerify',
    codes: '-5008',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['readDigitsAloud', 'quietPlace'],
  },
  faceVerifyNoFaceInVideo: {
    service: 'faceVerify',
    codes: '-5009',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: FACE_TIPS,
  },
  faceVerifyDigitsNotRecognized: {
    service: 'faceVerify',
    codes: '-5010',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['readDigitsAloud'],
  },
  faceVerifyFaceNotDetected: {
    service: 'faceVerify',
    codes: '-5011',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['selfOnly', 'faceInFrame'],
  },
  faceVerifyNoBlink: {
    service: 'faceVerify',
    codes: '-5018',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['blink', 'faceInFrame'],
  },
  faceVerifyLivenessFailed: {
    service: 'faceVerify',
    codes: '-1404',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: [...FACE_TIPS, 'selfOnly'],
  },
  faceVerifyBrowserNoRecording: {
    service: 'faceVerify',
    codes: '3001',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: ['otherBrowser'],
    source: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
  },
  faceVerifyLoginStateLost: {
    service: 'faceVerify',
    codes: '3002',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
    source: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
  },
  faceVerifyInterrupted: {
    service: 'faceVerify',
    codes: '3003',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: [],
    source: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
  },
  faceVerifyCameraDenied: {
    service: 'faceVerify',
    codes: '3004',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: ['allowCamera'],
    source: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
  },
  faceVerifyBrowserNoRealtime: {
    service: 'faceVerify',
    codes: '3005',
    kind: 'error',
    audience: 'user',
    retry: 'restart',
    tips: ['otherBrowser'],
    source: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
  },

  // ── idCardOcr (身份证 OCR) ─────────────────────────────────────────────────────────────────
  idCardSuccess: {
    service: 'idCardOcr',
    codes: '0',
    kind: 'success',
    audience: 'user',
    retry: 'none',
    tips: [],
  },
  idCardResultNotFound: {
    service: 'idCardOcr',
    codes: '66660020',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
  },
  idCardUnrecognized: {
    service: 'idCardOcr',
    codes: '66661001',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['originalCard', 'alignCard', 'light'],
  },
  idCardExpired: {
    service: 'idCardOcr',
    codes: '66661003',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['validCard'],
  },
  idCardDateInvalid: {
    service: 'idCardOcr',
    codes: '66661004',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['focus', 'avoidGlare'],
  },
  idCardImageUnreadable: {
    service: 'idCardOcr',
    codes: '66661005',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['holdSteady', 'focus'],
  },
  idCardNotFrontSide: {
    service: 'idCardOcr',
    codes: '66661006',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['cardFront'],
  },
  idCardNotBackSide: {
    service: 'idCardOcr',
    codes: '66661007',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['cardBack'],
  },
  idCardNameOrNumberUnreadable: {
    service: 'idCardOcr',
    codes: '66661008',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['focus', 'avoidGlare', 'cardUncovered'],
  },
  idCardNotAligned: {
    service: 'idCardOcr',
    codes: '66661010',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['alignCard', 'plainBackground'],
  },
  idCardInvalid: {
    service: 'idCardOcr',
    codes: '66661011',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['originalCard', 'focus'],
  },
  idCardAuthorityUnreadable: {
    service: 'idCardOcr',
    codes: '66661012',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['cardBack', 'focus', 'avoidGlare'],
  },
  idCardProcessingFailed: {
    service: 'idCardOcr',
    codes: '66661099',
    kind: 'error',
    audience: 'integrator',
    retry: 'now',
    tips: [],
    source: 'ID-card OCR error codes, cloud.tencent.com/document/product/1007/47902',
  },
  idCardEncryptionFailed: {
    service: 'idCardOcr',
    codes: '300101',
    kind: 'error',
    audience: 'integrator',
    retry: 'restart',
    tips: [],
    source: 'ID-card OCR error codes, cloud.tencent.com/document/product/1007/47902',
  },

  // ── bankCardOcr (银行卡 OCR) ───────────────────────────────────────────────────────────────
  bankCardSuccess: {
    service: 'bankCardOcr',
    codes: '0',
    kind: 'success',
    audience: 'user',
    retry: 'none',
    tips: [],
  },
  bankCardParameterTooLong: {
    service: 'bankCardOcr',
    codes: '66660000/-1304',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  bankCardUnrecognized: {
    service: 'bankCardOcr',
    codes: '-9011',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['alignCard', 'light', 'focus'],
  },
  bankCardBlurry: {
    service: 'bankCardOcr',
    codes: '-9012',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['focus', 'holdSteady'],
  },
  bankCardNotFound: {
    service: 'bankCardOcr',
    codes: '-9013',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['alignCard', 'plainBackground'],
  },
  bankCardNumberInvalid: {
    service: 'bankCardOcr',
    codes: '-9014',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['avoidGlare', 'cardUncovered'],
  },
  bankCardWarningDateInvalid: {
    service: 'bankCardOcr',
    codes: '-9110',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['focus', 'avoidGlare'],
  },
  bankCardWarningBorderIncomplete: {
    service: 'bankCardOcr',
    codes: '-9111',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['alignCard'],
  },
  bankCardWarningGlare: {
    service: 'bankCardOcr',
    codes: '-9112',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['avoidGlare'],
    source: 'bank-card OCR page, cloud.tencent.com/document/product/1007 (-9112 银行卡反光)',
  },
  bankCardWarningPhotocopy: {
    service: 'bankCardOcr',
    codes: '-9113',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['originalCard'],
  },
  bankCardWarningScreenPhoto: {
    service: 'bankCardOcr',
    codes: '-9114',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['originalCard'],
  },
  bankCardWarningExpired: {
    service: 'bankCardOcr',
    codes: '66661009',
    kind: 'warning',
    audience: 'user',
    retry: 'none',
    tips: ['validCard'],
  },

  // ── twoFactor (二要素) ─────────────────────────────────────────────────────────────────────
  twoFactorSuccess: {
    service: 'twoFactor',
    codes: '0',
    kind: 'success',
    audience: 'user',
    retry: 'none',
    tips: [],
  },
  twoFactorAppIdNotFound: {
    service: 'twoFactor',
    codes: '66660001',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  twoFactorServiceExpired: {
    service: 'twoFactor',
    codes: '66660002',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  twoFactorServiceFailed: {
    service: 'twoFactor',
    codes: '66660008/66660009/66660012',
    kind: 'error',
    audience: 'integrator',
    retry: 'now',
    tips: [],
  },
  twoFactorNameIdMismatch: {
    service: 'twoFactor',
    codes: '66660010',
    kind: 'error',
    audience: 'identity',
    retry: 'correctDetails',
    tips: ['checkDetails'],
  },
  twoFactorNameOrIdInvalid: {
    service: 'twoFactor',
    codes: '66660015',
    kind: 'error',
    audience: 'identity',
    retry: 'correctDetails',
    tips: ['checkDetails'],
  },

  // ── licenseOcr (驾驶证、行驶证 OCR) ─────────────────────────────────────────────────────────
  licenseImageUnreadable: {
    service: 'licenseOcr',
    codes: '-1102',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['focus', 'holdSteady'],
  },
  licenseImageEmpty: {
    service: 'licenseOcr',
    codes: '-1300',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['alignCard'],
  },
  licenseParameterEmpty: {
    service: 'licenseOcr',
    codes: '-1301',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  licenseParameterTooLong: {
    service: 'licenseOcr',
    codes: '-1304',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  licenseTypeInvalid: {
    service: 'licenseOcr',
    codes: '-9001',
    kind: 'error',
    audience: 'integrator',
    retry: 'contactSupport',
    tips: [],
  },
  licenseRecognitionFailed: {
    service: 'licenseOcr',
    codes: '-9002',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['originalCard', 'alignCard', 'light'],
  },
  licenseImageInvalid: {
    service: 'licenseOcr',
    codes: '-9005',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['alignCard', 'focus'],
  },
  licensePreprocessingFailed: {
    service: 'licenseOcr',
    codes: '-9006',
    kind: 'error',
    audience: 'user',
    retry: 'now',
    tips: ['avoidGlare', 'plainBackground', 'focus'],
  },
} as const satisfies Record<string, CatalogueRow>;

export type EntryId = keyof typeof CATALOGUE;

/**
 * ID-card OCR warnings: an 8-character `0`/`1` string read left to right, position 1 first.
 * Positions 1, 4 and 6 are fixed by Tencent's own example (`10010100`); 2, 3 and 5 by public
 * integrator code that follows the IDCardOCR warning order. Positions 7 and 8 are documented nowhere
 * public: they map to a generic warning and are marked unconfirmed.
 */
export const ID_CARD_WARNINGS = [
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
}[];

export type IdCardWarningId = (typeof ID_CARD_WARNINGS)[number]['id'];
