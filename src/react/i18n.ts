import FLOOR from 'virtual:faceid-guidance/floor';
import { createInstance, type i18n as I18n } from 'i18next';
import type { Service } from '../core/catalogue';
import { isArray, ownValue } from '../core/input';
import {
  CARD_PART,
  FACE_PART,
  type FaceIdKey,
  type FaceIdPart,
  type FaceIdPartName,
  FLOOR_KEYS,
  partOfService,
  RESULTS_PART,
} from '../core/keys';
import { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES } from '../core/language';
import {
  type FaceIdNestedCatalogue,
  type FaceIdPackedCatalogue,
  type FaceIdPackedPart,
  isPackedCatalogue,
  unpackFaceIdPart,
} from './packedCatalogue';

/** The i18next namespace of every faceid-guidance message. */
export const FACEID_NS = 'faceid';

// The language rules live in the core, for servers that pick a language before any React.
export { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES };

/**
 * One locale's `faceid` catalogue: packed, as `faceid-guidance/locales/<lng>` exports it (its parts
 * by index), or nested (the files of `locales/<lng>/` merged, as i18next holds them).
 */
export type FaceIdCatalogue = FaceIdPackedCatalogue | FaceIdNestedCatalogue;

type Loaders<T> = Readonly<Record<string, () => Promise<T>>>;

/**
 * `locales/<lng>/<file>.json` loaders by language. Each part of each locale is its own chunk. No
 * prototype, so that `loaders[language]` finds no `toString` (nor a key of a polluted
 * `Object.prototype`).
 */
function byLanguage<T>(loaders: Record<string, () => Promise<T>>): Loaders<T> {
  // A loop, not `Object.fromEntries`: the package runs where that is missing (Chrome 66, iOS 12).
  const byTag: Record<string, () => Promise<T>> = Object.create(null);
  for (const path of Object.keys(loaders)) {
    byTag[path.split('/').slice(-2)[0] as string] = loaders[path] as () => Promise<T>;
  }
  return byTag;
}

/**
 * A part of the catalogue with its chunks by language. A page downloads only the language it shows,
 * and of it only the parts its components name: each component's module names its parts
 * (`wantFaceIdPart`), so that a face page's bundle holds neither the card part's keys nor its
 * loaders.
 */
export interface PartLoading {
  readonly part: FaceIdPart;
  readonly loaders: Loaders<FaceIdPackedPart>;
}

/** @internal The face part's chunks by language; exported for the tests of failed downloads. */
export const LOADERS = /* @__PURE__ */ byLanguage(
  import.meta.glob<FaceIdPackedPart>('../../locales/*/face.json', {
    query: '?packed',
    import: 'default',
  }),
);

/** Face verification, the gateway, two-factor and the interface: every component's part. */
export const FACE_LOADING: PartLoading = { part: FACE_PART, loaders: LOADERS };

/** OCR and card warnings. */
export const CARD_LOADING: PartLoading = /* @__PURE__ */ Object.freeze({
  part: CARD_PART,
  loaders: /* @__PURE__ */ byLanguage(
    import.meta.glob<FaceIdPackedPart>('../../locales/*/card.json', {
      query: '?packed',
      import: 'default',
    }),
  ),
});

/** DetectAuth / eKYC / 意愿核身 results and Cloud API errors. */
export const RESULTS_LOADING: PartLoading = /* @__PURE__ */ Object.freeze({
  part: RESULTS_PART,
  loaders: /* @__PURE__ */ byLanguage(
    import.meta.glob<FaceIdPackedPart>('../../locales/*/results.json', {
      query: '?packed',
      import: 'default',
    }),
  ),
});

/** Every part's loading, by part name. */
const LOADINGS: Readonly<Record<FaceIdPartName, PartLoading>> = {
  face: FACE_LOADING,
  card: CARD_LOADING,
  results: RESULTS_LOADING,
};

/** The part of a service beside the face part (`null`: the face part holds it). */
export function loadingOfService(service: Service): PartLoading | null {
  const part = partOfService(service);
  return part && LOADINGS[part.name];
}

