import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Service, Tip } from '../core/catalogue';
import { type CodeDescription, type DescribeOptions, describeCode } from '../core/describe';
import { useFaceIdI18n } from './FaceIdGuidanceProvider';
import {
  FACEID_NS,
  type FaceIdText,
  faceIdText,
  hasFaceIdPart,
  hasFaceIdText,
  loadFaceIdDeveloperText,
  loadFaceIdLanguage,
  watchFaceIdInstance,
} from './i18n';
import { CARD_PART, type FaceIdPart } from './packedCatalogue';

export interface UseFaceIdGuidanceOptions {
  /** The service whose table the code is read in. @default 'faceVerify' */
  service?: Service;
  /** How many attempts have failed so far, this one included. */
  attempt?: number;
  /** From this attempt on, the advice escalates (another device, support). @default 3 */
  escalateAfter?: number;
  /** Overrides the provider's (or host instance's) language for this use. */
  lng?: string;
}

export interface LocalizedTip {
  readonly tip: Tip;
  readonly text: string;
}

export interface FaceIdGuidance {
  /** False while the language's catalogue is loading: the strings are empty then. */
  readonly ready: boolean;
  /** The shipped language in use (`zh-CN`, `zh-TW`, `en`…). */
  readonly language: string;
  /** The code as read by the core: id, kind, audience, retry policy, tips, message keys. */
  readonly reading: CodeDescription;
  readonly title: string;
  readonly description: string;
  readonly tips: readonly LocalizedTip[];
  /** True after several failed attempts: show `escalation` instead of repeating the same advice. */
  readonly escalated: boolean;
  readonly escalation: { readonly title: string; readonly suggestions: readonly string[] };
  /** The support reference line (`Code: 66660023`). */
  readonly supportCode: string;
  /** The integrator diagnostic, for integrator-audience and unknown codes; never show it to users. */
  readonly developerMessage: string | undefined;
  /** `t` fixed to the `faceid` namespace and this language. */
  readonly t: TFunction;
  /**
   * A faceid string by key, in this language: `count` picks the plural, `{{variables}}` are
   * filled in. Faster than `t`.
   */
  readonly text: FaceIdText;
}

const warned = /* @__PURE__ */ new Set<string>();

/**
 * Logs an integrator-audience code once per page in development, with Tencent's official text.
 * The official texts load only here, so production bundles never download them.
 */
function warnIntegrator(reading: CodeDescription, developerMessage: string | undefined): void {
  const key = `${reading.service}:${reading.code}`;
  if (warned.has(key)) return;
  warned.add(key);
  void import('../core/diagnostics').then(({ officialText }) => {
    const { message, action } = officialText(reading.id);
    console.warn(
      `[faceid-guidance] ${reading.service} code ${reading.code} (${reading.id}) is for the integrator, not the end user.` +
        `${developerMessage ? `\n${developerMessage}` : ''}${message ? `\nOfficial: ${message}${action ? ` / ${action}` : ''}` : ''}`,
    );
  });
}

export interface FaceIdTranslation {
  /** False while the language's catalogue is loading. */
  readonly ready: boolean;
  /** The shipped language in use. */
  readonly language: string;
  /** i18next's `t`, fixed to the `faceid` namespace and this language. */
  readonly t: TFunction;
  /** A faceid string by key, in this language (see `faceIdText`). */
  readonly text: FaceIdText;
  readonly i18n: I18n;
  /** Changes whenever the instance's language or resources change. */
  readonly version: number;
}

/**
 * The `faceid` strings in the language in use, loading that language's catalogue on demand;
 * `ready` is false until it is there. Re-renders when the instance's language or resources change.
 */
export function useFaceIdTranslation(lng?: string): FaceIdTranslation {
  const strings = useFaceIdStrings(lng, CARD_PART);
  const t = usePinnedT(strings.i18n, strings.language);
  return Object.assign({ t }, strings);
}

/**
 * i18next's `t` for the `faceid` namespace in exactly `language`. A host instance's own settings
 * (escapeValue, keySeparator, load, supportedLngs…) must not garble the copy: exactly this
 * language, the catalogue's key separator, escaping left to React. Only the public hooks make it:
 * the components read through `text`.
 */
function usePinnedT(i18n: I18n, language: string): TFunction {
  return useMemo(() => {
    const pinned = {
      lng: language,
      lngs: [language],
      ns: FACEID_NS,
      keySeparator: '.',
      interpolation: { escapeValue: false },
    };
    const fixed = (key: string | string[], options?: unknown) =>
      i18n.t(
        key,
        Object.assign(
          {},
          pinned,
          typeof options === 'string' ? { defaultValue: options } : (options as object | undefined),
        ),
      );
    return fixed as TFunction;
  }, [i18n, language]);
}

/**
 * `useFaceIdTranslation` for the base part of the catalogue and `part` (`null`: none more):
 * `FaceVerifyErrorBanner` needs no OCR strings, so its bundle holds no OCR keys.
 */
export function useFaceIdStrings(
  lng: string | undefined,
  part: FaceIdPart | null,
): Omit<FaceIdTranslation, 't'> {
  const { i18n, language } = useFaceIdI18n(lng);
  const watch = watchFaceIdInstance(i18n);
  const version = useSyncExternalStore(watch.subscribe, watch.snapshot, watch.snapshot);
  const text = faceIdText(i18n, language);
  const ready = hasFaceIdPart(i18n, language) && (!part || hasFaceIdPart(i18n, language, part));
  useEffect(() => {
    if (!ready) void loadFaceIdLanguage(i18n, language, part ?? undefined);
  }, [ready, i18n, language, part]);
  return { ready, language, text, i18n, version };
}

