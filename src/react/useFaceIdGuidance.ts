import type { i18n as I18n, TFunction } from 'i18next';
import { useEffect, useMemo } from 'react';
import { type UseTranslationOptions, useTranslation } from 'react-i18next';
import type { Service, Tip } from '../core/catalogue';
import { type CodeReading, readCode } from '../core/describe';
import { isDevelopment } from './dev';
import { useFaceIdI18n } from './FaceIdGuidanceProvider';
import { FACEID_NS, hasFaceIdText, loadFaceIdDeveloperText, loadFaceIdLanguage } from './i18n';

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
  readonly reading: CodeReading;
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
}

const warned = new Set<string>();

/**
 * Logs an integrator-audience code once per page in development, with Tencent's official text.
 * The official texts load only here, so production bundles never download them.
 */
function warnIntegrator(reading: CodeReading, developerMessage: string | undefined): void {
  const key = `${reading.service}:${reading.code}`;
  if (warned.has(key)) return;
  warned.add(key);
  void import('../core/official').then(({ OFFICIAL }) => {
    const [message, action] = reading.id === 'unknown' ? ['', ''] : OFFICIAL[reading.id];
    console.warn(
      `[faceid-guidance] ${reading.service} code ${reading.code} (${reading.id}) is for the integrator, not the end user.` +
        `${developerMessage ? `\n${developerMessage}` : ''}${message ? `\nOfficial: ${message}${action ? ` / ${action}` : ''}` : ''}`,
    );
  });
}

/**
 * `t` for the `faceid` namespace in the language in use, loading that language's catalogue on
 * demand; `ready` is false until it is there.
 */
export function useFaceIdTranslation(lng?: string): {
  ready: boolean;
  language: string;
  t: TFunction;
  i18n: I18n;
} {
  const { i18n, language } = useFaceIdI18n(lng);
  // `bindI18nStore` (re-render when a catalogue is added) is read by react-i18next but not typed.
  const options: UseTranslationOptions<undefined> & { bindI18nStore: string } = {
    i18n,
    lng: language,
    useSuspense: false,
    bindI18n: 'languageChanged',
    bindI18nStore: 'added',
  };
  const { t: translate } = useTranslation(FACEID_NS, options);
  // A host instance's own settings (escapeValue, keySeparator, load, lowerCaseLng, supportedLngs…)
  // must not garble the copy: look up exactly the bundle `ready` checks, with the catalogue's key
  // separator, and leave escaping to React.
  const t = useMemo(() => {
    const pinned = {
      lngs: [language],
      keySeparator: '.',
      interpolation: { escapeValue: false },
    };
    const pinnedT = (key: string | string[], options?: unknown) =>
      translate(
        key,
        typeof options === 'string'
          ? { ...pinned, defaultValue: options }
          : { ...pinned, ...(options as object | undefined) },
      );
    return pinnedT as TFunction;
  }, [translate, language]);
  const ready = hasFaceIdText(i18n, language, 'unknown.title');
  useEffect(() => {
    if (!ready) void loadFaceIdLanguage(i18n, language);
  }, [ready, i18n, language]);
  return { ready, language, t, i18n };
}

/**
 * The localized strings and policy for a FaceID code, for hosts that build their own UI.
 * The components are thin layers over this hook.
 */
export function useFaceIdGuidance(
  code: unknown,
  options: UseFaceIdGuidanceOptions = {},
): FaceIdGuidance {
  const { service, attempt = 1, escalateAfter = 3, lng } = options;
  const { ready, language, t, i18n } = useFaceIdTranslation(lng);
  const reading = readCode(code, { service });

  const text = (key: string | undefined, values?: Record<string, unknown>): string =>
    ready && key ? t(key, values) : '';
  // The integrator diagnostics ship apart: they load once such a code is shown.
  const developerKey = reading.messageKeys.developer;
  const developerReady = hasFaceIdText(i18n, language, 'developer.unknown');
  const developerMessage =
    developerKey && developerReady
      ? text(developerKey, { code: reading.code, service: reading.service })
      : undefined;
  useEffect(() => {
    if (ready && developerKey && !developerReady) void loadFaceIdDeveloperText(i18n, language);
  }, [ready, developerKey, developerReady, i18n, language]);

  useEffect(() => {
    if (
      ready &&
      developerReady &&
      reading.audience === 'integrator' &&
      reading.code !== '' &&
      isDevelopment()
    ) {
      warnIntegrator(reading, developerMessage);
    }
  });

  const escalated =
    reading.kind === 'error' &&
    reading.retry.type === 'now' &&
    typeof attempt === 'number' &&
    attempt >= escalateAfter;

  return {
    ready,
    language,
    reading,
    title: text(reading.messageKeys.title),
    description: text(reading.messageKeys.description),
    tips: reading.tips.map((tip) => ({ tip, text: text(`tips.${tip}`) })),
    escalated,
    escalation: {
      title: text('ui.escalation.title'),
      suggestions: [
        text('ui.escalation.brighterPlace'),
        text('ui.escalation.anotherDevice'),
        text('ui.escalation.contactSupport'),
      ],
    },
    supportCode: text('ui.support.code', { code: reading.code }),
    developerMessage,
    t,
  };
}
