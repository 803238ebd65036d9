// Example apps (`npm run test:examples`; CI runs it from scripts/ci-package.sh, after the build).
//
// Packs the library, installs the tarball into each app under examples/ (after `npm ci` from the
// app's own lockfile), builds it, serves it on a localhost port and checks it in Chromium:
// - the server HTML holds the code's title (outside <script>: Next.js also sends the props there),
//   in the catalogue's words (`locales/<lng>/` at the key the packed `describeCode`
//   gives);
// - nothing on the console is an error or a hydration warning;
// - a development build shows the integrator diagnostic (console.warn "[faceid-guidance] …") for
//   an integrator code, a production build does not;
// - choosing another language shows that language's title.
// Apps: examples/webpack (webpack 5 page, server-rendered by Node, hydrated; also a CommonJS
// entry whose first download must hold no locale), in development and production builds;
// examples/next-app-router (a Server Component renders the provider), `next build` + `next start`
// and `next dev`.
//
// Needs `dist/` (npm run build), the npm registry (npm ci) and a Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). EXAMPLES=webpack (or next-app-router) runs one app; EXAMPLES_INSTALL=0 reuses
// an app's node_modules. The streaming page passes no `resources`: its provider suspends
// (`suspense`) until the locale is loaded, so its server HTML must hold the text too
// (EXAMPLES_STREAMING=0 skips that one check).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { readLocale, shippedLocales } from '../support/locales.mjs';
import { appEnv, CHROMIUM_ARGS, chromiumPath } from '../support/processes.mjs';

const repo = resolve(import.meta.dirname, '../..');
const examples = join(repo, 'examples');
/** An integrator code: its user text is a title like any other, and it has a diagnostic. */
const CODE = '400101';
const FIRST = 'zh-CN';
const SWITCH_TO = 'en';
const STREAMING = process.env.EXAMPLES_STREAMING !== '0';
const executablePath = chromiumPath();

/** The environment of every command: none of what `npm run` sets for the repository. */
const baseEnv = appEnv({ NEXT_TELEMETRY_DISABLED: '1' });

const failures = [];
const started = Date.now();
let context = '';

const log = (message) => console.log(`[examples] ${message}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function check(ok, message) {
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(`${context}${message}`);
  return ok;
}

/** Runs a command to its end; throws with its output when it fails. */
function run(command, args, { cwd, env = {} } = {}) {
  const since = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    console.error(result.stdout ?? '');
    console.error(result.stderr ?? '');
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
  }
  log(`  ${command} ${args.join(' ')} (${seconds(since)})`);
  return result;
}

/** A free localhost port. */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts a server in its own process group and waits until `url` answers. Returns a stop
 * function, which ends the whole group (Next.js starts a child server).
 */
async function serve(command, args, { cwd, env, url, timeout = 120_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...baseEnv, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise((done) => child.once('exit', done));
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
  };
  const since = Date.now();
  while (Date.now() - since < timeout) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(url);
      if (response.ok) {
        log(`  ${command} ${args.join(' ')}: answering (${seconds(since)})`);
        return { stop, output: () => output };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  await stop();
  console.error(output);
  throw new Error(`\`${command} ${args.join(' ')}\` did not answer ${url}`);
}

/** Text as React escapes it in HTML. */
const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');

/** The markup of a page without its scripts (Next.js repeats the props, catalogue too, there). */
const withoutScripts = (html) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/** A catalogue value by i18next key (`codes.<id>.title`). */
const lookup = (catalogue, key) =>
  key
    .split('.')
    .reduce(
      (node, part) => (node !== null && typeof node === 'object' ? node[part] : undefined),
      catalogue,
    );

// ---------------------------------------------------------------------------------------------
// Expected text: the repository's catalogues, at the keys the built core gives.

