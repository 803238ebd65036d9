/**
 * The shipped catalogues, read from `locales/` for stories and their play functions. Expected text
 * in assertions always comes from here, in the language under test: never copied strings.
 */
import { createInstance, type TFunction } from 'i18next';
import { expect } from 'storybook/test';
import {
  DEFAULT_LANGUAGE,
  FACEID_NS,
  type FaceIdCatalogue,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from '../../src/react/i18n';

const modules = import.meta.glob<{ default: FaceIdCatalogue }>('../../locales/*/faceid.json', {
  eager: true,
});

/** Every shipped catalogue by language: the same discovery as `SUPPORTED_LANGUAGES`. */
export const CATALOGUES: Readonly<Record<string, FaceIdCatalogue>> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [
    path.split('/').at(-2) as string,
    module.default,
  ]),
);

/** A language's own name, from its catalogue's `meta.languageName` (the toolbar label). */
export function languageName(lng: string): string {
  const meta = (CATALOGUES[lng] as { meta?: { languageName?: unknown } } | undefined)?.meta;
  return typeof meta?.languageName === 'string' ? meta.languageName : lng;
}

/** The toolbar's language choices: every shipped language, labelled in that language. */
export const LANGUAGE_ITEMS = SUPPORTED_LANGUAGES.map((lng) => ({
  value: lng,
  title: languageName(lng),
  right: lng,
}));

/** The language a story renders in: the toolbar's `locale` global, resolved like the provider does. */
export function storyLanguage(globals: Readonly<Record<string, unknown>>): string {
  return resolveLanguage(globals.locale ?? DEFAULT_LANGUAGE);
}

export interface Translator {
  readonly lng: string;
  /** The locale file's text; fails the story when the key is missing or empty. */
  (key: string, values?: Record<string, unknown>): string;
}

const instances = new Map<string, Translator>();

/** A translator reading `locales/<lng>/faceid.json` through i18next (plurals, interpolation). */
export function translatorFor(lng: string): Translator {
  let translator = instances.get(lng);
  if (!translator) {
    const i18n = createInstance();
    void i18n.init({
      lng,
      fallbackLng: false,
      ns: [FACEID_NS],
      defaultNS: FACEID_NS,
      resources: { [lng]: { [FACEID_NS]: CATALOGUES[lng] ?? {} } },
      initAsync: false,
      interpolation: { escapeValue: false },
    });
    const t: TFunction = i18n.getFixedT(lng, FACEID_NS);
    const translate = (key: string, values?: Record<string, unknown>): string => {
      expect(i18n.exists(key, { ...values, lng }), `${lng}: missing key ${key}`).toBe(true);
      const text = t(key, values);
      expect(text, `${lng}: ${key} is empty`).not.toBe('');
      return text;
    };
    translator = Object.assign(translate, { lng });
    instances.set(lng, translator);
  }
  return translator;
}

/** The translator for the language a story renders in. */
export function storyTranslator(context: { globals: Readonly<Record<string, unknown>> }) {
  return translatorFor(storyLanguage(context.globals));
}
