// Size budgets (`npm run size`, run in CI): minified + gzipped, peer dependencies excluded.
// What is measured is what a page downloads up front: whatever sits behind a dynamic `import()`
// (each locale, the development-only official texts) is a separate download that a bundler splits
// off; it is left out here and the locales are measured on their own.

const peers = ['react', 'react-dom', 'i18next', 'react-i18next'];

/** Leaves dynamic imports out of the bundle, as separate chunks of a host's build would be. */
const lazyChunksApart = (config) => ({
  ...config,
  format: 'esm',
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
    name: 'faceid-guidance/core: readCode + decoders (what a phone page runs)',
    import: {
      'dist/core.js': '{ readCode, decodeIdCardWarnings, parseBankCardWarnings }',
    },
    ignore: peers,
    gzip: true,
    limit: '4 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  // The two budgets below are not met yet (issue #5 targets: 4 KB and 8 KB). Their limits are the
  // measured sizes, so that CI stops any growth while the work to reach the targets goes on:
  // describeCode carries Tencent's official Chinese texts (3 KB gzipped on their own), and the
  // banner carries the whole catalogue (all six services) and the tip illustrations.
  {
    name: 'faceid-guidance/core: describeCode + decoders (target 4 KB, not met)',
    import: {
      'dist/core.js': '{ describeCode, decodeIdCardWarnings, parseBankCardWarnings }',
    },
    ignore: peers,
    gzip: true,
    limit: '6.4 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    name: 'faceid-guidance: FaceVerifyErrorBanner + core + styles.css (target 8 KB, not met)',
    import: {
      'dist/index.js': '{ FaceVerifyErrorBanner }',
      'dist/styles.css': '*',
    },
    ignore: peers,
    gzip: true,
    limit: '9.2 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  ...locales.map((lng) => ({
    name: `faceid-guidance/locales/${lng}`,
    path: `dist/locales/${lng}.js`,
    gzip: true,
    limit: '4 KB',
    modifyEsbuildConfig: lazyChunksApart,
  })),
  ...locales.map((lng) => ({
    name: `faceid-guidance/locales/${lng}/developer (loaded only for integrator codes)`,
    path: `dist/locales/${lng}/developer.js`,
    gzip: true,
    limit: '4 KB',
    modifyEsbuildConfig: lazyChunksApart,
  })),
];