const DEVELOPER_LOADERS = /* @__PURE__ */ byLanguage(
  import.meta.glob<FaceIdNestedCatalogue>('../../locales/*/developer.json', {
    query: '?developer',
    import: 'default',
  }),
);

/**
 * The parts that components of this page may show: the face part, and those the loaded
 * components' modules named (`wantFaceIdPart`, when evaluated: before any render). A packed
 * catalogue given whole (`resources`) is unpacked for these parts when its instance is made.
 */
const WANTED = /* @__PURE__ */ new Set<PartLoading>();

/** @internal Names a part a component shows (called when its module is evaluated). */
export function wantFaceIdPart<T extends PartLoading | null>(loading: T): T {
  if (loading) WANTED.add(loading);
  return loading;
}

/** The load key of a part of a language: `en` (the face part), `en:card`, `en:developer`. */
function loadKey(language: string, part: FaceIdPart | 'developer'): string {
  return part === FACE_PART ? language : `${language}:${part === 'developer' ? part : part.name}`;
}

/** Values for a string's `{{variables}}`; `count` also picks the plural form. */
export type FaceIdTextValues = Readonly<Record<string, string | number>>;

/** A `faceid` string by key, in one language: see `faceIdText`. */
export type FaceIdText = (key: FaceIdKey, values?: FaceIdTextValues) => string;

const VARIABLE = /\{\{\s*(\w+)\s*\}\}/g;

interface Lookups {
  readonly read: (key: string) => unknown;
  readonly text: FaceIdText;
}

/** What faceid-guidance keeps per i18next instance. */
interface InstanceState {
  /** Moves on each language change and added or removed bundle: what components re-render on. */
  version: number;
  /** Moves with `version`, and when a part is added: what lookups re-read on. */
  generation: number;
  readonly listeners: Set<() => void>;
  /** Packed catalogues given whole (`resources`), by language: their parts not unpacked yet load from here. */
  readonly packed: Map<string, FaceIdPackedCatalogue>;
  /** The parts held, by load key (`en`, `en:card`). */
  readonly held: Set<string>;
  /** Per language: the store read once per key and change, and `faceIdText` over it. */
  readonly lookups: Map<string, Lookups>;
  readonly watch: FaceIdInstanceWatch;
  /** The loads under way, by language (`en`, `en:developer`). */
  readonly loads: Map<string, Loading>;
  /** The loads that failed for good, by language, with their last error. */
  readonly failed: Map<string, { readonly error: unknown }>;
  /** Tells the components of a change they cannot see in the store (a failed load). */
  readonly changed: () => void;
  /** Whether the components suspend while their language loads (see `FaceIdGuidanceProvider`). */
  suspense?: boolean;
  /** Told of each load that failed for good (the provider's `onLoadError`). */
  onLoadError?: (error: unknown, language: string) => void;
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
    // Bound for the instance's lifetime, so that no change is missed between a render and the
    // subscription of its component.
    const bump = () => {
      created.version++;
      created.generation++;
      for (const listener of created.listeners) listener();
    };
    const created: InstanceState = {
      version: 0,
      generation: 0,
      listeners,
      packed: new Map(),
      held: new Set(),
      lookups: new Map(),
      watch: {
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        snapshot: () => created.version,
      },
      loads: new Map(),
      failed: new Map(),
      changed: bump,
    };
    const watchStore = () => {
      i18n.store.on('added', bump);
      i18n.store.on('removed', (lng: string, ns: string) => {
        // The host dropped the strings: the parts held in that language are to load again.
        if (ns === FACEID_NS) {
          for (const key of created.held) {
            if (key === lng || key.startsWith(`${lng}:`)) created.held.delete(key);
          }
        }
        bump();
      });
    };
    i18n.on('languageChanged', bump);
    // A host instance before its `init()` has no store yet (`init` makes it).
    if (i18n.store) watchStore();
    else
      i18n.on('initialized', () => {
        watchStore();
        bump();
      });
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
            (read(`${key}_${pluralCategory(language, count)}`) ?? read(`${key}_other`))
          : read(key);
      return fill(found, values);
    };
    lookups = { read, text };
    state.lookups.set(language, lookups);
  }
  return lookups;
}

