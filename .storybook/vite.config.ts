import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { faceIdLocales } from '../scripts/vite-plugin-faceid-locales.ts';

/**
 * Storybook's own Vite config. The root `vite.config.ts` is the library build (lib mode, .d.ts
 * generation): Storybook and the story tests must not pick it up, so `main.ts` points here.
 */
export default defineConfig({
  plugins: [faceIdLocales(), react()],
});
