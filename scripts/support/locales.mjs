// The locale folders as files: which locales ship, what a locale builds on, and its strings with
// its base's under its own. Plain JavaScript, so that the build plugin, the test and CI scripts and
// the package checks read locales the one same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files of a locale folder: one per part, then the integrator diagnostics. */
export const LOCALE_FILES = ['face', 'card', 'results', 'developer'];

/** Every shipped locale, sorted: a folder of `<root>/locales/` with a `face.json`. */
export function shippedLocales(root) {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(root, 'locales', entry.name, 'face.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/**
 * The locale a locale builds on (`locales/<lng>/locale.json`: `{ "extends": "zh-TW" }`), whose
 * strings it takes where its own files have none: zh-HK is Hong Kong's wording over zh-TW's.
 */
export function baseLocale(root, lng) {
  const file = join(root, 'locales', lng, 'locale.json');
  if (!existsSync(file)) return undefined;
  const base = JSON.parse(readFileSync(file, 'utf8')).extends;
  return typeof base === 'string' ? base : undefined;
}

/** A JSON file's content; `{}` when there is no such file. */
export function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

function merge(base, own) {
  const out = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? merge(under, value) : value;
  }
  return out;
}

/** The files a locale's file is made of: its base's (and theirs), then its own. */
export function localeSources(root, lng, file) {
  const seen = new Set();
  const files = [];
  for (let at = lng; at && !seen.has(at); at = baseLocale(root, at)) {
    seen.add(at);
    files.unshift(join(root, 'locales', at, `${file}.json`));
  }
  return files;
}

/** Files' strings merged, each over the ones before it (a base's first, then its overlay's). */
export function mergeLocaleFiles(catalogues) {
  return catalogues.reduce(merge, {});
}

/** One file of a locale, its base's strings under its own (nested, as i18next holds it). */
export function readLocaleFile(root, lng, file) {
  return mergeLocaleFiles(localeSources(root, lng, file).map(readJson));
}

/**
 * Every entry point of the `./locales/*` pattern, as subpaths under it: `en` (the whole
 * catalogue), `en/face`, `en/card`, `en/results`, `en/developer`, for every shipped locale.
 */
export function localeEntryPoints(root) {
  return shippedLocales(root).flatMap((lng) => [
    lng,
    ...LOCALE_FILES.map((file) => `${lng}/${file}`),
  ]);
}

/** A whole locale, every file merged. */
export function readLocale(root, lng) {
  return LOCALE_FILES.map((file) => readLocaleFile(root, lng, file)).reduce(merge, {});
}
