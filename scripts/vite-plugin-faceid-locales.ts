import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { type FaceIdNestedCatalogue, packFaceIdCatalogue } from '../src/react/packedCatalogue.ts';

/**
 * Every shipped locale, sorted: a folder of `<root>/locales/` with a `faceid.json`, as the library's
 * own `SUPPORTED_LANGUAGES` finds them. The build makes one entry of each, the browser tests one
 * project of each.
 */
export function shippedLocales(root: string): string[] {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(join(root, 'locales', entry.name, 'faceid.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** The module that lists the shipped locales for `src/core/language.ts`. */
const LOCALE_LIST = 'virtual:faceid-guidance/locales';
const ROOT = resolve(import.meta.dirname, '..');

const LOCALE_FILE = /[\\/]locales[\\/]([^\\/]+)[\\/]faceid\.json$/;

/**
 * How the library loads `locales/<lng>/faceid.json`, the same in the build, Storybook and tests:
 * - `faceid.json?packed`: the end-user strings alone, as arrays, one per catalogue part (face and
 *   the interface; OCR), each in its part's key order (the keys are known to the library: shipping
 *   them again would cost a kilobyte per locale);
 * - `faceid.json?developer`: `{ developer }`, the integrator diagnostics, loaded only when a code
 *   whose cause is the integration is shown.
 * - `virtual:faceid-guidance/locales`: the sorted list of shipped locales (`shippedLocales`), which
 *   the build writes into `SUPPORTED_LANGUAGES`.
 * The build fails if a locale holds a key the packed form has no place for.
 */
export function faceIdLocales(): Plugin {
  return {
    name: 'faceid-guidance:locales',
    enforce: 'pre',
    resolveId(id) {
      return id === LOCALE_LIST ? `\0${LOCALE_LIST}` : null;
    },
    load(id) {
      if (id === `\0${LOCALE_LIST}`) {
        return `export default ${JSON.stringify(shippedLocales(ROOT))};`;
      }
      const [file = '', query] = id.split('?');
      if (!LOCALE_FILE.test(file) || (query !== 'packed' && query !== 'developer')) return null;
      this.addWatchFile(file);
      const catalogue = JSON.parse(readFileSync(file, 'utf8')) as FaceIdNestedCatalogue;
      if (query === 'developer') {
        return `export default ${JSON.stringify({ developer: catalogue.developer ?? {} })};`;
      }
      const { packed, unplaced } = packFaceIdCatalogue(catalogue);
      if (unplaced.length > 0) {
        this.error(
          `${file}: no place in the packed catalogue for ${unplaced.join(', ')}. ` +
            'Add new interface keys to a part (BASE_PART or CARD_PART) in src/react/packedCatalogue.ts.',
        );
      }
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
