/**
 * Language matching from the core: usable on a server before any React or i18next, with the list
 * of shipped languages discovered from `locales/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as core from '../../src/core/index';
import * as react from '../../src/react/index';

const root = join(import.meta.dirname, '../..');
const folders = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(root, 'locales', entry.name, 'face.json')),
  )
  .map((entry) => entry.name)
  .sort();

describe('faceid-guidance/core: resolveLanguage', () => {
  test('the shipped languages are the folders of locales/', () => {
    expect(core.SUPPORTED_LANGUAGES).toEqual(folders);
    expect(folders).toContain(core.DEFAULT_LANGUAGE);
  });

  test('the React entry re-exports the very same functions and list', () => {
    expect(react.resolveLanguage).toBe(core.resolveLanguage);
    expect(react.SUPPORTED_LANGUAGES).toBe(core.SUPPORTED_LANGUAGES);
    expect(react.DEFAULT_LANGUAGE).toBe(core.DEFAULT_LANGUAGE);
  });

  test('the language module imports neither React nor i18next', () => {
    const source = readFileSync(join(root, 'src/core/language.ts'), 'utf8');
    expect(source).not.toMatch(/from '(react|i18next|react-i18next)/);
  });

  test.each([
    ['zh-HK', undefined, 'zh-HK'],
    ['zh-Hant-MO', undefined, 'zh-HK'],
    ['zh-Hant', undefined, 'zh-TW'],
    ['EN_us', undefined, 'en'],
    ['fr', 'en-GB', 'en'],
    ['fr', ['de', 'zh-Hant-TW', 'en'], 'zh-TW'],
    ['fr', ['de'], 'zh-CN'],
    [undefined, ['x'.repeat(100), 'en'], 'en'],
  ] as const)('%s with fallback %j → %s', (requested, fallback, expected) => {
    expect(core.resolveLanguage(requested, fallback)).toBe(expected);
  });

  test('hostile fallbacks fall through to the default language, never throw', () => {
    const hostile: unknown[] = [null, 42, {}, Symbol('x'), () => 'en', new Array(1e6).fill('de')];
    for (const fallback of hostile) {
      expect(core.resolveLanguage('fr', fallback as string)).toBe(core.DEFAULT_LANGUAGE);
    }
  });
});
