// The face page in the field (issue #18's field targets), in a real Vite production app built from
// the packed tarball (scripts/face-page/app, copied out of the repository): the library's page
// (`FaceIdGuidanceProvider` with the language of `?lng=`, `readH5Callback(location.href)`,
// `FaceVerifyErrorBanner` with `onRetry`, styles.css) and a hand-written page showing the same
// strings (title, description, retry label, tips) from the same locale file, loaded as a chunk of
// its own, with React and hand-written markup and CSS (no i18next). The peers are vendor chunks of
// their own (vite.config.js), weighed apart.
//
// `npm run test:face-page` (CI, scripts/ci-package.sh): the bytes the library makes the page
// download for `en` and code -5018, as Chromium records them (every script and stylesheet the page
// requests, the vendor chunks apart), gzipped; a breakdown by chunk and by module (from the build's
// source maps); fails over BUDGET.
// `npm run bench:field` (not in CI): the same, then the time to the title on an emulated slow
// phone (CPU ×4, 1.6 Mb/s, 150 ms round trips; gzip served), each page RUNS times, a fresh browser
// context each, the pages taking turns; prints the times, the medians and the ratio. A ratio
// never changes the exit code.
//
// Needs `dist/` (npm run build), the npm registry and a Chromium (CHROMIUM_PATH or Debian's).
// KEEP_FACE_PAGE=1 keeps the temporary directory; RUNS=5 measures five loads of each page.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { packLibrary, runIn, serveStatic } from '../support/apps.mjs';
import { readLocaleFile } from '../support/locales.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/processes.mjs';

const repo = resolve(import.meta.dirname, '../..');
const SPEED = process.argv.includes('--speed');
const RUNS = Number(process.env.RUNS ?? 3);
const CODE = '-5018';
const LNG = 'en';

/**
 * What the library makes the face page download (en, -5018), gzipped: its JS, styles.css, the
 * `faceid` namespace chunk and the tip drawings; the peers and the bundler's own chunks apart.
 * Issue #18's target is 12 KB. Measured 18.72 KB on 7 Dec 2026 (BENCHMARKS.md, "The face page in
 * the field"): 6.7 KB over. Where it goes (the JS shared out by module from the source maps; the
 * floor and the loaders measured by leaving them out): the English `faceid` namespace 3.79 KB
 * (every string of the face, gateway and interface codes, not only -5018's; the hand-written
 * page's copy of the same file weighs 3.85 KB); the runtime (provider, hook, banner, i18next
 * backend and retries, the code reader) 6.6 KB; the codes table `describeCode` reads 2.9 KB; the
 * floor in ten languages 1.76 KB; styles.css 1.69 KB; the drawings 1.39 KB; the loaders of ten
 * languages × three namespaces 0.48 KB. #19's result page (layout="screen", a mark and tone per
 * kind of outcome, the loading boxes, <bdi>, copying by hand, Continue in the floor): 19.86 KB.
 * Budget: that figure + 0.3 KB; lower it when a change lowers the figure. #18's gaps (a retry at
 * a fresh URL, a wait's time left in the floor, the floor's title for a missing string): 20.32 KB.
 */
const BUDGET = 20.6 * 1024;

/** Chromium's emulated slow phone (issue #18): CPU ×4, 1.6 Mb/s both ways, 150 ms round trips. */
const PHONE = {
  cpu: 4,
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: 200_000,
    uploadThroughput: 200_000,
  },
};

const failures = [];
const log = (message) => console.log(`[face-page] ${message}`);
function check(ok, message) {
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
  return ok;
}
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const at = (catalogue, key) => key.split('.').reduce((node, part) => node?.[part], catalogue);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// ---------------------------------------------------------------------------------------------
// Source maps: the bytes of a chunk by source module

const VLQ = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);
/** The segments of a source map's `mappings`: [line, column, source index] (generated position). */
function segments(mappings) {
  const out = [];
  let source = 0;
  mappings.split(';').forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = VLQ[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        out.push([lineIndex, column, source]);
      }
    }
  });
  return out;
}

/**
 * A chunk's characters by source file, from its map: each run of generated code counts for the
 * source of the mapping that starts it (code before any mapping, or with none, is "(generated)").
 */
