import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { type UseTranslationOptions, useTranslation } from 'react-i18next';
import type { Kind, Service, Tip } from '../core/catalogue';
import { type CodeDescription, type DescribeOptions, describeCode } from '../core/describe';
import { isCodeShaped } from '../core/input';
import {
  actionKey,
  type FaceIdKey,
  type FaceIdNamespace,
  type FloorKey,
  NAMESPACES,
  namespacesOfService,
  tipKey,
} from '../core/keys';
import { useFaceIdI18n } from './FaceIdGuidanceProvider';
import {
  type FaceIdText,
  faceIdText,
  floorText,
  loadFaceIdDeveloperText,
  loadFaceIdNamespaces,
  namespaceState,
  suspendsFaceId,
} from './i18n';

/** What the person can do next, each offered as an action when the host passes its handler. */
export interface FaceIdActionHandlers {
  /** "Try again" for codes that can be retried (after the countdown for waits). */
  onRetry?: () => void;
  /** "Retake photo" for OCR codes that a new photo can fix (and "use a valid card"). */
  onRetake?: () => void;
  /** For codes that need the flow restarted (timeout, expired digits). */
  onRestart?: () => void;
  /** For codes that need the name or ID number corrected. */
  onEditDetails?: () => void;
  /** For "not today" codes (daily limit): leave the flow. */
  onExit?: () => void;
  /** For codes only support can solve, and after several failed attempts. */
  onContactSupport?: () => void;
  /** "Continue" after a success: the way on to the next step. */
  onContinue?: () => void;
}

export interface UseFaceIdGuidanceOptions extends FaceIdActionHandlers {
  /** The service whose table the code is read in. @default 'faceVerify' */
  service?: Service;
  /** How many attempts have failed so far, this one included. */
  attempt?: number;
  /** From this attempt on, the advice escalates (another device, support). @default 3 */
  escalateAfter?: number;
  /**
   * For codes that ask to wait: when retrying becomes possible (epoch ms or Date).
   * @default when the code was first shown + the code's wait
   */
  retryAt?: number | Date;
  /** The current time, for a controlled countdown (tests, stories). @default the real clock */
  now?: number | Date;
  /** Overrides the provider's (or host instance's) language for this use. */
  lng?: string;
}

export interface LocalizedTip {
  readonly tip: Tip;
  readonly text: string;
}

/** An action that a code's guidance offers. The components map each to a handler prop. */
export type FaceIdAction =
  | 'retry'
  | 'retake'
  | 'useValidCard'
  | 'restart'
  | 'exit'
  | 'editDetails'
  | 'contactSupport'
  | 'continue';

export interface LocalizedAction {
  readonly action: FaceIdAction;
  readonly label: string;
  /** The first action offered: the one to make the primary button. */
  readonly primary: boolean;
  /** True while a wait runs (every action but contacting support). */
  readonly disabled: boolean;
  /** The host's handler for this action. */
  readonly onPress: () => void;
}

