/**
 * The public surface, name by name: a snapshot of what each entry exports (values and types). A
 * change here is a change of the package's API: update the snapshot on purpose, and say so in the
 * changelog. Internal pieces (packing parts, loaders, key lists) must never appear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRIES = {
  'faceid-guidance': 'src/react/index.ts',
  'faceid-guidance/core': 'src/core/index.ts',
  'faceid-guidance/diagnostics': 'src/core/diagnostics.ts',
} as const;

/** The names an entry's source exports as types only (`export type { … }`). */
function typeExports(file: string): string[] {
  const source = readFileSync(join(import.meta.dirname, '..', file), 'utf8');
  return [...source.matchAll(/export type \{([^}]*)\}/g)]
    .flatMap((match) => (match[1] as string).split(','))
    .map((name) => name.trim())
    .filter(Boolean)
    .sort();
}

describe('export names', () => {
  it.each(Object.entries(ENTRIES))('%s', async (_entry, file) => {
    const module = (await import(/* @vite-ignore */ join('..', file))) as object;
    expect({ values: Object.keys(module).sort(), types: typeExports(file) }).toMatchSnapshot();
  });
});