function bytesBySource(code, map) {
  const lines = code.split('\n');
  const lineStart = [];
  let offset = 0;
  for (const line of lines) {
    lineStart.push(offset);
    offset += line.length + 1;
  }
  const marks = segments(map.mappings).map(([line, column, source]) => [
    lineStart[line] + column,
    map.sources[source],
  ]);
  const out = new Map();
  let from = 0;
  let current = '(generated)';
  for (const [position, source] of [...marks, [code.length, null]]) {
    out.set(current, (out.get(current) ?? 0) + Buffer.byteLength(code.slice(from, position)));
    from = position;
    current = source;
  }
  return out;
}

/** A source path as a short name: the file in the package, in the app, or the dependency. */
function moduleName(source) {
  const inPackage = source.match(/node_modules\/faceid-guidance\/(.*)$/);
  if (inPackage) return inPackage[1];
  const dependency = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (dependency) return dependency[1];
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * The floor's own cost in a chunk: the gzip bytes it adds (the chunk gzipped with the floor's
 * object literal, `{…"zh-CN":[…]…}`, against the chunk with `{}` in its place). Undefined when the
 * chunk holds no floor.
 */
function floorCost(code) {
  const key = code.search(/"?zh-CN"?:\[/);
  if (key < 0) return undefined;
  let start = code.lastIndexOf('{', key);
  // The enclosing object: back to its `{`, then forward to the `}` that closes it (strings skipped).
  let depth = 0;
  for (let i = key; i >= 0; i--) {
    const c = code[i];
    if (c === '}' || c === ']') depth++;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{') {
        start = i;
        break;
      }
      depth--;
    }
  }
  let end = start;
  depth = 0;
  let quote = null;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  return leftOut(code, `${code.slice(0, start)}{}${code.slice(end)}`);
}

/** What a part of a chunk costs: the chunk's gzip and minified bytes against the chunk without it. */
const leftOut = (code, without) => ({
  bytes: gz(Buffer.from(code)) - gz(Buffer.from(without)),
  raw: Buffer.byteLength(code) - Buffer.byteLength(without),
});

/**
 * The loaders of every language's namespaces in a chunk (`"../../locales/<lng>/<file>.json": () =>
 * preload(() => import("./<file>-<hash>.js")…, [])`), as Vite builds the package's
 * `import.meta.glob`.
 */
