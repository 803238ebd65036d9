import { fileURLToPath } from 'node:url';
import { shippedLocales } from './scripts/support/locales.mjs';

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

// Every shipped locale, as the build finds them.
const locales = shippedLocales(fileURLToPath(new URL('.', import.meta.url)));

/**
 * The budget of each part of every locale (#11): what a page downloads for the components it shows.
 * The face part is every page's first download of its language.
 */
const PART_LIMITS = {
  // 3.5 KB until #18, #19 and #22: the environment check's findings (#22), the floor's titles, the
  // code-less fallback and the countdown in words (#18, #19): Thai, the largest, 3.52 KB.
  // 3.7 KB until #18's namespaces: each namespace ships keyed, as written in its file (i18next's
  // own shape, which hosts can read and patch), no longer packed without its keys: +0.6 to 1.1 KB
  // per language (Thai 4.67 KB; the card namespace 2.58 KB); #19's Continue and copy hint: Thai
  // 4.72 KB.
  face: { limit: '4.8 KB', shows: 'every page: face verification, the gateway, the interface' },
  card: { limit: '2.6 KB', shows: 'OCR components: card codes, tips and warnings' },
  results: { limit: '2 KB', shows: 'FaceIdResultBanner: DetectAuth / eKYC / 意愿核身 / Cloud API' },
};