export interface FaceIdGuidance {
  /**
   * False while the language's catalogue is loading, and after every download of it failed
   * (`error`): the strings then come from the bundled floor, in the same language — a generic
   * title by kind, a next step, the action labels — with no tips.
   */
  readonly ready: boolean;
  /** The shipped language in use (`zh-CN`, `zh-TW`, `en`…). */
  readonly language: string;
  /**
   * Why the language asked for could not be loaded (after 4 tries over 6 s), else `undefined`:
   * the floor then speaks `language`, never another language.
   */
  readonly error?: unknown;
  /** The code as read by the core: id, kind, audience, retry policy, tips, message keys. */
  readonly reading: CodeDescription;
  readonly title: string;
  readonly description: string;
  readonly tips: readonly LocalizedTip[];
  /** True after several failed attempts: show `escalation` instead of repeating the same advice. */
  readonly escalated: boolean;
  readonly escalation: { readonly title: string; readonly suggestions: readonly string[] };
  /**
   * What to offer, in order (the first is the primary action), among the actions whose handler was
   * passed: the retry policy's next step (`retake` instead of `retry` in the OCR services), then
   * "Contact support" for codes only support can solve and once the advice has escalated; for a
   * success, "Continue" (`onContinue`).
   */
  readonly actions: readonly LocalizedAction[];
  /**
   * Milliseconds until retrying is possible for codes that ask to wait (0 otherwise, and once the
   * wait is over); ticks each second. On the server and while hydrating: the full wait.
   */
  readonly remainingMs: number;
  /**
   * The wait line for the time left, in milliseconds: the countdown while waiting, the time as a
   * duration in words, never a clock ("还需等待 9分59秒…", "Time left before you can try again:
   * 9 min 59 s"), the ready line at 0.
   */
  readonly waitText: (remaining: number) => string;
  /**
   * The code as the person may see it: a known code, or an unknown one with the shape of
   * Tencent's (a number, a Cloud API name); `''` for anything else a link may carry (a sentence, a
   * phone number, markup), which is never displayed as ours. `reading.code` keeps the raw value
   * (truncated) for `onShown` and the diagnostics.
   */
  readonly displayCode: string;
  /** The support reference line (`Code: 66660023`); `''` when there is no code to display. */
  readonly supportCode: string;
  /**
   * The integrator diagnostic, for integrator-audience and unknown codes; never show it to users.
   * Development builds load the diagnostics for it; production builds hold none (`undefined`
   * there, unless the host adds `faceid-guidance/locales/<lng>/developer` to its instance as the
   * `faceid-developer` namespace).
   */
  readonly developerMessage: string | undefined;
  /** react-i18next's `t` for this language, looking keys up in the namespaces the code needs. */
  readonly t: TFunction;
  /**
   * A faceid-guidance string by key, in exactly this language: `count` picks the plural,
   * `{{variables}}` are filled in, a missing string is the floor's or `''` (never the key).
   */
  readonly text: FaceIdText;
}

const warned = /* @__PURE__ */ new Set<string>();

/**
 * Logs a code that has an integrator diagnostic (every integrator-audience code, and file or
 * encoding failures) once per page in development, with Tencent's official text.
 * The official texts load only here, so production bundles never download them.
 */
function warnIntegrator(reading: CodeDescription, developerMessage: string | undefined): void {
  const key = `${reading.service}:${reading.code}`;
  if (warned.has(key)) return;
  warned.add(key);
  void import('../core/diagnostics').then(({ officialText }) => {
    const { message, action } = officialText(reading.id);
    const whose =
      reading.audience === 'integrator'
        ? ' is for the integrator, not the end user.'
        : ': the end user sees guidance; its cause may lie in the integration.';
    console.warn(
      `[faceid-guidance] ${reading.service} code ${reading.code} (${reading.id})${whose}` +
        `${developerMessage ? `\n${developerMessage}` : ''}${message ? `\nOfficial: ${message}${action ? ` / ${action}` : ''}` : ''}`,
    );
  });
}

export interface FaceIdTranslation {
  /** False while the language's strings are loading, and after every download of them failed. */
  readonly ready: boolean;
  /** The shipped language in use. */
  readonly language: string;
  /** Why the language asked for could not be loaded (see `FaceIdGuidance.error`). */
  readonly error?: unknown;
  /** react-i18next's `t` for this language, looking keys up in the namespaces read. */
  readonly t: TFunction;
  /** A faceid-guidance string by key, in this language (see `faceIdText`). */
  readonly text: FaceIdText;
  readonly i18n: I18n;
}

/** `useFaceIdTranslation`'s namespaces: the interface's and the card's (the OCR warning list). */
const TRANSLATION_NAMESPACES: readonly FaceIdNamespace[] = ['faceid', 'faceid-card'];

/**
 * The strings of faceid-guidance's `faceid` and `faceid-card` namespaces in the language in use,
 * loading them on demand; `ready` is false until they are there.
 */
export function useFaceIdTranslation(lng?: string): FaceIdTranslation {
  return useFaceIdStrings(lng, TRANSLATION_NAMESPACES);
}

/**
 * The strings of `namespaces` in the language in use, through react-i18next's `useTranslation`
 * (its loading, its re-rendering on language and store changes, its Suspense when the instance
 * suspends). Before they are there, and after every download of them failed, `text` is the
 * bundled floor of the same language: a language whose download failed stays the language, never
 * another one (`error` tells the host).
 */
