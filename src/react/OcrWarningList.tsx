import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId } from 'react';
import type { Tip } from '../core/catalogue';
import type { MessageKeys } from '../core/describe';
import { isArray, toRawText } from '../core/input';
import { copyKeys, tipKey, warningCopy } from '../core/keys';
import type { CardSide } from '../core/result';
import { decodeIdCardWarnings, parseWarningCodes, type WarningCodeService } from '../core/warnings';
import { headingTag, type Layout, layoutOf } from './heading';
import { glyph, statusGlyph, useTipGlyphs } from './icons';
import { useFaceIdTranslation } from './useFaceIdGuidance';

export interface OcrWarningListProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children'> {
  /**
   * The raw warning value: an ID-card 8-character string (`idCardOcr`), or a list of warning
   * codes: bank-card warnings, mainland ID-card warning codes (`idCardWarningCode`: DetectAuth
   * `WarnInfos`, API 3.0 `Warnings`), eKYC `WarnCardInfos` (`intlCardWarning`).
   */
  warnings: unknown;
  service: 'idCardOcr' | WarningCodeService;
  /** Which side of the card the warnings are about. */
  side?: CardSide;
  /**
   * Warnings the host treats as blocking: ID-card warning ids (`'photocopy'`) or positions (`2`),
   * bank-card codes (`'-9113'`). Warnings pass by default, as Tencent's documentation says.
   */
  blocking?: readonly (string | number)[];
  /** Retake the photo: offered always, and the only way on when a warning is blocking. */
  onRetake?: () => void;
  /** Go on with the accepted photo: offered when no warning is blocking. */
  onContinue?: () => void;
  /** A card among the page's content, or the whole page (the actions pinned to the bottom). @default 'banner' */
  layout?: Layout;
  /** The live-region role. @default 'status' */
  role?: 'alert' | 'status';
  /** The heading level. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Overrides the provider's language. */
  lng?: string;
}

interface ListedWarning {
  key: string;
  matches: readonly string[];
  messageKeys: MessageKeys;
  tips: readonly Tip[];
}

/** The services a warning list reads (`service`). */
const LIST_SERVICES: readonly unknown[] = [
  'idCardOcr',
  'bankCardOcr',
  'idCardWarningCode',
  'intlCardWarning',
] satisfies OcrWarningListProps['service'][];

/** The ID-card warnings whose copy advises no retake: a temporary card, a skipped check. */
const NO_RETAKE_ADVICE: readonly string[] = [
  copyKeys(warningCopy('temporaryCard')).title,
  copyKeys(warningCopy('checkSkipped')).title,
];

/**
 * The host's blocking warnings as strings: a list, or one id, position or code on its own (what a
 * JavaScript caller means by `blocking="photocopy"`); anything else blocks nothing.
 */
function blockingList(blocking: unknown): string[] {
  const items = isArray(blocking) ? blocking : [blocking];
  return items
    .filter(
      (item) => typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item)),
    )
    .map(String);
}

function listWarnings(warnings: unknown, service: OcrWarningListProps['service']) {
  if (service !== 'idCardOcr') {
    const parsed = parseWarningCodes(warnings, service);
    return {
      malformed: parsed.malformed,
      list: parsed.warnings.map<ListedWarning>((w) => ({
        key: w.code,
        matches: [w.code, w.id],
        ...w,
      })),
    };
  }
  const decoded = decodeIdCardWarnings(warnings);
  const list: ListedWarning[] = [];
  for (const w of decoded.warnings) {
    // Positions 7 and 8 share one generic message: list it once, blockable by either position.
    const listed = list.find((item) => item.key === w.id);
    if (listed) listed.matches = [...listed.matches, String(w.position)];
    else list.push({ key: w.id, matches: [w.id, String(w.position)], ...w });
  }
  return { malformed: decoded.malformed, list };
}

/**
 * The warnings of an accepted OCR photo (photocopy, glare, border cut off…), each with a tip, and
 * the way on: "continue anyway" unless the host marks one of them blocking, then "retake".
 * Renders nothing when there is no warning, or when the value is malformed (nothing is invented).
 */
