/** The language shown when nothing else is asked for. */
export const DEFAULT_LANGUAGE = 'zh-CN';

/**
 * The languages faceid-guidance ships, sorted: the folders of `locales/`. Written out, so that the
 * core needs no bundler (it runs as plain modules in Node and any bundler); a test holds it to the
 * folders, and names the tag a new locale must add here.
 */
export const SUPPORTED_LANGUAGES: readonly string[] = [
  'en',
  'id',
  'ja',
  'ko',
  'ms',
  'th',
  'vi',
  'zh-CN',
  'zh-HK',
  'zh-TW',
];

/** Hong Kong and Macau Chinese (and Cantonese): zh-HK's wording, else Traditional (zh-TW). */
const HONG_KONG = /^(zh-(hant-)?(hk|mo)|yue)\b/;
const TRADITIONAL = /^zh-(tw|hant)\b/;
/** Tags of the past that name a shipped language today (`in` was Indonesian's code until 1989). */
const RENAMED: Readonly<Record<string, string>> = { in: 'id' };

const shipped = (lng: string) => SUPPORTED_LANGUAGES.find((l) => l.toLowerCase() === lng);

/** The shipped language for a tag, by `resolveLanguage`'s rules; `undefined` when none matches. */
export function matchLanguage(requested: unknown): string | undefined {
  if (typeof requested !== 'string' || requested.length > 64) return undefined;
  const wanted = requested.trim().replace(/_/g, '-').toLowerCase();
  const first = wanted.split('-')[0] as string;
  const base = Object.keys(RENAMED).includes(first) ? (RENAMED[first] as string) : first;
  return (
    shipped(wanted) ??
    (HONG_KONG.test(wanted)
      ? (shipped('zh-hk') ?? shipped('zh-tw'))
      : base === 'zh'
        ? TRADITIONAL.test(wanted)
          ? shipped('zh-tw')
          : shipped('zh-cn')
        : SUPPORTED_LANGUAGES.find((lng) => lng.split('-')[0] === base))
  );
}

/**
 * The shipped language to show for a requested one: exact match (any case) → Chinese script and
 * region rules (zh-HK, zh-MO, zh-Hant-HK, yue → zh-HK; zh-Hant* → zh-TW; zh, zh-Hans*, zh-SG… →
 * zh-CN) → same language in
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
