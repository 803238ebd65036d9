// Vite with its defaults: `vite build` replaces `process.env.NODE_ENV` (production), and each
// locale the library loads on demand becomes a chunk of its own. `vite preview` serves dist/ and
// answers every page path (/, /tencent-stand-in, /result) with index.html.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // The library's own baseline (README, "Browser baseline"): the demo must open on the phones the
  // checklist turns away (WeChat on iOS 13), to show them why.
  build: { target: ['chrome66', 'safari12'] },
});
