import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { Service } from '../core/catalogue';
import type { CodeDescription } from '../core/describe';
import { isReferenceShaped } from '../core/input';
import { TipList } from './GuidanceTips';
import { headingTag, type Layout, layoutOf } from './heading';
import type { FaceIdText } from './i18n';
import { statusGlyph, toneOf } from './icons';
import {
  type Guidance,
  type GuidanceSource,
  type LocalizedTip,
  useGuidance,
  useHydrated,
} from './useFaceIdGuidance';

export interface BannerProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children' | 'title'> {
  /** The response code: any raw value (URL parameter, JSON field). Bad values show a fallback. */
  code: unknown;
  /** How many attempts have failed so far; from `escalateAfter` on, the advice escalates. */
  attempt?: number;
  /** The attempt from which the advice escalates. @default 3 */
  escalateAfter?: number;
  /** A case reference shown beside the code for support (e.g. the verification's order number). */
  orderNo?: string;
  /** For codes that ask to wait: when retrying becomes possible (epoch ms or Date). @default mount time + the wait */
  retryAt?: number | Date;
  /** The current time, for a controlled countdown (tests, stories). @default the real clock */
  now?: number | Date;
  /** Shown for "not today" codes (daily limit): leave the flow. */
  onExit?: () => void;
  /** Shown for codes that need the name or ID number corrected. */
  onEditDetails?: () => void;
  /** Shown for codes that need the flow restarted (timeout, expired digits). */
  onRestart?: () => void;
  /** Shown for codes only support can solve, and after several failed attempts. */
  onContactSupport?: () => void;
  /** Shown as "Continue" after a success (`0`): the way on to the next step. */
  onContinue?: () => void;
  /** A card among the page's content, or the whole page of the result. @default 'banner' */
  layout?: Layout;
  /** Called once per displayed code, with its reading (for analytics). */
  onShown?: (reading: CodeDescription) => void;
  /** The live-region role. @default 'alert' for errors, 'status' for waits, success and warnings */
  role?: 'alert' | 'status';
  /** Moves focus to the message when it mounts. @default false */
  focusOnMount?: boolean;
  /** The heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Overrides the provider's language. */
  lng?: string;
}

/** What `FaceVerifyErrorBanner` and `OcrErrorBanner` receive. */
interface AnyBannerProps extends BannerProps {
  service?: Service;
  onRetry?: () => void;
  onRetake?: () => void;
}

interface GuidanceBannerProps {
  /** The public component's props, passed whole: no spread copies them on each render. */
  banner: AnyBannerProps;
  /** The retry-now action: `retry` (its handler is `onRetry`) or `retake` (`onRetake`). */
  retryLabel: 'retry' | 'retake';
  /** The component's class, beside `faceid-banner`. */
  variant: string;
  /** What the component reads codes with and loads. */
  source: GuidanceSource;
  /** The host's ref to the root element. */
  forwardedRef?: Ref<HTMLDivElement>;
}

/** Sets each of `refs` (callback or object refs) to `node`. */
function setRefs<T>(node: T, ...refs: (Ref<T> | undefined)[]): void {
  for (const ref of refs) {
    if (typeof ref === 'function') ref(node);
    else if (ref && typeof ref === 'object') (ref as { current: T }).current = node;
  }
}

/**
 * `key`'s text with its `{{name}}` in a left-to-right `<bdi>`: a code (`-5018`) or a reference
 * reads as written in a right-to-left page, where it would read `5018-`. Left to right, not `auto`:
 * a code has no letter to tell its direction by, and every code and reference is written so.
 */
function isolated(
  text: FaceIdText,
  key: 'ui.support.code' | 'ui.support.reference',
  value: string,
) {
  const name = key === 'ui.support.code' ? 'code' : 'reference';
  const [before, after] = text(key, { [name]: '\u0000' }).split('\u0000');
  return (
    <span>
      {before}
      <bdi dir="ltr">{value}</bdi>
      {after}
    </span>
  );
}

