import type { Service } from '../core/catalogue';
import { type BannerProps, GuidanceBanner } from './GuidanceBanner';

export interface FaceVerifyErrorBannerProps extends BannerProps {
  /** The service the code is read in: face verification, or two-factor; gateway codes resolve in both. @default 'faceVerify' */
  service?: Extract<Service, 'faceVerify' | 'twoFactor' | 'gateway'>;
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
export function FaceVerifyErrorBanner({ onRetry, ...props }: FaceVerifyErrorBannerProps) {
  return (
    <GuidanceBanner
      {...props}
      variant="faceid-face-banner"
      retryLabel="retry"
      onRetryNow={onRetry}
    />
  );
}
