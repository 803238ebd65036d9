import { isArray, ownValue } from '../core/input.ts';
import { type FaceIdNamespace, NAMESPACES } from '../core/keys.ts';

/** A namespace's strings as written in its file and held by i18next: nested objects of strings. */
export interface FaceIdNestedCatalogue {
  readonly [key: string]: string | FaceIdNestedCatalogue;
}

/**
 * One language's faceid-guidance strings in i18next's own shape, by namespace, as
 * `faceid-guidance/locales/<lng>` exports them (`{ faceid, 'faceid-card', 'faceid-results' }`);
 * any namespace may be missing, and any may be partial (an override).
 */
export type FaceIdResources = Readonly<Partial<Record<FaceIdNamespace, FaceIdNestedCatalogue>>>;

const OUR_NAMESPACES: readonly string[] = [
  NAMESPACES.face,
  NAMESPACES.card,
  NAMESPACES.results,
  NAMESPACES.developer,
];

/** Whether a namespace is one of faceid-guidance's. */
export function isFaceIdNamespace(ns: unknown): ns is FaceIdNamespace {
  return OUR_NAMESPACES.includes(ns as string);
}

/** A value's own enumerable entries; none for a non-object, an array or a Proxy whose traps throw. */
export function ownEntries(value: unknown): [string, unknown][] {
  if (value === null || typeof value !== 'object' || isArray(value)) return [];
  try {
    return Object.keys(value).map((key) => [key, ownValue(value, key)]);
  } catch {
    return [];
  }
}

/** How deep a catalogue nests (`codes.<id>.title` is 3): deeper objects are no strings of ours. */
const MAX_DEPTH = 6;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Copies a nested catalogue's strings into `into` (objects without prototype): own keys only,
 * strings and objects only, at most `MAX_DEPTH` levels, so that a hostile catalogue (a Proxy, a
 * cycle, 100 000 levels, `__proto__`) neither pollutes nor throws nor overflows the stack.
 * Returns how many distinct keys (plural forms counted once) it copied.
 */
export function copyCatalogue(
  from: unknown,
  into: Record<string, unknown> = Object.create(null),
  depth = 0,
  prefix = '',
  keys: Set<string> = new Set(),
): { readonly strings: FaceIdNestedCatalogue; readonly keys: number } {
  if (depth < MAX_DEPTH) {
    for (const [key, value] of ownEntries(from)) {
      if (typeof value === 'string') {
        into[key] = value;
        keys.add(prefix + key.replace(PLURAL_SUFFIX, ''));
      } else if (
        depth + 1 < MAX_DEPTH &&
        value !== null &&
        typeof value === 'object' &&
        !isArray(value)
      ) {
        const node = ownValue(into, key);
        const child: Record<string, unknown> =
          node !== null && typeof node === 'object'
            ? (node as Record<string, unknown>)
            : Object.create(null);
        into[key] = child;
        copyCatalogue(value, child, depth + 1, `${prefix + key}.`, keys);
      }
    }
  }
  return { strings: into as FaceIdNestedCatalogue, keys: keys.size };
}

/** Dot paths of every string of a nested catalogue. */
export function flattenCatalogue(catalogue: FaceIdNestedCatalogue): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (node: FaceIdNestedCatalogue, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat.set(prefix + key, value);
      else if (value !== null && typeof value === 'object') walk(value, `${prefix + key}.`);
    }
  };
  walk(catalogue, '');
  return flat;
}

/**
 * A locale's files merged into one nested catalogue, split back into i18next's shape by the file
 * each key belongs in (`fileOfKey`): for tests and stories, which read whole locales.
 */
export function splitCatalogue(
  catalogue: FaceIdNestedCatalogue,
  fileOf: (key: string) => keyof typeof NAMESPACES | undefined,
): Partial<Record<FaceIdNamespace, FaceIdNestedCatalogue>> {
  const split: Partial<Record<FaceIdNamespace, Record<string, unknown>>> = {};
  for (const [key, value] of flattenCatalogue(catalogue)) {
    const file = fileOf(key);
    if (!file) continue;
    const path = key.split('.');
    const ns = NAMESPACES[file];
    const root = split[ns] ?? {};
    split[ns] = root;
    let node = root;
    for (const step of path.slice(0, -1)) {
      const child = (node[step] ?? {}) as Record<string, unknown>;
      node[step] = child;
      node = child;
    }
    node[path[path.length - 1] as string] = value;
  }
  return split as Partial<Record<FaceIdNamespace, FaceIdNestedCatalogue>>;
}
