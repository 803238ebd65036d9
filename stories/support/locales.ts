/**
 * The shipped catalogues, read from `locales/` for stories and their play functions, and the
 * pseudo-locales made from them (`en-XA`, `ar-XB`). Expected text in assertions always comes from
 * here, in the locale under test: never copied strings.
 */

import SHIPPED_CATALOGUES from 'virtual:faceid-guidance/catalogues';
import { createInstance, type TFunction } from 'i18next';
import { expect } from 'storybook/test';
import { fileOfKey } from '../../src/core/keys';
import {
  DEFAULT_LANGUAGE,
  FACEID_NS,
  type FaceIdNestedCatalogue,
  type FaceIdResources,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from '../../src/react/i18n';
import { splitCatalogue } from '../../src/react/resources';
import { PSEUDO_LOCALES, type PseudoLocale, pseudoLocalize } from './pseudo';

export { PSEUDO_LOCALES };

/**
 * Every shipped catalogue by language, all its files merged (an overlay's base under it): the same
 * discovery as `SUPPORTED_LANGUAGES`.
 */
export const CATALOGUES: Readonly<Record<string, FaceIdNestedCatalogue>> = SHIPPED_CATALOGUES;

export function isPseudoLocale(locale: unknown): locale is PseudoLocale {
  return typeof locale === 'string' && Object.keys(PSEUDO_LOCALES).includes(locale);
}

/** The pseudo-locales' catalogues, made once from their base catalogue. */
export const PSEUDO_CATALOGUES = Object.fromEntries(
  Object.entries(PSEUDO_LOCALES).map(([locale, { base, rtl }]) => [
    locale,
    pseudoLocalize(CATALOGUES[base] ?? {}, { rtl }),
  ]),
) as Readonly<Record<PseudoLocale, FaceIdNestedCatalogue>>;

/** A language's own name, from its catalogue's `meta.languageName` (the toolbar label). */
export function languageName(lng: string): string {
  if (isPseudoLocale(lng)) return PSEUDO_LOCALES[lng].name;
  const meta = (CATALOGUES[lng] as { meta?: { languageName?: unknown } } | undefined)?.meta;
  return typeof meta?.languageName === 'string' ? meta.languageName : lng;
}

/** The toolbar's choices: every shipped language, labelled in that language, then the pseudo-locales. */
export const LANGUAGE_ITEMS = [...SUPPORTED_LANGUAGES, ...Object.keys(PSEUDO_LOCALES)].map(
  (lng) => ({ value: lng, title: languageName(lng), right: lng }),
);

/** Languages written right to left, for engines without `Intl.Locale#getTextInfo`. */
const RTL_LANGUAGES = ['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi'];

/** The writing direction of a locale: `rtl` for `ar-XB` and Arabic, Hebrew, Persian…, else `ltr`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  if (isPseudoLocale(locale)) return PSEUDO_LOCALES[locale].rtl ? 'rtl' : 'ltr';
  try {
    const tag = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = (tag.getTextInfo?.() ?? tag.textInfo)?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return RTL_LANGUAGES.includes(tag.language) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/**
 * The locale a story shows: the toolbar's `locale` global, a pseudo-locale as it is, any other tag
 * resolved like the provider does.
 */
export function storyLocale(globals: Readonly<Record<string, unknown>>): string {
  const locale = globals.locale ?? DEFAULT_LANGUAGE;
  return isPseudoLocale(locale) ? locale : resolveLanguage(locale);
}

/**
 * The shipped language the components render in: the story's locale, or a pseudo-locale's base
 * (whose catalogue the pseudo one replaces in the story's provider: see `storyResources`).
 */
export function storyLanguage(globals: Readonly<Record<string, unknown>>): string {
  const locale = storyLocale(globals);
  return isPseudoLocale(locale) ? PSEUDO_LOCALES[locale].base : locale;
}

/** A whole catalogue in i18next's shape, by namespace (the files its keys belong in). */
const asResources = (catalogue: FaceIdNestedCatalogue): FaceIdResources =>
  splitCatalogue(catalogue, fileOfKey);

/** Every shipped locale in i18next's shape. */
const SHIPPED_RESOURCES: Readonly<Record<string, FaceIdResources>> = Object.fromEntries(
  Object.entries(CATALOGUES).map(([lng, catalogue]) => [lng, asResources(catalogue)]),
);

/** The provider's `resources` for a locale: every shipped locale, a pseudo one in its base's place. */
export function storyResources(locale: string): Readonly<Record<string, FaceIdResources>> {
  if (!isPseudoLocale(locale)) return SHIPPED_RESOURCES;
  return {
    ...SHIPPED_RESOURCES,
    [PSEUDO_LOCALES[locale].base]: asResources(PSEUDO_CATALOGUES[locale]),
  };
}

export interface Translator {
  readonly lng: string;
  /** The locale file's text; fails the story when the key is missing or empty. */
  (key: string, values?: Record<string, unknown>): string;
}

const instances = new Map<string, Translator>();

/**
 * A translator reading a locale's catalogue through i18next (plurals, interpolation): a shipped
 * language's `locales/<lng>` files, or a pseudo-locale's catalogue, read with its base language's
 * plural rules (its keys are the base's: `ar-XB` has `_one`/`_other`, not Arabic's six forms).
 */
export function translatorFor(locale: string): Translator {
  let translator = instances.get(locale);
  if (!translator) {
    const lng = isPseudoLocale(locale) ? PSEUDO_LOCALES[locale].base : locale;
    const catalogue = isPseudoLocale(locale) ? PSEUDO_CATALOGUES[locale] : CATALOGUES[locale];
    const i18n = createInstance();
    void i18n.init({
      lng,
      fallbackLng: false,
      ns: [FACEID_NS],
      defaultNS: FACEID_NS,
      resources: { [lng]: { [FACEID_NS]: catalogue ?? {} } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const t: TFunction = i18n.getFixedT(lng, FACEID_NS);
    const translate = (key: string, values?: Record<string, unknown>): string => {
      expect(i18n.exists(key, { ...values, lng }), `${locale}: missing key ${key}`).toBe(true);
      const text = t(key, values);
      expect(text, `${locale}: ${key} is empty`).not.toBe('');
      return text;
    };
    translator = Object.assign(translate, { lng: locale });
    instances.set(locale, translator);
  }
  return translator;
}

/** The translator for the locale a story renders in (a pseudo-locale's pseudo text). */
export function storyTranslator(context: { globals: Readonly<Record<string, unknown>> }) {
  return translatorFor(storyLocale(context.globals));
}

/**
 * The translator for a shipped language as the story's provider holds it: the pseudo text for the
 * language a pseudo-locale stands in for, else that language's own (`LanguageOverride`).
 */
export function providerTranslator(globals: Readonly<Record<string, unknown>>, lng: string) {
  return translatorFor(lng === storyLanguage(globals) ? storyLocale(globals) : lng);
}
