import { isArray, ownValue } from '../core/input.ts';
import {
  type FaceIdFileName,
  type FaceIdPart,
  fileOfKey,
  PARTS,
  PLURAL_CATEGORIES,
} from '../core/keys.ts';

/**
 * A key's strings in a packed part: the string, or for a key with plural forms its forms by CLDR
 * category (`{ "one": "…", "few": "…", "other": "…" }`: whichever its language has).
 */
export type FaceIdPackedString = string | Readonly<Partial<Record<string, string>>>;

/**
 * One part of a locale as shipped to phones (`locales/<lng>/<part>.json`, packed): its strings
 * alone, in the order of the part's keys, `null` where the locale has no such key. The keys are
 * known to the library already (they come from the code catalogue), so a locale need not repeat
 * them: that keeps every face part well under 3.5 KB gzipped.
 */
export type FaceIdPackedPart = readonly (FaceIdPackedString | null)[];

/**
 * A whole locale's end-user strings, packed: its parts by index (face, card, results), as
 * `faceid-guidance/locales/<lng>` exports it.
 */
export type FaceIdPackedCatalogue = readonly FaceIdPackedPart[];

/** A `faceid` catalogue as i18next holds it: nested objects of strings. */
export interface FaceIdNestedCatalogue {
  readonly [key: string]: string | FaceIdNestedCatalogue;
}

/** Whether a value is a packed catalogue (an array) rather than a nested one. */
export function isPackedCatalogue(value: unknown): value is FaceIdPackedCatalogue {
  return isArray(value);
}

const paths = new WeakMap<FaceIdPart, readonly (readonly string[])[]>();

function put(into: Record<string, unknown>, path: readonly string[], leaf: string, value: string) {
  let node = into;
  for (let depth = 0; depth < path.length - 1; depth++) {
    const key = path[depth] as string;
    // `into` has no prototype (unless a caller gave one), nor have the nodes made here.
    node[key] ??= Object.create(null);
    node = node[key] as Record<string, unknown>;
  }
  node[leaf] = value;
}

/**
 * Adds a packed part's strings to `into` (nested, as i18next holds it): a plural key's forms as
 * i18next's suffixed keys (`heading_few`). Non-strings are skipped; a part that is not an array
 * adds nothing. Only own elements are read and the objects made have no prototype, so a polluted
 * `Object.prototype` neither adds strings nor takes them.
 */
export function unpackFaceIdPart(
  strings: unknown,
  part: FaceIdPart,
  into: Record<string, unknown> = Object.create(null),
): FaceIdNestedCatalogue {
  if (!isArray(strings)) return into as FaceIdNestedCatalogue;
  // Split once: servers unpack a catalogue for each request's provider.
  let split = paths.get(part);
  if (!split) {
    split = part.keys().map((key) => key.split('.'));
    paths.set(part, split);
  }
  for (let i = 0; i < split.length; i++) {
    const value = ownValue(strings, i);
    const path = split[i] as readonly string[];
    const leaf = path[path.length - 1] as string;
    if (typeof value === 'string') put(into, path, leaf, value);
    else if (value !== null && typeof value === 'object' && !isArray(value)) {
      for (const category of PLURAL_CATEGORIES) {
        const form = ownValue(value, category);
        if (typeof form === 'string') put(into, path, `${leaf}_${category}`, form);
      }
    }
  }
  return into as FaceIdNestedCatalogue;
}

/** Expands a whole packed catalogue into the nested form i18next holds (objects without prototype). */
export function unpackFaceIdCatalogue(packed: unknown): FaceIdNestedCatalogue {
  const root: Record<string, unknown> = Object.create(null);
  if (!isArray(packed)) return root as FaceIdNestedCatalogue;
  for (const part of PARTS) unpackFaceIdPart(ownValue(packed, part.index), part, root);
  return root as FaceIdNestedCatalogue;
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

/** A key found in a file that is not its part's. */
export interface MisplacedKey {
  readonly key: string;
  /** The file it belongs in; `undefined`: faceid-guidance reads no such key. */
  readonly belongs: FaceIdFileName | undefined;
}

/**
 * Packs one part's strings (build time): in the part's key order, a plural key's forms by category.
 * Returns the keys of `catalogue` that are not the part's, so that the build can refuse a locale
 * whose strings would be lost or sit in the wrong download.
 */
export function packFaceIdPart(
  catalogue: FaceIdNestedCatalogue,
  part: FaceIdPart,
): { packed: (FaceIdPackedString | null)[]; misplaced: MisplacedKey[] } {
  const flat = flattenCatalogue(catalogue);
  const packed = part.keys().map((key): FaceIdPackedString | null => {
    const plain = flat.get(key);
    if (plain !== undefined) return plain;
    const forms: Record<string, string> = {};
    for (const category of PLURAL_CATEGORIES) {
      const form = flat.get(`${key}_${category}`);
      if (form !== undefined) forms[category] = form;
    }
    return Object.keys(forms).length > 0 ? forms : null;
  });
  while (packed.length > 0 && packed[packed.length - 1] === null) packed.pop();
  const misplaced = [...flat.keys()]
    .map((key) => ({ key, belongs: fileOfKey(key) }))
    .filter(({ belongs }) => belongs !== part.name);
  return { packed, misplaced };
}
