/**
 * Pseudo-locales for layout review, as Android and Chromium name them: `en-XA` (accented, about
 * 40 % longer, bracketed) and `ar-XB` (the same, right to left). They are made from a shipped
 * catalogue in the stories only: never shipped, never in `SUPPORTED_LANGUAGES`.
 *
 * Pure and layout-free: `pseudoLocalize` takes any nested catalogue object (a whole locale or one
 * part of it) and returns one of the same shape, every key kept (plural suffixes `_one`/`_other`
 * included), each string transformed outside what must stay as it is: `{{variables}}`, i18next
 * nesting `$t(…)` and any `<markup>`.
 */

/**
 * The pseudo-locales of the Storybook toolbar and the browser tests, after the shipped languages.
 * Each is made from a shipped catalogue (`base`), which it stands in for inside the story's
 * provider: the library only ever resolves to a shipped language (`resolveLanguage('en-XA')` is
 * `en`), so the components render `base` with the pseudo text in its place, and the story frame
 * carries the pseudo-locale's `lang` and `dir`.
 */
export const PSEUDO_LOCALES = {
  'en-XA': { base: 'en', rtl: false, name: '[Ƥšéûðö-Éñĝļîšĥ]' },
  'ar-XB': { base: 'en', rtl: true, name: 'Pseudo RTL' },
} as const satisfies Record<string, { base: string; rtl: boolean; name: string }>;

export type PseudoLocale = keyof typeof PSEUDO_LOCALES;

/** Latin letters → accented look-alikes (the Android/Chromium pseudo-locale set). */
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from(
    'AÅBƁCÇDÐEÉFƑGĜHĤIÎJĴKĶLĻMṀNÑOÖPÞQǪRŔSŠTŢUÛVṼWŴXẊYÝZŽaåbƀcçdðeéfƒgĝhĥiîjĵkķlļmɱnñoöpþqǫrŕsštţuûvṽwŵxẋyýzž'.matchAll(
      /(.)(.)/gu,
    ),
    ([, from, to]) => [from as string, to as string],
  ),
);

/** What is never changed inside a string: `{{variables}}`, `$t(nesting)`, `<tags>`. */
const PROTECTED = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/;

/** Filler words ("one two three…", accented): visible, and they wrap like words. */
const FILLER = ['öñé', 'ţŵö', 'ţĥŕéé', 'ƒöûŕ', 'ƒîṽé', 'šîẋ', 'šéṽéñ', 'éîĝĥţ', 'ñîñé', 'ţéñ'];

/** One long unbroken token per string (from 24 characters): it must wrap, not overflow. */
export const LONG_TOKEN = 'ļöñĝŵöŕðŵîţĥöûţƀŕéåķš';
export const LONG_TOKEN_FROM = 24;

/** Strings grow by at least this factor (code points), brackets and filler included. */
export const EXPANSION = 1.4;

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const POP_DIRECTIONAL = '\u202C';

export interface PseudoOptions {
  /**
   * Right to left: each run of text (not the variables, so numbers and codes read as they would
   * in Arabic or Hebrew) is wrapped in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, so it
   * shows mirrored, and the frame around it must be `dir="rtl"`. @default false
   */
  rtl?: boolean;
}

const length = (text: string) => Array.from(text).length;

/** One string, pseudo-localized. */
export function pseudoLocalizeText(text: string, { rtl = false }: PseudoOptions = {}): string {
  if (text === '') return text;
  const parts = text.split(PROTECTED);
  const accent = (run: string) => Array.from(run, (c) => ACCENTED[c] ?? c).join('');
  const mirror = (run: string) =>
    rtl && run.trim() !== '' ? `${RIGHT_TO_LEFT_OVERRIDE}${run}${POP_DIRECTIONAL}` : run;
  const body = parts
    // Odd indexes are the protected pieces the split captured.
    .map((part, index) => (index % 2 === 1 ? part : mirror(accent(part))))
    .join('');
  const source = length(text);
  // Brackets and one space count towards the growth: ceil(1.4 × n) code points at least, and one
  // filler word for the shortest strings (a button label grows too).
  const wanted = Math.max(Math.ceil(source * EXPANSION) - source - 3, 1);
  const filler: string[] = source >= LONG_TOKEN_FROM ? [LONG_TOKEN] : [];
  for (let i = 0; length(filler.join(' ')) < wanted; i++) {
    filler.push(FILLER[i % FILLER.length] as string);
  }
  return `[${body} ${mirror(filler.join(' '))}]`;
}

/** A nested catalogue (or any part of one): the same keys, every string pseudo-localized. */
export type NestedCatalogue = { readonly [key: string]: string | NestedCatalogue };

/**
 * A catalogue pseudo-localized: every key kept, every string accented, about 40 % longer and
 * bracketed (`[Ţŕý åĝåîñ öñé]`), mirrored too with `rtl`. Values that are not strings or objects
 * are kept as they are.
 */
export function pseudoLocalize<T extends object>(catalogue: T, options: PseudoOptions = {}): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return pseudoLocalizeText(value, options);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
  };
  return walk(catalogue) as T;
}
