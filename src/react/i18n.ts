import { createInstance, type i18n as I18n } from 'i18next';
import {
  BASE_PART,
  type FaceIdNestedCatalogue,
  type FaceIdPackedCatalogue,
  type FaceIdPart,
  isPackedCatalogue,
  unpackFaceIdPart,
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

/**
 * `locales/<lng>/faceid.json` loaders by language. Each locale is its own chunk. No prototype, so
 * that `LOADERS[language]` finds no `toString` (nor a key of a polluted `Object.prototype`).
 */
function byLanguage<T>(loaders: Record<string, () => Promise<T>>): Loaders<T> {
  return Object.assign(
    Object.create(null),
    Object.fromEntries(
      Object.entries(loaders).map(([path, load]) => [path.split('/').slice(-2)[0] as string, load]),
    ),
  );
}

// A page that shows one language downloads only that one: its end-user strings, and the developer
// diagnostics only if a code whose cause is the integration is shown.
const LOADERS = /* @__PURE__ */ byLanguage(
  import.meta.glob<FaceIdPackedCatalogue>('../../locales/*/faceid.json', {
    query: '?packed',
    import: 'default',
  }),
);
const DEVELOPER_LOADERS = /* @__PURE__ */ byLanguage(
  import.meta.glob<FaceIdNestedCatalogue>('../../locales/*/faceid.json', {
    query: '?developer',
    import: 'default',
  }),
);

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

/** Values for a string's `{{variables}}`; `count` also picks the plural form. */
export type FaceIdTextValues = Readonly<Record<string, string | number>>;

/** A `faceid` string by key, in one language: see `faceIdText`. */
export type FaceIdText = (key: string, values?: FaceIdTextValues) => string;

const VARIABLE = /\{\{\s*(\w+)\s*\}\}/g;

interface Lookups {
  readonly read: (key: string) => unknown;
  readonly text: FaceIdText;
}

/** What faceid-guidance keeps per i18next instance. */
interface InstanceState {
  /** Moves on each language change and added or removed bundle: what components re-render on. */
  version: number;
  /** Moves with `version`, and when a part is unpacked during a render: what lookups re-read on. */
  generation: number;
  readonly listeners: Set<() => void>;
  /** Packed catalogues by language, kept to unpack the parts asked for later. */
  readonly packed: Map<string, FaceIdPackedCatalogue>;
  /** The catalogue parts this instance's components asked for: the base part, then maybe more. */
  readonly parts: Set<FaceIdPart>;
  /** Per language: the store read once per key and change, and `faceIdText` over it. */
  readonly lookups: Map<string, Lookups>;
  readonly watch: FaceIdInstanceWatch;
}

/** A change counter for one i18next instance, in the shape `useSyncExternalStore` takes. */
export interface FaceIdInstanceWatch {
  readonly subscribe: (listener: () => void) => () => void;
  readonly snapshot: () => number;
}

const states = new WeakMap<I18n, InstanceState>();

function stateOf(i18n: I18n): InstanceState {
  let state = states.get(i18n);
  if (!state) {
    const listeners = new Set<() => void>();
    const created: InstanceState = {
      version: 0,
      generation: 0,
      listeners,
      packed: new Map(),
      parts: new Set([BASE_PART]),
      lookups: new Map(),
      watch: {
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        snapshot: () => created.version,
      },
    };
    // Bound for the instance's lifetime, so that no change is missed between a render and the
    // subscription of its component.
    const bump = () => {
      created.version++;
      created.generation++;
      for (const listener of created.listeners) listener();
    };
    i18n.on('languageChanged', bump);
    i18n.store?.on('added', bump);
    i18n.store?.on('removed', bump);
    states.set(i18n, created);
    state = created;
  }
  return state;
}

/**
 * A change counter for `i18n`: it moves on each language change and each added or removed
 * resource bundle; `subscribe` and `snapshot` are the same functions on every call.
 */
export function watchFaceIdInstance(i18n: I18n): FaceIdInstanceWatch {
  return stateOf(i18n).watch;
}

/**
 * Looks up `faceid` strings of one language in `i18n` directly: the plural form for `count` by
 * i18next's `_one`/`_other` keys (falling back to `_other`), `{{variables}}` filled in, no HTML
 * escaping (React escapes). A missing string is `''`. Whatever the host instance's own settings
 * (separators, escaping, fallbacks, post-processors), the catalogue reads the same.
 *
 * The components make a dozen lookups per render: each string is read from the store once, then
 * again only after the instance's resources change. One function per instance and language.
 */
export function faceIdText(i18n: I18n, language: string): FaceIdText {
  return lookupsOf(i18n, language).text;
}

/**
 * Whether `i18n` holds this `faceid` key in exactly this language (whatever the host's own
 * separators and fallbacks): `unknown.title` tells the end-user strings are there,
 * `developer.unknown` the integrator diagnostics.
 */
export function hasFaceIdText(i18n: I18n, language: string, key: string): boolean {
  return typeof lookupsOf(i18n, language).read(key) === 'string';
}

function lookupsOf(i18n: I18n, language: string): Lookups {
  const state = stateOf(i18n);
  let lookups = state.lookups.get(language);
  if (!lookups) {
    const strings = new Map<string, unknown>();
    let readAt = state.generation;
    const read = (key: string): unknown => {
      if (readAt !== state.generation) {
        strings.clear();
        readAt = state.generation;
      }
      let found = strings.get(key);
      if (found === undefined && !strings.has(key)) {
        found = readResource(i18n, language, key);
        strings.set(key, found);
      }
      return found;
    };
    const text: FaceIdText = (key, values) => {
      const count = values?.count;
      const found =
        typeof count === 'number'
          ? // i18next's plural suffixes are Intl's categories (`one`, `other`…).
            (read(`${key}_${new Intl.PluralRules(language).select(count)}`) ?? read(`${key}_other`))
          : read(key);
      if (typeof found !== 'string') return '';
      return values
        ? found.replace(VARIABLE, (match, name: string) =>
            // Own values only (not `Object.hasOwn`: newer than the ES2020 target).
            Object.keys(values).includes(name) ? String(values[name]) : match,
          )
        : found;
    };
    lookups = { read, text };
    state.lookups.set(language, lookups);
  }
  return lookups;
}

/**
 * Unpacks into `i18n` the parts its components asked for that it does not hold yet, from the packed
 * catalogue of `language` it was given or loaded. `silent` (no i18next event) during a render:
 * filling in strings then is a cache fill that no other component has to hear about.
 */
function unpackWanted(i18n: I18n, language: string, silent: boolean): void {
  const state = stateOf(i18n);
  const packed = state.packed.get(language);
  if (!packed) return;
  for (const part of state.parts) {
    if (typeof readResource(i18n, language, part.sentinel) === 'string') continue;
    i18n.addResourceBundle(language, FACEID_NS, unpackFaceIdPart(packed, part), true, false, {
      silent,
    });
    state.generation++;
  }
}

function readResource(i18n: I18n, language: string, key: string): unknown {
  return i18n.getResource(language, FACEID_NS, key, { keySeparator: '.' });
}

/** Adds a loaded or given catalogue to `i18n`: nested as it is, packed part by part as asked for. */
function addCatalogue(i18n: I18n, language: string, catalogue: FaceIdCatalogue): void {
  if (isPackedCatalogue(catalogue)) {
    stateOf(i18n).packed.set(language, catalogue);
    unpackWanted(i18n, language, false);
  } else {
    i18n.addResourceBundle(language, FACEID_NS, catalogue, true, false);
  }
}

/**
 * Whether `i18n` holds `part` of `language` (default: the base part). When its packed catalogue is
 * at hand, the part is unpacked first, silently, so that this is safe during a render.
 */
export function hasFaceIdPart(i18n: I18n, language: string, part: FaceIdPart = BASE_PART): boolean {
  if (hasFaceIdText(i18n, language, part.sentinel)) return true;
  stateOf(i18n).parts.add(part);
  unpackWanted(i18n, language, true);
  return hasFaceIdText(i18n, language, part.sentinel);
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
      (catalogue) => addCatalogue(i18n, language, catalogue),
      () => {
        loads.delete(key);
      },
    );
    loads.set(key, promise);
  }
  return promise;
}

/**
 * Makes sure `i18n` holds the `faceid` strings of a shipped language, loading them on demand: the
 * base part (face verification and the interface), and `part` too when given (`CARD_PART`, for OCR).
 * Resolves at once when they are there already; never rejects (a failed load can be retried).
 */
export function loadFaceIdLanguage(
  i18n: I18n,
  language: string,
  part: FaceIdPart = BASE_PART,
): Promise<void> {
  stateOf(i18n).parts.add(part);
  unpackWanted(i18n, language, false);
  if (
    hasFaceIdText(i18n, language, BASE_PART.sentinel) &&
    hasFaceIdText(i18n, language, part.sentinel)
  ) {
    return Promise.resolve();
  }
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
  void instance.init({
    lng: language,
    fallbackLng: false,
    ns: [FACEID_NS],
    defaultNS: FACEID_NS,
    initAsync: false,
    // React escapes text; i18next escaping would show `&lt;` for a hostile code.
    interpolation: { escapeValue: false },
  });
  for (const [lng, catalogue] of Object.entries(resources ?? {})) {
    addCatalogue(instance, resolveLanguage(lng), catalogue);
  }
  return instance;
}
