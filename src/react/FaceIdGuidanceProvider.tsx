import type { i18n as I18n } from 'i18next';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
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
  readonly fallbackLng: string;
}

const FaceIdContext = createContext<FaceIdContextValue | null>(null);

export interface FaceIdGuidanceProviderProps {
  /** The language to show; any BCP 47 tag (zh-HK → zh-TW, en-US → en…). @default 'zh-CN' */
  lng?: string;
  /** The language for tags faceid-guidance does not ship. @default 'zh-CN' */
  fallbackLng?: string;
  /**
   * Catalogues to have from the first render (server rendering, no loading state), by language:
   * `{ en: enCatalogue }` with `import enCatalogue from 'faceid-guidance/locales/en'`.
   * Other languages load on demand.
   */
  resources?: Readonly<Record<string, FaceIdCatalogue>>;
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
  children,
}: FaceIdGuidanceProviderProps) {
  // One instance for the provider's lifetime; later `resources` changes are ignored by design.
  const [i18n] = useState(() => createFaceIdI18n(resources, resolveLanguage(lng, fallbackLng)));
  const value = useMemo(() => ({ i18n, lng, fallbackLng }), [i18n, lng, fallbackLng]);
  return <FaceIdContext.Provider value={value}>{children}</FaceIdContext.Provider>;
}

let defaultInstance: I18n | undefined;
let hinted = false;

/**
 * The instance and language the components use: the provider's; else the host's react-i18next
 * instance (I18nextProvider or initReactI18next) when `addFaceIdResources` registered it; else a
 * shared isolated zh-CN instance (with a one-time hint in development).
 */
export function useFaceIdI18n(lng?: string): { i18n: I18n; language: string } {
  const context = useContext(FaceIdContext);
  // The host's instance: from <I18nextProvider>, else the one `initReactI18next` registered.
  const host = useContext(I18nContext)?.i18n ?? getI18n();
  if (context) {
    return {
      i18n: context.i18n,
      language: resolveLanguage(lng ?? context.lng, context.fallbackLng),
    };
  }
  if (hasFaceIdResources(host)) {
    return { i18n: host, language: resolveLanguage(lng ?? host.resolvedLanguage ?? host.language) };
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
  return { i18n: defaultInstance, language: resolveLanguage(lng) };
}