/**
 * The CLDR plural category of `count` in `language`; `other` where the engine has no
 * `Intl.PluralRules` (iOS 12) or does not know the language.
 */
function pluralCategory(language: string, count: number): string {
  try {
    return new Intl.PluralRules(language).select(count);
  } catch {
    return 'other';
  }
}

/** A found string with its `{{variables}}` filled in from own values; `''` for no string. */
function fill(found: unknown, values: FaceIdTextValues | undefined): string {
  if (typeof found !== 'string') return '';
  return values
    ? found.replace(VARIABLE, (match, name: string) =>
        // Own values only (not `Object.hasOwn`: newer than the ES2018 baseline).
        Object.keys(values).includes(name) ? String(values[name]) : match,
      )
    : found;
}

const floorTexts = new Map<string, FaceIdText>();

/**
 * The bundled floor's strings of a shipped language (`FLOOR_KEYS`: a generic title per kind, the
 * action labels, the support code line): what the components show while the language loads and
 * after every download of it failed. Any other key is `''`.
 */
export function floorText(language: string): FaceIdText {
  let text = floorTexts.get(language);
  if (!text) {
    const strings = ownValue(FLOOR, language) ?? ownValue(FLOOR, DEFAULT_LANGUAGE);
    text = (key, values) => {
      const at = (FLOOR_KEYS as readonly string[]).indexOf(key);
      return at < 0 ? '' : fill(ownValue(strings, at), values);
    };
    floorTexts.set(language, text);
  }
  return text;
}

function readResource(i18n: I18n, language: string, key: string): unknown {
  // No store before a host instance's `init()`: nothing there yet.
  return i18n.store && i18n.getResource(language, FACEID_NS, key, { keySeparator: '.' });
}

/** Adds a loaded part of `language` to `i18n`: when a load resolves, never during a render. */
function addPart(i18n: I18n, language: string, part: FaceIdPart, strings: unknown): void {
  const state = stateOf(i18n);
  state.held.add(loadKey(language, part));
  state.generation++;
  i18n.addResourceBundle(language, FACEID_NS, unpackFaceIdPart(strings, part), true, false);
}

/**
 * Whether `i18n` holds `part` of `language` (default: the face part): added by faceid-guidance, or
 * by the host (the part's first key is there). Reads only: safe during a render.
 */
export function hasFaceIdPart(i18n: I18n, language: string, part: FaceIdPart = FACE_PART): boolean {
  if (stateOf(i18n).held.has(loadKey(language, part))) return true;
  const first = part.keys()[0];
  return first === undefined || hasFaceIdText(i18n, language, first);
}

/** The waits between the tries of a failed load (then it has failed for good): 4 tries, 6 s. */
const RETRY_DELAYS = [500, 1500, 4000];

/** How long one try may take before it counts as failed: a request that never answers. */
export const LOAD_TIMEOUT = 10_000;

/**
 * Whether a download brought strings: a packed part is an array with a string in it (not `[]`, an
 * empty body, `null`); the diagnostics an object with `developer`. Anything else is a failed try.
 */
function isLoaded(part: FaceIdPart | 'developer', loaded: unknown): boolean {
  if (part === 'developer') {
    const developer = ownValue(loaded, 'developer');
    return developer !== null && typeof developer === 'object';
  }
  return isArray(loaded) && loaded.some((value) => value !== null && value !== undefined);
}

