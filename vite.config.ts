import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import dts from 'vite-plugin-dts';
import {
  faceIdLocales,
  LOCALE_FILES,
  shippedLocales,
} from './scripts/vite-plugin-faceid-locales.ts';
import { NAMESPACES } from './src/core/keys.ts';

const root = import.meta.dirname;
const peers = ['react', 'react-dom', 'i18next', 'react-i18next'];

const locales = shippedLocales(root);

const localeFile = (lng: string, file: string) => resolve(root, 'locales', lng, `${file}.json`);

const NESTED = `/** A namespace's strings, nested as in its file and as i18next holds them. */
export interface FaceIdNestedCatalogue {
  readonly [key: string]: string | FaceIdNestedCatalogue;
}
`;

/** The declarations of a locale entry: JSON has none of its own. */
const whole = (lng: string) => `${NESTED}/**
 * The ${lng} end-user strings of faceid-guidance in i18next's shape, by namespace: for
 * \`<FaceIdGuidanceProvider resources={{ '${lng}': resources }}>\`, or a host instance's
 * \`addResourceBundle('${lng}', ns, resources[ns])\`.
 */
declare const resources: {
  readonly faceid: FaceIdNestedCatalogue;
  readonly 'faceid-card': FaceIdNestedCatalogue;
  readonly 'faceid-results': FaceIdNestedCatalogue;
};
export default resources;
`;
const part = (lng: string, file: string) => `${NESTED}/**
 * The ${lng} strings of the \`${NAMESPACES[file as keyof typeof NAMESPACES]}\` namespace, as written in its file: what the
 * components download when they show it.
 */
declare const strings: FaceIdNestedCatalogue;
export default strings;
`;
/** A locale entry's declaration file: `dist/locales/<lng>.d.*ts` or `dist/locales/<lng>/<file>.d.*ts`. */
const LOCALE_DTS = /[\\/]dist[\\/]locales[\\/]([^\\/]+?)(?:[\\/]([a-z]+))?\.d\.[cm]?ts$/;

/**
 * The content of a locale entry's declaration file, for vite-plugin-dts' `beforeWriteFile`: the
 * plugin writes `export {}` for an entry without TypeScript source, as `.d.mts` and `.d.cts`, after
 * the bundle is written (a declaration emitted as an asset is overwritten, or deleted).
 */
function localeDeclaration(filePath: string): string | undefined {
  const match = LOCALE_DTS.exec(filePath);
  if (!match) return undefined;
  const [, lng = '', file] = match;
  return file === undefined ? whole(lng) : part(lng, file);
}

/** The stylesheet, as `faceid-guidance/styles.css`: no JavaScript imports it. */
function styles(): Plugin {
  return {
    name: 'faceid-guidance:styles',
    generateBundle(options) {
      if (options.format !== 'es') return;
      this.emitFile({
        type: 'asset',
        fileName: 'styles.css',
        source: readFileSync(resolve(root, 'src/react/styles.css'), 'utf8'),
      });
    },
  };
}

/** The entries that hold React components: Next.js' App Router needs them marked client modules. */
const CLIENT_ENTRIES = new Set(['index']);

/** A lazily loaded module in the CommonJS output: `require` inside a promise, as rolldown writes it. */
const LAZY_REQUIRE = /Promise\.resolve\(\)\.then\(\(\) => require\("(\.{1,2}\/[^"]+)\.cjs"\)\)/g;

/**
 * The output's last touches, per chunk:
 * - `'use client'` on the client entries (a Server Component may import them and render the
 *   components; a bundler drops a directive from the middle of a bundle, so it is added here);
 * - in CommonJS, a lazy module stays lazy for bundlers: rolldown writes `import()` as
 *   `Promise.resolve().then(() => require("./x.cjs"))`, which webpack and every CommonJS-reading
 *   bundler inline into the page's first download (every locale and the official texts). The
 *   CommonJS files import the ES module instead (`import("./x.js")`, which bundlers split and Node
 *   loads from CommonJS): the lazy modules are pure data, importing nothing, so one copy serves
 *   both formats. Each lazy module is an entry (its export names are its own, the same in both
 *   formats).
 */
function finishChunks(): Plugin {
  return {
    name: 'faceid-guidance:finish-chunks',
    renderChunk(code, chunk, options) {
      let out = code;
      if (options.format === 'cjs') {
        out = out.replace(LAZY_REQUIRE, (_, path: string) => `import("${path}.js")`);
      }
      if (chunk.isEntry && CLIENT_ENTRIES.has(chunk.name)) out = `'use client';\n${out}`;
      return out === code ? null : { code: out, map: null };
    },
    // In CommonJS a lazy module that nothing requires (the tip drawings; the official texts are
    // required by diagnostics.cjs) is never loaded: the ES module serves.
    generateBundle(options, bundle) {
      if (options.format !== 'cjs') return;
      const required = new Set(
        Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? file.imports : [])),
      );
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type === 'chunk' && fileName.startsWith('chunks/') && !required.has(fileName)) {
          delete bundle[fileName];
        }
      }
    },
    // The lazy modules are no packaged subpaths: their declarations (written for the bundled
    // ones) go.
    closeBundle() {
      const chunks = resolve(root, 'dist/chunks');
      for (const file of readdirSync(chunks)) {
        if (/\.d\.[cm]?ts$/.test(file)) rmSync(resolve(chunks, file));
      }
    },
  };
}

/**
 * Library build: ESM (`.js`) and CommonJS (`.cjs`) for each entry, with bundled `.d.mts`/`.d.cts`.
 * Each locale is its own entry, and the very file the React entry loads on demand.
 */
export default defineConfig({
  plugins: [
    faceIdLocales(),
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      bundleTypes: true,
      outDirs: [
        { dir: 'dist', moduleFormat: 'esm' },
        { dir: 'dist', moduleFormat: 'cjs' },
      ],
      beforeWriteFile: (filePath) => {
        const content = localeDeclaration(filePath);
        return content === undefined ? undefined : { content };
      },
    }),
    styles(),
    finishChunks(),
  ],
  json: { namedExports: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    // The browser baseline (README): Chrome 66 / iOS 12 parse every file (ES2018; `import()`).
    target: 'es2018',
    lib: {
      entry: {
        index: resolve(root, 'src/react/index.ts'),
        core: resolve(root, 'src/core/index.ts'),
        diagnostics: resolve(root, 'src/core/diagnostics.ts'),
        // Loaded lazily (see finishChunks): entries, not packaged subpaths.
        'chunks/glyphs': resolve(root, 'src/react/glyphs.ts'),
        'chunks/official': resolve(root, 'src/core/official.ts'),
        // Per locale: its end-user namespaces in i18next's shape (for `resources`), and each
        // namespace's file (the chunks the components load; the diagnostics among them).
        ...Object.fromEntries(
          locales.flatMap((lng) => [
            [`locales/${lng}`, `virtual:faceid-guidance/locale/${lng}`],
            ...LOCALE_FILES.map((file) => [
              `locales/${lng}/${file}`,
              `${localeFile(lng, file)}?faceid`,
            ]),
          ]),
        ),
      },
    },
    rolldownOptions: {
      external: (id) => peers.some((peer) => id === peer || id.startsWith(`${peer}/`)),
      // Readable names without hashes: a library's files are versioned by the package.
      output: (['js', 'cjs'] as const).map((ext) => ({
        format: ext === 'js' ? ('es' as const) : ('cjs' as const),
        exports: 'named' as const,
        entryFileNames: `[name].${ext}`,
        chunkFileNames: `chunks/[name].${ext}`,
      })),
    },
  },
});
