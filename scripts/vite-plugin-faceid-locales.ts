import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import {
  CHECKLIST_FLOOR_KEYS,
  type FaceIdFileName,
  FLOOR_KEYS,
  fileOfKey,
  NAMESPACES,
  PARTS,
  withoutPlural,
} from '../src/core/keys.ts';
import { type FaceIdNestedCatalogue, flattenCatalogue } from '../src/react/resources.ts';
import {
  baseLocale,
  LOCALE_FILES,
  localeSources,
  mergeLocaleFiles,
  readJson,
  readLocale,
  readLocaleFile,
  shippedLocales,
} from './support/locales.mjs';

const ROOT = resolve(import.meta.dirname, '..');

export { baseLocale, LOCALE_FILES, localeSources, readLocale, readLocaleFile, shippedLocales };

/**
 * The keys of a locale file that are not its file's, as messages naming the file, the key and the
 * file it belongs in (the build refuses them; the tests too).
 */
export function misplacedKeys(path: string, name: string, catalogue: FaceIdNestedCatalogue) {
  return [...flattenCatalogue(catalogue).keys()].flatMap((key) => {
    const belongs = fileOfKey(key);
    if (belongs === name) return [];
    return [
      belongs
        ? `${path}: ${key} belongs in ${belongs}.json`
        : `${path}: ${key} is no key of faceid-guidance (an interface key is added to a part in src/core/keys.ts)`,
    ];
  });
}

/** The module that lists the shipped locales for `src/core/language.ts`. */
const LOCALE_LIST = 'virtual:faceid-guidance/locales';
/** A whole locale's end-user strings by namespace: `virtual:faceid-guidance/locale/<lng>`. */
const WHOLE_LOCALE = 'virtual:faceid-guidance/locale/';
/** Every shipped locale, nested and whole, for the stories and the tests. */
const CATALOGUES = 'virtual:faceid-guidance/catalogues';
/**
 * The bundled floor of every shipped locale: `{ [lng]: [the strings of FLOOR_KEYS, in order] }`;
 * and `KEY_COUNTS`, how many keys (plural forms counted once) each namespace has, which tells a
 * whole namespace given as `resources` from a partial one.
 */
const FLOOR = 'virtual:faceid-guidance/floor';

const LOCALE_FILE = /[\\/]locales[\\/]([^\\/]+)[\\/]([a-z]+)\.json$/;

/**
 * How the library loads `locales/<lng>/<file>.json`, the same in the build, Storybook and tests:
 * - `<file>.json?faceid` (`face`, `card`, `results`, `developer`): the file's strings as written
 *   (nested, keyed; an overlay's merged over its base's): one i18next namespace, one chunk;
 * - `virtual:faceid-guidance/locale/<lng>`: a locale's end-user namespaces in i18next's shape,
 *   `{ faceid, 'faceid-card', 'faceid-results' }` (what `faceid-guidance/locales/<lng>` exports,
 *   for `resources`);
 * - `virtual:faceid-guidance/locales`: the sorted list of shipped locales (`shippedLocales`), which
 *   the build writes into `SUPPORTED_LANGUAGES`;
 * - `virtual:faceid-guidance/catalogues`: every locale nested and whole (stories, tests);
 * - `virtual:faceid-guidance/floor`: the bundled floor of every shipped locale, its strings in the
 *   order of `FLOOR_KEYS` (`CHECKLIST_FLOOR`: of `CHECKLIST_FLOOR_KEYS`), and each namespace's key
 *   count.
 * A locale with a `locale.json` `extends` takes its base's strings where it has none. The build
 * fails if a file holds a key of another file (naming the file, the key and the right file), or a
 * key faceid-guidance does not read.
 */