/** One try: the load, failing when it brings no strings or does not settle within `LOAD_TIMEOUT`. */
function tryLoad(load: () => Promise<unknown>, part: FaceIdPart | 'developer'): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('faceid-guidance: load timed out')),
      LOAD_TIMEOUT,
    );
    const settle = (settled: () => void) => {
      clearTimeout(timer);
      settled();
    };
    let started: Promise<unknown>;
    try {
      started = Promise.resolve(load());
    } catch (error) {
      started = Promise.reject(error);
    }
    started.then(
      (loaded) =>
        settle(() =>
          isLoaded(part, loaded)
            ? resolve(loaded)
            : reject(new Error('faceid-guidance: the download brought no strings')),
        ),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

/** A load under way; `promise` never rejects. */
export interface Loading {
  promise: Promise<void>;
  /** The components waiting for it: when the last one unmounts, a pending retry is dropped. */
  holds: number;
  /**
   * Drops the pending retry, if any: the load ends without the strings, and a component still
   * rendering it starts a new one.
   */
  stop?: () => void;
}

/**
 * Every catalogue downloaded in this page (or server process), by load key: the same static data
 * for every instance. A suspending provider created later starts with them (`createFaceIdI18n`):
 * one whose first render suspended, and whose state React therefore dropped, finds its language
 * there when React renders it again, instead of downloading it anew and suspending for ever.
 */
const DOWNLOADED = /* @__PURE__ */ new Map<
  string,
  readonly [language: string, part: FaceIdPart | 'developer', loaded: unknown]
>();

/**
 * Loads a part of a catalogue into `i18n` once (one download per instance and key, shared), trying
 * again after each of `RETRY_DELAYS`, then marking it failed (`faceIdLoadError`) and telling the
 * instance's components, which fall back to another language. Nothing is written to the store
 * before the download resolves: safe to start during a render.
 */
function loadOnce(
  i18n: I18n,
  language: string,
  part: FaceIdPart | 'developer',
  load: (() => Promise<unknown>) | undefined,
): Loading | undefined {
  const key = loadKey(language, part);
  // Before a host instance's `init()` there is no store to load into: its `initialized` re-renders.
  if (!load || !i18n.store) return undefined;
  const state = stateOf(i18n);
  let loading = state.loads.get(key);
  if (!loading) {
    let tries = 0;
    const attempt = (): Promise<void> =>
      tryLoad(load, part).then(
        (loaded) => {
          state.loads.delete(key);
          state.failed.delete(key);
          DOWNLOADED.set(key, [language, part, loaded]);
          if (part === 'developer') {
            i18n.addResourceBundle(
              language,
              FACEID_NS,
              loaded as FaceIdNestedCatalogue,
              true,
              false,
            );
          } else addPart(i18n, language, part, loaded);
        },
        (error: unknown) =>
          new Promise<void>((resolve) => {
            const end = () => {
              state.loads.delete(key);
              resolve();
            };
            if (tries < RETRY_DELAYS.length) {
              const timer = setTimeout(() => resolve(attempt()), RETRY_DELAYS[tries++]);
              started.stop = () => {
                clearTimeout(timer);
                end();
                // A component still there (StrictMode's second mount) starts a new load.
                state.changed();
              };
              return;
            }
            end();
            state.failed.set(key, { error });
            state.changed();
            state.onLoadError?.(error, language);
          }),
      );
    const started = { holds: 0 } as Loading;
    started.promise = attempt();
    loading = started;
    state.loads.set(key, loading);
  }
  return loading;
}

/**
 * Starts loading a part of `language` (default: the face part) into `i18n` unless it is there,
 * under way, or failed for good: the components call it while rendering, so that the download
 * starts with the first render. Nothing is written to the store until the load resolves.
 */
export function startFaceIdLanguage(
  i18n: I18n,
  language: string,
  loading: PartLoading = FACE_LOADING,
): Loading | undefined {
  const { part } = loading;
  if (faceIdLoadError(i18n, language, part)) return undefined;
  // A part of a catalogue given whole, not unpacked when the instance was made: from there.
  const given = stateOf(i18n).packed.get(language);
  const strings = given && ownValue(given, part.index);
  const load = isLoaded(part, strings) ? () => Promise.resolve(strings) : loading.loaders[language];
  return loadOnce(i18n, language, part, load);
}

/**
 * Why a part of `language` (default: the face part) could not be loaded into `i18n`, after all the
 * tries (`undefined`: it did not fail).
 */
export function faceIdLoadError(
  i18n: I18n,
  language: string,
  part: FaceIdPart = FACE_PART,
): { readonly error: unknown } | undefined {
  return stateOf(i18n).failed.get(loadKey(language, part));
}

/**
 * Makes sure `i18n` holds the `faceid` strings of a shipped language, loading them on demand: the
 * face part (face verification and the interface), and the parts named (`'card'` for OCR,
 * `'results'` for DetectAuth / eKYC results). Resolves at once when they are there already; never
 * rejects. A download that fails is tried 4 times over 6 s; after that, calling this again tries
 * again.
 */
export function loadFaceIdLanguage(
  i18n: I18n,
  language: string,
  parts: FaceIdPartName | readonly FaceIdPartName[] = [],
): Promise<void> {
  const names = typeof parts === 'string' ? [parts] : isArray(parts) ? parts : [];
  // Own names only: `toString` is no part.
  const named = names.map((name) => ownValue(LOADINGS, name) as PartLoading | undefined);
  return loadParts(i18n, language, [FACE_LOADING, ...named]);
}

/** Loads the parts of `language` that `i18n` lacks; the host asked, so no unmount drops a retry. */
function loadParts(
  i18n: I18n,
  language: string,
  loadings: readonly (PartLoading | undefined)[],
): Promise<void> {
  const promises: Promise<void>[] = [];
  for (const loading of new Set(loadings)) {
    if (!loading || hasFaceIdPart(i18n, language, loading.part)) continue;
    const started = startFaceIdLanguage(i18n, language, loading);
    if (!started) continue;
    started.holds++;
    promises.push(started.promise);
  }
  // One load: its own promise (the same for every caller).
  return promises.length < 2
    ? (promises[0] ?? Promise.resolve())
    : Promise.all(promises).then(() => undefined);
}

/**
 * Makes sure `i18n` holds the integrator diagnostics (`developer.*`) of a shipped language. They
 * ship apart from the end-user strings: only pages that show an integration problem load them.
 */
export function loadFaceIdDeveloperText(i18n: I18n, language: string): Promise<void> {
  if (hasFaceIdText(i18n, language, 'developer.unknown')) return Promise.resolve();
  return (
    loadOnce(i18n, language, 'developer', DEVELOPER_LOADERS[language])?.promise ?? Promise.resolve()
  );
}

const registered = new WeakSet<I18n>();

/** Whether `addFaceIdResources` registered the namespace in this instance. */
export function hasFaceIdResources(i18n: I18n | undefined): i18n is I18n {
  return i18n !== undefined && registered.has(i18n);
}

/** Whether the components of `i18n` suspend while their language loads. */
export function suspendsFaceId(i18n: I18n): boolean {
  return !!stateOf(i18n).suspense;
}

/** Options of `addFaceIdResources`. */
export interface AddFaceIdResourcesOptions {
  /**
   * Whether the components suspend while their language loads, instead of rendering their loading
   * box (see the provider's `suspense`). @default false
   */
  suspense?: boolean;
}

/**
 * Registers the `faceid` namespace in the host's own i18next instance, so that the components
 * follow the host's language switches and its `fallbackLng`. Loads the given languages (default:
 * the instance's current language) now: the face part, and the parts of the components the page
 * bundles (OCR's, results'); any other language loads when the components first need it. Nothing
 * else of the host's instance is touched. May be called before `i18n.init()`: the loading then
 * starts once the instance is initialised.
 *
 * @example await addFaceIdResources(i18n, ['zh-CN', 'en'])
 */
export function addFaceIdResources(
  i18n: I18n,
  languages?: readonly string[],
  options: AddFaceIdResourcesOptions = {},
): Promise<void> {
  registered.add(i18n);
  if (options.suspense !== undefined) stateOf(i18n).suspense = options.suspense;
  // `init()` makes the store (data added before it would be lost) and sets the language.
  if (!i18n.isInitialized) {
    return new Promise((resolve) => {
      i18n.on('initialized', () => resolve(addFaceIdResources(i18n, languages, options)));
    });
  }
  const wanted = languages ?? [i18n.resolvedLanguage ?? i18n.language];
  return Promise.all(
    wanted.map((lng) =>
      loadParts(i18n, resolveLanguage(lng, i18n.languages), [FACE_LOADING, ...WANTED]),
    ),
  ).then(() => undefined);
}

/** Options of `createFaceIdI18n`, as the provider's props of the same names. */
export interface CreateFaceIdI18nOptions {
  suspense?: boolean;
  onLoadError?: (error: unknown, language: string) => void;
}

/**
 * An isolated i18next instance with only the `faceid` namespace: never the host's global one.
 * `resources` preloads catalogues (for server rendering, or to skip the first load).
 */
export function createFaceIdI18n(
  resources?: Readonly<Record<string, FaceIdCatalogue>>,
  language = DEFAULT_LANGUAGE,
  options?: CreateFaceIdI18nOptions,
): I18n {
  const instance = createInstance();
  const state = Object.assign(stateOf(instance), options);
  // The strings it starts with go in with `init`: no store write, during a render or later.
  const store: Record<string, Record<string, unknown>> = Object.create(null);
  const into = (lng: string): Record<string, unknown> => {
    store[lng] ??= Object.create(null);
    return store[lng] as Record<string, unknown>;
  };
  const addPacked = (lng: string, part: FaceIdPart, strings: unknown) => {
    unpackFaceIdPart(strings, part, into(lng));
    state.held.add(loadKey(lng, part));
  };
  if (options?.suspense) {
    for (const [lng, part, loaded] of DOWNLOADED.values()) {
      if (part === 'developer') mergeNested(into(lng), loaded);
      else addPacked(lng, part, loaded);
    }
  }
  for (const [tag, catalogue] of ownEntries(resources)) {
    const lng = resolveLanguage(tag);
    if (isPackedCatalogue(catalogue)) {
      // The parts this page's components show now; any other from here when first asked for.
      state.packed.set(lng, catalogue);
      for (const part of [FACE_PART, ...[...WANTED].map((loading) => loading.part)]) {
        const strings = ownValue(catalogue, part.index);
        if (strings !== undefined) addPacked(lng, part, strings);
      }
    } else mergeNested(into(lng), catalogue);
  }
  const initial: Record<string, Record<string, object>> = {};
  for (const lng of Object.keys(store)) initial[lng] = { [FACEID_NS]: store[lng] as object };
  void instance.init({
    lng: language,
    fallbackLng: false,
    ns: [FACEID_NS],
    defaultNS: FACEID_NS,
    resources: initial,
    initAsync: false,
    // React escapes text; i18next escaping would show `&lt;` for a hostile code.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** A value's own enumerable entries; none for a non-object or a Proxy whose traps throw. */
function ownEntries(value: unknown): [string, unknown][] {
  if (value === null || typeof value !== 'object' || isArray(value)) return [];
  try {
    return Object.keys(value).map((key) => [key, ownValue(value, key)]);
  } catch {
    // A Proxy may throw from any trap.
    return [];
  }
}

/** How deep a catalogue nests (`codes.<id>.title` is 3): deeper objects are no strings of ours. */
const MAX_DEPTH = 6;

/**
 * Copies a nested catalogue's strings into `into` (objects without prototype): own keys only,
 * strings and objects only, at most `MAX_DEPTH` levels, so that a hostile catalogue (a Proxy, a
 * cycle, 100 000 levels) neither pollutes nor throws nor overflows the stack.
 */
function mergeNested(into: Record<string, unknown>, from: unknown, depth = 0): void {
  if (depth >= MAX_DEPTH) return;
  for (const [key, value] of ownEntries(from)) {
    if (typeof value === 'string') into[key] = value;
    else if (value !== null && typeof value === 'object' && !isArray(value)) {
      const node = ownValue(into, key);
      const child: Record<string, unknown> =
        node !== null && typeof node === 'object'
          ? (node as Record<string, unknown>)
          : Object.create(null);
      into[key] = child;
      mergeNested(child, value, depth + 1);
    }
  }
}
