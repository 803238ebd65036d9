import { type ComponentPropsWithoutRef, type Ref, useEffect, useId, useRef, useState } from 'react';
import type { Service } from '../core/catalogue';
import type { CodeDescription } from '../core/describe';
import { isReferenceShaped } from '../core/input';
import { TipList } from './GuidanceTips';
import { headingTag } from './heading';
import { statusGlyph } from './icons';
import { type Guidance, type GuidanceSource, useGuidance, useHydrated } from './useFaceIdGuidance';

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
  /** Called once per displayed code, with its reading (for analytics). */
  onShown?: (reading: CodeDescription) => void;
  /** The live-region role. @default 'alert' for errors, 'status' for success and warnings */
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

/** How many tips a banner shows at once: the code's own, ranked; the rest behind "More tips". */
const SHOWN_TIPS = 3;

/** Sets each of `refs` (callback or object refs) to `node`. */
function setRefs<T>(node: T, ...refs: (Ref<T> | undefined)[]): void {
  for (const ref of refs) {
    if (typeof ref === 'function') ref(node);
    else if (ref && typeof ref === 'object') (ref as { current: T }).current = node;
  }
}

const hasClipboard = () => !!navigator.clipboard;

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
  // False on the server and while hydrating, so that both render the same markup.
  const canCopy = useHydrated() && hasClipboard();
  const id = useId();
  // Back to "Copy" after a moment, so that copying again reads as an action too; the timer goes
  // with the component.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(setCopied, 2000, 0);
    return () => clearTimeout(timer);
  }, [copied]);
  const { text, displayCode } = guidance;
  const copy = () => {
    navigator.clipboard.writeText([displayCode, orderNo].filter(Boolean).join(' ')).then(
      () => setCopied((count) => count + 1),
      () => setCopied(0),
    );
  };
  if (!displayCode && !orderNo) return null;
  return (
    <div className="faceid-reference">
      <p id={id}>
        {displayCode ? <span>{guidance.supportCode}</span> : null}
        {orderNo ? <span>{text('ui.support.reference', { reference: orderNo })}</span> : null}
      </p>
      {canCopy && copyable ? (
        <button type="button" className="faceid-copy" aria-describedby={id} onClick={copy}>
          {text(copied ? 'ui.actions.copied' : 'ui.actions.copy')}
        </button>
      ) : null}
    </div>
  );
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
    onShown,
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

  const Heading = headingTag(headingLevel, 2);
  const classes = `faceid-banner ${variant}${typeof className === 'string' && className ? ` ${className}` : ''}`;
  const retry = reading.retry;
  // Before the catalogue is there the floor speaks (see `useGuidance`); after every download
  // failed it stays, no longer busy.
  const loading = !ready && guidance.error === undefined;

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
    ref: (node: HTMLDivElement | null) => setRefs(node, rootRef, forwardedRef),
    className: classes,
    'data-state': ready ? 'ready' : loading ? 'loading' : 'floor',
    'aria-busy': loading ? ('true' as const) : undefined,
    'data-escalated': guidance.escalated ? '' : undefined,
    tabIndex: focusOnMount === true ? -1 : undefined,
  };
  const waiting = remainingMs > 0;
  // The floor has no escalation list: it keeps its own next step.
  const showEscalation = guidance.escalated && ready;
  return (
    <div {...root}>
      {loading ? (
        <p className="faceid-loading" role="status">
          {text('ui.loading')}
        </p>
      ) : null}
      <div
        className="faceid-message"
        // No live region while loading: the floor would be announced, then the copy again.
        role={
          loading
            ? undefined
            : role === 'alert' || role === 'status'
              ? role
              : reading.kind === 'error'
                ? 'alert'
                : 'status'
        }
      >
        {statusGlyph(reading.kind)}
        <div>
          <Heading id={titleId} className="faceid-title">
            {guidance.title}
          </Heading>
          <p className="faceid-description">
            {showEscalation ? guidance.escalation.title : guidance.description}
          </p>
        </div>
      </div>
      {retry.type === 'wait' ? (
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
      {/* The next step right under the message: in view on a small phone, even in large text. */}
      {guidance.actions.length > 0 ? (
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
      ) : null}
      {showEscalation ? (
        <ul className="faceid-escalation">
          {guidance.escalation.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : (
        <>
          {/* The three ranked first; the rest one tap away, so that the next step stays in view. */}
          <TipList tips={guidance.tips.slice(0, SHOWN_TIPS)} aria-label={text('ui.tipsHeading')} />
          {guidance.tips.length > SHOWN_TIPS ? (
            <details className="faceid-more-tips">
              <summary>{text('ui.moreTips')}</summary>
              <TipList tips={guidance.tips.slice(SHOWN_TIPS)} aria-label={text('ui.moreTips')} />
            </details>
          ) : null}
        </>
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
    </div>
  );
}