if (!existsSync(join(repo, 'dist'))) {
  console.error('[examples] dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(executablePath)) {
  console.error(`[examples] no Chromium at ${executablePath} (set CHROMIUM_PATH).`);
  process.exit(1);
}
const { describeCode } = await import(join(repo, 'dist/core.js'));
const reading = describeCode(CODE);
const titles = Object.fromEntries(
  shippedLocales(repo).map((lng) => [
    lng,
    lookup(readLocale(repo, lng), reading.messageKeys.title),
  ]),
);
for (const lng of [FIRST, SWITCH_TO]) {
  if (typeof titles[lng] !== 'string' || titles[lng].includes('{{')) {
    throw new Error(`locales/${lng}: no plain title at ${reading.messageKeys.title}`);
  }
}
if (reading.audience !== 'integrator') throw new Error(`${CODE} is no integrator code`);

// ---------------------------------------------------------------------------------------------
// Checks shared by the apps

/**
 * Checks one served page: server HTML, hydration, console, the diagnostic, the language switch.
 * `serverText`: false for a page whose server HTML is not asserted (reported only).
 */
async function checkPage(browser, url, { label, dev, serverText = true }) {
  const response = await fetch(url);
  const markup = withoutScripts(await response.text());
  const hasTitle = markup.includes(escapeHtml(titles[FIRST]));
  if (serverText) {
    check(
      response.ok && hasTitle && !markup.includes('aria-busy="true"'),
      `${label}: server HTML holds the ${FIRST} title "${titles[FIRST]}"`,
    );
  } else {
    log(
      `  info ${label}: server HTML ${hasTitle ? 'holds' : 'does not hold'} the title (not enforced: EXAMPLES_STREAMING=0)`,
    );
  }

  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
  // The browser's own request, no part of the app: answered, so that every 404 left is the app's.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-hydrated="true"]', { timeout: 60_000 });
    const banner = page.locator(`[data-code="${CODE}"]`);
    await banner.getByText(titles[FIRST], { exact: true }).waitFor({ timeout: 15_000 });
    check(true, `${label}: hydrated, the ${FIRST} title shows`);

    if (dev) {
      // The diagnostic loads Tencent's text first (a chunk of its own): wait for it.
      await page
        .waitForEvent('console', {
          predicate: (message) => message.text().includes('[faceid-guidance]'),
          timeout: 15_000,
        })
        .catch(() => undefined);
    }
    await page.getByRole('button', { name: 'English' }).click();
    await banner.getByText(titles[SWITCH_TO], { exact: true }).waitFor({ timeout: 30_000 });
    const text = await banner.textContent();
    check(
      !text.includes(titles[FIRST]),
      `${label}: the switch to ${SWITCH_TO} shows "${titles[SWITCH_TO]}" instead`,
    );
  } catch (error) {
    check(false, `${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await page.close();
  }

  const diagnostics = messages.filter(
    (message) =>
      message.type === 'warning' &&
      message.text.includes('[faceid-guidance]') &&
      message.text.includes(CODE),
  );
  if (dev) {
    check(
      diagnostics.length === 1,
      `${label}: the integrator diagnostic on the console (${diagnostics.length}×)${diagnostics[0] ? `: ${diagnostics[0].text.split('\n')[0]}` : ''}`,
    );
  } else {
    check(
      diagnostics.length === 0,
      `${label}: no integrator diagnostic in production${diagnostics.length ? `: ${diagnostics[0].text}` : ''}`,
    );
  }
  const wrong = messages.filter(
    (message) =>
      message.type === 'error' || message.type === 'pageerror' || /hydrat/i.test(message.text),
  );
  check(
    wrong.length === 0,
    `${label}: no error, no hydration warning on the console${wrong.length ? `:\n${wrong.map((m) => `    ${m.type}: ${m.text}`).join('\n')}` : ''}`,
  );
}

/** The files of a directory, recursively. */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** Whether built JavaScript holds a text (as written, or escaped in a string). */
const holds = (source, text) =>
  source.includes(text) || source.includes(JSON.stringify(text).slice(1, -1));

// ---------------------------------------------------------------------------------------------
// The apps

async function webpackApp(browser, app) {
  for (const mode of ['development', 'production']) {
    const dev = mode === 'development';
    run('npm', ['run', dev ? 'build:dev' : 'build'], { cwd: app });
    const dist = join(app, 'dist');
    // An entry's first download: the files webpack's stats list for it. The locales: chunks apart.
    const stats = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'));
    const lazy = Object.entries(titles).filter(([, title]) =>
      walk(dist).some((file) => file.endsWith('.js') && holds(readFileSync(file, 'utf8'), title)),
    );
    check(
      lazy.length === Object.keys(titles).length,
      `webpack ${mode}: every locale is bundled (${lazy.map(([lng]) => lng).join(', ')})`,
    );
    for (const entry of dev ? ['main', 'cjs-host'] : ['main']) {
      const files = stats.entrypoints[entry].assets.map((asset) => asset.name);
      const sources = files.map((file) => readFileSync(join(dist, file), 'utf8'));
      const inlined = Object.entries(titles).filter(([, title]) =>
        sources.some((source) => holds(source, title)),
      );
      const size = sources.reduce((sum, source) => sum + source.length, 0);
      check(
        inlined.length === 0,
        `webpack ${mode}: the ${entry} entry's first download (${files.join(', ')}, ${(size / 1024).toFixed(0)} KB) holds no locale${inlined.length ? `, but ${inlined.map(([lng]) => lng).join(', ')}` : ''}`,
      );
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/?code=${CODE}&lng=${FIRST}`;
    const server = await serve('node', ['server.js'], {
      cwd: app,
      env: { PORT: String(port), NODE_ENV: mode },
      url,
    });
    try {
      await checkPage(browser, url, { label: `webpack ${mode}`, dev });
    } finally {
      await server.stop();
    }
  }
}

async function nextApp(browser, app) {
  const next = join(app, 'node_modules/next/dist/bin/next');
  run('node', [next, 'build'], { cwd: app });
  for (const [mode, command] of [
    ['production', 'start'],
    ['development', 'dev'],
  ]) {
    const dev = mode === 'development';
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const url = `${base}/?code=${CODE}&lng=${FIRST}`;
    const server = await serve('node', [next, command, '--port', String(port)], {
      cwd: app,
      env: { NODE_ENV: mode },
      url,
      timeout: 180_000,
    });
    try {
      await checkPage(browser, url, { label: `next ${command}`, dev });
      // Without `resources`: the provider suspends until the locale is loaded, and Next streams
      // the HTML once it is, with the text in it.
      await checkPage(browser, `${base}/streaming?code=${CODE}&lng=${FIRST}`, {
        label: `next ${command} /streaming`,
        dev,
        serverText: STREAMING,
      });
    } finally {
      await server.stop();
    }
  }
  // `next dev` writes its own build into .next: the next `next start` needs `next build` again.
  rmSync(join(app, '.next'), { recursive: true, force: true });
}

const APPS = { webpack: webpackApp, 'next-app-router': nextApp };

// ---------------------------------------------------------------------------------------------

const work = mkdtempSync(join(tmpdir(), 'faceid-guidance-examples-'));
let browser;
try {
  log('npm pack');
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo })
      .stdout,
  )[0];
  const tarball = join(work, packed.filename);
  browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

  const only = process.env.EXAMPLES;
  const names = Object.keys(APPS).filter((name) => !only || only.split(',').includes(name));
  if (names.length === 0) throw new Error(`EXAMPLES=${only}: no such example`);
  for (const name of names) {
    const since = Date.now();
    context = `${name}: `;
    log(name);
    const app = join(examples, name);
    try {
      if (process.env.EXAMPLES_INSTALL !== '0' || !existsSync(join(app, 'node_modules'))) {
        run('npm', ['ci'], { cwd: app });
      }
      // The package as published, not saved: the lockfile stays the app's own.
      run('npm', ['install', '--no-save', tarball], { cwd: app });
      await APPS[name](browser, app);
    } catch (error) {
      check(false, error instanceof Error ? error.message : String(error));
    }
    log(`${name} done (${seconds(since)})`);
  }
} catch (error) {
  failures.push(`${context}${error instanceof Error ? error.message : String(error)}`);
  console.error(`[examples] ${failures.at(-1)}`);
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`[examples] ${failures.length} check(s) failed (${seconds(started)}):`);
  for (const failure of failures) console.error(`  - ${failure.split('\n')[0]}`);
  process.exit(1);
}
log(`all checks passed (${seconds(started)})`);