const ESCALATION_KEYS = [
  'ui.escalation.brighterPlace',
  'ui.escalation.anotherDevice',
  'ui.escalation.contactSupport',
] as const;

/**
 * The localized strings and policy for a FaceID code, for hosts that build their own UI.
 * The components are thin layers over this hook. The strings are worked out once per code,
 * language and catalogue change, not on every render.
 */
export function useFaceIdGuidance(
  code: unknown,
  options: UseFaceIdGuidanceOptions = {},
): FaceIdGuidance {
  const internal = useGuidance(code, options, EVERY_CODE);
  const t = usePinnedT(internal.i18n, internal.language);
  return useMemo(() => {
    const { i18n: _i18n, ...guidance } = internal;
    return Object.assign({ t }, guidance);
  }, [t, internal]);
}

/** Where a component's guidance comes from: what it reads codes with, and what it loads. */
export interface GuidanceSource {
  /** Reads the code: over the rows of the services the component takes. */
  readonly describe: (code: unknown, options?: DescribeOptions) => CodeDescription;
  /** The catalogue part the component needs beside the base part (`null`: none). */
  readonly part: FaceIdPart | null;
  /**
   * Loads the integrator diagnostics (`developerMessage`). The components pass it in development
   * only: in production they never show the diagnostics, so they neither load nor bundle them.
   */
  readonly loadDeveloperText: ((i18n: I18n, language: string) => Promise<void>) | undefined;
}

/** `useFaceIdGuidance`'s source: every service, every part, the diagnostics on demand. */
const EVERY_CODE: GuidanceSource = {
  describe: describeCode,
  part: CARD_PART,
  loadDeveloperText: loadFaceIdDeveloperText,
};

/**
 * A component's source: its reader and part, and the integrator diagnostics in development only
 * (for the console diagnostic). Production builds fold the condition and drop the loader.
 */
export function componentSource(
  describe: GuidanceSource['describe'],
  part: FaceIdPart | null,
): GuidanceSource {
  return {
    describe,
    part,
    loadDeveloperText:
      typeof process !== 'undefined' && process.env.NODE_ENV !== 'production'
        ? loadFaceIdDeveloperText
        : undefined,
  };
}

/** What the components read: the guidance without `t`, and the instance it came from. */
export type Guidance = Omit<FaceIdGuidance, 't'> & { readonly i18n: I18n };

/**
 * `useFaceIdGuidance` from a chosen source: a component that reads only some services
 * (`FaceVerifyErrorBanner`) passes a reader over their rows and no extra part.
 */
export function useGuidance(
  code: unknown,
  options: UseFaceIdGuidanceOptions,
  { describe, part, loadDeveloperText }: GuidanceSource,
): Guidance {
  const { service, attempt = 1, escalateAfter = 3, lng } = options;
  const { ready, language, text, i18n, version } = useFaceIdStrings(lng, part);
  // Shared, frozen answers: the same code gives the same object, which keys the memo below.
  const reading = describe(code, { service });
  // The integrator diagnostics ship apart: they load once such a code is shown.
  const developerKey = loadDeveloperText && reading.messageKeys.developer;
  const developerReady = !!developerKey && hasFaceIdText(i18n, language, 'developer.unknown');
  useEffect(() => {
    if (ready && developerKey && !developerReady) void loadDeveloperText?.(i18n, language);
  }, [ready, developerKey, developerReady, i18n, language, loadDeveloperText]);

  const escalated =
    reading.kind === 'error' &&
    reading.retry.type === 'now' &&
    typeof attempt === 'number' &&
    attempt >= escalateAfter;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the catalogue's content, which `text` reads.
  const guidance = useMemo(() => {
    const say = (key: string, values?: Record<string, string | number>) =>
      ready ? text(key, values) : '';
    return {
      ready,
      language,
      reading,
      title: say(reading.messageKeys.title),
      description: say(reading.messageKeys.description),
      tips: reading.tips.map((tip) => ({ tip, text: say(`tips.${tip}`) })),
      escalated,
      escalation: {
        title: say('ui.escalation.title'),
        suggestions: ESCALATION_KEYS.map((key) => say(key)),
      },
      supportCode: say('ui.support.code', { code: reading.code }),
      developerMessage:
        developerKey && developerReady
          ? say(developerKey, { code: reading.code, service: reading.service })
          : undefined,
      text,
      i18n,
    };
  }, [ready, language, reading, escalated, developerKey, developerReady, text, i18n, version]);

  const { developerMessage } = guidance;
  useEffect(() => {
    // Development only: production builds (`process.env.NODE_ENV` replaced) drop the branch and
    // `warnIntegrator` with it.
    if (
      typeof process !== 'undefined' &&
      process.env.NODE_ENV !== 'production' &&
      ready &&
      developerReady &&
      reading.audience === 'integrator' &&
      reading.code !== ''
    ) {
      warnIntegrator(reading, developerMessage);
    }
  }, [ready, developerReady, reading, developerMessage]);

  return guidance;
}
