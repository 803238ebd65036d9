import type { i18n as I18n } from 'i18next';
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
import {
  createFaceIdI18n,
  DEFAULT_LANGUAGE,
  type FaceIdCatalogue,
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
   * The language for tags faceid-guidance does not ship, and for a language whose download failed:
   * a tag or a list of tags, the first shipped one wins. @default 'zh-CN'
   */
  fallbackLng?: string | readonly string[];
  /**
   * Catalogues to have from the first render (server rendering, no loading state), by language:
   * `{ en: enCatalogue }` with `import enCatalogue from 'faceid-guidance/locales/en'`.
   * Other languages load on demand.
   */
  resources?: Readonly<Record<string, FaceIdCatalogue>>;
  /**
   * Suspend while a language loads, instead of rendering the loading box: streaming server
   * renderers (`renderToReadableStream`, `renderToPipeableStream`, Next.js App Router) then wait
   * for the locale and send the text, and hydration waits for it too. `renderToString` cannot
   * wait (React throws there): leave this off with it, and pass `resources`. @default false
   */
  suspense?: boolean;
  /**
   * Called when a language's download failed for good (after 4 tries over 6 s); the components
   * then show a loaded language, or the fallback language. The hooks' `error` tells it too.
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
  const [i18n] = useState(() =>
    createFaceIdI18n(resources, resolveLanguage(lng, fallbackLng), {
      suspense,
      onLoadError: (error, failed) => onError.current?.(error, failed),
    }),
  );
  const value = useMemo(
    () => ({ i18n, lng, fallbacks: typeof fallbackLng === 'string' ? [fallbackLng] : fallbackLng }),
    [i18n, lng, fallbackLng],
  );
  return <FaceIdContext.Provider value={value}>{children}</FaceIdContext.Provider>;
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
