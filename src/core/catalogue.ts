/**
 * The FaceID response-code catalogue: one entry per meaning, read within its service.
 *
 * Data only: no React, no i18next, no DOM. The official Chinese texts live in `official.ts` so that
 * the user-facing bundle can leave them out; the localized copy lives in `locales/<lng>/faceid.json`
 * under `codes.<id>`.
 */

import { readField } from './input.ts';

/** The six FaceID services. A code is always read within one of them. */
export const SERVICES = /* @__PURE__ */ Object.freeze([
  'gateway',
  'faceVerify',
  'idCardOcr',
  'bankCardOcr',
  'twoFactor',
  'licenseOcr',
] as const);
export type Service = (typeof SERVICES)[number];

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
  /** Alias codes with one meaning, separated by `/` as in the seed. */
  readonly codes: string;
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
}

/**
 * One catalogue row: [id, codes, kind, audience, retry, tips, diagnosed]. `diagnosed` (1) marks a
 * `user` entry that has an integrator diagnostic too; `integrator` entries always have one.
 */
export type Row<T extends Tip = Tip> = readonly [
  id: string,
  codes: string,
  kind: Kind,
  audience: Audience,
  retry: RetryRule,
  tips: readonly T[],
  diagnosed?: 1,
];

/*
 * Every row and alias of every seed table (73 rows, 86 service/code pairs), plus the documented
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
} as const satisfies Partial<Record<Service, readonly Row<FaceTip>[]>>;

/** Face verification and the two-factor check: what `FaceVerifyErrorBanner` reads. Face tips only. */
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
} as const satisfies Partial<Record<Service, readonly Row<FaceTip>[]>>;

/** ID-card, bank-card and licence OCR. */
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
    ['idCardNotAligned', '66661010', 'error', 'user', 'now', ['alignCard', 'plainSurface']],
    ['idCardInvalid', '66661011', 'error', 'user', 'now', ['originalCard', 'focus']],
    ['idCardAuthorityUnreadable', '66661012', 'error', 'user', 'now', ['cardBack', 'focus', 'avoidGlare']],
    ['idCardProcessingFailed', '66661099', 'error', 'integrator', 'now', []],
    ['idCardEncryptionFailed', '300101', 'error', 'integrator', 'restart', []],
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
} as const satisfies Partial<Record<Service, readonly Row<Tip>[]>>;

/** A group of rows by service, as a code reader takes them. */
export type RowsByService = Partial<Record<Service, readonly Row[]>>;

type AnyRow =
  | (typeof GATEWAY_ROWS)[keyof typeof GATEWAY_ROWS][number]
  | (typeof FACE_ROWS)[keyof typeof FACE_ROWS][number]
  | (typeof CARD_ROWS)[keyof typeof CARD_ROWS][number];

/** Every row, by service. */
export function allRows(): RowsByService {
  return { ...GATEWAY_ROWS, ...FACE_ROWS, ...CARD_ROWS };
}

/** The stable entry ids: keys of the message catalogues (`codes.<id>.title`). */
export type EntryId = AnyRow[0];

/** Calls `visit` with each row of `rows` as an entry, service by service in `SERVICES` order. */
export function forEachEntry(
  rows: RowsByService,
  visit: (id: EntryId, entry: CatalogueRow) => void,
): void {
  for (const service of SERVICES) {
    // Own rows only: a group without this service must not read a polluted `Object.prototype`.
    const own = readField(rows, service) as readonly Row[] | undefined;
    for (const [id, codes, kind, audience, retry, tips, diagnosed] of own ?? []) {
      visit(id as EntryId, {
        service,
        codes,
        kind,
        audience,
        retry,
        tips,
        diagnosed: audience === 'integrator' || diagnosed === 1,
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