export const OcrWarningList = /* @__PURE__ */ forwardRef<HTMLDivElement, OcrWarningListProps>(
  function OcrWarningList(
    {
      warnings,
      service,
      side,
      blocking,
      onRetake: retake,
      onContinue: proceed,
      layout,
      role,
      headingLevel,
      lng,
      className,
      ...rest
    },
    ref,
  ) {
    // Read defensively: a JavaScript caller may pass anything.
    const onRetake = typeof retake === 'function' ? retake : undefined;
    const onContinue = typeof proceed === 'function' ? proceed : undefined;
    const blockingItems = blockingList(blocking);
    const { ready, error, text, language } = useFaceIdTranslation(lng);
    const glyphs = useTipGlyphs();
    const headingId = useId();
    const { malformed, list } = listWarnings(warnings, service);

    useEffect(() => {
      // Development only: production builds drop the warning.
      if (process.env.NODE_ENV !== 'production' && malformed) {
        console.warn(
          `[faceid-guidance] OcrWarningList: malformed ${toRawText(service)} warning value ignored.`,
        );
      }
    }, [malformed, service]);

    if (list.length === 0) return null;
    const blocked = list.some((w) => w.matches.some((m) => blockingItems.includes(m)));
    // The ID-card warnings advise a retake ("建议重拍"): then retaking is the primary action, not
    // "continue anyway". The bank card's say "if you want to retake", as do a temporary card and a
    // skipped check: continuing stays primary.
    const advisesRetake =
      service !== 'bankCardOcr' &&
      list.some((w) => !NO_RETAKE_ADVICE.includes(w.messageKeys.title));
    const offered: ('retake' | 'continue')[] = [];
    if (onRetake) offered.push('retake');
    if (onContinue && !blocked) offered.push('continue');
    const actionOrder = blocked || advisesRetake ? offered : offered.reverse();
    const Heading = headingTag(headingLevel, 3);
    const idCard = service === 'idCardOcr';
    const sideKey =
      side === 'front'
        ? idCard
          ? 'ui.sides.idCardFront'
          : 'ui.sides.front'
        : side === 'back'
          ? idCard
            ? 'ui.sides.idCardBack'
            : 'ui.sides.back'
          : undefined;
    const sideLabel = sideKey ? text(sideKey) : null;
    // (None on the floor.)
    const note = text(blocked ? 'ui.warnings.blockingNote' : 'ui.warnings.passNote');

    // The way on right under the heading (in view on a small phone however many warnings); at
    // the end of a screen, where the stylesheet pins it to the bottom.
    const screen = layout === 'screen';
    const actions =
      onRetake || (onContinue && !blocked) ? (
        <div className="faceid-actions">
          {actionOrder.map((action, at) => (
            <button
              key={action}
              type="button"
              className="faceid-button"
              data-variant={at === 0 ? 'primary' : 'secondary'}
              onClick={action === 'retake' ? onRetake : onContinue}
            >
              {action === 'retake'
                ? text('ui.actions.retake')
                : text('ui.actions.continueAnyway') || text('ui.actions.continue')}
            </button>
          ))}
        </div>
      ) : null;
    return (
      <div
        lang={language}
        {...rest}
        ref={ref}
        className={
          typeof className === 'string' && className
            ? `faceid-warnings ${className}`
            : 'faceid-warnings'
        }
        // Only values of the props' own shape: a JS caller's object would throw in React's
        // attribute conversion.
        data-service={LIST_SERVICES.includes(service) ? service : undefined}
        data-side={side === 'front' || side === 'back' ? side : undefined}
        data-blocking={blocked ? '' : undefined}
        data-tone="capture"
        data-layout={layoutOf(layout)}
        aria-busy={!ready && error === undefined ? 'true' : undefined}
      >
        <div className="faceid-message" role={role === 'alert' ? 'alert' : 'status'}>
          {statusGlyph('capture')}
          <div>
            <Heading id={headingId} className="faceid-title">
              {sideLabel ? <span className="faceid-side">{sideLabel}</span> : null}
              {text('ui.warnings.heading', { count: list.length }) || text('ui.floor.warning')}
            </Heading>
            {note ? <p className="faceid-description">{note}</p> : null}
          </div>
        </div>
        {screen ? null : actions}
        {/* Before the strings are there, and after every download of them failed: the floor's
            title and actions, in the page's language; the warnings once they can be said. */}
        {ready ? (
          <ul className="faceid-warning-items">
            {list.map((w) => (
              <li key={w.key} className="faceid-warning" data-warning={w.key}>
                {w.tips[0] ? glyph(glyphs?.[w.tips[0]]) : null}
                <strong>{text(w.messageKeys.title)}</strong>
                <span>{text(w.messageKeys.description)}</span>
                {w.tips[0] ? (
                  <span className="faceid-warning-tip">{text(tipKey(w.tips[0]))}</span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {screen ? actions : null}
      </div>
    );
  },
);
