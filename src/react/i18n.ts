import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import {
  type FaceIdNestedCatalogue,
  type FaceIdPackedCatalogue,
  isPackedCatalogue,
  unpackFaceIdCatalogue,
} from './packedCatalogue';

/** The i18next namespace of every faceid-guidance message. */
export const FACEID_NS = 'faceid';

/** The language shown when nothing else is asked for. */
export const DEFAULT_LANGUAGE = 'zh-CN';

/**
 * One locale's `faceid` catalogue: packed, as `faceid-guidance/locales/<lng>` exports it, or nested,
 * as in `locales/<lng>/faceid.json`.
 */
export type FaceIdCatalogue = FaceIdPackedCatalogue | FaceIdNestedCatalogue;

type Loaders<T> = Readonly<Record<string, () => Promise<T>>>;

/** `locales/<lng>/faceid.json` loaders by language. Each locale is its own chunk. */
function byLanguage<T>(loaders: Record<string, () => Promise<T>>): Loaders<T> {
  return Object.fromEntries(
    Object.entries(loaders).map(([path, load]) => [path.split('/').at(-2) as string, load]),
  );
}

// A page that shows one language downloads only that one: its end-user strings, and the developer
// diagnostics only if a code whose cause is the integration is shown.
const LOADERS = byLanguage(
  import.meta.glob<FaceIdPackedCatalogue>('../../locales/*/faceid.json', {
    query: '?packed',
    import: 'default',
  }),
);
const DEVELOPER_LOADERS = byLanguage(
  import.meta.glob<FaceIdNestedCatalogue>('../../locales/*/faceid.json', {
    query: '?developer',
    import: 'default',
  }),
);

/** The nested form of a catalogue, whichever form it came in. */
function toNested(catalogue: FaceIdCatalogue): FaceIdNestedCatalogue {
  return isPackedCatalogue(catalogue) ? unpackFaceIdCatalogue(catalogue) : catalogue;
}

/** The languages faceid-guidance ships, discovered from `locales/`. */
export const SUPPORTED_LANGUAGES: readonly string[] = Object.keys(LOADERS).sort();

const TRADITIONAL = /^zh-(tw|hk|mo|hant)\b/;

/**
 * The shipped language to show for a requested one: exact match (any case) → Chinese script and
 * region rules (zh-HK, zh-MO, zh-Hant* → zh-TW; zh, zh-Hans*, zh-SG… → zh-CN) → same language in
 * any region (en-US → en) → `fallback`.
 */
export function resolveLanguage(requested: unknown, fallback: string = DEFAULT_LANGUAGE): string {
  const fallbackLanguage = SUPPORTED_LANGUAGES.includes(fallback) ? fallback : DEFAULT_LANGUAGE;
  if (typeof requested !== 'string' || requested.length > 64) return fallbackLanguage;
  const wanted = requested.trim().replace(/_/g, '-').toLowerCase();
  const exact = SUPPORTED_LANGUAGES.find((lng) => lng.toLowerCase() === wanted);
  if (exact) return exact;
  const base = wanted.split('-')[0];
  if (base === 'zh') return TRADITIONAL.test(wanted) ? 'zh-TW' : 'zh-CN';
  return SUPPORTED_LANGUAGES.find((lng) => lng.split('-')[0] === base) ?? fallbackLanguage;
}

/**
 * Whether `i18n` holds this `faceid` key in exactly this language (whatever the host's own
 * separators and fallbacks): `unknown.title` tells the end-user strings are there,
 * `developer.unknown` the integrator diagnostics.
 */
export function hasFaceIdText(i18n: I18n, language: string, key: string): boolean {
  return typeof i18n.getResource(language, FACEID_NS, key, { keySeparator: '.' }) === 'string';
}

const pending = new WeakMap<I18n, Map<string, Promise<void>>>();

/** Loads a part of a catalogue into `i18n` once, sharing the promise; a failed load can be retried. */
function loadOnce(
  i18n: I18n,
  key: string,
  load: (() => Promise<FaceIdCatalogue>) | undefined,
  language: string,
): Promise<void> {
  if (!load) return Promise.resolve();
  const loads = pending.get(i18n) ?? new Map<string, Promise<void>>();
  pending.set(i18n, loads);
  let promise = loads.get(key);
  if (!promise) {
    promise = load().then(
      (catalogue) => {
        i18n.addResourceBundle(language, FACEID_NS, toNested(catalogue), true, false);
      },
      () => {
        loads.delete(key);
      },
    );
    loads.set(key, promise);
  }
  return promise;
}

/**
 * Makes sure `i18n` holds the `faceid` catalogue of a shipped language, loading it on demand.
 * Resolves at once when it is there already; never rejects (a failed load can be retried).
 */
export function loadFaceIdLanguage(i18n: I18n, language: string): Promise<void> {
  if (hasFaceIdText(i18n, language, 'unknown.title')) return Promise.resolve();
  return loadOnce(i18n, language, LOADERS[language], language);
}

/**
 * Makes sure `i18n` holds the integrator diagnostics (`developer.*`) of a shipped language. They
 * ship apart from the end-user strings: only pages that show an integration problem load them.
 */
export function loadFaceIdDeveloperText(i18n: I18n, language: string): Promise<void> {
  if (hasFaceIdText(i18n, language, 'developer.unknown')) return Promise.resolve();
  return loadOnce(i18n, `${language}:developer`, DEVELOPER_LOADERS[language], language);
}

const registered = new WeakSet<I18n>();

/** Whether `addFaceIdResources` registered the namespace in this instance. */
export function hasFaceIdResources(i18n: I18n | undefined): i18n is I18n {
  return i18n !== undefined && registered.has(i18n);
}

/**
 * Registers the `faceid` namespace in the host's own i18next instance, so that the components
 * follow the host's language switches. Loads the given languages (default: the instance's current
 * language) now; any other language loads when the components first need it. Nothing else of the
 * host's instance is touched.
 *
 * @example await addFaceIdResources(i18n, ['zh-CN', 'en'])
 */
export function addFaceIdResources(i18n: I18n, languages?: readonly string[]): Promise<void> {
  registered.add(i18n);
  const wanted = languages ?? [i18n.resolvedLanguage ?? i18n.language];
  return Promise.all(wanted.map((lng) => loadFaceIdLanguage(i18n, resolveLanguage(lng)))).then(
    () => undefined,
  );
}

/**
 * An isolated i18next instance with only the `faceid` namespace: never the host's global one.
 * `resources` preloads catalogues (for server rendering, or to skip the first load).
 */
export function createFaceIdI18n(
  resources?: Readonly<Record<string, FaceIdCatalogue>>,
  language = DEFAULT_LANGUAGE,
): I18n {
  const instance = createInstance();
  const bundles: Resource = {};
  for (const [lng, catalogue] of Object.entries(resources ?? {})) {
    bundles[resolveLanguage(lng)] = { [FACEID_NS]: toNested(catalogue) };
  }
  void instance.init({
    lng: language,
    fallbackLng: false,
    ns: [FACEID_NS],
    defaultNS: FACEID_NS,
    resources: bundles,
    partialBundledLanguages: true,
    initAsync: false,
    // React escapes text; i18next escaping would show `&lt;` for a hostile code.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
