/**
 * The build targets ES2020 (Safari 14, the WeChat WebViews of older phones): syntax is lowered,
 * but library methods newer than that are not polyfilled, and calling one throws there. The
 * sources must not use them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const NEWER_THAN_ES2020 = [
  /\.at\(/, // Array/String.prototype.at: ES2022
  /Object\.hasOwn\(/, // ES2022
  /\.findLast(Index)?\(/, // ES2023
  /\.replaceAll\(/, // ES2021
  /\.to(Sorted|Reversed|Spliced)\(/, // ES2023
  /structuredClone\(/,
  /Promise\.any\(/, // ES2021
  // ES2020, but Chrome 66 and iOS 12.0 (which the environment check blocks) lack it: reading it
  // there throws a ReferenceError.
  /\bglobalThis\b/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('no library method newer than the ES2020 target', () => {
  test.each(sources(join(__dirname, '..', 'src')))('%s', (file) => {
    const code = readFileSync(file, 'utf8');
    for (const pattern of NEWER_THAN_ES2020) expect(code, String(pattern)).not.toMatch(pattern);
  });
});

describe('faceid-guidance/core needs no bundler', () => {
  // The core runs as plain modules (Node, any bundler, a CDN): no virtual module of the build's
  // locale plugin, no `import.meta.glob`.
  test.each(sources(join(__dirname, '..', 'src', 'core')))('%s', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/from ['"]virtual:/);
    expect(code).not.toMatch(/import\.meta\.glob/);
  });
});
