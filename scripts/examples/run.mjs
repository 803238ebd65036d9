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
// and `next dev`; examples/h5-flow (Vite + React: checklist → a stand-in for Tencent's H5 page →
// the result page), `vite build` + `vite preview`, clicked through in Chromium: a supported
// browser goes through to the success; WeChat on iOS 13 is stopped at the checklist with the
// Safari advice; -5018 three times escalates (and a success resets the count); a crafted `code` or
// `orderNo` puts no attacker text on the page; the language switch holds across the redirects.
//
// Needs `dist/` (npm run build), the npm registry (npm ci) and a Chromium at /usr/bin/chromium (or
// CHROMIUM_PATH). EXAMPLES=webpack (or next-app-router, h5-flow; a comma-separated list) runs
// those apps; EXAMPLES_INSTALL=0 reuses
// an app's node_modules. The streaming page passes no `resources`: its provider suspends
// (`suspense`) until the locale is loaded, so its server HTML must hold the text too
// (EXAMPLES_STREAMING=0 skips that one check).

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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
const { checkFaceVerifyEnvironment, describeCode } = await import(join(repo, 'dist/core.js'));
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

// examples/h5-flow: the whole flow clicked through, each check in a fresh browser context (its
// own sessionStorage: its own flow and language), at 320 × 504 in zh-CN.

/** WeChat 7.0.10 on iOS 13.3: Tencent's H5 check needs iOS 14.3+ in WeChat. */
const IOS13_WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/7.0.10(0x17000a21) NetType/WIFI Language/zh_CN';
/** What iOS 13's WebView lacks of what newer code calls: gone before any script of the page runs. */
const IOS13_MISSING = `
  delete Object.hasOwn;
  delete Array.prototype.at;
  delete String.prototype.at;
  delete String.prototype.replaceAll;
  delete globalThis.structuredClone;
  delete Intl.Locale;
`;
/** Links an attacker could send: text the page must never show as its own. */
const CRAFTED = [
  {
    code: '验证异常请立即致电4001234567领取补偿',
    orderNo: '请立即致电4001234567',
    fragments: ['4001234567', '领取补偿', '请立即致电'],
  },
  {
    code: '<img src=x onerror="window.__xss=1">',
    orderNo: '<script>window.__xss=1</script>',
    fragments: ['<img', 'onerror', '__xss', '<script', 'script>'],
  },
];

const catalogues = new Map();
/** The catalogue's text at `key` in `lng`, as the person reads it (no `{{…}}` left to fill). */
function say(lng, key) {
  if (!catalogues.has(lng)) catalogues.set(lng, readLocale(repo, lng));
  const value = lookup(catalogues.get(lng), key);
  if (typeof value !== 'string' || value.includes('{{')) {
    throw new Error(`locales/${lng}: no plain text at ${key}`);
  }
  return value;
}

/** The gzipped size of a file, in KB. */
const gzipKb = (file) => gzipSync(readFileSync(file)).length / 1024;

/** The scripts and styles `index.html` loads first, as files of `dist`. */
const firstDownload = (dist) =>
  [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/(?:src|href)="\/([^"]+)"/g)]
    .map((match) => join(dist, match[1]))
    .filter((file) => existsSync(file));

