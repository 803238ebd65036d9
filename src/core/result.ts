import { SERVICES, type Service } from './catalogue';
import { isArray, normalizeApiCode, normalizeCode, ownItems, readField, toRawText } from './input';
import {
  type BankCardWarning,
  decodeIdCardWarnings,
  type IdCardWarning,
  parseWarningCodes,
  type WarningCodeService,
} from './warnings';

export type CardSide = 'front' | 'back';

/** The response shapes `readResult` knows (domain brief §3). */
export type ResultShape =
  /** `queryfacerecord`: `{ code, msg, result }`. */
  | 'faceRecord'
  /** `idcardocrapp`: `{ code, result: { warning, multiWarning } }`. */
  | 'idCardOcr'
  /** `bankcardocrapp`: `{ code, result: { warningCode, multiWarningCode } }`. */
  | 'bankCardOcr'
  /** `getOcrResult` with front and back: `{ code, result: { frontCode, backCode, frontMultiWarning… } }`. */
  | 'ocrResult'
  /**
   * DetectAuth `GetDetectInfoEnhanced` / `GetDetectInfo`: `Text.ErrCode`, `Text.LivenessDetail[]`
   * (or `DetectDetail[]`), `Text.LivenessInfoTag`, 意愿核身 results, `IdCardData` warnings.
   */
  | 'detectInfo'
  /** E证通 `GetEidResult`: the same `Text` as `detectInfo`, beside `EidInfo`. */
  | 'eidResult'
  /** eKYC `GetWebVerificationResultIntl`: `ErrorCode`, `VerificationDetailList[]`, `OCRResult[]`. */
  | 'webVerificationIntl'
  /** eKYC App SDK `GetSdkVerificationResult`: `Result`, `CompareResults[]`, `CardVerifyResults[]`. */
  | 'sdkVerification'
  /** A Cloud API 3.0 error: `Response.Error.Code`. */
  | 'apiError'
  /**
   * Cloud API 3.0 `GetFaceIdResult` (慧眼 SDK): a numeric `Result`, a DetectAuth code (Tencent:
   * "参考 1007/47912"), and `LivenessInfoTag`, read in `faceIdLivenessTag`. `GetFaceIdResultIntl`
   * has the same shape and the eKYC App SDK's codes: `options.service` (`ekycSdk`) says so.
   */
  | 'faceIdResult'
  /**
   * The Cloud API 3.0 APIs that answer in `Result` with a Cloud API string (`LivenessCompare`,
   * `ImageRecognition`, `CheckIdCardInformation`…): `"Success"` or `"FailedOperation.*"`, and for
   * `CheckIdCardInformation` / `IdCardOCRVerification` the ID-card warning codes of `Warnings`.
   */
  | 'apiResult'
  | 'unknown';

export interface ResultCode {
  /** Normalized code, or the raw text (truncated) when the field held something else. */
  readonly code: string;
  /** The field it was read from, as a path (`result.frontCode`, `Text.ErrCode`). */
  readonly field: string;
  /**
   * The service to read this code in: fields of one response belong to different number spaces
   * (`Text.ErrCode` is `detectAuth`, `Text.LivenessInfoTag` `livenessTag`, 意愿核身's
   * `FinalResultDetailCode` `intention`…). `options.service` overrides the shape's main service.
   */
  readonly service: Service;
  readonly side?: CardSide;
}

export type ResultWarning =
  | (IdCardWarning & { readonly service: 'idCardOcr'; readonly side?: CardSide })
  | (BankCardWarning & { readonly service: WarningCodeService; readonly side?: CardSide });

/** Whether an attempt is billed, as the result says (`LivenessDetail[].IsNeedCharge`). */
export interface ResultBilling {
  /** The field, as a path (`Text.LivenessDetail[0].IsNeedCharge`). */
  readonly field: string;
  readonly charged: boolean;
}

