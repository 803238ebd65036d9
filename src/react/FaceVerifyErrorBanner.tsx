import { forwardRef } from 'react';
import { FACE_ROWS, GATEWAY_ROWS, type Service } from '../core/catalogue';
import { describerOf } from '../core/describe';
import { type BannerProps, GuidanceBanner } from './GuidanceBanner';
import { componentSource } from './useFaceIdGuidance';

/**
 * Reads gateway, face-verification and two-factor codes only: a face page's bundle carries no OCR
 * rows (a code of another service reads as unknown).
 */
const FACE_CODES = /* @__PURE__ */ componentSource(
  /* @__PURE__ */ describerOf(() => ({ ...GATEWAY_ROWS, ...FACE_ROWS })),
  ['faceid'],
);

export interface FaceVerifyErrorBannerProps extends BannerProps {
  /** The service the code is read in: face verification, two-factor, or the environment check's findings (`checkFaceVerifyEnvironment`); gateway codes resolve in each. @default 'faceVerify' */
  service?: Extract<Service, 'faceVerify' | 'twoFactor' | 'gateway' | 'environment'>;
  /** Shown as "Try again" for codes that can be retried (after the countdown for waits). */
  onRetry?: () => void;
}

/**
 * What the person sees after a face-verification attempt: the message, concrete tips with
 * illustrations, the next step the code calls for, and a support reference. Success (`0`) shows a
 * short success status instead.
 *
 * @example <FaceVerifyErrorBanner code={readH5Callback(location.href).code} onRetry={retry} />
 */
export const FaceVerifyErrorBanner = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FaceVerifyErrorBannerProps
>(function FaceVerifyErrorBanner(props, ref) {
  return (
    <GuidanceBanner
      banner={props}
      variant="faceid-face-banner"
      retryLabel="retry"
      source={FACE_CODES}
      forwardedRef={ref}
    />
  );
});
