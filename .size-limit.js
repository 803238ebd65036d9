// Size budgets (`npm run size`, run in CI): minified + gzipped, peer dependencies excluded, as a
// production build (`process.env.NODE_ENV` = "production") bundles them.
// What is measured is what a page downloads up front: whatever sits behind a dynamic `import()`
// (each locale, the development-only official texts) is a separate download that a bundler splits
// off; it is left out here and the locales are measured on their own.

const peers = ['react', 'react-dom', 'i18next', 'react-i18next'];

/** Leaves dynamic imports out of the bundle, as separate chunks of a host's build would be. */
const lazyChunksApart = (config) => ({
  ...config,
  format: 'esm',
  // What every bundler does for a production build: development-only code (the integrator
  // console diagnostics, the no-provider hint) drops out.
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  // What Vite, webpack (terser) and rolldown emit: UTF-8, not esbuild's default \u escapes, which
  // would count every Chinese character twice over.
  charset: 'utf8',
  plugins: [
    {
      name: 'lazy-chunks-apart',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

const locales = ['zh-CN', 'zh-TW', 'en'];

export default [
  {
    // 4 KB until #10, which added ten services (DetectAuth / eKYC, App SDK, 意愿核身 ×4, Cloud
    // API 3.0 errors, two warning-code lists: ~180 entries, ~300 codes, the Cloud API ones
    // dotted names of 20–45 characters) and the family fallbacks: 7.5 KB measured.
    name: 'faceid-guidance/core: describeCode + decoders',
    import: {
      'dist/core.js': '{ describeCode, decodeIdCardWarnings, parseBankCardWarnings }',
    },
    ignore: peers,
    gzip: true,
    limit: '8 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // No budget in issue #5: a limit at the measured size, so that growth is seen.
    // #10: Tencent's texts per code for the result services (Chinese and English, other published
    // texts, billing, sources): +8 KB of data for support tools, never for phones.
    name: 'faceid-guidance/diagnostics: diagnoseCode (describeCode + Tencent official texts)',
    import: {
      'dist/diagnostics.js': '{ diagnoseCode }',
    },
    ignore: peers,
    gzip: true,
    limit: '18 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // Issue #5 set 8 KB. Issues #9 and #12 asked for more on this path, each measured (README,
    // "Sizes"): guidance that respects the audience (escalation by whose problem it is, the actions
    // and wait text of the hook, eight new face tips in every row that needs them: ~0.3 KB) and
    // loading that never stays blank (retry with backoff, fallback language, host fallbacks,
    // streaming SSR, the download started during render: ~0.4 KB). None of it can load lazily: a
    // retry chunk would fail on the same bad network, and the rows are what the banner reads.
    // #10: the code reader every component shares reads families (`12xx`, `FailedOperation.Action*`)
    // and Cloud API string codes, and entries point to another entry's copy: +0.2 KB. The result
    // rows themselves stay out of this bundle (they are FaceIdResultBanner's).
    name: 'faceid-guidance: FaceVerifyErrorBanner + core + styles.css (budget 8 KB in #5, 9 KB since #9/#12, 9.5 KB since #10)',
    import: {
      'dist/index.js': '{ FaceVerifyErrorBanner }',
      'dist/styles.css': '*',
    },
    ignore: peers,
    gzip: true,
    limit: '9.5 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // #10: the banner of DetectAuth / eKYC / 意愿核身 results and Cloud API errors, with their rows.
    name: 'faceid-guidance: FaceIdResultBanner + core + styles.css',
    import: {
      'dist/index.js': '{ FaceIdResultBanner }',
      'dist/styles.css': '*',
    },
    ignore: peers,
    gzip: true,
    limit: '12.5 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // A chunk of its own, loaded when a tip is first shown (decorative: the text carries the tip).
    name: 'faceid-guidance: tip drawings (loaded when a tip is first shown)',
    path: 'dist/chunks/glyphs.js',
    gzip: true,
    limit: '1 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  ...locales.map((lng) => ({
    // 4 KB until #10, whose result part (DetectAuth, eKYC, 意愿核身, Cloud API copy: ~0.9 KB) still
    // ships in the same file; #11 splits the parts (face part ≤ 3.5 KB).
    name: `faceid-guidance/locales/${lng}`,
    path: `dist/locales/${lng}.js`,
    gzip: true,
    limit: '5 KB',
    modifyEsbuildConfig: lazyChunksApart,
  })),
  ...locales.map((lng) => ({
    // 4 KB until #10: 18 more diagnostics (DetectAuth, 意愿核身, Cloud API account and file problems).
    name: `faceid-guidance/locales/${lng}/developer (loaded only for integrator codes)`,
    path: `dist/locales/${lng}/developer.js`,
    gzip: true,
    limit: '5.5 KB',
    modifyEsbuildConfig: lazyChunksApart,
  })),
];
