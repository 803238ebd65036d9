import {
  type ComponentPropsWithoutRef,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { Service } from '../core/catalogue';
import type { CodeReading } from '../core/describe';
import { toRawText } from '../core/input';
import { TipList } from './GuidanceTips';
import { StatusIcon } from './icons';
import { type FaceIdGuidance, useFaceIdGuidance } from './useFaceIdGuidance';

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
  onShown?: (reading: CodeReading) => void;
  /** The live-region role. @default 'alert' for errors, 'status' for success and warnings */
  role?: 'alert' | 'status';
  /** Moves focus to the message when it mounts. @default false */
  focusOnMount?: boolean;
  /** The heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Overrides the provider's language. */
  lng?: string;
}

interface GuidanceBannerProps extends BannerProps {
  service?: Service;
  /** The retry-now action: its label key and handler. */
  retryLabel: 'retry' | 'retake';
  onRetryNow: (() => void) | undefined;
  /** The component's class, beside `faceid-banner`. */
  variant: string;
}

const toTime = (value: number | Date | undefined): number | undefined =>
  value instanceof Date ? value.getTime() : typeof value === 'number' ? value : undefined;

/** Milliseconds left until `deadline`, ticking each second unless `now` is controlled. */
function useRemaining(deadline: number | undefined, now: number | undefined): number {
  const [clock, setClock] = useState(() => now ?? Date.now());
  const current = now ?? clock;
  const done = deadline === undefined || current >= deadline;
  useEffect(() => {
    if (now !== undefined || done) return;
    const timer = setInterval(() => setClock(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [now, done]);
  return deadline === undefined ? 0 : Math.max(0, deadline - current);
}

function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function Button({
  onClick,
  children,
  primary,
}: {
  onClick?: () => void;
  children: ReactNode;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      className="faceid-button"
      data-variant={primary ? 'primary' : 'secondary'}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function SupportReference({ guidance, orderNo }: { guidance: FaceIdGuidance; orderNo: string }) {
  const [copied, setCopied] = useState(false);
  const [canCopy, setCanCopy] = useState(false);
  const id = useId();
  // Checked after mount so that server and client render the same markup.
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && !!navigator.clipboard), []);
  const { t, reading } = guidance;
  const copy = () => {
    const text = orderNo ? `${reading.code} ${orderNo}` : reading.code;
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  if (!reading.code) return null;
  return (
    <div className="faceid-reference">
      <p id={id}>
        <span>{guidance.supportCode}</span>
        {orderNo ? <span>{t('ui.support.reference', { reference: orderNo })}</span> : null}
      </p>
      {canCopy ? (
        <button type="button" className="faceid-copy" aria-describedby={id} onClick={copy}>
          {t(copied ? 'ui.actions.copied' : 'ui.actions.copy')}
        </button>
      ) : null}
    </div>
  );
}

/** The shared body of `FaceVerifyErrorBanner` and `OcrErrorBanner`. */
export function GuidanceBanner(props: GuidanceBannerProps) {
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
    retryLabel,
    onRetryNow,
    variant,
    className,
    ...rest
  } = props;
  const guidance = useFaceIdGuidance(code, { service, attempt, escalateAfter, lng });
  const { ready, reading, t } = guidance;
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
  const deadline = waitMs === undefined ? undefined : (toTime(retryAt) ?? shownSince.at + waitMs);
  const remaining = useRemaining(deadline, toTime(now));

  useEffect(() => {
    if (!ready || shownRef.current === shownKey) return;
    shownRef.current = shownKey;
    onShown?.(reading);
  });

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

  if (!ready) {
    return (
      <div
        // The copy's own language, for screen readers on a page in another one.
        lang={guidance.language}
        {...rest}
        {...data}
        ref={rootRef}
        className={classes}
        data-state="loading"
        aria-busy="true"
        tabIndex={focusOnMount ? -1 : undefined}
      />
    );
  }

  const actions: ReactNode[] = [];
  const waiting = remaining > 0;
  switch (retry.type) {
    case 'now':
    case 'wait':
      if (onRetryNow) {
        actions.push(
          <button
            key="retry"
            type="button"
            className="faceid-button"
            data-variant="primary"
            onClick={onRetryNow}
            disabled={waiting}
          >
            {t(`ui.actions.${retryLabel}`)}
          </button>,
        );
      }
      break;
    case 'notToday':
      if (onExit)
        actions.push(
          <Button key="exit" primary onClick={onExit}>
            {t('ui.actions.exit')}
          </Button>,
        );
      break;
    case 'correctDetails':
      if (onEditDetails)
        actions.push(
          <Button key="edit" primary onClick={onEditDetails}>
            {t('ui.actions.editDetails')}
          </Button>,
        );
      break;
    case 'restart':
      if (onRestart)
        actions.push(
          <Button key="restart" primary onClick={onRestart}>
            {t('ui.actions.restart')}
          </Button>,
        );
      break;
    case 'contactSupport':
    case 'none':
      break;
    default:
      retry satisfies never;
  }
  if (onContactSupport && (retry.type === 'contactSupport' || guidance.escalated)) {
    actions.push(
      <Button key="support" primary={actions.length === 0} onClick={onContactSupport}>
        {t('ui.actions.contactSupport')}
      </Button>,
    );
  }

  return (
    <div
      lang={guidance.language}
      {...rest}
      {...data}
      ref={rootRef}
      className={classes}
      data-state="ready"
      data-escalated={guidance.escalated ? '' : undefined}
      tabIndex={focusOnMount ? -1 : undefined}
    >
      <div
        className="faceid-message"
        role={role ?? (reading.kind === 'error' ? 'alert' : 'status')}
      >
        <StatusIcon kind={reading.kind} />
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
          {guidance.escalation.suggestions.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      ) : (
        <TipList tips={guidance.tips} aria-label={t('ui.tipsHeading')} />
      )}
      {retry.type === 'wait' ? (
        <p className="faceid-wait">
          {t('ui.wait.minutes', { count: retry.minutes })}{' '}
          {/* The ticking time is not a live region: only the end is announced, once. */}
          <span className="faceid-countdown" data-remaining={Math.ceil(remaining / 1000)}>
            {waiting ? t('ui.wait.countdown', { time: formatRemaining(remaining) }) : null}
          </span>
          <span role="status" className="faceid-ready">
            {waiting ? '' : t('ui.wait.ready')}
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
    </div>
  );
}
