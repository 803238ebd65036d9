import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { readLocale, shippedLocales } from './scripts/support/locales.mjs';
import { faceIdLocales } from './scripts/vite-plugin-faceid-locales.ts';

const root = import.meta.dirname;

/**
 * Each locale's strings, nested and whole, as `dist/cli/locales/<lng>.json`: the command reads the
 * one language asked for (the packed page format is the library's own business).
 */
function cliLocales(): Plugin {
  return {
    name: 'faceid-guidance:cli-locales',
    generateBundle() {
      for (const lng of shippedLocales(root)) {
        this.emitFile({
          type: 'asset',
          fileName: `cli/locales/${lng}.json`,
          source: JSON.stringify(readLocale(root, lng)),
        });
      }
    },
  };
}

/**
 * The `faceid-guidance` command: `dist/cli.js`, an ES module for Node with the core bundled in.
 * Built after the library (`npm run build`), into the same `dist/`, and imported by no entry: a
 * page downloads nothing of it.
 */
export default defineConfig({
  plugins: [faceIdLocales(), cliLocales()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: false,
    target: 'node20',
    ssr: resolve(root, 'src/cli/bin.ts'),
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'cli.js',
        banner: '#!/usr/bin/env node',
      },
    },
  },
});
