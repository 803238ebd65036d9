import { forwardRef } from 'react';
import type { Service } from '../core/catalogue';
import { describeCode } from '../core/describe';
import { type BannerProps, GuidanceBanner } from './GuidanceBanner';
import { componentSource } from './useFaceIdGuidance';

const OCR_CODES = /* @__PURE__ */ componentSource(describeCode, ['faceid', 'faceid-card']);

export interface OcrErrorBannerProps extends BannerProps {
  /** The OCR service the code comes from. */
  service: Extract<Service, 'idCardOcr' | 'bankCardOcr' | 'licenseOcr'>;
  /** Shown as "Retake photo" for codes that a new photo can fix. */
  onRetake?: () => void;
}

/**
 * What the person sees when a card photo could not be read (wrong side, blurry, no card found,
 * expired card…), with retake guidance.
 *
 * @example <OcrErrorBanner service="idCardOcr" code="66661006" onRetake={retake} />
 */
export const OcrErrorBanner = /* @__PURE__ */ forwardRef<HTMLDivElement, OcrErrorBannerProps>(
  function OcrErrorBanner(props, ref) {
    return (
      <GuidanceBanner
        banner={props}
        variant="faceid-ocr-banner"
        retryLabel="retake"
        source={OCR_CODES}
        forwardedRef={ref}
      />
    );
  },
);