export default [
  {
    // 4 KB until #10, which added ten services (DetectAuth / eKYC, App SDK, 意愿核身 ×4, Cloud
    // API 3.0 errors, two warning-code lists: ~180 entries, ~300 codes, the Cloud API ones
    // dotted names of 20–45 characters) and the family fallbacks: 7.5 KB measured. 8 KB until #18
    // and #20: the new rows and the ES2018 baseline (`?.` and `??` lowered): 8.0 KB.
    name: 'faceid-guidance/core: describeCode + decoders',
    import: {
      'dist/core.js': '{ describeCode, decodeIdCardWarnings, parseBankCardWarnings }',
    },
    ignore: peers,
    gzip: true,
    limit: '8.3 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // No budget in issue #5: a limit at the measured size, so that growth is seen.
    // #10: Tencent's texts per code for the result services (Chinese and English, other published
    // texts, billing, sources): +8 KB of data for support tools, never for phones.
    // #20: the texts of the Cloud API common errors, of the codes removed from the SDKs and of
    // GetFaceIdResult's LivenessInfoTag, with their sources: +1.5 KB (18.73 KB measured).
    name: 'faceid-guidance/diagnostics: diagnoseCode (describeCode + Tencent official texts)',
    import: {
      'dist/diagnostics.js': '{ diagnoseCode }',
    },
    ignore: peers,
    gzip: true,
    limit: '19.5 KB',
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
    // #11: each part of each locale is its own chunk, loaded on its own (face part only, here),
    // packed resources are unpacked into the instance's `init` (no store write during a render),
    // plural forms of any CLDR category, ten locales' loaders: +0.7 KB (9.91 KB). What a face page
    // downloads in all fell: banner + its locale was 9.18 + 4.87 KB (en) before #11, 9.91 + 2.52 KB
    // after, since the locale file no longer carries the OCR and result strings.
    // #20: the H5 code 300101 is a face row: +0.01 KB. #18's ES2018 baseline (`?.` and `??`
    // lowered for Chrome 66 / iOS 12): +0.13 KB (12.73 KB). #19's first steps: only codes and
    // references of the right shape shown (the Cloud API families listed), escalation built on the
    // code's own tip, the countdown in words, the warning list's advised retake, a stylesheet that
    // old engines without :where() can use: +0.56 KB (13.29 KB); #22's environment findings
    // (+0.17 KB) and the "More tips" disclosure (+0.13 KB): 13.6 KB; #22's checklist styles in
    // styles.css (+0.1 KB): 13.70 KB. #19's result page (+1.15 KB: 14.85 KB): layout="screen" and
    // the loading boxes in styles.css (+0.26 KB of CSS), a mark per kind of outcome (capture,
    // identity, service, wait, stop, success) and its tone, the <bdi> around codes, copying by hand
    // where the clipboard is missing or refuses, two tips in large text, Continue after a success
    // (its label in the floor, ten languages): +0.88 KB of JS.
    // #18: theme tokens read from :root with their defaults (+0.24 KB of CSS), the hook's whole
    // policy and refs (+0.2 KB), load timeouts, empty-download checks and every form of
    // fallbackLng (+0.35 KB), and the bundled floor — a title per kind, the action labels and the
    // support line in ten languages, so that a failed download never leaves the page blank or in
    // another language — +1.8 KB: 12.49 KB. The namespace rewrite (#18's items 1–3, 5): the
    // packing, loaders, retry machine, plural and interpolation code replaced by an i18next
    // backend and react-i18next's useTranslation: −0.27 KB (14.48 KB with #19's result page).
    // #18's gaps: a retry at a fresh URL on engines that remember a failed module load (+0.15 KB),
    // a wait's time left and "you can try again now" in the floor (ten languages, +0.25 KB), the
    // floor's title for a string missing from a download (+0.08 KB): 14.96 KB.
    name: 'faceid-guidance: FaceVerifyErrorBanner + core + styles.css (budget 8 KB in #5, 9 KB since #9/#12, 9.5 KB since #10, 10 KB since #11, 13.8 KB since #18, #19, #20 and #22, 14.6 KB since #19.2, 15.1 KB since #18.11)',
    import: {
      'dist/index.js': '{ FaceVerifyErrorBanner }',
      'dist/styles.css': '*',
    },
    ignore: peers,
    gzip: true,
    limit: '15.1 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // #10: the banner of DetectAuth / eKYC / 意愿核身 results and Cloud API errors, with their rows.
    // #11: as the face banner's (+0.7 KB), and its own part's loaders.
    // #20: GetFaceIdResult's LivenessInfoTag (a service), the Cloud API common errors and the
    // codes removed from the SDKs (dotted names of 10–45 characters): +0.4 KB (13.6 KB measured).
    // #18: as the face banner's (+2.6 KB, the floor 1.8 of it); #19 as the face banner's
    // (+0.5 KB), #22 and the disclosure (+0.3 KB), the checklist styles (+0.1 KB): 17.32 KB.
    // #19's result page as the face banner's (+1.14 KB): 18.46 KB. #18's namespaces as the face
    // banner's (−0.5 KB): 17.98 KB. #18's gaps as the face banner's (+0.48 KB): 18.46 KB.
    name: 'faceid-guidance: FaceIdResultBanner + core + styles.css',
    import: {
      'dist/index.js': '{ FaceIdResultBanner }',
      'dist/styles.css': '*',
    },
    ignore: peers,
    gzip: true,
    limit: '18.6 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  {
    // A chunk of its own, loaded when a tip is first shown (decorative: the text carries the tip).
    // 1 KB (0.99 measured) until #19's drawings that say their tip at 24 px: a "123" speech
    // bubble, a masked face crossed out, a finger crossed out over a card, a lamp by a person, a
    // card's chip and number groups, its portrait, a seal… where most were a bare outline: +0.4 KB
    // (1.39 KB). The face banner is not affected: this chunk is never part of a first download.
    name: 'faceid-guidance: tip drawings (loaded when a tip is first shown)',
    path: 'dist/chunks/glyphs.js',
    gzip: true,
    limit: '1.5 KB',
    modifyEsbuildConfig: lazyChunksApart,
  },
  ...locales.flatMap((lng) =>
    Object.entries(PART_LIMITS).map(([part, { limit, shows }]) => ({
      name: `faceid-guidance/locales/${lng}/${part} (${shows})`,
      path: `dist/locales/${lng}/${part}.js`,
      gzip: true,
      limit,
      modifyEsbuildConfig: lazyChunksApart,
    })),
  ),
  ...locales.map((lng) => ({
    // 4 KB until #10: 18 more diagnostics (DetectAuth, 意愿核身, Cloud API account and file problems).
    // 6 KB since #11: Japanese and Thai take more bytes per checklist (5.7 KB measured).
    // 7 KB since #20: five more checklists (300101, 66661010, the Cloud API common errors) and
    // DetectAuth 1007 and 17's disputed pages (6.5 KB measured, Japanese).
    name: `faceid-guidance/locales/${lng}/developer (loaded only for integrator codes)`,
    path: `dist/locales/${lng}/developer.js`,
    gzip: true,
    limit: '7 KB',
    modifyEsbuildConfig: lazyChunksApart,
  })),
];
