import FLOOR, { KEY_COUNTS } from 'virtual:faceid-guidance/floor';
import { type BackendModule, createInstance, type i18n as I18n, type ReadCallback } from 'i18next';
import { isArray, ownValue } from '../core/input';
import {
  END_USER_NAMESPACES,
  type FaceIdKey,
  type FaceIdNamespace,
  type FaceIdPartName,
  FLOOR_KEYS,
  NAMESPACES,
} from '../core/keys';
import { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES } from '../core/language';
import {
  copyCatalogue,
  type FaceIdNestedCatalogue,
  type FaceIdResources,
  isFaceIdNamespace,
  ownEntries,
} from './resources';

/** The i18next namespace of the strings every component shows (face, gateway, interface). */
export const FACEID_NS = NAMESPACES.face;

export type { FaceIdNamespace, FaceIdNestedCatalogue, FaceIdResources };
// The language rules live in the core, for servers that pick a language before any React.
export { DEFAULT_LANGUAGE, resolveLanguage, SUPPORTED_LANGUAGES };

type Loader = () => Promise<unknown>;
type Loaders = Readonly<Record<string, Loader>>;

/**
 * `locales/<lng>/<file>.json` loaders by language: each file of each locale is a chunk of its own.
 * No prototype, so that `loaders[language]` finds no `toString` (nor a key of a polluted
 * `Object.prototype`).
 */
function byLanguage(loaders: Record<string, Loader>): Loaders {
  // A loop, not `Object.fromEntries`: the package runs where that is missing (Chrome 66, iOS 12).
  const byTag: Record<string, Loader> = Object.create(null);
  for (const path of Object.keys(loaders)) {
    byTag[path.split('/').slice(-2)[0] as string] = loaders[path] as Loader;
  }
  return byTag;
}

/**
 * @internal The chunks of each namespace, by language: what the backend reads. Exported for the
 * tests of failed downloads. `faceid-developer` is there in development builds only: production
 * builds (`process.env.NODE_ENV` replaced, as every bundler does) hold no integrator copy at all;
 * a support tool that wants it in production adds it itself (`faceid-guidance/locales/<lng>/developer`).
 */
export const LOADERS: Readonly<Record<FaceIdNamespace, Loaders>> = {
  faceid: byLanguage(
    import.meta.glob('../../locales/*/face.json', { query: '?faceid', import: 'default' }),
  ),
  'faceid-card': byLanguage(
    import.meta.glob('../../locales/*/card.json', { query: '?faceid', import: 'default' }),
  ),
  'faceid-results': byLanguage(
    import.meta.glob('../../locales/*/results.json', { query: '?faceid', import: 'default' }),
  ),
  'faceid-developer':
    process.env.NODE_ENV !== 'production'
      ? byLanguage(
          import.meta.glob('../../locales/*/developer.json', {
            query: '?faceid',
            import: 'default',
          }),
        )
      : Object.create(null),
};

/** How long one try may take before it counts as failed: a request that never answers. */
export const LOAD_TIMEOUT = 10_000;

/**
 * i18next's retries of a failed download, for the isolated instances: 3 more tries, 750 ms, 1.5 s
 * and 3 s apart (a host instance keeps its own settings).
 */
const RETRIES = { maxRetries: 3, retryTimeout: 750 } as const;

/**
 * Every namespace downloaded in this page (or server process), by `lng|ns`: the same static data
 * for every instance. A suspending provider created later starts with them: one whose first
 * render suspended, and whose state React therefore dropped, finds its language there when React
 * renders it again, instead of downloading it anew and suspending for ever.
 */
const DOWNLOADED = /* @__PURE__ */ new Map<string, FaceIdNestedCatalogue>();

/**
 * One try of a download: the chunk's strings, copied (own keys, no prototype, bounded depth). It
 * fails when the chunk does not settle within `LOAD_TIMEOUT`, or brings fewer than half the
 * namespace's strings: nothing (an empty body, `[]`, `null`), or something else than this
 * namespace (a proxy's page, a file of another shape).
 */
