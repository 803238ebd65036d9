/**
 * The rendering baseline: a banner written by hand for one code, with strings looked up once
 * (outside the measured loop) and the same markup as `FaceVerifyErrorBanner` renders for it —
 * checked byte for byte (ids aside) before measuring. No library code.
 */

import CATALOGUES from 'virtual:faceid-guidance/catalogues';
import { createInstance } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The code every render benchmark shows: no blink, three tips, "try again", a support line. */
export const BENCH_CODE = '-5018';
export const BENCH_ORDER_NO = 'bench-order-1';

export interface HandwrittenStrings {
  readonly title: string;
  readonly description: string;
  readonly tipsHeading: string;
  readonly tips: readonly { readonly tip: string; readonly text: string; readonly icon: string }[];
  readonly retry: string;
  readonly supportCode: string;
  readonly reference: string;
}

// The host app's own drawings; the same glyphs as the library's, to keep the markup equal.
const ERROR_ICON = 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0M12 7v6M12 16.5v.5';
const TIP_ICONS: Readonly<Record<string, string>> = {
  blink: 'M2 12s4-6 10-6 10 6 10 6-4 6-10 6S2 12 2 12zM10 12a2 2 0 1 0 4 0a2 2 0 1 0-4 0',
  noGlasses: 'M2 10h8v4H2zM14 10h8v4h-8zM3 21L21 3',
  faceInFrame: 'M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5M7 12a5 5 0 1 0 10 0a5 5 0 1 0-10 0',
};

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The banner's strings, through an i18next `t` for the `faceid` namespace. */
function stringsFrom(t: Translate): HandwrittenStrings {
  return {
    title: t('codes.faceVerifyNoBlink.title'),
    description: t('codes.faceVerifyNoBlink.description'),
    tipsHeading: t('ui.tipsHeading'),
    tips: ['blink', 'noGlasses', 'faceInFrame'].map((tip) => ({
      tip,
      text: t(`tips.${tip}`),
      icon: TIP_ICONS[tip] ?? '',
    })),
    retry: t('ui.actions.retry'),
    supportCode: t('ui.support.code', { code: BENCH_CODE }),
    reference: t('ui.support.reference', { reference: BENCH_ORDER_NO }),
  };
}

/** An isolated i18next instance with the English catalogue, as a server makes per request. */
export function handwrittenInstance() {
  const i18n = createInstance();
  void i18n.init({
    lng: 'en',
    resources: { en: { faceid: CATALOGUES.en ?? {} } },
    ns: ['faceid'],
    defaultNS: 'faceid',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** The strings, from the English locale through a new i18next instance. */
export function handwrittenStrings(): HandwrittenStrings {
  return stringsFrom(handwrittenInstance().getFixedT('en', 'faceid'));
}

function Icon({ d }: { d: string | undefined }) {
  return (
    <svg className="faceid-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export function HandwrittenBanner({
  strings,
  onRetry,
  drawings = true,
}: {
  strings: HandwrittenStrings;
  onRetry: () => void;
  /**
   * Whether the tips' drawings are in the markup. The library's are a chunk of their own, which
   * server rendering never waits for: its server markup has the boxes only.
   */
  drawings?: boolean;
}) {
  const titleId = useId();
  const referenceId = useId();
  return (
    <div
      lang="en"
      data-kind="error"
      data-service="faceVerify"
      data-code={BENCH_CODE}
      data-id="faceVerifyNoBlink"
      data-audience="user"
      data-retry="now"
      className="faceid-banner faceid-face-banner"
      data-state="ready"
    >
      <div className="faceid-message" role="alert">
        <Icon d={ERROR_ICON} />
        <div>
          <h2 id={titleId} className="faceid-title">
            {strings.title}
          </h2>
          <p className="faceid-description">{strings.description}</p>
        </div>
      </div>
      <ul aria-label={strings.tipsHeading} className="faceid-tips">
        {strings.tips.map(({ tip, text, icon }) => (
          <li key={tip} className="faceid-tip" data-tip={tip}>
            <Icon d={drawings ? icon : undefined} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
      <div className="faceid-actions">
        <button type="button" className="faceid-button" data-variant="primary" onClick={onRetry}>
          {strings.retry}
        </button>
      </div>
      <div className="faceid-reference">
        <p id={referenceId}>
          <span>{strings.supportCode}</span>
          <span>{strings.reference}</span>
        </p>
      </div>
    </div>
  );
}

/**
 * For reference, not a baseline: the same hand-written banner, translating its strings on every
 * render as an app using react-i18next would (`useTranslation('faceid')` under an I18nextProvider).
 */
export function HandwrittenTranslatedBanner({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('faceid');
  // Rendered on the server only, as the library's banner is there: boxes without drawings.
  return (
    <HandwrittenBanner strings={stringsFrom(t as Translate)} onRetry={onRetry} drawings={false} />
  );
}

/** Markup with React's generated ids blanked, for comparing two trees' output. */
export const withoutIds = (html: string) => html.replace(/ id="[^"]*"/g, ' id=""');
