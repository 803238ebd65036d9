import type { FallbackLng, i18n as I18n } from 'i18next';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { isArray, ownItems, ownValue } from '../core/input';
import {
  createFaceIdI18n,
  DEFAULT_LANGUAGE,
  type FaceIdResources,
  hasFaceIdResources,
  resolveLanguage,
} from './i18n';

interface FaceIdContextValue {
  readonly i18n: I18n;
  /** The language asked for; `undefined` follows the instance's own language. */
  readonly lng: string | undefined;
  /** `fallbackLng` as a list. */
  readonly fallbacks: readonly string[];
}

const FaceIdContext = createContext<FaceIdContextValue | null>(null);

export interface FaceIdGuidanceProviderProps {
  /** The language to show; any BCP 47 tag (zh-HK → zh-TW, en-US → en…). @default 'zh-CN' */
  lng?: string;
  /**
   * The language for tags faceid-guidance does not ship, in any form i18next takes: a tag, a list
   * of tags, lists by language (`{ 'zh-MO': ['zh-HK'], default: ['en'] }`) or a function of the
   * tag; the first shipped one wins. A shipped language whose download failed is not replaced:
   * the bundled floor speaks it. @default 'zh-CN'
   */
  fallbackLng?: false | FallbackLng;
  /**
   * Strings by language and namespace, in i18next's shape. Whole namespaces are there from the
   * first render (server rendering, no loading state): `{ en }` with
   * `import en from 'faceid-guidance/locales/en'`. Partial ones override: the keys given win, the
   * rest loads as usual (`{ en: { faceid: { codes: { faceVerifyNoBlink: { title: '…' } } } } }`).
   * Other languages load on demand.
   */
  resources?: Readonly<Record<string, FaceIdResources>>;
  /**
   * Suspend while a language loads, instead of rendering the loading box: streaming server
   * renderers (`renderToReadableStream`, `renderToPipeableStream`, Next.js App Router) then wait
   * for the locale and send the text, and hydration waits for it too. `renderToString` cannot
   * wait (React throws there): leave this off with it, and pass `resources`. @default false
   */
  suspense?: boolean;
  /**
   * Called when a namespace of a language failed to download for good (i18next's `failedLoading`,
   * after 4 tries over about 5 s); the components then show the bundled floor of that language.
   * The hooks' `error` tells it too.
   */
  onLoadError?: (error: unknown, lng: string) => void;
  children?: ReactNode;
}

/**
 * Gives the faceid-guidance components below it their own isolated i18next instance, never the
 * host's. For the host's own instance, use `addFaceIdResources` instead and no provider.
 */
export function FaceIdGuidanceProvider({
  lng = DEFAULT_LANGUAGE,
  fallbackLng = DEFAULT_LANGUAGE,
  resources,
  suspense,
  onLoadError,
  children,
}: FaceIdGuidanceProviderProps) {
  const onError = useRef(onLoadError);
  useEffect(() => {
    onError.current = onLoadError;
  });
  // One instance for the provider's lifetime; later `resources` and `suspense` changes are ignored
  // by design.
  const fallbacks = fallbackList(fallbackLng, lng);
  const [i18n] = useState(() =>
    createFaceIdI18n(resources, resolveLanguage(lng, fallbacks), {
      // Read defensively: only `true` suspends, only a function is called.
      suspense: suspense === true,
      onLoadError: (error, failed) => {
        const told = onError.current;
        if (typeof told === 'function') told(error, failed);
      },
    }),
  );
  const fallbacksKey = fallbacks.join();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `fallbacksKey` stands for the list's content.
  const value = useMemo(() => ({ i18n, lng, fallbacks }), [i18n, lng, fallbacksKey]);
  return <FaceIdContext.Provider value={value}>{children}</FaceIdContext.Provider>;
}

/** At most this many fallback tags are read: a hostile list is not walked whole. */
const MAX_FALLBACKS = 16;

/** Tags from a value that should be a tag or a list of tags; nothing else. */
function tagsOf(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : (ownItems(value, MAX_FALLBACKS) ?? []);
  return list.filter((tag): tag is string => typeof tag === 'string');
}

/**
 * `fallbackLng` in any form i18next takes, as a list of tags for `lng`: a tag, a list, lists by
 * language (the language's, then `default`) or a function of the tag (whatever it returns, or
 * throws, read the same way). `false` and anything else: none.
 */
export function fallbackList(fallbackLng: unknown, lng: unknown): string[] {
  let value = fallbackLng;
  if (typeof value === 'function') {
    try {
      value = value(typeof lng === 'string' ? lng : '');
    } catch {
      return [];
    }
  }
  if (value === null || typeof value !== 'object' || isArray(value)) return tagsOf(value);
  // Own keys only, read defensively (a revoked proxy, a getter that throws: none).
  const byLanguage = (tag: unknown) =>
    typeof tag === 'string' ? tagsOf(ownValue(value, tag)) : [];
  return [...byLanguage(lng), ...byLanguage('default')].slice(0, MAX_FALLBACKS);
}

let defaultInstance: I18n | undefined;
let hinted = false;

/**
 * The instance and language the components use: the provider's; else the host's react-i18next
 * instance (I18nextProvider or initReactI18next) when `addFaceIdResources` registered it; else a
 * shared isolated zh-CN instance (with a one-time hint in development).
 */
export function useFaceIdI18n(lng?: string): {
  i18n: I18n;
  language: string;
  /** Where to look when `language`'s download fails: tags, the first shipped one wins. */
  fallbacks: readonly string[];
} {
  const context = useContext(FaceIdContext);
  // The host's instance: from <I18nextProvider>, else the one `initReactI18next` registered.
  const host = useContext(I18nContext)?.i18n ?? getI18n();
  if (context) {
    const { fallbacks } = context;
    return {
      i18n: context.i18n,
      language: resolveLanguage(lng ?? context.lng, fallbacks),
      fallbacks,
    };
  }
  if (hasFaceIdResources(host)) {
    // `languages` is i18next's own lookup order: the language, then the host's `fallbackLng`
    // (a string, a list, by-language lists or a function: i18next has worked it out).
    const fallbacks = host.languages ?? [];
    return {
      i18n: host,
      language: resolveLanguage(lng ?? host.resolvedLanguage ?? host.language, fallbacks),
      fallbacks,
    };
  }
  if (!defaultInstance) {
    defaultInstance = createFaceIdI18n();
    // Development only: production builds drop the hint.
    if (process.env.NODE_ENV !== 'production' && !hinted) {
      hinted = true;
      console.warn(
        '[faceid-guidance] No <FaceIdGuidanceProvider> and no addFaceIdResources(i18n): showing zh-CN. ' +
          'Wrap the components in <FaceIdGuidanceProvider lng="…"> or call addFaceIdResources(yourI18n).',
      );
    }
  }
  return { i18n: defaultInstance, language: resolveLanguage(lng), fallbacks: [] };
}