function tryLoad(load: Loader, ns: FaceIdNamespace): Promise<FaceIdNestedCatalogue> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('faceid-guidance: load timed out')),
      LOAD_TIMEOUT,
    );
    new Promise((started) => started(load())).then(
      (loaded) => {
        clearTimeout(timer);
        const { strings, keys } = copyCatalogue(loaded);
        if (keys > 0 && keys * 2 >= (KEY_COUNTS[ns] ?? 0)) resolve(strings);
        else reject(new Error(`faceid-guidance: the download brought ${keys} of ${ns}'s strings`));
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The chunk a loader imports, when the host's bundler wrote it as a native `import()` of a chunk,
 * as Vite (inside its preload helper), Rollup and esbuild do: `./face-1a2b.js` quoted in
 * `import()`, relative to the chunk that holds both the loader and this module (or a path from
 * the site's root, or a CDN's URL). Undefined for any other loader: webpack's call its own runtime
 * (which requests a failed chunk again by itself); a development server's have queries.
 */
const NATIVE_IMPORT = /\bimport\(\s*(["'`])((?:\.{0,2}\/|https?:\/\/)[\w./:@%+~-]+\.m?js)\1\s*\)/;
export function chunkOfLoader(source: string): string | undefined {
  return NATIVE_IMPORT.exec(source)?.[2];
}

/** The namespaces (`lng|ns`) whose last try failed: their next try asks for a fresh URL. */
const FAILED = /* @__PURE__ */ new Set<string>();
/** Fresh URLs asked for in this page: each retry's is new. */
let retries = 0;

/**
 * The loader of a try after a failed one. An engine that remembers a failed module load answers
 * a second `import()` of the same URL with the same failure and sends no request, so i18next's
 * retries would never reach the network: the HTML standard's module map kept failures until
 * whatwg/html#10327, and the engines on phones today, Safari's WebViews first, still do. So the
 * chunk is asked for at a URL not seen yet (`?faceid-retry=N`: the same file for any static
 * server or CDN). A loader whose chunk cannot be read from its source is called again as it is.
 */
function retryLoader(load: Loader): Loader {
  let chunk: string | undefined;
  try {
    chunk = chunkOfLoader(Function.prototype.toString.call(load));
  } catch {}
  if (chunk === undefined) return load;
  const url = `${chunk}?faceid-retry=${++retries}`;
  // Resolved against this module's chunk, as the loader's own import is.
  return () =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ url).then(
      (module: { default?: unknown }) => module.default,
    );
}

/** Strings given for a language's namespaces (`resources`), to lay over what is downloaded. */
type Overrides = Readonly<Record<string, FaceIdResources>>;

/**
 * Reads one namespace of one language from the package's chunks, in i18next's backend calling
 * convention: a failed try is reported as retryable (`callback(error, true)`), so that i18next's
 * own retries apply (`maxRetries`, `retryTimeout`), and after the last one a later load tries
 * again. A language or namespace that faceid-guidance does not ship fails for good. Strings given
 * as an override for it go over the download.
 */
function readNamespace(
  language: string,
  ns: string,
  callback: ReadCallback,
  overrides?: Overrides,
): void {
  const load = isFaceIdNamespace(ns) ? ownValue(LOADERS[ns], language) : undefined;
  const key = `${language}|${ns}`;
  // Always answered asynchronously: i18next tells its listeners (the components) of the answer,
  // which must never happen while React renders the component that asked.
  (typeof load === 'function'
    ? tryLoad(
        FAILED.has(key) ? retryLoader(load as Loader) : (load as Loader),
        ns as FaceIdNamespace,
      )
    : Promise.reject(new Error(`faceid-guidance: no ${ns} strings for ${language}`))
  ).then(
    (strings) => {
      FAILED.delete(key);
      DOWNLOADED.set(key, strings);
      callback(null, layered(strings, ownValue(ownValue(overrides, language), ns)));
    },
    // A download that failed is worth another try; a language or namespace not shipped is not.
    (error: unknown) => {
      if (typeof load === 'function') FAILED.add(key);
      callback(error as Error, typeof load === 'function');
    },
  );
}

/**
 * The i18next backend of the isolated instances: the package's own chunks, split by the host's
 * bundler (a page downloads only the namespaces and languages it shows).
 */
export function faceIdBackend(overrides?: Overrides): BackendModule {
  const backend: BackendModule & { readonly callbackApi: true } = {
    type: 'backend',
    // i18next's calling convention for `read`: (language, namespace, callback).
    callbackApi: true,
    init() {},
    read: (language, ns, callback) => readNamespace(language, ns, callback, overrides),
  };
  return backend;
}

/** What faceid-guidance keeps per i18next instance. */
interface InstanceState {
  /** Whether the components suspend while their language loads. */
  suspense?: boolean;
  /** The last error of each namespace that failed (i18next's retries included), by `lng|ns`. */
  readonly errors: Map<string, unknown>;
  /** Told of each load that failed for good (the provider's `onLoadError`). */
  onLoadError?: (error: unknown, language: string) => void;
}

const states = new WeakMap<I18n, InstanceState>();

function stateOf(i18n: I18n): InstanceState {
  let state = states.get(i18n);
  if (!state) {
    const created: InstanceState = { errors: new Map() };
    // i18next tells of a namespace that failed after all its tries, and of every load.
    i18n.on('failedLoading', (lng: string, ns: string, error: unknown) => {
      if (!isFaceIdNamespace(ns)) return;
      created.errors.set(`${lng}|${ns}`, error);
      created.onLoadError?.(error, lng);
    });
    states.set(i18n, created);
    state = created;
  }
  return state;
}

/**
 * Where a namespace of a language stands in `i18n`: held, or not (loading, or not asked for yet),
 * and, when its download failed for good, why (`error` is set exactly then).
 */
export interface NamespaceState {
  readonly held: boolean;
  readonly error?: unknown;
}

/** i18next's load state of `lng|ns`: 1 loading, 2 loaded, -1 failed, 0 failed and retryable. */
function connectorState(i18n: I18n, language: string, ns: string): number | undefined {
  const states = (i18n.services?.backendConnector as { state?: Record<string, number> } | undefined)
    ?.state;
  return states?.[`${language}|${ns}`];
}

/**
 * Whether `i18n` holds namespace `ns` of exactly `language` (added by faceid-guidance or by the
 * host), and if not whether its download failed for good. Reads only: safe during a render.
 */
export function namespaceState(i18n: I18n, language: string, ns: FaceIdNamespace): NamespaceState {
  // No store before a host instance's `init()`: nothing there yet.
  if (i18n.store && i18n.hasResourceBundle(language, ns)) return { held: true };
  const loadState = connectorState(i18n, language, ns);
  if (loadState !== -1 && loadState !== 0) return { held: false };
  const error = stateOf(i18n).errors.get(`${language}|${ns}`);
  return { held: false, error: error ?? new Error(`faceid-guidance: no ${ns}`) };
}

/**
 * Loads namespaces of `language` through i18next (its backend, its retries, its queue: one download
 * per instance, language and namespace, however many callers); resolves once each is held or has
 * failed for good, never rejects. Calling it again after a failure tries again.
 */
export function loadFaceIdNamespaces(
  i18n: I18n,
  language: string,
  namespaces: readonly FaceIdNamespace[],
): Promise<void> {
  const connector = i18n.services?.backendConnector as
    | { load?: (lngs: string[], ns: string[], callback: () => void) => void }
    | undefined;
  // Shipped languages only: any other tag has nothing to load (and `toString` is no language).
  if (!connector?.load || !SUPPORTED_LANGUAGES.includes(language)) return Promise.resolve();
  const missing = namespaces.filter((ns) => !namespaceState(i18n, language, ns).held);
  if (missing.length === 0) return Promise.resolve();
  // A list of languages, not a tag: exactly this language, whatever the instance's `load`,
  // `supportedLngs` or `fallbackLng` (the components never show another language's strings).
  return new Promise((resolve) => connector.load?.([language], missing, () => resolve()));
}

/** Values for a string's `{{variables}}`; `count` also picks the plural form. */
export type FaceIdTextValues = Readonly<Record<string, string | number>>;

/** A faceid-guidance string by key, in one language: see `faceIdText`. */
export type FaceIdText = (key: FaceIdKey, values?: FaceIdTextValues) => string;

const VARIABLE = /\{\{\s*(\w+)\s*\}\}/g;

/** A floor string with its `{{variables}}` filled in from own values; `''` for no string. */
function fill(found: unknown, values: FaceIdTextValues | undefined): string {
  if (typeof found !== 'string') return '';
  return values
    ? found.replace(VARIABLE, (match, name: string) =>
        // Own values only (not `Object.hasOwn`: newer than the ES2018 baseline).
        Object.keys(values).includes(name) ? String(values[name]) : match,
      )
    : found;
}

/**
 * A bundled floor's strings of a shipped language (`table`: each language's strings of `keys`, in
 * order); any other key is `''`.
 */
export function floorOf(
  table: Readonly<Record<string, readonly string[]>>,
  keys: readonly string[],
  language: string,
): FaceIdText {
  const strings = ownValue(table, language) ?? ownValue(table, DEFAULT_LANGUAGE);
  return (key, values) => {
    const at = keys.indexOf(key);
    return at < 0 ? '' : fill(ownValue(strings, at), values);
  };
}

const floorTexts = new Map<string, FaceIdText>();

/**
 * The bundled floor's strings of a shipped language (`FLOOR_KEYS`: a generic title per kind, the
 * action labels, a wait's time left, the support code line): what the components show while the
 * language loads and after every download of it failed. Any other key is `''`.
 */
export function floorText(language: string): FaceIdText {
  let text = floorTexts.get(language);
  if (!text) {
    text = floorOf(FLOOR, FLOOR_KEYS, language);
    floorTexts.set(language, text);
  }
  return text;
}

/** The namespaces a key may be in, in lookup order. */
function namespacesOfKey(key: string): readonly FaceIdNamespace[] {
  return key.startsWith('developer.') ? [NAMESPACES.developer] : END_USER_NAMESPACES;
}

/**
 * Reads faceid-guidance strings of exactly `language` with i18next's `t`: plural forms for
 * `count`, `{{variables}}` filled in, escaping left to React, the catalogue's key separator. A
 * missing string is the floor's, if it has one, else `''`: never the key, never another
 * language's string, whatever the host instance's own settings (separators, escaping, fallbacks).
 */
export function faceIdText(i18n: I18n, language: string): FaceIdText {
  const floor = floorText(language);
  return (key, values) => {
    // Own values only: a value named like an Object property is not taken from the prototype.
    const replace: Record<string, string | number> = Object.create(null);
    for (const name of ownEntries(values)) replace[name[0]] = name[1] as string | number;
    const found = i18n.t(key, {
      lngs: [language],
      lng: language,
      ns: namespacesOfKey(key) as FaceIdNamespace[],
      keySeparator: '.',
      nsSeparator: false,
      // The catalogue's own placeholders (`{{code}}`), unescaped (React escapes), whatever the
      // host's interpolation settings.
      interpolation: { escapeValue: false, prefix: '{{', suffix: '}}' },
      defaultValue: '',
      replace,
      count: typeof replace.count === 'number' ? replace.count : undefined,
    } as never) as unknown;
    return (typeof found === 'string' && found) || floor(key, values);
  };
}

/**
 * Makes sure `i18n` holds the strings of a shipped language, loading them on demand: the `faceid`
 * namespace (face verification and the interface), and the parts named (`'card'` for OCR,
 * `'results'` for DetectAuth / eKYC results). Resolves at once when they are there already; never
 * rejects. After a download failed (i18next's retries included), calling this again tries again.
 */
export function loadFaceIdLanguage(
  i18n: I18n,
  language: string,
  parts: FaceIdPartName | readonly FaceIdPartName[] = [],
): Promise<void> {
  const names = typeof parts === 'string' ? [parts] : isArray(parts) ? parts : [];
  const namespaces: FaceIdNamespace[] = [FACEID_NS];
  for (const name of names) {
    // Own names of an end-user part only: `toString` is no part, and `developer` none to name here.
    const ns = ownValue(NAMESPACES, name) as FaceIdNamespace | undefined;
    if (ns && END_USER_NAMESPACES.includes(ns) && !namespaces.includes(ns)) namespaces.push(ns);
  }
  return loadFaceIdNamespaces(i18n, language, namespaces);
}

/**
 * Makes sure `i18n` holds the integrator diagnostics (`faceid-developer`) of a shipped language,
 * in development builds (for the console diagnostic). Production builds hold none: this then
 * resolves without them (a support tool adds `faceid-guidance/locales/<lng>/developer` itself).
 */
export function loadFaceIdDeveloperText(i18n: I18n, language: string): Promise<void> {
  return loadFaceIdNamespaces(i18n, language, [NAMESPACES.developer]);
}

const registered = new WeakSet<I18n>();

/** Whether `addFaceIdResources` registered the namespaces in this instance. */
export function hasFaceIdResources(i18n: I18n | undefined): i18n is I18n {
  return i18n !== undefined && registered.has(i18n);
}

/** Whether the components of `i18n` suspend while their language loads. */
export function suspendsFaceId(i18n: I18n): boolean {
  return !!stateOf(i18n).suspense;
}

type HostBackend = {
  read?: (...args: unknown[]) => unknown;
  create?: (...args: unknown[]) => unknown;
  callbackApi?: boolean;
};

/** Calls a host backend's function in its own convention, answering in the callback convention. */
function callHost(
  fn: (...args: unknown[]) => unknown,
  callbackApi: boolean | undefined,
  args: unknown[],
  arity: number,
  callback: (error: unknown, data?: unknown) => void,
): void {
  if (callbackApi === true || (callbackApi === undefined && fn.length > arity)) {
    fn(...args, callback);
    return;
  }
  try {
    const result = fn(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        (data) => callback(null, data),
        (error) => callback(error),
      );
    } else callback(null, result);
  } catch (error) {
    callback(error);
  }
}

const routed = new WeakSet<object>();

/**
 * Lets a host instance load faceid-guidance's namespaces from the package's chunks: its backend
 * connector reads them through `faceIdBackend`, and every other namespace through the host's own
 * backend as before (none: nothing to read, as before).
 */
function routeFaceIdNamespaces(i18n: I18n): void {
  const connector = i18n.services?.backendConnector as
    | { backend?: HostBackend | null; callbackApi?: boolean }
    | undefined;
  if (!connector || routed.has(connector)) return;
  routed.add(connector);
  const host = connector.backend ?? undefined;
  const hostApi = connector.callbackApi;
  const router: HostBackend & BackendModule = {
    type: 'backend',
    callbackApi: true,
    init() {},
    read: (language: string, ns: string, callback: ReadCallback) => {
      if (isFaceIdNamespace(ns)) readNamespace(language, ns, callback);
      else if (host?.read) {
        callHost(host.read.bind(host), hostApi, [language, ns], 2, callback as never);
      } else callback(null, undefined as never);
    },
  } as HostBackend & BackendModule;
  if (host?.create) {
    const create = host.create.bind(host);
    router.create = (...args: unknown[]) => {
      // i18next's callback convention: (languages, namespace, key, fallbackValue, callback, options).
      const callback = args[4] as ((error: unknown) => void) | undefined;
      callHost(create, hostApi, [args[0], args[1], args[2], args[3], args[5]], 5, (error) =>
        callback?.(error),
      );
    };
  }
  connector.backend = router;
  connector.callbackApi = true;
}

/** Options of `addFaceIdResources`. */
export interface AddFaceIdResourcesOptions {
  /**
   * The namespaces to load now (`faceid`, `faceid-card`, `faceid-results`; `faceid-developer` for
   * the integrator diagnostics). @default every end-user namespace
   */
  namespaces?: readonly FaceIdNamespace[];
  /**
   * Whether the components suspend while their language loads, instead of rendering their loading
   * box (see the provider's `suspense`). @default false
   */
  suspense?: boolean;
}

/**
 * Registers faceid-guidance's namespaces in the host's own i18next instance, so that the
 * components follow the host's language switches: its backend connector reads them from the
 * package's chunks (every other namespace from the host's backend, as before). Loads the given
 * languages (default: the instance's current language) now, in the namespaces named (default:
 * every end-user namespace); anything else loads when the components first need it. May be called
 * before `i18n.init()`: the loading then starts once the instance is initialised.
 *
 * @example await addFaceIdResources(i18n, ['zh-CN', 'en'], { namespaces: ['faceid'] })
 */
export function addFaceIdResources(
  i18n: I18n,
  languages?: readonly string[],
  options: AddFaceIdResourcesOptions = {},
): Promise<void> {
  registered.add(i18n);
  const { namespaces, suspense } = options ?? {};
  if (suspense !== undefined) stateOf(i18n).suspense = suspense;
  // `init()` makes the store and the backend connector.
  if (!i18n.isInitialized) {
    return new Promise((resolve) => {
      i18n.on('initialized', () => resolve(addFaceIdResources(i18n, languages, options)));
    });
  }
  stateOf(i18n);
  routeFaceIdNamespaces(i18n);
  const wanted = isArray(languages) ? languages : [i18n.resolvedLanguage ?? i18n.language];
  const named = (isArray(namespaces) ? namespaces : END_USER_NAMESPACES).filter(isFaceIdNamespace);
  return Promise.all(
    wanted.map((lng) => loadFaceIdNamespaces(i18n, resolveLanguage(lng, i18n.languages), named)),
  ).then(() => undefined);
}

/** Options of `createFaceIdI18n`, as the provider's props of the same names. */
export interface CreateFaceIdI18nOptions {
  suspense?: boolean;
  onLoadError?: (error: unknown, language: string) => void;
}

/**
 * The strings given as `resources` for an isolated instance, sorted: a namespace given whole
 * (every key the library reads of it) goes into the store from the start; a partial one (an
 * override) goes over that namespace's download, so that the keys given win and the rest loads.
 */
function sortResources(resources: unknown): {
  whole: Record<string, Record<string, FaceIdNestedCatalogue>>;
  partial: Record<string, Record<string, FaceIdNestedCatalogue>>;
} {
  const given = new Map<string, { into: Record<string, unknown>; keys: Set<string> }>();
  for (const [tag, byNamespace] of ownEntries(resources)) {
    const lng = resolveLanguage(tag);
    for (const [ns, strings] of ownEntries(byNamespace)) {
      if (!isFaceIdNamespace(ns)) continue;
      const key = `${lng}|${ns}`;
      // Two tags of one language (`en`, `en-US`) add up.
      const held = given.get(key) ?? { into: Object.create(null), keys: new Set<string>() };
      copyCatalogue(strings, held.into, 0, '', held.keys);
      given.set(key, held);
    }
  }
  const whole: Record<string, Record<string, FaceIdNestedCatalogue>> = Object.create(null);
  const partial: Record<string, Record<string, FaceIdNestedCatalogue>> = Object.create(null);
  for (const [key, { into, keys }] of given) {
    if (keys.size === 0) continue;
    const [lng = '', ns = ''] = key.split('|');
    const target = keys.size >= (ownValue(KEY_COUNTS, ns) as number) ? whole : partial;
    target[lng] ??= Object.create(null);
    (target[lng] as Record<string, unknown>)[ns] = into;
  }
  return { whole, partial };
}

/** `strings` with `over` laid over it (copies, without prototype). */
function layered(strings: FaceIdNestedCatalogue, over: unknown): FaceIdNestedCatalogue {
  if (over === undefined) return strings;
  const into = copyCatalogue(strings).strings as Record<string, unknown>;
  return copyCatalogue(over, into).strings;
}

/**
 * An isolated i18next instance for faceid-guidance's namespaces, never the host's global one: its
 * backend reads the package's chunks (`partialBundledLanguages`: what `resources` holds is not
 * downloaded again), with i18next's retries. `resources`, in i18next's shape
 * (`{ en: { faceid: {…} } }`), may be whole (server rendering, no loading state) or partial (the
 * keys given win, the rest loads).
 */
export function createFaceIdI18n(
  resources?: Readonly<Record<string, FaceIdResources>>,
  language = DEFAULT_LANGUAGE,
  options?: CreateFaceIdI18nOptions,
): I18n {
  const instance = createInstance();
  Object.assign(stateOf(instance), options);
  const { whole, partial } = sortResources(resources);
  if (options?.suspense) {
    for (const [key, strings] of DOWNLOADED) {
      const [lng = '', ns = ''] = key.split('|');
      whole[lng] ??= Object.create(null);
      const held = whole[lng] as Record<string, FaceIdNestedCatalogue>;
      held[ns] ??= layered(strings, ownValue(ownValue(partial, lng), ns));
    }
  }
  void instance.use(faceIdBackend(partial)).init({
    lng: language,
    fallbackLng: false,
    // Exactly the shipped tags asked for (`zh-CN`, never its base `zh`, which nothing ships).
    load: 'currentOnly',
    // Nothing loads with `init`: the components ask for their namespaces as they render (a
    // provider under StrictMode makes two instances, of which React keeps one).
    ns: [],
    defaultNS: FACEID_NS,
    resources: whole,
    partialBundledLanguages: true,
    initAsync: false,
    ...RETRIES,
    // React escapes text; i18next escaping would show `&lt;` for a hostile code.
    interpolation: { escapeValue: false },
    react: { useSuspense: !!options?.suspense },
  });
  return instance;
}
