/**
 * Shared test helpers for the React layer. Expected text always comes from the locale files, read
 * through a real i18next instance, never from strings copied into the tests.
 */

import CATALOGUE_FILES from 'virtual:faceid-guidance/catalogues';
import { type RenderOptions, render } from '@testing-library/react';
import { createInstance, type i18n as I18n, type TFunction } from 'i18next';
import type { ReactElement, ReactNode } from 'react';
import { expect } from 'vitest';
import {
  END_USER_NAMESPACES,
  type FaceIdFileName,
  fileOfKey,
  NAMESPACES,
} from '../../src/core/keys';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import type { FaceIdResources } from '../../src/react/i18n';
import { type FaceIdNestedCatalogue, splitCatalogue } from '../../src/react/resources';

/** Every shipped locale (a folder of `locales/`), as the build discovers them. */
export const LANGUAGES = Object.keys(CATALOGUE_FILES).sort() as readonly string[];
export type Language = string;

/** Every shipped locale's files merged (`face`, `card`, `results`, `developer`; a base's under an overlay). */
export const CATALOGUES: Readonly<Record<Language, FaceIdNestedCatalogue>> = CATALOGUE_FILES;

/** One shipped locale's catalogue (all its files merged); fails the test for a locale not shipped. */
export function catalogueOf(lng: Language): FaceIdNestedCatalogue {
  const catalogue = CATALOGUES[lng];
  if (!catalogue) throw new Error(`no locale ${lng} in locales/`);
  return catalogue;
}

/** Every key of a nested catalogue (`ui.wait.minutes_one`…). */
export function catalogueKeys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : catalogueKeys(value, `${prefix + key}.`),
  );
}

/** What React writes for a text node: the HTML-escaped text. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}

/** The strings of `catalogue` under `keys` only (plural forms included), nested as in the file. */
export function pick(
  catalogue: FaceIdNestedCatalogue,
  keys: readonly string[],
): FaceIdNestedCatalogue {
  const wanted = new Set(keys);
  const walk = (node: FaceIdNestedCatalogue, prefix: string): FaceIdNestedCatalogue | undefined => {
    const out: Record<string, string | FaceIdNestedCatalogue> = {};
    for (const [key, value] of Object.entries(node)) {
      const sub =
        typeof value === 'string'
          ? wanted.has(prefix + key)
            ? value
            : undefined
          : walk(value, `${prefix + key}.`);
      if (sub !== undefined) out[key] = sub;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  return walk(catalogue, '') ?? {};
}

/** A locale file without its developer diagnostics: what a page loads first. */
export function endUserPart(catalogue: FaceIdNestedCatalogue): FaceIdNestedCatalogue {
  const { developer: _developer, ...user } = catalogue;
  return user;
}

/**
 * A catalogue without the result services' part (DetectAuth, eKYC, 意愿核身, Cloud API): what an
 * instance holds once face and OCR components have asked for their strings.
 */
export function withoutResultPart(catalogue: FaceIdNestedCatalogue): FaceIdNestedCatalogue {
  return pick(
    catalogue,
    catalogueKeys(catalogue).filter((key) => fileOfKey(key) !== 'results'),
  );
}

/** The strings of one file of a locale (`face`, `card`, `results`, `developer`), by `fileOfKey`. */
export function partOf(
  catalogue: FaceIdNestedCatalogue,
  file: FaceIdFileName,
): FaceIdNestedCatalogue {
  return pick(
    catalogue,
    catalogueKeys(catalogue).filter((key) => fileOfKey(key) === file),
  );
}

/**
 * One shipped locale in i18next's shape, by namespace (`faceid`, `faceid-card`, `faceid-results`,
 * `faceid-developer`): what a provider's `resources` take.
 */
export function resourcesOf(lng: Language): FaceIdResources {
  return splitCatalogue(catalogueOf(lng), fileOfKey);
}

/** Every shipped locale in i18next's shape, diagnostics included. */
export const ALL_RESOURCES: Readonly<Record<string, FaceIdResources>> = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, resourcesOf(lng)]),
);

