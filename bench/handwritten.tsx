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
  /** The support line's text around the code, which sits in a `<bdi>` (right-to-left pages). */
  readonly supportCode: readonly [before: string, after: string];
  readonly reference: readonly [before: string, after: string];
  readonly copy: string;
}

// The host app's own drawings; the same glyphs as the library's, to keep the markup equal.
/** A camera: the mark of a capture problem. */
const CAPTURE_ICON = 'M3 7h4l2-3h6l2 3h4v13H3zM8 13a4 4 0 1 0 8 0a4 4 0 1 0-8 0';
const TIP_ICONS: Readonly<Record<string, string>> = {
  blink: 'M3 10q9 8 18 0M6 13l-2 3M12 15v3M18 13l2 3',
  noGlasses:
    'M2 14a4 4 0 1 0 8 0a4 4 0 1 0-8 0M14 14a4 4 0 1 0 8 0a4 4 0 1 0-8 0M10 13q2-1.5 4 0M3 3l18 18',
  faceInFrame: 'M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5M9 9v1M15 9v1M12 9v4h-1M9 16q3 2 6 0',
};

/** A sentence's text before and after a value, read with a marker in the value's place. */
const around = (t: Translate, key: string, name: string): readonly [string, string] => {
  const [before = '', after = ''] = t(key, { [name]: '\u0000' }).split('\u0000');
  return [before, after];
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
    supportCode: around(t, 'ui.support.code', 'code'),
    reference: around(t, 'ui.support.reference', 'reference'),
    copy: t('ui.actions.copy'),
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
    <svg
      className="faceid-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

export function HandwrittenBanner({
  strings,
  onRetry,
  drawings = true,
  copy = true,
}: {
  strings: HandwrittenStrings;
  onRetry: () => void;
  /** Whether the Copy button is there: the library's shows once hydrated, not in server markup. */
  copy?: boolean;
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
      data-tone="capture"
      className="faceid-banner faceid-face-banner"
      data-state="ready"
    >
      <div className="faceid-message" role="alert">
        <Icon d={CAPTURE_ICON} />
        <div>
          <h2 id={titleId} className="faceid-title">
            {strings.title}
          </h2>
          <p className="faceid-description">{strings.description}</p>
        </div>
      </div>
      <div className="faceid-actions">
        <button type="button" className="faceid-button" data-variant="primary" onClick={onRetry}>
          {strings.retry}
        </button>
      </div>
      <ul aria-label={strings.tipsHeading} className="faceid-tips">
        {strings.tips.map(({ tip, text, icon }) => (
          <li key={tip} className="faceid-tip" data-tip={tip}>
            <Icon d={drawings ? icon : undefined} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
      <div className="faceid-reference">
        <p id={referenceId}>
          <span>
            {strings.supportCode[0]}
            <bdi dir="ltr">{BENCH_CODE}</bdi>
            {strings.supportCode[1]}
          </span>
          <span>
            {strings.reference[0]}
            <bdi dir="ltr">{BENCH_ORDER_NO}</bdi>
            {strings.reference[1]}
          </span>
        </p>
        {copy ? (
          <button type="button" className="faceid-copy" aria-describedby={referenceId}>
            {strings.copy}
          </button>
        ) : null}
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
    <HandwrittenBanner
      strings={stringsFrom(t as Translate)}
      onRetry={onRetry}
      drawings={false}
      copy={false}
    />
  );
}

/**
 * Markup with React's generated ids (and the references to them) blanked and each tag's attributes
 * in one order, for comparing two trees' output: React appends an attribute added by a later
 * render (the library's tips get their label once loaded) after the others.
 */
export const withoutIds = (html: string) =>
  html
    .replace(/ (id|aria-describedby|aria-labelledby)="[^"]*"/g, ' $1=""')
    .replace(
      /<([a-z0-9]+)((?: [^\s=>]+(?:="[^"]*")?)*)>/g,
      (_, tag: string, attributes: string) => {
        const sorted = (attributes.match(/ [^\s=>]+(?:="[^"]*")?/g) ?? []).sort().join('');
        return `<${tag}${sorted}>`;
      },
    );