async function h5FlowApp(browser, app) {
  run('npm', ['run', 'build'], { cwd: app });
  const dist = join(app, 'dist');
  const files = walk(dist);
  const first = firstDownload(dist);
  const firstSources = first.map((file) => readFileSync(file, 'utf8'));
  const inlined = Object.entries(titles).filter(([, title]) =>
    firstSources.some((source) => holds(source, title)),
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const firstRaw = first.reduce((sum, file) => sum + statSync(file).size, 0);
  const firstGz = first.reduce((sum, file) => sum + gzipKb(file), 0);
  log(
    `  info h5-flow build: ${files.length} files, ${kb(total)}; first download (${first.map((file) => relative(dist, file)).join(', ')}) ${kb(firstRaw)}, ${firstGz.toFixed(1)} KB gzipped`,
  );
  check(
    inlined.length === 0,
    `h5-flow: the first download holds no locale (each loads when shown)${inlined.length ? `, but ${inlined.map(([lng]) => lng).join(', ')}` : ''}`,
  );

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const vite = join(app, 'node_modules/vite/bin/vite.js');
  const server = await serve(
    'node',
    [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: app, url: `${base}/result?code=0` },
  );
  try {
    for (const [label, options, body] of H5_FLOW_CHECKS) {
      const since = Date.now();
      await flowSession(browser, base, `h5-flow ${label}`, options, body);
      log(`  (${label}: ${seconds(since)})`);
    }
  } finally {
    await server.stop();
  }
}

/**
 * Runs `body(page, base, label)` in a fresh context (zh-CN, 320 × 504, the user agent given) and
 * checks that nothing on the console was an error and no dialog opened.
 */
async function flowSession(browser, base, label, { userAgent, initScript } = {}, body) {
  const context = await browser.newContext({
    locale: FIRST,
    viewport: { width: 320, height: 504 },
    ...(userAgent ? { userAgent } : {}),
  });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
  page.on('dialog', (dialog) => {
    messages.push({ type: 'dialog', text: dialog.message() });
    dialog.dismiss().catch(() => undefined);
  });
  try {
    await body(page, base, label);
  } catch (error) {
    check(false, `${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  } finally {
    await context.close();
  }
  const wrong = messages.filter((message) =>
    ['error', 'pageerror', 'dialog'].includes(message.type),
  );
  check(
    wrong.length === 0,
    `${label}: no error and no dialog${wrong.length ? `:\n${wrong.map((m) => `    ${m.type}: ${m.text}`).join('\n')}` : ''}`,
  );
}

/** The checklist, once the environment check has answered. */
async function openChecklist(page, base, state) {
  await page.goto(`${base}/`);
  const checklist = page.locator('.faceid-checklist:not([data-environment="checking"])');
  await checklist.waitFor({ timeout: 30_000 });
  const found = await checklist.getAttribute('data-environment');
  if (found !== state) throw new Error(`the checklist is "${found}", not "${state}"`);
  return checklist;
}

/** "Start verification" on the checklist, in `lng`: to the stand-in page. */
async function startFlowAt(page, base, lng) {
  const checklist = await openChecklist(page, base, 'ok');
  await checklist.getByRole('button', { name: say(lng, 'ui.checklist.start') }).click();
  await page.waitForURL(`${base}/tencent-stand-in`);
}

/** On the stand-in page: chooses `code` (a listed one, else the free field) and redirects back. */
async function sendBack(page, code) {
  const form = page.locator('form[data-stand-in]');
  await form.waitFor();
  const listed = form.locator(`input[name="code"][value="${code}"]`);
  if ((await listed.count()) > 0) await listed.check();
  else await form.locator('input[name="otherCode"]').fill(code);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === '/result');
}

/** The banner of the result page for `code`, once its copy is there. */
async function resultBanner(page, selector) {
  const banner = page.locator(`.faceid-banner${selector}[data-state="ready"]`);
  await banner.waitFor({ timeout: 30_000 });
  return banner;
}

/** Whether `locator` shows `text` exactly (as one element's whole text). */
const shows = async (locator, text) => (await locator.getByText(text, { exact: true }).count()) > 0;

const H5_FLOW_CHECKS = [
  [
    'supported browser',
    {},
    async (page, base, label) => {
      const checklist = await openChecklist(page, base, 'ok');
      const start = checklist.getByRole('button', { name: say(FIRST, 'ui.checklist.start') });
      check(
        (await shows(checklist, say(FIRST, 'ui.checklist.title'))) && (await start.isEnabled()),
        `${label}: the checklist, its title and "Start" enabled (Chromium's own user agent)`,
      );
      await start.click();
      await page.waitForURL(`${base}/tencent-stand-in`);
      await sendBack(page, '0');
      const success = describeCode('0');
      const banner = await resultBanner(page, '[data-code="0"]');
      check(
        (await banner.getAttribute('data-kind')) === 'success' &&
          (await shows(banner, say(FIRST, success.messageKeys.title))),
        `${label}: start → stand-in → code 0 → "${say(FIRST, success.messageKeys.title)}"`,
      );
    },
  ],
  [
    'WeChat on iOS 13',
    { userAgent: IOS13_WECHAT, initScript: IOS13_MISSING },
    async (page, base, label) => {
      const finding = (await checkFaceVerifyEnvironment({ userAgent: IOS13_WECHAT })).blocking[0];
      if (!finding) throw new Error('checkFaceVerifyEnvironment does not block WeChat on iOS 13');
      const checklist = await openChecklist(page, base, 'blocked');
      const advice = [
        finding.messageKeys.title,
        finding.messageKeys.description,
        ...finding.tips.map((tip) => `tips.${tip}`),
      ].map((key) => say(FIRST, key));
      const missing = [];
      for (const text of advice) if (!(await shows(checklist, text))) missing.push(text);
      const starts = await page
        .getByRole('button', { name: say(FIRST, 'ui.checklist.start') })
        .count();
      check(
        (await checklist.getAttribute('data-id')) === finding.id &&
          missing.length === 0 &&
          starts === 0,
        `${label}: stopped at the checklist (${finding.id}), no "Start", the advice (${finding.messageKeys.description}, ${finding.tips.map((tip) => `tips.${tip}`).join(', ')}) shown${missing.length ? `; missing: ${missing.join(' | ')}` : ''}`,
      );
    },
  ],
  [
    '-5018 three times',
    {},
    async (page, base, label) => {
      const reading = describeCode('-5018');
      const title = say(FIRST, reading.messageKeys.title);
      const escalation = say(FIRST, 'ui.escalation.title');
      const topTip = say(FIRST, `tips.${reading.tips[0]}`);
      const retry = say(FIRST, 'ui.actions.retry');
      await startFlowAt(page, base, FIRST);
      const seen = [];
      for (let attempt = 1; attempt <= 3; attempt++) {
        if (attempt > 1) {
          await page.getByRole('button', { name: retry }).click();
          await page.waitForURL(`${base}/tencent-stand-in`);
        }
        await sendBack(page, '-5018');
        if (attempt === 2) await page.reload(); // a reload is no new attempt
        const banner = await resultBanner(page, '[data-code="-5018"]');
        const escalated = (await banner.getAttribute('data-escalated')) !== null;
        const first = banner.locator('.faceid-escalation li').first();
        seen.push({
          attempt,
          escalated,
          title: await shows(banner, title),
          escalationTitle: await shows(banner, escalation),
          topTipFirst: escalated && (await first.textContent()) === topTip,
          description: await shows(banner, say(FIRST, reading.messageKeys.description)),
        });
      }
      const [one, two, three] = seen;
      check(
        [one, two].every((s) => s.title && s.description && !s.escalated && !s.escalationTitle),
        `${label}: attempts 1 and 2 (the second reloaded) show the code's own advice, not escalated`,
      );
      check(
        three.title && three.escalated && three.escalationTitle && three.topTipFirst,
        `${label}: attempt 3 escalates ("${escalation}"), its own top tip first ("${topTip}")`,
      );
      // A success ends the count: the next failure is a first attempt again.
      await page.getByRole('button', { name: retry }).click();
      await sendBack(page, '0');
      await resultBanner(page, '[data-code="0"]');
      await page.goto(`${base}/tencent-stand-in`);
      await sendBack(page, '-5018');
      const after = await resultBanner(page, '[data-code="-5018"]');
      check(
        (await after.getAttribute('data-escalated')) === null && (await shows(after, title)),
        `${label}: after a success, -5018 is a first attempt again (not escalated)`,
      );
    },
  ],
  ...CRAFTED.map(({ code, orderNo, fragments }, at) => [
    `crafted link ${at + 1}`,
    {},
    async (page, base, label) => {
      await page.goto(`${base}/result?${new URLSearchParams({ code, orderNo })}`);
      const banner = await resultBanner(page, '[data-id="unknown"]');
      const generic = ['unknown.title', 'unknown.descriptionNoCode'].map((key) => say(FIRST, key));
      const missing = [];
      for (const text of generic) if (!(await shows(banner, text))) missing.push(text);
      // Everything a person or a screen reader gets as text: rendered, hidden, labels, values.
      const text = await page.evaluate(() => {
        const parts = [document.title, document.body.textContent];
        for (const element of document.querySelectorAll('*')) {
          for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder']) {
            const value = element.getAttribute(name);
            if (value) parts.push(value);
          }
          if ('value' in element && typeof element.value === 'string') parts.push(element.value);
        }
        return parts.join('\n');
      });
      const leaked = fragments.filter((fragment) => text.includes(fragment));
      const ran = await page.evaluate(() => 'xss' in window || '__xss' in window);
      check(
        missing.length === 0 && leaked.length === 0 && !ran,
        `${label} (code ${JSON.stringify(code)}, orderNo ${JSON.stringify(orderNo)}): the generic unknown message, no attacker text on the page${missing.length ? `; missing: ${missing.join(' | ')}` : ''}${leaked.length ? `; shown: ${leaked.join(', ')}` : ''}${ran ? '; its markup ran' : ''}`,
      );
    },
  ]),
  [
    'language switch',
    {},
    async (page, base, label) => {
      const checklist = await openChecklist(page, base, 'ok');
      const before = await shows(checklist, say(FIRST, 'ui.checklist.title'));
      await page.locator('header select').selectOption(SWITCH_TO);
      await checklist
        .getByText(say(SWITCH_TO, 'ui.checklist.title'), { exact: true })
        .waitFor({ timeout: 30_000 });
      check(
        before && !(await shows(checklist, say(FIRST, 'ui.checklist.title'))),
        `${label}: ${FIRST} → ${SWITCH_TO}: the checklist's title "${say(FIRST, 'ui.checklist.title')}" becomes "${say(SWITCH_TO, 'ui.checklist.title')}"`,
      );
      await startFlowAt(page, base, SWITCH_TO);
      await sendBack(page, '-5018');
      const reading = describeCode('-5018');
      const banner = await resultBanner(page, '[data-code="-5018"]');
      check(
        (await banner.getAttribute('lang')) === SWITCH_TO &&
          (await shows(banner, say(SWITCH_TO, reading.messageKeys.title))),
        `${label}: ${SWITCH_TO} kept across the redirects: the result reads "${say(SWITCH_TO, reading.messageKeys.title)}"`,
      );
    },
  ],
];

const APPS = { webpack: webpackApp, 'next-app-router': nextApp, 'h5-flow': h5FlowApp };

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
