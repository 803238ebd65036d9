/**
 * Another script on the page may have polluted `Object.prototype` (a vulnerable deep-merge, a
 * hostile extension). Nothing here may read inherited keys, nor throw: each test pollutes a key
 * with an enumerable value, imports the modules afresh (so that their tables are built polluted)
 * and compares with what the clean modules answer.
 */

import enResources from 'virtual:faceid-guidance/locale/en';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as cleanCore from '../src/core';
import * as cleanDiagnostics from '../src/core/diagnostics';
import { createFaceIdI18n, loadFaceIdDeveloperText, loadFaceIdLanguage } from '../src/react/i18n';
import * as cleanResources from '../src/react/resources';
import { hasFaceIdText } from './react/helpers';

/** Keys the library reads, writes or passes through, and the first index of any array. */
const KEYS = [
  'title',
  'description',
  'developer',
  'code',
  'codes',
  '0',
  '1',
  'tips',
  'service',
  'faceVerify',
  'idCardOcr',
  'faceVerifyNoBlink',
  'unknown',
  'ui',
  'Response',
  'result',
  'DetectDetail',
  'Errcode',
  'orderNo',
  'zh-CN',
];

/** Polluting values: text, a code, an object, an array of codes and strings, a function. */
const VALUES: readonly [string, unknown][] = [
  ['a string', 'polluted'],
  ['a code', '-5018'],
  ['an object', { polluted: true }],
  ['an array', ['-9110', 'polluted']],
  ['a function', () => 'polluted'],
];

const polluted: string[] = [];

function pollute(key: string, value: unknown): void {
  Object.defineProperty(Object.prototype, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  polluted.push(key);
}

afterEach(() => {
  for (const key of polluted.splice(0)) delete (Object.prototype as Record<string, unknown>)[key];
  vi.resetModules();
});

const json = (value: unknown) => JSON.stringify(value);

/** What the functions answer for a sample of inputs, as JSON. */
function answers(
  core: typeof cleanCore,
  diagnostics: typeof cleanDiagnostics,
  resources: typeof cleanResources,
) {
  const codes = core.entryIds().flatMap((id) => {
    const entry = core.CATALOGUE[id];
    return entry.codes.map((code) => [code, entry.service] as const);
  });
  return {
    catalogue: json(core.CATALOGUE),
    described: json(codes.map(([code, service]) => core.describeCode(code, { service }))),
    read: json(codes.map(([code, service]) => core.readCode(code, { service }))),
    unknown: json([
      core.readCode('x'),
      core.describeCode(-1, {}),
      core.readCode('-5018', [] as never),
    ]),
    entries: json(core.entryIds().map((id) => core.readEntry(id))),
    diagnosed: json(codes.map(([code, service]) => diagnostics.diagnoseCode(code, { service }))),
    official: json(core.entryIds().map((id) => diagnostics.officialText(id))),
    results: json([
      core.readResult({}),
      core.readResult({ Response: {} }),
      core.readResult({ DetectDetail: [] }),
      core.readResult({ Text: {} }),
      core.readResult({ code: '0', result: { multiWarningCode: [] } }),
      // biome-ignore lint/suspicious/noSparseArray: a hole reads an inherited `[0]`.
      core.readResult({ Text: {}, DetectDetail: [, { Errcode: '0' }] }),
    ]),
    warnings: json([
      core.parseBankCardWarnings([]),
      // biome-ignore lint/suspicious/noSparseArray: a hole reads an inherited `[0]`.
      core.parseBankCardWarnings([, '-9110']),
      core.decodeIdCardWarnings({}),
    ]),
    callbacks: json([core.readH5Callback('?orderNo=1'), core.readH5Callback({})]),
    copied: json([
      resources.copyCatalogue(enResources.faceid),
      resources.copyCatalogue([]),
      resources.copyCatalogue({ codes: [[], {}] }),
    ]),
  };
}

const clean = answers(cleanCore, cleanDiagnostics, cleanResources);

describe.each(VALUES)('Object.prototype polluted with %s', (_kind, value) => {
  test.each(KEYS)('%s: the entries import and answer as when clean', async (key) => {
    pollute(key, value);
    vi.resetModules();
    const core = await import('../src/core');
    const diagnostics = await import('../src/core/diagnostics');
    const resources = await import('../src/react/resources');
    expect(answers(core, diagnostics, resources)).toEqual(clean);
  });
});

describe('dynamic imports', () => {
  test('the diagnostics loader imports an entry, whose namespace the bundler does not build', async () => {
    // Rolldown builds the namespace of a module that is both imported and loaded with `import()`
    // in a shared chunk by walking `for (name in exports)`: inherited keys too, so a polluted
    // `Object.prototype.title` made `faceid-guidance/diagnostics` throw at import.
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join, resolve, dirname } = await import('node:path');
    const src = join(__dirname, '..', 'src');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? files(join(dir, entry.name))
          : /\.tsx?$/.test(entry.name)
            ? [join(dir, entry.name)]
            : [],
      );
    const entries = ['core/index.ts', 'core/diagnostics.ts', 'react/index.ts'].map((f) =>
      join(src, f),
    );
    const withTs = (path: string) => (/\.tsx?$/.test(path) ? path : `${path}.ts`);
    const staticImports = new Set<string>();
    const dynamicImports: string[] = [];
    for (const file of files(src)) {
      const code = readFileSync(file, 'utf8');
      for (const [, target] of code.matchAll(/^\s*(?:import|export)[^'"]*from '(\.[^']+)'/gm)) {
        staticImports.add(withTs(resolve(dirname(file), target as string)));
      }
      for (const [, target] of code.matchAll(/import\('(\.[^']+)'\)/g)) {
        dynamicImports.push(withTs(resolve(dirname(file), target as string)));
      }
    }
    expect(dynamicImports.length).toBeGreaterThan(0);
    for (const target of dynamicImports) {
      const fine = entries.includes(target) || !staticImports.has(target);
      expect(fine, target).toBe(true);
    }
  });
});

describe('language names that are keys of Object.prototype', () => {
  test.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'loadFaceIdLanguage(i18n, %j) loads nothing and resolves',
    async (language) => {
      const i18n = createFaceIdI18n();
      await expect(loadFaceIdLanguage(i18n, language)).resolves.toBeUndefined();
      await expect(loadFaceIdDeveloperText(i18n, language)).resolves.toBeUndefined();
      expect(hasFaceIdText(i18n, language, 'unknown.title')).toBe(false);
    },
  );
});
