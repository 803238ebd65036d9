// Field check (`npm run test:field`; CI runs it from scripts/ci-package.sh, after the build): the
// package on the browsers that fail Tencent's H5 check, whose users read this guidance there.
//
// Packs the library, installs the tarball into a fresh copy of scripts/field/app outside the
// repository: a page of every component whose catalogue loads on demand, built by Vite for
// production with `build.target: ['chrome66', 'safari12']` and no polyfills (what README tells a
// host targeting old WebViews to set). Then:
// - the production build holds no integrator diagnostics (`faceid-developer`): no chunk carries
//   the text of any locale's `developer.unknown`;
// - served on localhost and opened in Chromium with the built-ins that Chrome 66 / iOS 12 lack
//   removed before any script runs (Object.fromEntries, flat/flatMap, Object.hasOwn, at,
//   structuredClone, replaceAll, Intl.Locale, Intl.PluralRules, globalThis), every component
//   (the checklist in the digits mode, its title, that mode's tip and start label) shows its text,
//   from the locale files, in zh-CN, en and th, with no error on the page.
//
// Needs `dist/` (npm run build), the npm registry and a Chromium (CHROMIUM_PATH or Debian's).
// KEEP_FIELD=1 keeps the temporary directory.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { packLibrary, runIn, serveStatic, walk } from '../support/apps.mjs';
import { readLocale, shippedLocales } from '../support/locales.mjs';
import { CHROMIUM_ARGS, chromiumPath } from '../support/processes.mjs';

const repo = resolve(import.meta.dirname, '../..');
const LANGUAGES = ['zh-CN', 'en', 'th'];
/** What Chrome 66 and iOS 12 lack of what newer code calls: removed before any script runs. */
const REMOVED = `
  delete Object.fromEntries;
  delete Object.hasOwn;
  delete Array.prototype.flat;
  delete Array.prototype.flatMap;
  delete Array.prototype.at;
  delete String.prototype.at;
  delete String.prototype.replaceAll;
  delete globalThis.structuredClone;
  delete Intl.Locale;
  delete Intl.PluralRules;
  delete globalThis.globalThis;
  // Whether they are gone, as the page's own scripts see them: read from the markup, since
  // page.evaluate needs globalThis (locators run in Playwright's own world, which keeps it).
  document.addEventListener('DOMContentLoaded', () => {
    document.documentElement.dataset.removed = String(
      typeof Object.fromEntries === 'undefined' &&
        typeof Intl.PluralRules === 'undefined' &&
        typeof globalThis === 'undefined',
    );
  });
`;

const failures = [];
const log = (message) => console.log(`[field] ${message}`);
function check(ok, message) {
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
  return ok;
}
const run = (command, args, cwd) => runIn(cwd, command, args, { log });
const at = (catalogue, key) => key.split('.').reduce((node, part) => node?.[part], catalogue);

const work = mkdtempSync(join(tmpdir(), 'faceid-guidance-field-'));
const app = join(work, 'app');
let server;
let browser;
try {
  cpSync(join(import.meta.dirname, 'app'), app, { recursive: true });
  run('npm', ['install', '--no-audit', '--no-fund', packLibrary(repo, work, { log }).tarball], app);
  run('npx', ['vite', 'build'], app);

  // Production never downloads the integrator diagnostics: no chunk of the build holds them.
  const built = walk(join(app, 'dist')).filter((file) => file.endsWith('.js'));
  const code = built.map((file) => readFileSync(file, 'utf8')).join('\n');
  const diagnostics = shippedLocales(repo).map((lng) =>
    at(readLocale(repo, lng), 'developer.unknown'),
  );
  check(
    diagnostics.every((text) => {
      const sample = text.slice(0, 24);
      return !code.includes(sample) && !code.includes(JSON.stringify(sample).slice(1, -1));
    }),
    `production build (${built.length} chunks): no integrator diagnostics`,
  );

  // What each component must show, from the locale files at the keys the built core reads.
  const { describeCode } = await import(pathToFileURL(join(repo, 'dist', 'core.js')).href);
  const expected = (lng) => {
    const catalogue = readLocale(repo, lng);
    const title = (code, service) =>
      at(catalogue, describeCode(code, { service }).messageKeys.title);
    const tip = describeCode('-5018').tips[0];
    return {
      face: title('-5018', 'faceVerify'),
      ocr: title('66661006', 'idCardOcr'),
      result: title('1004', 'detectAuth'),
      warnings: title('-9114', 'bankCardOcr'),
      tips: at(catalogue, `tips.${tip}`),
      // The checklist in the digits mode: its title, that mode's own tip and the start button.
      checklist: [
        at(catalogue, 'ui.checklist.title'),
        at(catalogue, 'tips.readDigitsAloud'),
        at(catalogue, 'ui.checklist.start'),
      ],
    };
  };

  server = await serveStatic(join(app, 'dist'));
  const { origin } = server;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  for (const lng of LANGUAGES) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(REMOVED);
    await page.goto(`${origin}/?lng=${lng}`);
    const removed = (await page.locator('html').getAttribute('data-removed')) === 'true';
    check(removed, `${lng}: the newer built-ins are gone`);
    for (const [field, texts] of Object.entries(expected(lng))) {
      for (const text of [texts].flat()) {
        // A key missing from the locale would match any text: it fails instead.
        const shown =
          typeof text === 'string' &&
          text !== '' &&
          (await page
            .locator(`[data-field="${field}"]`)
            .filter({ hasText: text })
            .first()
            .waitFor({ timeout: 15_000 })
            .then(
              () => true,
              () => false,
            ));
        check(shown, `${lng}: ${field} shows "${text}"`);
      }
    }
    check(
      errors.length === 0,
      `${lng}: no error on the page${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    await page.close();
  }
} catch (error) {
  failures.push(String(error?.stack ?? error));
  console.error(error);
} finally {
  await browser?.close();
  await server?.close();
  if (process.env.KEEP_FIELD === '1' || failures.length > 0) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`[field] ${failures.length} failed:\n${failures.join('\n')}`);
  process.exit(1);
}
log('all checks passed');
