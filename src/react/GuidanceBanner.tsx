import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Service } from '../core/catalogue';
import type { CodeDescription } from '../core/describe';
import { toRawText } from '../core/input';
import { TipList } from './GuidanceTips';
import { statusGlyph } from './icons';
import { type Guidance, type GuidanceSource, useGuidance } from './useFaceIdGuidance';

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
}

/**
 * The root element's props: the host's own (`rest`) first, then ours. Built with `Object.assign`,
 * not `{ ...rest, more }` (which JSX attributes after a spread compile to): on V8 up to Node 20 a
 * spread followed by properties takes a slow path of about a microsecond (see BENCHMARKS.md).
 */
function rootProps(lang: string, rest: object, ...ours: object[]): Record<string, unknown> {
  return Object.assign({ lang }, rest, ...ours);
}

/** A time in epoch ms; `undefined` for NaN, ±Infinity, an invalid Date or anything else. */
const toTime = (value: number | Date | undefined): number | undefined => {
  const time = value instanceof Date ? value.getTime() : value;
  return Number.isFinite(time) ? time : undefined;
};

/**
 * Milliseconds left until `deadline`, ticking each second unless `now` is controlled. On the server
 * and while hydrating, whose clocks differ, the `full` wait: the same text in both renders.
 */
function useRemaining(deadline: number | undefined, now: number | undefined, full: number): number {
  const [clock, setClock] = useState(() => now ?? Date.now());
  const live = useSyncExternalStore(noSubscription, onClient, onServer) || now !== undefined;
  const current = now ?? clock;
  const done = deadline === undefined || current >= deadline;
  useEffect(() => {
    if (now !== undefined || done) return;
    const timer = setInterval(() => setClock(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [now, done]);
  return deadline === undefined ? 0 : live ? Math.max(0, deadline - current) : full;
}

function Button({
  onClick,
  children,
  primary,
  disabled,
}: {
  onClick?: () => void;
  children: ReactNode;
  primary?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className="faceid-button"
      data-variant={primary ? 'primary' : 'secondary'}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
    </button>
  );
}

const noSubscription = () => () => {};
const hasClipboard = () => !!navigator.clipboard;
const onClient = () => true;
const onServer = () => false;

function SupportReference({ guidance, orderNo }: { guidance: Guidance; orderNo: string }) {
  // How many copies succeeded: each one shows "Copied" for a moment anew.
  const [copied, setCopied] = useState(0);
  // False on the server and while hydrating, so that both render the same markup.
  const canCopy = useSyncExternalStore(noSubscription, hasClipboard, onServer);
  const id = useId();
  // Back to "Copy" after a moment, so that copying again reads as an action too; the timer goes
  // with the component.
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(setCopied, 2000, 0);
    return () => clearTimeout(timer);
  }, [copied]);
  const { text, reading } = guidance;
  const copy = () => {
    const text = orderNo ? `${reading.code} ${orderNo}` : reading.code;
    navigator.clipboard.writeText(text).then(
      () => setCopied((count) => count + 1),
      () => setCopied(0),
    );
  };
  if (!reading.code) return null;
  return (
    <div className="faceid-reference">
      <p id={id}>
        <span>{guidance.supportCode}</span>
        {orderNo ? <span>{text('ui.support.reference', { reference: orderNo })}</span> : null}
      </p>
      {canCopy ? (
        <button type="button" className="faceid-copy" aria-describedby={id} onClick={copy}>
          {text(copied ? 'ui.actions.copied' : 'ui.actions.copy')}
        </button>
      ) : null}
    </div>
  );
}

/** The shared body of `FaceVerifyErrorBanner` and `OcrErrorBanner`. */
export function GuidanceBanner({ banner, retryLabel, variant, source }: GuidanceBannerProps) {
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
    headingLevel = 2,
    lng,
    onRetry,
    onRetake,
    className,
    ...rest
  } = banner;
  const onRetryNow = retryLabel === 'retry' ? onRetry : onRetake;
  const guidance = useGuidance(code, { service, attempt, escalateAfter, lng }, source);
  const { ready, reading, text } = guidance;
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const shownRef = useRef<string | null>(null);

  const retry = reading.retry;
  const waitMs = retry.type === 'wait' ? retry.minutes * 60_000 : undefined;
  const shownKey = `${reading.service}:${reading.code}`;
  // When the displayed code started showing: the default start of a wait.
  const [shownSince, setShownSince] = useState(() => ({
    key: shownKey,
    at: toTime(now) ?? Date.now(),
  }));
  if (shownSince.key !== shownKey) setShownSince({ key: shownKey, at: toTime(now) ?? Date.now() });
  // A `retryAt` beyond the full wait (a skewed clock, 1e15) waits the full wait.
  const deadline =
    waitMs === undefined
      ? undefined
      : Math.min(toTime(retryAt) ?? Infinity, shownSince.at + waitMs);
  const remaining = useRemaining(deadline, toTime(now), waitMs ?? 0);

  useEffect(() => {
    if (!ready || shownRef.current === shownKey) return;
    shownRef.current = shownKey;
    onShown?.(reading);
  }, [ready, shownKey, onShown, reading]);

  useEffect(() => {
    if (focusOnMount) rootRef.current?.focus();
  }, [focusOnMount]);

  const Heading = `h${headingLevel}` as const;
  const classes = `faceid-banner ${variant}${className ? ` ${className}` : ''}`;
  const data = {
    'data-kind': reading.kind,
    'data-service': reading.service,
    'data-code': reading.code,
    'data-id': reading.id,
    'data-audience': reading.audience,
    'data-retry': retry.type,
  };

  // The copy's own language (`lang`), for screen readers on a page in another one.
  const root = rootProps(guidance.language, rest, data, {
    ref: rootRef,
    className: classes,
    'data-state': ready ? 'ready' : 'loading',
    'aria-busy': ready ? undefined : 'true',
    'data-escalated': guidance.escalated ? '' : undefined,
    tabIndex: focusOnMount ? -1 : undefined,
  });
  if (!ready) return <div {...root} />;

  const actions: ReactNode[] = [];
  const waiting = remaining > 0;
  // Each action the guidance offers, when the host handles it; the first shown is the primary.
  const handlers = {
    retry: onRetryNow,
    retake: onRetryNow,
    useValidCard: onRetryNow,
    restart: onRestart,
    exit: onExit,
    editDetails: onEditDetails,
    contactSupport: onContactSupport,
  };
  for (const { action, label } of guidance.actions) {
    const handler = handlers[action];
    if (!handler) continue;
    actions.push(
      <Button
        key={action}
        primary={actions.length === 0}
        onClick={handler}
        disabled={waiting && action !== 'contactSupport'}
      >
        {label}
      </Button>,
    );
  }

  root.children = (
    <>
      <div
        className="faceid-message"
        role={role ?? (reading.kind === 'error' ? 'alert' : 'status')}
      >
        {statusGlyph(reading.kind)}
        <div>
          <Heading id={titleId} className="faceid-title">
            {guidance.title}
          </Heading>
          <p className="faceid-description">
            {guidance.escalated ? guidance.escalation.title : guidance.description}
          </p>
        </div>
      </div>
      {guidance.escalated ? (
        <ul className="faceid-escalation">
          {guidance.escalation.suggestions.map((suggestion) => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : (
        <TipList tips={guidance.tips} aria-label={text('ui.tipsHeading')} />
      )}
      {retry.type === 'wait' ? (
        <p className="faceid-wait">
          {/* The ticking time is not a live region: only the end is announced, once. */}
          <span className="faceid-countdown" data-remaining={Math.ceil(remaining / 1000)}>
            {waiting ? guidance.waitText(remaining) : null}
          </span>
          <span role="status" className="faceid-ready">
            {waiting ? '' : guidance.waitText(0)}
          </span>
        </p>
      ) : null}
      {actions.length > 0 ? <div className="faceid-actions">{actions}</div> : null}
      {reading.kind === 'success' ? null : (
        <SupportReference
          guidance={guidance}
          orderNo={orderNo === undefined ? '' : toRawText(orderNo, 64)}
        />
      )}
    </>
  );
  // Children inside the props object too: `<div {...root}>…</div>` would compile to a spread
  // followed by `children`.
  return <div {...root} />;
}