export function faceIdLocales(options: { root?: string } = {}): Plugin {
  const root = options.root ?? ROOT;
  return {
    name: 'faceid-guidance:locales',
    enforce: 'pre',
    resolveId(id) {
      if (id === LOCALE_LIST || id === CATALOGUES || id === FLOOR) return `\0${id}`;
      // A build entry comes resolved against the root (`/…/virtual:faceid-guidance/locale/en`).
      const at = id.indexOf(WHOLE_LOCALE);
      return at >= 0 ? `\0${id.slice(at)}` : null;
    },
    load(id) {
      if (id === `\0${LOCALE_LIST}`) {
        return `export default ${JSON.stringify(shippedLocales(root))};`;
      }
      if (id === `\0${FLOOR}`) {
        const floor: Record<string, string[]> = {};
        const checklist: Record<string, string[]> = {};
        for (const lng of shippedLocales(root)) {
          const flat = flattenCatalogue(readLocale(root, lng));
          const strings = (keys: readonly string[]) =>
            keys.map((key) => {
              const value = flat.get(key);
              if (value === undefined) this.error(`locales/${lng}: the floor needs ${key}`);
              return value;
            });
          floor[lng] = strings(FLOOR_KEYS);
          checklist[lng] = strings(CHECKLIST_FLOOR_KEYS);
          for (const file of LOCALE_FILES) {
            for (const source of localeSources(root, lng, file)) this.addWatchFile(source);
          }
        }
        // The source locale has every key the library reads.
        const counts: Record<string, number> = {};
        for (const file of LOCALE_FILES) {
          const keys = new Set(
            [...flattenCatalogue(readLocaleFile(root, 'zh-CN', file)).keys()].map(withoutPlural),
          );
          counts[NAMESPACES[file]] = keys.size;
        }
        return [
          `export default ${JSON.stringify(floor)};`,
          `export const CHECKLIST_FLOOR = ${JSON.stringify(checklist)};`,
          `export const KEY_COUNTS = ${JSON.stringify(counts)};`,
        ].join('\n');
      }
      if (id === `\0${CATALOGUES}`) {
        const all = Object.fromEntries(shippedLocales(root).map((l) => [l, readLocale(root, l)]));
        for (const lng of Object.keys(all)) {
          for (const file of LOCALE_FILES) {
            for (const source of localeSources(root, lng, file)) this.addWatchFile(source);
          }
        }
        return `export default ${JSON.stringify(all)};`;
      }
      if (id.startsWith(`\0${WHOLE_LOCALE}`)) {
        const lng = id.slice(WHOLE_LOCALE.length + 1);
        const folder = join(root, 'locales', lng);
        if (!existsSync(join(folder, 'face.json'))) this.error(`No locale ${lng} in ${folder}`);
        const parts = PARTS.map((part) => join(folder, `${part.name}.json?faceid`));
        return [
          ...parts.map((file, i) => `import p${i} from ${JSON.stringify(file)};`),
          `export default { ${PARTS.map((part, i) => `${JSON.stringify(part.ns)}: p${i}`).join(', ')} };`,
        ].join('\n');
      }
      const [file = '', query] = id.split('?');
      const match = LOCALE_FILE.exec(file);
      if (!match || query !== 'faceid') return null;
      const [, lng = '', name = ''] = match;
      if (!(LOCALE_FILES as readonly string[]).includes(name)) {
        this.error(`${file}: no file ${name} in a locale (its files: ${LOCALE_FILES.join(', ')})`);
      }
      // The folder that holds the file's `locales/` (the package's, or a test fixture's).
      const home = resolve(file, '../../..');
      // Each file read once: checked on its own, then merged (a base's under its overlay's).
      const sources = localeSources(home, lng, name as FaceIdFileName).map((source) => {
        this.addWatchFile(source);
        return [source, readJson(source)] as const;
      });
      for (const [source, own] of sources) {
        const misplaced = misplacedKeys(source, name, own);
        if (misplaced.length > 0) this.error(misplaced.join('\n'));
      }
      return `export default ${JSON.stringify(mergeLocaleFiles(sources.map(([, own]) => own)))};`;
    },
  };
}
