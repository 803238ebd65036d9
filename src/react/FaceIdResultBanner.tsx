import { forwardRef } from 'react';
import { GATEWAY_ROWS, RESULT_ROWS, type Service } from '../core/catalogue';
import { describerOf } from '../core/describe';
import { type BannerProps, GuidanceBanner } from './GuidanceBanner';
import { componentSource } from './useFaceIdGuidance';

/**
 * Reads the result codes of DetectAuth / E证通 / eKYC, the App SDKs, 意愿核身 and Cloud API 3.0
 * errors (and gateway codes): the bundle carries neither the H5 face rows nor the OCR rows.
 */
const RESULT_CODES = /* @__PURE__ */ componentSource(
  // A call, not `createCodeReader(…).describe`: bundlers keep a property read of an unused module
  // constant, and with it these rows in every page that imports the entry.
  /* @__PURE__ */ describerOf(() => ({ ...GATEWAY_ROWS, ...RESULT_ROWS })),
  // Literal names (a property read would keep this call, and every row, in every bundle).
  ['faceid', 'faceid-results'],
);

/** The services whose codes `FaceIdResultBanner` reads. */
export type ResultService = Extract<
  Service,
  | 'detectAuth'
  | 'livenessTag'
  | 'faceIdLivenessTag'
  | 'ekycSdk'
  | 'intention'
  | 'intentionReading'
  | 'intentionResult'
  | 'intentionAnswer'
  | 'cloudApi'
>;

export interface FaceIdResultBannerProps extends BannerProps {
  /**
   * The service the code is read in, which `readResult` reports for each code it finds
   * (`Text.ErrCode` → `detectAuth`, `Response.Error.Code` → `cloudApi`…). @default 'detectAuth'
   */
  service?: ResultService;
  /** Shown as "Try again" for codes that can be retried (after the countdown for waits). */
  onRetry?: () => void;
}

/**
 * What the person sees after a DetectAuth, E证通 or eKYC flow, once the page has its result: the
 * message, tips with illustrations, the next step the code calls for, and a support reference.
 *
 * @example
 * const { codes } = readResult(await fetchResult(bizToken));
 * <FaceIdResultBanner service={codes[0].service} code={codes[0].code} onRetry={restart} />
 */
export const FaceIdResultBanner = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FaceIdResultBannerProps
>(function FaceIdResultBanner({ service = 'detectAuth', ...props }, ref) {
  return (
    <GuidanceBanner
      banner={{ ...props, service }}
      variant="faceid-face-banner"
      retryLabel="retry"
      source={RESULT_CODES}
      forwardedRef={ref}
    />
  );
});
