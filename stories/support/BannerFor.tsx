import type { Service } from '../../src/core/catalogue';
import { SERVICE_PART } from '../../src/core/keys';
import { FaceIdResultBanner, type ResultService } from '../../src/react/FaceIdResultBanner';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import type { BannerProps } from '../../src/react/GuidanceBanner';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';

const OCR: readonly Service[] = ['idCardOcr', 'bankCardOcr', 'licenseOcr'];

export interface BannerForProps extends BannerProps {
  /** The service the code comes from: it picks the banner a host would show. */
  service: Service;
  /** The face and result banners' retry action. */
  onRetry?: () => void;
  /** OCR banners' retake action. */
  onRetake?: () => void;
}

/**
 * The banner a host shows for a code of `service`: the result banner for the results part's
 * services (DetectAuth, eKYC, 意愿核身, Cloud API), the OCR banner for OCR, the face banner for the
 * rest. One choice for the stories and the tests alike. Warnings are no banner: a host lists them
 * with `OcrWarningList`.
 */
export function BannerFor({ service, onRetry, onRetake, ...props }: BannerForProps) {
  if (SERVICE_PART[service] === 'results') {
    return <FaceIdResultBanner service={service as ResultService} onRetry={onRetry} {...props} />;
  }
  if (OCR.includes(service)) {
    return (
      <OcrErrorBanner
        service={service as 'idCardOcr' | 'bankCardOcr' | 'licenseOcr'}
        onRetake={onRetake}
        {...props}
      />
    );
  }
  return (
    <FaceVerifyErrorBanner
      service={service as 'faceVerify' | 'twoFactor' | 'gateway'}
      onRetry={onRetry}
      {...props}
    />
  );
}
