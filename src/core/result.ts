import { SERVICES, type Service } from './catalogue';
import { isArray, normalizeCode, ownItems, readField, toRawText } from './input';
import {
  type BankCardWarning,
  decodeIdCardWarnings,
  type IdCardWarning,
  parseBankCardWarnings,
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
  /** Cloud API 3.0 `GetDetectInfoEnhanced` / `GetDetectInfo`: `Text.ErrCode`, `DetectDetail.Errcode`. */
  | 'detectInfo'
  /** Cloud API 3.0 `GetFaceIdResult`: `{ Result }`. */
  | 'faceIdResult'
  | 'unknown';

export interface ResultCode {
  /** Normalized code, or the raw text (truncated) when the field held something else. */
  readonly code: string;
  /** The field it was read from, as a path (`result.frontCode`, `Text.ErrCode`). */
  readonly field: string;
  readonly side?: CardSide;
}

export type ResultWarning =
  | (IdCardWarning & { readonly service: 'idCardOcr'; readonly side?: CardSide })
  | (BankCardWarning & { readonly service: 'bankCardOcr' });

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
  if (field.length > MAX_JSON_LENGTH || !field.trimStart().startsWith('{')) return undefined;
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

class Collector {
  codes: ResultCode[] = [];
  warnings: ResultWarning[] = [];
  malformed = false;
  private seenWarnings = new Set<string>();

  code(value: unknown, field: string, side?: CardSide): void {
    if (value === undefined || value === null || value === '') return;
    const code = normalizeCode(value);
    if (code === undefined) this.malformed = true;
    this.codes.push({ code: code ?? toRawText(value), field, ...(side ? { side } : {}) });
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

  bankCard(value: unknown): void {
    const parsed = parseBankCardWarnings(value);
    this.malformed ||= parsed.malformed;
    for (const warning of parsed.warnings) {
      if (this.seenWarnings.has(`bank:${warning.code}`)) continue;
      this.seenWarnings.add(`bank:${warning.code}`);
      this.warnings.push({ ...warning, service: 'bankCardOcr' });
    }
  }
}

/**
 * Reads any FaceID result object the integrator holds (server query, OCR result, Cloud API 3.0
 * response, with or without its `Response` wrapper) into its codes, service and warnings.
 * Never throws; an unrecognized value gives `shape: 'unknown'` and no codes.
 */
export function readResult(value: unknown, options?: ReadResultOptions): ResultReading {
  const found = new Collector();
  let shape: ResultShape = 'unknown';
  let service: Service = 'faceVerify';
  const root = has(value, 'Response') ? objectAt(value, 'Response') : value;
  const result = objectAt(root, 'result');

  if (has(result, 'frontCode') || has(result, 'backCode') || has(result, 'frontMultiWarning')) {
    shape = 'ocrResult';
    service = 'idCardOcr';
    found.code(readField(root, 'code'), 'code');
    for (const side of ['front', 'back'] as const) {
      found.code(readField(result, `${side}Code`), `result.${side}Code`, side);
      found.idCard(readField(result, `${side}MultiWarning`), side);
      found.idCard(readField(result, `${side}WarnCode`), side);
    }
  } else if (has(result, 'multiWarning') || has(result, 'warning')) {
    shape = 'idCardOcr';
    service = 'idCardOcr';
    found.code(readField(root, 'code'), 'code');
    found.idCard(readField(result, 'multiWarning'));
    found.idCard(readField(result, 'warning'));
  } else if (has(result, 'multiWarningCode') || has(result, 'warningCode')) {
    shape = 'bankCardOcr';
    service = 'bankCardOcr';
    found.code(readField(root, 'code'), 'code');
    found.bankCard(readField(result, 'multiWarningCode'));
    found.bankCard(readField(result, 'warningCode'));
  } else if (has(root, 'code')) {
    shape = 'faceRecord';
    found.code(readField(root, 'code'), 'code');
  } else {
    const detect = has(root, 'DetectInfo') ? objectAt(root, 'DetectInfo') : root;
    const text = objectAt(detect, 'Text');
    const liveness = readField(text, 'LivenessDetail');
    const details = liveness ?? readField(detect, 'DetectDetail');
    const detailsPath = liveness === undefined ? 'DetectDetail' : 'Text.LivenessDetail';
    if (text !== undefined || isArray(details)) {
      shape = 'detectInfo';
      found.code(readField(text, 'ErrCode'), 'Text.ErrCode');
      const items = ownItems(details, 32);
      // An array that throws when read (a Proxy) is unreadable.
      if (!items) found.malformed = true;
      items?.forEach((detail, i) => {
        found.code(readField(detail, 'Errcode'), `${detailsPath}[${i}].Errcode`);
      });
    } else if (has(root, 'Result')) {
      shape = 'faceIdResult';
      found.code(readField(root, 'Result'), 'Result');
    }
  }

  // An invalid override (a typo, `null`) does not replace the service the shape tells.
  const override = readField(options, 'service');
  return {
    shape,
    service: isService(override) ? override : service,
    codes: found.codes,
    warnings: found.warnings,
    malformed: found.malformed,
  };
}
