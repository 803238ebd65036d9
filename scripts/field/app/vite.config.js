import { defineConfig } from 'vite';

// What a host targeting old WebViews sets (README, "Browser baseline"): syntax lowered to the
// engines that fail Tencent's H5 check, no polyfills.
export default defineConfig({
  build: { target: ['chrome66', 'safari12'] },
});
