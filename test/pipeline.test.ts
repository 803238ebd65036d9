/**
 * The locale pipeline as a translator meets it: a locale is a folder of `locales/` with one file
 * per namespace; the build discovers it, ships each file keyed as written, refuses a key in the wrong file, carries any
 * CLDR plural category, and lays an overlay (zh-HK) over its base. Fixture locales live under
 * test/fixtures and go through the very plugin the build, Storybook and the tests use.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInstance } from 'i18next';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { readJson } from '../scripts/support/locales.mjs';
import {
  faceIdLocales,
  LOCALE_FILES,
  readLocale,
  readLocaleFile,
  shippedLocales,
} from '../scripts/vite-plugin-faceid-locales';
import { NAMESPACES, PARTS } from '../src/core/keys';
import { SUPPORTED_LANGUAGES } from '../src/core/language';
import { faceIdText } from '../src/react/i18n';
import { flattenCatalogue } from '../src/react/resources';
import { partOf } from './react/helpers';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Runs the plugin's `load` hook as Vite does; `this.error` throws, as it does in a build. */
function load(id: string, root = ROOT): string {
  const plugin = faceIdLocales({ root }) as Plugin & { load: (id: string) => string | null };
  const context = {
    addWatchFile() {},
    error(message: string): never {
      throw new Error(message);
    },
  };
  const code = plugin.load.call(context as never, id);
  if (typeof code !== 'string') throw new Error(`the plugin does not load ${id}`);
  return code;
}

/** The module's default export, as JSON (`export default …;`). */
const exported = (code: string): unknown =>
  JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));

describe('discovery', () => {
  it('the shipped languages are the folders of locales/ with a face.json', () => {
    // A new locale's tag goes into SUPPORTED_LANGUAGES (src/core/language.ts), sorted.
    expect([...SUPPORTED_LANGUAGES], 'SUPPORTED_LANGUAGES in src/core/language.ts').toEqual(
      shippedLocales(ROOT),
    );
    expect(exported(load('\0virtual:faceid-guidance/locales'))).toEqual([...SUPPORTED_LANGUAGES]);
  });

  it('adding a locale is adding a folder: the build finds it and ships its namespaces', () => {
    const root = mkdtempSync(join(tmpdir(), 'faceid-locales-'));
    try {
      cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
      cpSync(join(FIXTURES, 'locales/pl'), join(root, 'locales/pl'), { recursive: true });
      expect(shippedLocales(root)).toEqual([...SUPPORTED_LANGUAGES, 'pl'].sort());
      const whole = load('\0virtual:faceid-guidance/locale/pl', root);
      for (const part of PARTS) {
        expect(whole).toContain(`/locales/pl/${part.name}.json?faceid`);
        expect(whole).toContain(`"${NAMESPACES[part.name]}": `);
      }
      const face = exported(load(join(root, 'locales/pl/face.json?faceid')));
      expect(face).toEqual(readLocaleFile(root, 'pl', 'face'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the files of a locale', () => {
  it('are its parts, then the diagnostics', () => {
    expect(LOCALE_FILES).toEqual([...PARTS.map((part) => part.name), 'developer']);
  });
});

describe('a key in the wrong file is a build error', () => {
  const face = join(FIXTURES, 'misplaced/locales/xx/face.json');

  it('names the file, the key and the file it belongs in', () => {
    expect(() => load(`${face}?faceid`)).toThrowError(
      `${face}: ui.actions.retake belongs in card.json`,
    );
    expect(() => load(`${face}?faceid`)).toThrowError(
      `${face}: developer.unknown belongs in developer.json`,
    );
    expect(() => load(`${face}?faceid`)).toThrowError(
      `${face}: ui.brandNew is no key of faceid-guidance`,
    );
  });

  it('every shipped locale file loads', () => {
    for (const lng of SUPPORTED_LANGUAGES) {
      for (const file of LOCALE_FILES) {
        expect(() => load(join(ROOT, 'locales', lng, `${file}.json?faceid`))).not.toThrow();
      }
    }
  });
});

describe('plural forms: any CLDR category', () => {
  // Polish: one (1), few (2–4, 22–24…), many (5–21, 25…), other (fractions).
  const nested = exported(load(join(FIXTURES, 'locales/pl/card.json?faceid'))) as object;
  const i18n = createInstance();
  void i18n.init({
    lng: 'pl',
    fallbackLng: false,
    resources: { pl: { [NAMESPACES.card]: nested } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const strings = readLocaleFile(FIXTURES, 'pl', 'card') as {
    ui: { warnings: Record<string, string> };
  };
  const form = (category: string, count: number) =>
    (strings.ui.warnings[`heading_${category}`] as string).replace('{{count}}', String(count));

  it('the namespace carries every form the locale has', () => {
    expect(nested).toEqual(partOf(readLocale(FIXTURES, 'pl'), 'card'));
  });

  it.each([
    [1, 'one'],
    [2, 'few'],
    [5, 'many'],
    [22, 'few'],
    [1.5, 'other'],
  ] as const)('%d reads the %s form, in i18next and in faceIdText', (count, category) => {
    expect(new Intl.PluralRules('pl').select(count)).toBe(category);
    expect(i18n.t('ui.warnings.heading', { ns: NAMESPACES.card, count })).toBe(
      form(category, count),
    );
    expect(faceIdText(i18n, 'pl')('ui.warnings.heading', { count })).toBe(form(category, count));
  });
});

describe('an overlay locale (locale.json "extends")', () => {
  it('zh-HK shows its own string where it has one, zh-TW’s elsewhere', () => {
    const hk = flattenCatalogue(readLocale(ROOT, 'zh-HK'));
    const tw = flattenCatalogue(readLocale(ROOT, 'zh-TW'));
    const own = new Map(
      LOCALE_FILES.flatMap((file) => [
        ...flattenCatalogue(readJson(join(ROOT, 'locales/zh-HK', `${file}.json`))),
      ]),
    );
    expect([...hk.keys()].sort()).toEqual([...tw.keys()].sort());
    expect(own.size).toBeGreaterThan(0);
    for (const [key, text] of hk) expect(text, key).toBe(own.get(key) ?? tw.get(key));
  });
});
