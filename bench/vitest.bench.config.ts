/**
 * `npm run bench` only (through bench/run.mjs): Vitest bench over `bench/*.bench.ts(x)`. A config
 * of its own, so that neither `npm test` (the `unit` project) nor the Storybook browser projects
 * of vitest.config.ts ever see these files, and this run loads only the locale plugin they share.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { faceIdLocales } from '../scripts/vite-plugin-faceid-locales.ts';

// Measure what ships: React's production build and the library's production branches. Set before
// Vite reads the environment, so the JSX transform matches (jsx, not jsxDEV).
process.env.NODE_ENV = 'production';

export default defineConfig({
  // Locales load as in the build and the tests (`<part>.json?packed`, `developer.json?developer`).
  plugins: [faceIdLocales()],
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: [],
    benchmark: { include: ['bench/**/*.bench.{ts,tsx}'] },
    // One file at a time: on 2 cores, parallel files would measure each other.
    fileParallelism: false,
    environment: 'node',
  },
});