function SupportReference({
  guidance,
  orderNo,
  copyable,
}: {
  guidance: Guidance;
  orderNo: string;
  copyable: boolean;
}) {
  // How many copies succeeded: each one shows "Copied" for a moment anew.
  const [copied, setCopied] = useState(0);
  // Whether the page could not copy: the text is selected and a hint says to copy it by hand.
  const [manual, setManual] = useState(false);
  // False on the server and while hydrating, so that both render the same markup.
  const canCopy = useHydrated();
  const id = useId();
  const lineRef = useRef<HTMLParagraphElement>(null);
  // Back to "Copy" after a moment, so that copying again reads as an action too; the timer goes
  // with the component.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(setCopied, 2000, 0);
    return () => clearTimeout(timer);
  }, [copied]);
  const { text, displayCode } = guidance;
  // No clipboard (an old engine, a page without https, a WebView that refuses): the line selected,
  // and a visible hint to copy it by hand.
  const byHand = () => {
    setCopied(0);
    setManual(true);
    const selection = window.getSelection?.();
    if (!selection || !lineRef.current) return;
    const range = document.createRange();
    range.selectNodeContents(lineRef.current);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const copy = () => {
    try {
      navigator.clipboard.writeText([displayCode, orderNo].filter(Boolean).join(' ')).then(() => {
        setManual(false);
        setCopied((count) => count + 1);
      }, byHand);
    } catch {
      byHand();
    }
  };
  if (!displayCode && !orderNo) return null;
  return (
    <div className="faceid-reference">
      <p id={id} ref={lineRef}>
        {displayCode ? isolated(text, 'ui.support.code', displayCode) : null}
        {orderNo ? isolated(text, 'ui.support.reference', orderNo) : null}
      </p>
      {canCopy && copyable ? (
        <>
          <button type="button" className="faceid-copy" aria-describedby={id} onClick={copy}>
            {text(copied ? 'ui.actions.copied' : 'ui.actions.copy')}
          </button>
          {manual ? (
            // Inserted with its text: an alert is announced so on every screen reader (an empty
            // status region in every banner would be one more landmark for nothing).
            <p role="alert" className="faceid-copy-hint">
              {text('ui.support.copyHint')}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * The tips, ranked: three in view (two in large text: fewer, not only larger), the rest one tap
 * away under "More tips", so that the next step stays in view. While the copy loads, the same boxes
 * without their text, hidden from screen readers: the final layout's size.
 */
function Tips({
  tips,
  shown,
  text,
  loading,
}: {
  tips: readonly LocalizedTip[];
  shown: number;
  text: FaceIdText;
  loading: boolean;
}) {
  const more = text('ui.moreTips');
  return (
    <>
      <TipList
        tips={tips.slice(0, shown)}
        aria-label={loading ? undefined : text('ui.tipsHeading')}
        aria-hidden={loading || undefined}
      />
      {tips.length <= shown ? null : loading ? (
        <div className="faceid-more-tips" />
      ) : (
        <details className="faceid-more-tips">
          <summary>{more}</summary>
          <TipList tips={tips.slice(shown)} aria-label={more} />
        </details>
      )}
    </>
  );
}

/** A layout effect in the browser (before the paint: nothing moves), nothing on the server. */
const useBrowserLayoutEffect = typeof document === 'undefined' ? () => {} : useLayoutEffect;

/**
 * Whether the element is in large text (`data-faceid-text="large"` on it or an ancestor), checked
 * after each render, before the paint; false on the server and while hydrating.
 */
function useLargeText(ref: { readonly current: Element | null }): boolean {
  const [large, setLarge] = useState(false);
  useBrowserLayoutEffect(() => {
    setLarge(!!ref.current?.closest('[data-faceid-text="large"]'));
  });
  return large;
}

/** The shared body of `FaceVerifyErrorBanner`, `OcrErrorBanner` and `FaceIdResultBanner`. */
export function GuidanceBanner({
  banner,
  retryLabel,
  variant,
  source,
  forwardedRef,
}: GuidanceBannerProps) {
  const {
    code,
    service,
    attempt,
    escalateAfter,
    orderNo,
    retryAt,
    now,
    onExit,
    onEditDetails,
    onRestart,
    onContactSupport,
    onContinue,
    onShown,
    layout,
    role,
    focusOnMount = false,
    headingLevel,
    lng,
    onRetry,
    onRetake,
    className,
    ...rest
  } = banner;
  // The banner's own "try again" is `onRetry` or `onRetake`, whichever it takes.
  const retryNow = retryLabel === 'retry' ? { onRetry } : { onRetake };
  const guidance = useGuidance(
    code,
    {
      service,
      attempt,
      escalateAfter,
      retryAt,
      now,
      lng,
      onExit,
      onEditDetails,
      onRestart,
      onContactSupport,
      onContinue,
      ...retryNow,
    },
    source,
  );
  const { ready, reading, text, remainingMs } = guidance;
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const shownRef = useRef<string | null>(null);
  const shownKey = `${reading.service}:${reading.code}`;

  useEffect(() => {
    if (!ready || shownRef.current === shownKey) return;
    shownRef.current = shownKey;
    if (typeof onShown === 'function') onShown(reading);
  }, [ready, shownKey, onShown, reading]);

  useEffect(() => {
    if (focusOnMount === true) rootRef.current?.focus();
  }, [focusOnMount]);

  const large = useLargeText(rootRef);
  const Heading = headingTag(headingLevel, 2);
  const classes = `faceid-banner ${variant}${typeof className === 'string' && className ? ` ${className}` : ''}`;
  const retry = reading.retry;
  // Before the catalogue is there the floor speaks (see `useGuidance`); after every download
  // failed it stays, no longer busy.
  const loading = !ready && guidance.error === undefined;

  const tone = toneOf(reading);
  const root = {
    // The copy's own language (`lang`), for screen readers on a page in another one.
    lang: guidance.language,
    ...rest,
    'data-kind': reading.kind,
    'data-service': reading.service,
    'data-code': reading.code,
    'data-id': reading.id,
    'data-audience': reading.audience,
    'data-retry': retry.type,
    'data-tone': tone,
    'data-layout': layoutOf(layout),
    ref: (node: HTMLDivElement | null) => setRefs(node, rootRef, forwardedRef),
    className: classes,
    'data-state': ready ? 'ready' : loading ? 'loading' : 'floor',
    'aria-busy': loading ? ('true' as const) : undefined,
    'data-escalated': guidance.escalated ? '' : undefined,
    tabIndex: focusOnMount === true ? -1 : undefined,
  };
  const waiting = remainingMs > 0;
  const wait = retry.type === 'wait';
  // The floor has no escalation list: it keeps its own next step.
  const showEscalation = guidance.escalated && ready;
  const actions: ReactNode =
    guidance.actions.length > 0 ? (
      <div className="faceid-actions">
        {guidance.actions.map(({ action, label, primary, disabled, onPress }) => (
          <button
            key={action}
            type="button"
            className="faceid-button"
            data-variant={primary ? 'primary' : 'secondary'}
            onClick={onPress}
            disabled={disabled}
          >
            {label}
          </button>
        ))}
      </div>
    ) : null;
  // The next step right under the message on a banner (in view on a small phone, even in large
  // text); at the end of a screen, where the stylesheet pins it to the bottom.
  const screen = layout === 'screen';
  return (
    <div {...root}>
      <div
        className="faceid-message"
        // No live region while loading: the floor would be announced, then the copy again. A wait
        // is polite: nothing failed that the person must act on at once.
        role={
          loading
            ? undefined
            : role === 'alert' || role === 'status'
              ? role
              : reading.kind === 'error' && !wait
                ? 'alert'
                : 'status'
        }
      >
        {statusGlyph(wait ? 'wait' : tone)}
        <div>
          <Heading id={titleId} className="faceid-title">
            {guidance.title}
          </Heading>
          {loading ? (
            // In the description's place, and its size: nothing moves when the copy arrives.
            <p className="faceid-description faceid-loading" role="status">
              {text('ui.loading')}
            </p>
          ) : (
            <p className="faceid-description">
              {showEscalation ? guidance.escalation.title : guidance.description}
            </p>
          )}
        </div>
      </div>
      {wait ? (
        <p className="faceid-wait">
          {/* The ticking time is not a live region: only the end is announced, once. */}
          <span className="faceid-countdown" data-remaining={Math.ceil(remainingMs / 1000)}>
            {waiting ? guidance.waitText(remainingMs) : null}
          </span>
          <span role="status" className="faceid-ready">
            {waiting ? '' : guidance.waitText(0)}
          </span>
        </p>
      ) : null}
      {screen ? null : actions}
      {showEscalation ? (
        <ul className="faceid-escalation">
          {guidance.escalation.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : (
        <Tips
          // While loading, the code's tips without their text: the boxes of the final layout.
          tips={loading ? reading.tips.map((tip) => ({ tip, text: '' })) : guidance.tips}
          shown={large ? 2 : 3}
          text={text}
          loading={loading}
        />
      )}
      {reading.kind === 'success' ? null : (
        <SupportReference
          guidance={guidance}
          // Only a reference with the shape of one (letters, digits, - and _): nothing else from a
          // link is displayed as ours. The floor has the code line only, no copy button.
          orderNo={ready && isReferenceShaped(orderNo) ? orderNo : ''}
          copyable={ready}
        />
      )}
      {screen ? actions : null}
    </div>
  );
}