const LOADER =
  /"\.\.\/\.\.\/locales\/[\w-]+\/\w+\.json":\(\)=>[^,]*?import\(`[^`]*`\)[^,]*?,\[\]\),?/g;

// ---------------------------------------------------------------------------------------------

if (!existsSync(join(repo, 'dist', 'index.js'))) {
  console.error('[face-page] dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const { describeCode } = await import(pathToFileURL(join(repo, 'dist', 'core.js')).href);
const reading = describeCode(CODE);
/** The keys of what both pages show, as the library reads them. */
const KEYS = {
  title: reading.messageKeys.title,
  description: reading.messageKeys.description,
  retry: 'ui.actions.retry',
  tips: reading.tips.slice(0, 3).map((tip) => `tips.${tip}`),
};
const face = readLocaleFile(repo, LNG, 'face');
const TITLE = at(face, KEYS.title);
if (typeof TITLE !== 'string') throw new Error(`locales/${LNG}/face.json: no ${KEYS.title}`);

// FACE_PAGE_WORK=<a kept directory>: measures its build again, without packing and building.
const reuse = process.env.FACE_PAGE_WORK;
const work = reuse ?? mkdtempSync(join(tmpdir(), 'faceid-guidance-face-page-'));
const app = join(work, 'app');
const built = join(app, 'dist');
const run = (command, args, cwd) => runIn(cwd, command, args, { log });
let server;
let browser;
try {
  if (!reuse) {
    cpSync(join(import.meta.dirname, 'app'), app, { recursive: true });
    writeFileSync(join(app, 'src', 'keys.json'), JSON.stringify(KEYS));
    cpSync(join(repo, 'locales', LNG, 'face.json'), join(app, 'src', 'en.json'));
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', packLibrary(repo, work, { log }).tarball],
      app,
    );
    run('npx', ['vite', 'build'], app);
  }

  server = await serveStatic(built, { gzip: true });
  const { origin } = server;
  const url = {
    library: `${origin}/?lng=${LNG}&code=${CODE}&orderNo=FaceIdField0001`,
    hand: `${origin}/hand.html`,
  };
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });

  /** Opens a page to its title and the end of its downloads; the files it downloaded, in order. */
  async function downloads(name) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = [];
    const errors = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(js|css|json)$/.test(path)) files.push(path.slice(1));
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url[name]);
    await page.locator('h2', { hasText: TITLE }).waitFor({ timeout: 30_000 });
    // The tip drawings come after the tips are on screen.
    if (name === 'library') {
      await page.locator('.faceid-banner[data-state="ready"] svg path').first().waitFor();
    }
    await page.waitForLoadState('networkidle');
    check(
      errors.length === 0,
      `${name}: no error on the page${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await context.close();
    return files;
  }

  // -------------------------------------------------------------------------------------------
  // Size: what the library makes the page download

  const sizes = (files) =>
    files.map((file) => {
      const code = readFileSync(join(built, file));
      return {
        file,
        raw: code.length,
        gzip: gz(code),
        vendor: basename(file).startsWith('vendor-'),
      };
    });
  const library = sizes(await downloads('library'));
  const hand = sizes(await downloads('hand'));
  // The bundler's own chunks (rolldown's CommonJS interop for React, Vite's modulepreload
  // polyfill and preload helper): the hand-written page downloads them too, as any React app with
  // a lazy chunk does. Not the library's doing: listed, not counted.
  const shared = new Set(hand.filter((entry) => !entry.vendor).map((entry) => entry.file));
  const kind = (entry) =>
    entry.vendor
      ? 'peers'
      : shared.has(entry.file)
        ? 'bundler'
        : entry.file.endsWith('.css')
          ? 'styles'
          : /(^|\/)face-[^/]*\.js$/.test(entry.file)
            ? `\`faceid\` ${LNG}`
            : /(^|\/)glyphs-[^/]*\.js$/.test(entry.file)
              ? 'drawings'
              : 'JS';
  log(`library page (${LNG}, ${CODE}): what it downloads, gzip -9 (minified)`);
  for (const entry of library) {
    log(
      `  ${kind(entry).padEnd(12)} ${entry.file.padEnd(36)} ${kb(entry.gzip).padStart(9)} (${kb(entry.raw)})`,
    );
  }
  const ours = library.filter((entry) => !['peers', 'bundler'].includes(kind(entry)));
  const total = ours.reduce((sum, entry) => sum + entry.gzip, 0);
  const byKind = new Map();
  for (const entry of ours) byKind.set(kind(entry), (byKind.get(kind(entry)) ?? 0) + entry.gzip);
  log(
    `  the library's share: ${[...byKind].map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}: ${kb(total)}`,
  );
  check(
    byKind.has('styles') && byKind.has(`\`faceid\` ${LNG}`) && byKind.has('drawings'),
    'the page downloaded the styles, the `faceid` namespace chunk and the drawings',
  );
  const handOwn = hand.filter(
    (entry) => !entry.vendor && !library.some((other) => other.file === entry.file),
  );
  log(
    `hand-written page: ${hand.map(({ file, gzip }) => `${file} ${kb(gzip)}`).join(', ')}; its own: ${kb(handOwn.reduce((sum, entry) => sum + entry.gzip, 0))}`,
  );

  // By module: each JS chunk's gzip bytes shared out by its source files' share of its characters.
  const modules = new Map();
  let floor;
  let loaders;
  for (const { file, gzip } of ours.filter((entry) => entry.file.endsWith('.js'))) {
    const code = readFileSync(join(built, file), 'utf8');
    const mapFile = join(built, `${file}.map`);
    const bySource = existsSync(mapFile)
      ? bytesBySource(code, JSON.parse(readFileSync(mapFile, 'utf8')))
      : new Map([[file, Buffer.byteLength(code)]]);
    const all = [...bySource.values()].reduce((sum, bytes) => sum + bytes, 0);
    for (const [source, bytes] of bySource) {
      const name = moduleName(source);
      modules.set(name, (modules.get(name) ?? 0) + (gzip * bytes) / all);
    }
    floor ??= floorCost(code);
    const count = code.match(LOADER)?.length ?? 0;
    if (count > 0 && !loaders) loaders = { count, ...leftOut(code, code.replace(LOADER, '')) };
  }
  log("the library JS by module (a chunk's gzip bytes shared by its modules' minified bytes):");
  for (const [name, bytes] of [...modules].sort((a, b) => b[1] - a[1])) {
    log(`  ${name.padEnd(40)} ${kb(bytes).padStart(9)}`);
  }
  if (floor) {
    log(
      `  of which the floor of every language: ${kb(floor.bytes)} (${kb(floor.raw)} minified), measured by leaving it out`,
    );
  }
  if (loaders) {
    log(
      `  of which the ${loaders.count} namespace loaders: ${kb(loaders.bytes)} (${kb(loaders.raw)} minified), measured by leaving them out`,
    );
  }
  check(
    total <= BUDGET,
    `the library's bytes for the face page (${LNG}, ${CODE}): ${kb(total)} gzip, budget ${kb(BUDGET)} (issue #18's target: 12 KB, ${kb(total - 12 * 1024)} over)`,
  );

  // -------------------------------------------------------------------------------------------
  // A failed download that the engine remembers (issue #18: "a retry really re-requests on
  // engines that cache failed module loads"): the `faceid` chunk's own URL fails every time it
  // is asked for, as Safari's WebViews answer an `import()` of a URL whose load failed once for
  // the rest of the page's life. i18next's retries must reach the network at a URL not seen yet.

  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const asked = [];
    await page.route(/\/assets\/face-[^/?]*\.js(\?.*)?$/, (route) => {
      const { pathname, search } = new URL(route.request().url());
      asked.push(`${pathname}${search}`);
      return search ? route.continue() : route.abort('failed');
    });
    await page.goto(url.library);
    const shown = await page
      .locator('h2', { hasText: TITLE })
      .waitFor({ timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    check(
      shown && asked.length >= 2 && asked.slice(1).every((path) => path.includes('?faceid-retry=')),
      `a chunk whose URL stays failed: the title shows after a retry at a fresh URL (asked for ${asked.join(', ') || 'nothing'})`,
    );
    await context.close();
  }

  // -------------------------------------------------------------------------------------------
  // Speed: the time to the title on an emulated slow phone

  if (SPEED) {
    const version = browser.version();
    log(
      `time to the title: Chromium ${version}, CPU ×${PHONE.cpu}, ${(PHONE.network.downloadThroughput * 8) / 1e6} Mb/s, ${PHONE.network.latency} ms RTT, gzip; ${RUNS} runs each`,
    );
    const times = { library: [], hand: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const name of i % 2 ? ['hand', 'library'] : ['library', 'hand']) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', PHONE.network);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
        await page.goto(url[name], { waitUntil: 'commit' });
        const handle = await page.waitForFunction(
          (title) => window.__titles.find((entry) => entry.text === title && entry.frame > 0),
          TITLE,
          { timeout: 60_000, polling: 50 },
        );
        const entry = await handle.jsonValue();
        const first = await page.evaluate(() => window.__titles.find((seen) => seen.text));
        // Where the time goes: when the page asked for its strings' chunk, and when it arrived.
        const strings = await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .find((resource) => /\/assets\/(face|en)-[^/]*\.js$/.test(resource.name)),
        );
        times[name].push(entry.frame);
        log(
          `  run ${i + 1} ${name.padEnd(7)} ${entry.frame.toFixed(0).padStart(5)} ms to the title (in the DOM at ${entry.dom.toFixed(0)} ms${first && first.frame < entry.frame ? `; the floor's "${first.text}" at ${first.frame.toFixed(0)} ms` : ''}; strings asked at ${strings.startTime.toFixed(0)} ms, there at ${strings.responseEnd.toFixed(0)} ms)`,
        );
        await context.close();
      }
    }
    const library = median(times.library);
    const hand = median(times.hand);
    const ratio = library / hand;
    log(
      `  median: library ${library.toFixed(0)} ms, hand-written ${hand.toFixed(0)} ms: ratio ${ratio.toFixed(2)} (target ≤ 1.25): ${ratio <= 1.25 ? 'PASS' : 'OVER'}`,
    );
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
} finally {
  await browser?.close();
  await server?.close();
  if (reuse || process.env.KEEP_FACE_PAGE === '1' || failures.length > 0) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`[face-page] ${failures.length} failed:\n${failures.join('\n')}`);
  process.exit(1);
}
log('all checks passed');