export function useFaceIdStrings(
  lng: string | undefined,
  namespaces: readonly FaceIdNamespace[],
): FaceIdTranslation {
  const { i18n, language } = useFaceIdI18n(lng);
  const suspense = suspendsFaceId(i18n);
  const { t } = useTranslation(
    namespaces as FaceIdNamespace[],
    {
      i18n,
      // (react-i18next cannot load a language into a host instance before its `init()`.)
      lng: i18n.isInitialized ? language : undefined,
      useSuspense: suspense,
      nsMode: 'fallback',
      // Re-render when a language changes, a namespace loads or fails, and when the host adds or
      // removes strings (`addResourceBundle` overrides).
      bindI18n: 'languageChanged loaded failedLoading',
      // (A host instance has no store before its `init()`: react-i18next would subscribe to none.)
      bindI18nStore: i18n.store ? 'added removed' : '',
      // `bindI18nStore` is an option react-i18next reads, missing from its option type.
    } as UseTranslationOptions<undefined>,
  );
  const states = namespaces.map((ns) => namespaceState(i18n, language, ns));
  const ready = states.every((state) => state.held);
  const failed = states.find((state) => state.error !== undefined);
  const loading = !ready && !failed;
  // Started while rendering: the download begins one commit earlier (only the download: the
  // strings go into the store when it resolves), and a host instance whose own settings make
  // react-i18next think the namespaces are there (no backend, bundled `resources`) loads too.
  const pending = loading ? loadFaceIdNamespaces(i18n, language, namespaces) : undefined;
  // Before a host instance's `init()` there is nothing to wait for: its `initialized` re-renders.
  if (pending && suspense && i18n.isInitialized) throw pending;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` changes with the instance's strings, which `text` reads.
  const text = useMemo(
    () => (ready ? faceIdText(i18n, language) : floorText(language)),
    [ready, i18n, language, t],
  );
  return {
    ready,
    language,
    error: failed?.error,
    t,
    text,
    i18n,
  };
}

/** The floor's copy by kind: what shows before the catalogue is there, or when it cannot be. */
const FLOOR_COPY: Record<Kind, { readonly title: FloorKey; readonly description?: FloorKey }> = {
  error: { title: 'unknown.title' },
  success: { title: 'ui.floor.success' },
  warning: { title: 'ui.floor.warning' },
};

const SUPPORT = 'ui.escalation.contactSupport';
const CAPTURE = ['ui.escalation.brighterPlace', 'ui.escalation.anotherDevice', SUPPORT] as const;
const DEVICE = ['ui.escalation.anotherDevice', SUPPORT] as const;
const DETAILS = ['ui.escalation.checkDocument', SUPPORT] as const;
const DOCUMENT = ['ui.escalation.validDocument', SUPPORT] as const;
const SERVICE = ['ui.escalation.tryLater', SUPPORT] as const;
const ONLY_SUPPORT = [SUPPORT] as const;

/** A voice failure: the digits were not heard or not recognised. */
const VOICE = ['tips.quietPlace', 'tips.readDigitsAloud', SUPPORT] as const;
/** The face did not match the record: only the ID card holder can pass. */
const MISMATCH = ['tips.selfOnly', SUPPORT] as const;

/**
 * What to suggest once the same code has come back `escalateAfter` times. The code's own top tip
 * stays first (a failed blink is still about blinking), then what fits the kind of failure, by
 * whose problem it is: a capture problem (light, framing, camera) a brighter place and another
 * phone; a voice failure a quiet place and reading aloud slowly; a face that did not match only
 * the card holder; a file the page encoded wrongly another phone; a fault of the integration or
 * the service, a connection problem, a wait and the unknown-code fallback trying later. Every list
 * ends with contacting support, so that nobody loops forever.
 */
export function escalationKeys(reading: CodeDescription): readonly FaceIdKey[] {
  const top = reading.tips[0];
  const own: FaceIdKey[] =
    top && top !== 'network' && reading.audience !== 'integrator' ? [tipKey(top)] : [];
  const keys = [...own, ...escalationOf(reading)];
  return keys.filter((key, at) => keys.indexOf(key) === at);
}

function escalationOf(reading: CodeDescription): readonly FaceIdKey[] {
  const { audience, retry, tips } = reading;
  if (audience === 'integrator' || retry.type === 'wait') return SERVICE;
  if (retry.type === 'now') {
    if (audience !== 'user') return SERVICE;
    // A file the page made (encoding, format): another phone may make a good one; light will not.
    if (reading.messageKeys.developer) return DEVICE;
    if (tips[0] === 'selfOnly') return MISMATCH;
    if (tips.includes('readDigitsAloud') || tips.includes('quietPlace')) return VOICE;
    // A connection problem is no capture problem either.
    return tips.some((tip) => tip !== 'network') ? CAPTURE : SERVICE;
  }
  // Starting again with another phone helps a page that failed, not a document or an identity.
  if (retry.type === 'restart') return audience === 'user' ? DEVICE : ONLY_SUPPORT;
  if (retry.type === 'correctDetails') return DETAILS;
  if (retry.type === 'otherDocument') return DOCUMENT;
  return ONLY_SUPPORT;
}

const OCR_SERVICES: readonly unknown[] = ['idCardOcr', 'bankCardOcr', 'licenseOcr'];

/** The actions a code offers at this attempt, in order: see `FaceIdGuidance.actions`. */
function actionsOf(reading: CodeDescription, escalated: boolean, retake: boolean): FaceIdAction[] {
  const { type } = reading.retry;
  const again = retake ? 'retake' : 'retry';
  const step =
    type === 'now' || type === 'wait'
      ? again
      : // One retake in case a long-term card was misread; then a valid document.
        type === 'otherDocument'
        ? escalated
          ? 'useValidCard'
          : again
        : type === 'notToday'
          ? 'exit'
          : type === 'correctDetails'
            ? 'editDetails'
            : type === 'restart'
              ? 'restart'
              : undefined;
  // A success leads on: "Continue" is its one action.
  const actions: FaceIdAction[] = reading.kind === 'success' ? ['continue'] : step ? [step] : [];
  if (type === 'contactSupport' || escalated) actions.push('contactSupport');
  return actions;
}

/** A finite number: NaN, ±Infinity and anything else a JavaScript caller passes reads as missing. */
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * A time in epoch ms from a number or a Date; `undefined` for NaN, ±Infinity, an invalid Date, an
 * object that only claims to be a Date, or anything else.
 */
function toTime(value: unknown): number | undefined {
  try {
    const time = value instanceof Date ? Date.prototype.getTime.call(value) : value;
    return isNumber(time) ? time : undefined;
  } catch {
    // A fake Date (no time value inside), a revoked proxy.
    return undefined;
  }
}

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

/** Whether this render runs on the client after hydration (false on the server and while hydrating). */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, onClient, onServer);
}

/**
 * Milliseconds left until `deadline`, ticking each second unless `now` is controlled. On the server
 * and while hydrating, whose clocks differ, the `full` wait: the same text in both renders.
 */
function useRemaining(deadline: number | undefined, now: number | undefined, full: number): number {
  const [clock, setClock] = useState(() => now ?? Date.now());
  const live = useHydrated() || now !== undefined;
  const current = now ?? clock;
  const done = deadline === undefined || current >= deadline;
  useEffect(() => {
    if (now !== undefined || done) return;
    const timer = setInterval(() => setClock(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [now, done]);
  return deadline === undefined ? 0 : live ? Math.max(0, deadline - current) : full;
}

/**
 * The time left of a code's wait: until `retryAt`, at most the code's own wait after the code was
 * first shown (a skewed clock or a nonsense `retryAt` waits that wait).
 */
function useWait(reading: CodeDescription, retryAt: unknown, now: unknown): number {
  const retry = reading.retry;
  const waitMs = retry.type === 'wait' ? retry.minutes * 60_000 : undefined;
  const shownKey = `${reading.service}:${reading.code}`;
  const controlled = toTime(now);
  // When the displayed code started showing: the default start of a wait.
  const [shownSince, setShownSince] = useState(() => ({
    key: shownKey,
    at: controlled ?? Date.now(),
  }));
  if (shownSince.key !== shownKey) setShownSince({ key: shownKey, at: controlled ?? Date.now() });
  const deadline =
    waitMs === undefined
      ? undefined
      : Math.min(toTime(retryAt) ?? Number.POSITIVE_INFINITY, shownSince.at + waitMs);
  return useRemaining(deadline, controlled, waitMs ?? 0);
}

/** The handler prop of each action. */
const HANDLER_OF: Record<FaceIdAction, readonly (keyof FaceIdActionHandlers)[]> = {
  retry: ['onRetry'],
  retake: ['onRetake'],
  useValidCard: ['onRetake', 'onRetry'],
  restart: ['onRestart'],
  exit: ['onExit'],
  editDetails: ['onEditDetails'],
  contactSupport: ['onContactSupport'],
  continue: ['onContinue'],
};

/** The handler the host passed for `action`: a function, or nothing (any other value from JavaScript). */
function handlerOf(handlers: FaceIdActionHandlers, action: FaceIdAction): (() => void) | undefined {
  for (const name of HANDLER_OF[action]) {
    const handler = handlers[name];
    if (typeof handler === 'function') return handler;
  }
  return undefined;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The time left as a duration in words ("9分05秒", "9 min 05 s", `ui.wait.time`), never as a clock
 * ("9:05" reads as five past nine): minutes, and seconds in two digits.
 */
function remainingValues(ms: number): { minutes: number; seconds: string } {
  const seconds = Math.ceil(ms / 1000);
  return { minutes: Math.floor(seconds / 60), seconds: twoDigits(seconds % 60) };
}

/**
 * Whether the advice escalates at this attempt: every failure does from `escalateAfter` on; a
 * document that cannot pass (an expired ID card) is retaken once at most before it does.
 */
function isEscalated(reading: CodeDescription, attempt: unknown, escalateAfter: unknown): boolean {
  if (reading.kind !== 'error' || !isNumber(attempt)) return false;
  // The one default of `escalateAfter` (3), and a non-number from JavaScript reads as missing.
  const after = isNumber(escalateAfter) ? escalateAfter : 3;
  return attempt >= (reading.retry.type === 'otherDocument' ? Math.min(2, after) : after);
}

export function useFaceIdGuidance(
  code: unknown,
  options: UseFaceIdGuidanceOptions = {},
): FaceIdGuidance {
  const { i18n: _i18n, ...guidance } = useGuidance(code, options, EVERY_CODE);
  return guidance;
}

/** Where a component's guidance comes from: what it reads codes with, and what it loads. */
export interface GuidanceSource {
  /** Reads the code: over the rows of the services the component takes. */
  readonly describe: (code: unknown, options?: DescribeOptions) => CodeDescription;
  /**
   * The namespaces the component reads, or how to find them from the service that defines the
   * code (`faceid`, and that service's own).
   */
  readonly namespaces:
    | readonly FaceIdNamespace[]
    | ((service: Service) => readonly FaceIdNamespace[]);
  /**
   * Loads the integrator diagnostics (`developerMessage`). The components pass it in development
   * only: in production they never show the diagnostics, so they never download them.
   */
  readonly loadDeveloperText: ((i18n: I18n, language: string) => Promise<void>) | undefined;
}

/**
 * `useFaceIdGuidance`'s source: every service, the namespace of the code's service, the
 * diagnostics on demand in development only (production builds drop the loader). A pure call: a
 * page that does not use the hook bundles none of the rows.
 */
const EVERY_CODE: GuidanceSource = /* @__PURE__ */ componentSource(
  describeCode,
  namespacesOfService,
);

/**
 * A component's source: its reader and namespaces, and the integrator diagnostics in development
 * only (for the console diagnostic). Production builds fold the condition and drop the loader.
 * Every development check reads `process.env.NODE_ENV` bare: bundlers (webpack, Vite, Next.js,
 * esbuild) replace that expression but do not define `process`, so a `typeof process` guard turned
 * the checks off in every browser build. Like React's own entry, this entry expects a bundler or a
 * CDN that replaces it.
 */
export function componentSource(
  describe: GuidanceSource['describe'],
  namespaces: GuidanceSource['namespaces'],
): GuidanceSource {
  return {
    describe,
    namespaces,
    loadDeveloperText: process.env.NODE_ENV !== 'production' ? loadFaceIdDeveloperText : undefined,
  };
}

/** What the components read: the guidance, and the instance it came from. */
export type Guidance = FaceIdGuidance & { readonly i18n: I18n };

/**
 * `useFaceIdGuidance` from a chosen source: a component that reads only some services
 * (`FaceVerifyErrorBanner`) passes a reader over their rows and only the `faceid` namespace.
 */
export function useGuidance(
  code: unknown,
  options: UseFaceIdGuidanceOptions,
  { describe, namespaces, loadDeveloperText }: GuidanceSource,
): Guidance {
  // Read defensively: a JavaScript caller may pass anything, or `null` for the options.
  const { service, attempt = 1, escalateAfter, lng, retryAt, now } = options ?? {};
  // Shared, frozen answers: the same code gives the same object, which keys the memo below.
  const reading = describe(code, { service });
  const { ready, language, error, text, i18n, t } = useFaceIdStrings(
    lng,
    typeof namespaces === 'function' ? namespaces(reading.service) : namespaces,
  );
  // The integrator diagnostics ship apart: they load once such a code is shown.
  // Shown whenever the diagnostics are there; loaded by the hook in development only (a host
  // that wants them in production adds the `faceid-developer` namespace itself).
  const developerKey = reading.messageKeys.developer;
  const developerReady =
    !!developerKey && namespaceState(i18n, language, NAMESPACES.developer).held;
  useEffect(() => {
    if (ready && developerKey && !developerReady) void loadDeveloperText?.(i18n, language);
  }, [ready, developerKey, developerReady, i18n, language, loadDeveloperText]);

  const escalated = isEscalated(reading, attempt, escalateAfter);

  const guidance = useMemo(() => {
    // Before the catalogue is there (or when every download failed), `text` is the bundled floor:
    // a generic title per kind and next step, in this language; no tips, no escalation list.
    const say = (key: FaceIdKey, values?: Record<string, string | number>) => text(key, values);
    const copy = ready ? reading.messageKeys : FLOOR_COPY[reading.kind];
    const displayCode = reading.known || isCodeShaped(reading.code) ? reading.code : '';
    // The unknown-code copy points to the code below: without one to show, it does not.
    const description =
      ready && reading.id === 'unknown' && !displayCode
        ? 'unknown.descriptionNoCode'
        : copy.description;
    return {
      ready,
      language,
      error,
      reading,
      // A string missing from what loaded (a host's partial override, a stale file): the floor's
      // title for the kind, and no empty tip or suggestion.
      title: say(copy.title) || say(FLOOR_COPY[reading.kind].title),
      description: description ? say(description) : '',
      tips: ready
        ? reading.tips.map((tip) => ({ tip, text: say(tipKey(tip)) })).filter((tip) => tip.text)
        : [],
      escalated,
      escalation: {
        title: say('ui.escalation.title'),
        suggestions: ready
          ? escalationKeys(reading)
              .map((key) => say(key))
              .filter(Boolean)
          : [],
      },
      // A photo is retaken in the OCR services: the one asked for, or the one that read the code.
      offered: actionsOf(
        reading,
        escalated,
        OCR_SERVICES.includes(service) || OCR_SERVICES.includes(reading.service),
      ).map((action) => ({
        action,
        label: say(actionKey(action)),
      })),
      // (The floor has the time left alone: "9 min 52 s" beside the disabled button.)
      waitText: (remaining: number) => {
        if (remaining <= 0) return say('ui.wait.ready');
        const time = say('ui.wait.time', remainingValues(remaining));
        return say('ui.wait.countdown', { time }) || time;
      },
      displayCode,
      supportCode: displayCode ? say('ui.support.code', { code: displayCode }) : '',
      developerMessage:
        developerKey && developerReady
          ? say(developerKey, { code: reading.code, service: reading.service })
          : undefined,
      text,
      t,
      i18n,
    };
  }, [
    ready,
    language,
    error,
    reading,
    escalated,
    service,
    developerKey,
    developerReady,
    text,
    t,
    i18n,
  ]);

  const remainingMs = useWait(reading, retryAt, now);
  const waiting = remainingMs > 0;
  // Each action the guidance offers whose handler the host passed; the first is the primary.
  const actions: LocalizedAction[] = [];
  for (const { action, label } of guidance.offered) {
    const onPress = handlerOf(options ?? {}, action);
    if (!onPress) continue;
    actions.push({
      action,
      label,
      primary: actions.length === 0,
      disabled: waiting && action !== 'contactSupport',
      onPress,
    });
  }

  const { developerMessage } = guidance;
  useEffect(() => {
    // Development only: production builds (`process.env.NODE_ENV` replaced) drop the branch and
    // `warnIntegrator` with it.
    if (
      process.env.NODE_ENV !== 'production' &&
      ready &&
      developerReady &&
      reading.messageKeys.developer &&
      reading.code !== ''
    ) {
      warnIntegrator(reading, developerMessage);
    }
  }, [ready, developerReady, reading, developerMessage]);

  const { offered: _offered, ...strings } = guidance;
  return Object.assign(strings, { actions, remainingMs });
}