export interface ResultReading {
  readonly shape: ResultShape;
  /** The service to read the codes in: from the shape, or `options.service` when given. */
  readonly service: Service;
  /** The response codes found, most important first (the top-level code, then per side). */
  readonly codes: readonly ResultCode[];
  /** The OCR warnings the result carries, deduplicated. */
  readonly warnings: readonly ResultWarning[];
  /** True when a code or warning field held something unreadable. */
  readonly malformed: boolean;
  /**
   * For integrator diagnostics: whether each attempt was billed (`IsNeedCharge`), where the result
   * says. Absent when it does not.
   */
  readonly billing?: readonly ResultBilling[];
  /** The Cloud API `RequestId`, for Tencent support (trimmed, truncated); absent when none. */
  readonly requestId?: string;
}

export interface ReadResultOptions {
  /** Overrides the service inferred from the shape. */
  readonly service?: Service;
}

const MAX_JSON_LENGTH = 256 * 1024;

/** An object field, following a JSON string (Cloud API's `DetectInfo` is JSON text). */
function objectAt(value: unknown, key: string): unknown {
  const field = readField(value, key);
  if (typeof field !== 'string') return field;
  if (field.length > MAX_JSON_LENGTH || !/^\s*\{/.test(field)) return undefined;
  try {
    return JSON.parse(field) as unknown;
  } catch {
    return undefined;
  }
}

function isService(value: unknown): value is Service {
  return (SERVICES as readonly unknown[]).includes(value);
}

function has(value: unknown, key: string): boolean {
  return readField(value, key) !== undefined;
}

/** At most this many attempts, answers or warnings lists are read from one result. */
const MAX_ITEMS = 32;

class Collector {
  codes: ResultCode[] = [];
  warnings: ResultWarning[] = [];
  billing: ResultBilling[] = [];
  malformed = false;
  private seenWarnings = new Set<string>();

  code(value: unknown, field: string, service: Service, side?: CardSide): void {
    if (value === undefined || value === null || value === '') return;
    const code = service === 'cloudApi' ? normalizeApiCode(value) : normalizeCode(value);
    if (code === undefined) this.malformed = true;
    this.codes.push({
      code: code ?? toRawText(value),
      field,
      service,
      ...(side ? { side } : {}),
    });
  }

  /** Each own element of an array field (a Proxy that throws is unreadable), with its index. */
  each(value: unknown, visit: (item: unknown, index: number) => void): void {
    const items = ownItems(value, MAX_ITEMS);
    if (!items) this.malformed = true;
    items?.forEach(visit);
  }

  /** The code fields of each attempt of a list (`root[list][i][field]`), read in `service`. */
  attempts(root: unknown, list: string, fields: readonly string[], service: Service): void {
    this.each(readField(root, list), (attempt, i) => {
      for (const field of fields)
        this.code(readField(attempt, field), `${list}[${i}].${field}`, service);
    });
  }

  /** A code field that may hold one code or a list of them (`LivenessInfoTag`, `ResultCode`). */
  codeList(value: unknown, field: string, service: Service): void {
    if (isArray(value)) {
      this.each(value, (item, i) => this.code(item, `${field}[${i}]`, service));
    } else if (typeof value === 'string' && /[,，;|\s]/.test(value.trim())) {
      const items = value
        .trim()
        .split(/[,，;|\s]+/)
        .slice(0, MAX_ITEMS);
      items.forEach((item, i) => {
        this.code(item, `${field}[${i}]`, service);
      });
    } else {
      this.code(value, field, service);
    }
  }

  charge(value: unknown, field: string): void {
    if (value === undefined || value === null) return;
    if (typeof value === 'boolean') this.billing.push({ field, charged: value });
    else this.malformed = true;
  }

  warningCodes(value: unknown, service: WarningCodeService, side?: CardSide): void {
    if (value === undefined || value === null) return;
    const parsed = parseWarningCodes(value, service);
    this.malformed ||= parsed.malformed;
    for (const warning of parsed.warnings) {
      const key = `${service}:${side}:${warning.code}`;
      if (this.seenWarnings.has(key)) continue;
      this.seenWarnings.add(key);
      this.warnings.push({ ...warning, service, ...(side ? { side } : {}) });
    }
  }

  idCard(value: unknown, side?: CardSide): void {
    const decoded = decodeIdCardWarnings(value);
    this.malformed ||= decoded.malformed;
    for (const warning of decoded.warnings) {
      const key = `id:${side}:${warning.position}`;
      if (this.seenWarnings.has(key)) continue;
      this.seenWarnings.add(key);
      this.warnings.push({ ...warning, service: 'idCardOcr', ...(side ? { side } : {}) });
    }
  }
}

/** 意愿核身's results, beside the face result of `GetDetectInfoEnhanced` / `GetEidResult`. */
function readIntention(found: Collector, root: unknown): void {
  const question = objectAt(root, 'IntentionQuestionResult');
  found.code(
    readField(question, 'FinalResultDetailCode'),
    'IntentionQuestionResult.FinalResultDetailCode',
    'intention',
  );
  found.code(
    readField(question, 'FinalResultCode'),
    'IntentionQuestionResult.FinalResultCode',
    'intentionResult',
  );
  found.codeList(
    readField(question, 'ResultCode'),
    'IntentionQuestionResult.ResultCode',
    'intentionAnswer',
  );
  const action = objectAt(root, 'IntentionActionResult');
  found.code(
    readField(action, 'FinalResultDetailCode'),
    'IntentionActionResult.FinalResultDetailCode',
    'intention',
  );
  const reading = objectAt(root, 'IntentionVerifyData');
  found.code(readField(reading, 'ErrorCode'), 'IntentionVerifyData.ErrorCode', 'intentionReading');
}

/**
 * Reads any FaceID result object the integrator holds (server query, OCR result, Cloud API 3.0
 * response, with or without its `Response` wrapper) into its codes, service and warnings.
 * Never throws; an unrecognized value gives `shape: 'unknown'` and no codes.
 */
export function readResult(value: unknown, options?: ReadResultOptions): ResultReading {
  // An invalid override (a typo, `null`) does not replace the service the shape tells.
  const requested = readField(options, 'service');
  const override = isService(requested) ? requested : undefined;
  const found = new Collector();
  let shape: ResultShape = 'unknown';
  let service: Service = 'faceVerify';
  const root = has(value, 'Response') ? objectAt(value, 'Response') : value;
  const result = objectAt(root, 'result');
  const text = objectAt(root, 'Text');

  if (has(root, 'Error')) {
    shape = 'apiError';
    service = 'cloudApi';
    found.code(readField(objectAt(root, 'Error'), 'Code'), 'Error.Code', 'cloudApi');
  } else if (
    has(result, 'frontCode') ||
    has(result, 'backCode') ||
    has(result, 'frontMultiWarning')
  ) {
    shape = 'ocrResult';
    service = 'idCardOcr';
    found.code(readField(root, 'code'), 'code', service);
    for (const side of ['front', 'back'] as const) {
      found.code(readField(result, `${side}Code`), `result.${side}Code`, service, side);
      found.idCard(readField(result, `${side}MultiWarning`), side);
      found.idCard(readField(result, `${side}WarnCode`), side);
    }
  } else if (has(result, 'multiWarning') || has(result, 'warning')) {
    shape = 'idCardOcr';
    service = 'idCardOcr';
    found.code(readField(root, 'code'), 'code', service);
    found.idCard(readField(result, 'multiWarning'));
    found.idCard(readField(result, 'warning'));
  } else if (has(result, 'multiWarningCode') || has(result, 'warningCode')) {
    shape = 'bankCardOcr';
    service = 'bankCardOcr';
    found.code(readField(root, 'code'), 'code', service);
    found.warningCodes(readField(result, 'multiWarningCode'), 'bankCardOcr');
    found.warningCodes(readField(result, 'warningCode'), 'bankCardOcr');
  } else if (has(root, 'code')) {
    shape = 'faceRecord';
    found.code(readField(root, 'code'), 'code', service);
  } else if (
    has(root, 'VerificationDetailList') ||
    has(root, 'OCRResult') ||
    has(root, 'ErrorCode')
  ) {
    shape = 'webVerificationIntl';
    service = 'detectAuth';
    found.code(readField(root, 'ErrorCode'), 'ErrorCode', service);
    found.attempts(
      root,
      'VerificationDetailList',
      ['ErrorCode', 'LivenessErrorCode', 'CompareErrorCode'],
      service,
    );
    found.each(readField(root, 'OCRResult'), (ocr) => {
      found.warningCodes(readField(ocr, 'WarnCardInfos'), 'intlCardWarning');
    });
  } else if (has(root, 'CompareResults') || has(root, 'CardVerifyResults')) {
    shape = 'sdkVerification';
    service = 'ekycSdk';
    found.code(readField(root, 'Result'), 'Result', service);
    found.attempts(
      root,
      'CompareResults',
      ['ErrorCode', 'LiveErrorCode', 'CompareErrorCode'],
      service,
    );
    found.each(readField(root, 'CardVerifyResults'), (card) => {
      found.warningCodes(readField(card, 'WarnCardInfos'), 'intlCardWarning');
    });
  } else {
    const detect = has(root, 'DetectInfo') ? objectAt(root, 'DetectInfo') : root;
    const detectText = detect === root ? text : objectAt(detect, 'Text');
    const liveness = readField(detectText, 'LivenessDetail');
    const details = liveness ?? readField(detect, 'DetectDetail');
    const detailsPath = liveness === undefined ? 'DetectDetail' : 'Text.LivenessDetail';
    if (detectText !== undefined || isArray(details)) {
      shape = has(detect, 'EidInfo') ? 'eidResult' : 'detectInfo';
      service = 'detectAuth';
      found.code(readField(detectText, 'ErrCode'), 'Text.ErrCode', service);
      found.each(details, (detail, i) => {
        found.code(readField(detail, 'Errcode'), `${detailsPath}[${i}].Errcode`, service);
        found.charge(readField(detail, 'IsNeedCharge'), `${detailsPath}[${i}].IsNeedCharge`);
      });
      found.codeList(
        readField(detectText, 'LivenessInfoTag'),
        'Text.LivenessInfoTag',
        'livenessTag',
      );
      readIntention(found, detect);
      const idCard = objectAt(detect, 'IdCardData');
      found.warningCodes(readField(idCard, 'WarnInfos'), 'idCardWarningCode', 'front');
      found.warningCodes(readField(idCard, 'BackWarnInfos'), 'idCardWarningCode', 'back');
    } else if (has(root, 'Result') || has(root, 'Warnings')) {
      // A number: `GetFaceIdResult`'s 慧眼 code (GetFaceIdResultIntl's look the same: the caller
      // says `{ service: 'ekycSdk' }`); else a Cloud API string (`Success`, `FailedOperation.*`).
      const value = readField(root, 'Result');
      const numeric = normalizeCode(value) !== undefined;
      shape = numeric ? 'faceIdResult' : 'apiResult';
      service = numeric ? 'detectAuth' : 'cloudApi';
      found.code(value, 'Result', service);
      if (numeric) {
        found.codeList(readField(root, 'LivenessInfoTag'), 'LivenessInfoTag', 'faceIdLivenessTag');
      }
      // CheckIdCardInformation / IdCardOCRVerification: ID-card warning codes joined with `|`.
      found.warningCodes(readField(root, 'Warnings'), 'idCardWarningCode');
    }
  }

  const requestId = readField(root, 'RequestId');
  return {
    shape,
    service: override ?? service,
    // The override stands for the shape's main service; fields of other number spaces keep theirs.
    codes: override
      ? found.codes.map((code) =>
          code.service === service ? { ...code, service: override } : code,
        )
      : found.codes,
    warnings: found.warnings,
    malformed: found.malformed,
    ...(found.billing.length > 0 ? { billing: found.billing } : {}),
    ...(typeof requestId === 'string' && requestId.trim() !== ''
      ? { requestId: toRawText(requestId, 64) }
      : {}),
  };
}
