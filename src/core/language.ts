import SHIPPED from 'virtual:faceid-guidance/locales';

/** The language shown when nothing else is asked for. */
export const DEFAULT_LANGUAGE = 'zh-CN';

/**
 * The languages faceid-guidance ships, sorted: the folders of `locales/` (the build writes the list
 * in, so adding a locale is adding a folder).
 */
export const SUPPORTED_LANGUAGES: readonly string[] = SHIPPED;

const TRADITIONAL = /^zh-(tw|hk|mo|hant)\b/;

/** The shipped language for a tag, by `resolveLanguage`'s rules; `undefined` when none matches. */
export function matchLanguage(requested: unknown): string | undefined {
  if (typeof requested !== 'string' || requested.length > 64) return undefined;
  const wanted = requested.trim().replace(/_/g, '-').toLowerCase();
  const base = wanted.split('-')[0];
  return (
    SUPPORTED_LANGUAGES.find((lng) => lng.toLowerCase() === wanted) ??
    (base === 'zh'
      ? TRADITIONAL.test(wanted)
        ? 'zh-TW'
        : 'zh-CN'
      : SUPPORTED_LANGUAGES.find((lng) => lng.split('-')[0] === base))
  );
}

/**
 * The shipped language to show for a requested one: exact match (any case) → Chinese script and
 * region rules (zh-HK, zh-MO, zh-Hant* → zh-TW; zh, zh-Hans*, zh-SG… → zh-CN) → same language in
 * any region (en-US → en) → the first of `fallback` (a tag or a list of tags, matched the same way)
 * that matches → `DEFAULT_LANGUAGE`. Pure: usable on the server, before any React or i18next.
 */
export function resolveLanguage(
  requested: unknown,
  fallback: string | readonly string[] = DEFAULT_LANGUAGE,
): string {
  // At most 16 fallbacks: a hostile list is neither walked whole nor trusted to be an array.
  const tags = [requested].concat((Array.isArray(fallback) ? fallback : [fallback]).slice(0, 16));
  return tags.map(matchLanguage).find(Boolean) ?? DEFAULT_LANGUAGE;
}