interface Translator {
  t: TFunction;
  exists: (key: string, values?: Record<string, unknown>) => boolean;
}

const translators = new Map<Language, Translator>();

function translatorFor(lng: Language) {
  let translator = translators.get(lng);
  if (!translator) {
    const instance = createInstance();
    void instance.init({
      lng,
      fallbackLng: false,
      ns: ['faceid'],
      defaultNS: 'faceid',
      resources: { [lng]: { faceid: catalogueOf(lng) } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    translator = {
      t: instance.getFixedT(lng, 'faceid'),
      exists: (key, values) => instance.exists(key, { ...values, lng, ns: 'faceid' }),
    };
    translators.set(lng, translator);
  }
  return translator;
}

/**
 * The locale file's text for `key` in `lng`, through i18next (plurals, interpolation). Fails the
 * test when the key is missing, so that a missing key cannot pass as "the key itself".
 */
export function text(lng: Language, key: string, values?: Record<string, unknown>): string {
  const translator = translatorFor(lng);
  expect(translator.exists(key, values), `${lng}: missing key ${key}`).toBe(true);
  const result = translator.t(key, values);
  expect(result, `${lng}: ${key} is empty`).not.toBe('');
  return result;
}

/**
 * The wait line for a time left written `m:ss` (or `h:mm:ss`), as the locale words it: the
 * countdown sentence around the duration in words (`ui.wait.time`: "9分05秒", "9 min 05 s").
 */
export function waitLine(lng: Language, clock: string): string {
  const parts = clock.split(':').map(Number);
  const seconds = parts.reduce((total, part) => total * 60 + part, 0);
  const time = text(lng, 'ui.wait.time', {
    minutes: Math.floor(seconds / 60),
    seconds: String(seconds % 60).padStart(2, '0'),
  });
  return text(lng, 'ui.wait.countdown', { time });
}

/** A provider with the language's catalogue preloaded: everything renders synchronously. */
export function withLanguage(lng: Language | string, resources = ALL_RESOURCES) {
  // biome-ignore lint/correctness/noComponentHookFactories: Testing Library's `wrapper` option takes a component; one per language.
  return function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <FaceIdGuidanceProvider lng={lng} resources={resources}>
        {children}
      </FaceIdGuidanceProvider>
    );
  };
}

/** Renders `ui` inside a provider for `lng` with every shipped catalogue preloaded. */
export function renderIn(
  lng: Language | string,
  ui: ReactElement,
  options?: Omit<RenderOptions, 'wrapper'>,
) {
  return render(ui, { ...options, wrapper: withLanguage(lng) });
}

/** All element ids in a container. */
export function idsIn(container: Element): string[] {
  return Array.from(container.querySelectorAll('[id]'), (element) => element.id);
}

/** Whether `element` or an ancestor is a live region (role alert/status/log or aria-live). */
export function liveRegionAncestor(element: Element): Element | null {
  return element.closest(
    '[role="alert"], [role="status"], [role="log"], [role="timer"], [aria-live]:not([aria-live="off"])',
  );
}

/**
 * A Testing Library matcher for the element whose whole text is `expected`, markup inside it
 * included: a support line reads `Code: <bdi>-5018</bdi>`, one text across two elements. The
 * innermost such element, so that its ancestors do not match too.
 */
export function textContentIs(expected: string) {
  return (_content: string, element: Element | null): boolean =>
    !!element &&
    element.textContent === expected &&
    !Array.from(element.children).some((child) => child.textContent === expected);
}

/**
 * Whether `i18n` holds this key in exactly this language, whatever the instance's own separators
 * and fallbacks: `unknown.title` in `faceid` tells the end-user strings are there,
 * `developer.unknown` in `faceid-developer` the integrator diagnostics.
 */
export function hasFaceIdText(i18n: I18n, language: string, key: string): boolean {
  if (!i18n.store) return false;
  const namespaces = key.startsWith('developer.') ? [NAMESPACES.developer] : END_USER_NAMESPACES;
  return namespaces.some(
    (ns) => typeof i18n.getResource(language, ns, key, { keySeparator: '.' }) === 'string',
  );
}
