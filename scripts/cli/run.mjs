// CLI test (`npm run test:cli`; CI runs it from scripts/ci-package.sh, after the build).
//
// Packs the library as `npm publish` would and installs the tarball into an empty app in a
// temporary directory outside the repository (the package alone: the command needs none of the
// peers), then runs `faceid-guidance explain` there as a user would, through `npx` and through the
// `node_modules/.bin` link: a code in each shipped language, a callback URL, a server response
// from a file and from standard input, JSON output, unknown input and wrong usage. The end-user
// text must be the locale files' (`locales/<lng>/`), Tencent's text the catalogue's; markup and
// control characters never come back raw; no stack trace. Also checks that no browser entry of
// the package reaches the command's code or its locale files.
//
// Needs `dist/` (npm run build). KEEP_CLI=1 keeps the temporary directory (also kept on failure).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readLocale, shippedLocales } from '../support/locales.mjs';
import { appEnv } from '../support/processes.mjs';

const repo = resolve(import.meta.dirname, '../..');
const env = appEnv();
const failures = [];

function log(message) {
  console.log(`[cli] ${message}`);
}

function check(ok, message) {
  log(`  ${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
  return ok;
}

/** Runs a command; a start failure (not a non-zero status) is fatal. */
function run(command, args, { cwd, input } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return result;
}

/** A catalogue value by dotted key. */
function lookup(catalogue, key) {
  return key.split('.').reduce((node, part) => node?.[part], catalogue);
}

const work = mkdtempSync(join(tmpdir(), 'faceid-guidance-cli-'));
try {
  log(`npm pack → ${work}`);
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo })
      .stdout,
  )[0];
  const files = packed.files.map((file) => file.path);
  check(files.includes('dist/cli.js'), 'the tarball holds dist/cli.js');
  for (const lng of shippedLocales(repo)) {
    check(files.includes(`dist/cli/locales/${lng}.json`), `the tarball holds the ${lng} strings`);
  }
  const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  check(manifest.bin?.['faceid-guidance'] === './dist/cli.js', 'package.json bin');
  const cli = readFileSync(join(repo, 'dist/cli.js'), 'utf8');
  check(cli.startsWith('#!/usr/bin/env node\n'), 'dist/cli.js starts with its shebang');
  log(`  dist/cli.js: ${(Buffer.byteLength(cli) / 1024).toFixed(1)} kB`);

  // Nothing a page loads reaches the command: no browser file names cli.js or its strings.
  const browserFiles = files.filter(
    (file) => /^dist\/.*\.(c?js)$/.test(file) && file !== 'dist/cli.js',
  );
  const leaking = browserFiles.filter((file) =>
    /cli\.js|cli\/locales|src\/cli/.test(readFileSync(join(repo, file), 'utf8')),
  );
  check(leaking.length === 0, `no browser entry reaches the command (${leaking.join(', ')})`);

  const app = join(work, 'app');
  run('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    `${JSON.stringify({ name: 'cli-check', private: true, type: 'module' }, null, 2)}\n`,
  );
  log('npm install <tarball> (the package alone)');
  const install = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--legacy-peer-deps', join(work, packed.filename)],
    { cwd: app },
  );
  if (!check(install.status === 0, 'npm install of the tarball')) {
    console.error(install.stderr);
    throw new Error('install failed');
  }
  check(
    readdirSync(join(app, 'node_modules')).every((name) => !['react', 'i18next'].includes(name)),
    'no peer installed: the command needs none',
  );

  const bin = join(app, 'node_modules/.bin/faceid-guidance');
  /** Runs the installed command, through npx or the bin link. */
  const explain = (args, { via = 'bin', input } = {}) =>
    via === 'npx'
      ? run('npx', ['--no-install', 'faceid-guidance', 'explain', ...args], { cwd: app, input })
      : run(bin, ['explain', ...args], { cwd: app, input });

  const ESC = String.fromCharCode(27);
  const clean = (output) => !/[<>]|\n\s+at /.test(output) && !output.includes(ESC);

  // A code, in every shipped language: the title and description of the locale files.
  for (const lng of shippedLocales(repo)) {
    const strings = readLocale(repo, lng);
    const result = explain(['-5018', '--lng', lng]);
    check(
      result.status === 0 &&
        result.stdout.includes(lookup(strings, 'codes.faceVerifyNoBlink.title')) &&
        result.stdout.includes(lookup(strings, 'codes.faceVerifyNoBlink.description')),
      `explain -5018 --lng ${lng}: the locale's copy, status 0`,
    );
  }

  const viaNpx = explain(['66660023'], { via: 'npx' });
  check(
    viaNpx.status === 0 &&
      viaNpx.stdout.includes('请确保本人操作且正脸对框 / 防攻击活体检测不通过(包含翻拍、模型等)'),
    'npx faceid-guidance explain 66660023: zh-CN by default, with Tencent’s text',
  );

  const callback = explain(['https://example.com/back?code=3004&orderNo=o-1&newSignature=abc']);
  check(
    callback.status === 0 &&
      callback.stdout.includes('orderNo: o-1') &&
      callback.stdout.includes('faceVerifyCameraDenied') &&
      !callback.stdout.includes('abc'),
    'a callback URL: the fields read, the code explained, the signature not echoed',
  );

  const response = {
    Response: {
      Result: 'FailedOperation.OcrWarningOccurred',
      Warnings: '-9102|-9106',
      RequestId: 'req-42',
    },
  };
  writeFileSync(join(app, 'response.json'), JSON.stringify(response));
  const fromFile = explain(['response.json', '--json', '--lng', 'en']);
  let report;
  try {
    report = JSON.parse(fromFile.stdout);
  } catch {
    report = undefined;
  }
  check(
    fromFile.status === 0 &&
      report?.shape === 'apiResult' &&
      report?.fields?.requestId === 'req-42' &&
      report?.warnings?.length === 2,
    'a response file, --json: the shape, the fields and the warnings',
  );

  const fromStdin = explain(['-', '--service', 'ekycSdk'], {
    input: JSON.stringify({ Result: '2017', Description: '' }),
  });
  check(
    fromStdin.status === 0 && fromStdin.stdout.includes('ekycSdkFaceIncomplete'),
    'standard input, --service: GetFaceIdResultIntl read in ekycSdk',
  );

  const unknown = explain(['<script>alert(1)</script>']);
  check(
    unknown.status === 1 && clean(unknown.stdout) && unknown.stdout.includes('‹script›'),
    'unknown input: the fallback, status 1, markup not echoed',
  );

  const withEscape = explain([`${ESC}[2Jcode`]);
  check(withEscape.status === 1 && clean(withEscape.stdout), 'control characters are not echoed');

  for (const args of [[], ['explain', '0', '--bogus'], ['explain', '0', '--lng', 'xx']]) {
    const usage = run(bin, args, { cwd: app });
    check(
      usage.status === 2 &&
        usage.stderr.includes('Usage: faceid-guidance explain') &&
        !/\n\s+at /.test(usage.stderr) &&
        !usage.stderr.includes(ESC),
      `wrong usage (${args.join(' ') || 'no arguments'}): the usage, status 2`,
    );
  }
} catch (error) {
  failures.push(String(error?.message ?? error));
} finally {
  if (failures.length === 0 && !process.env.KEEP_CLI)
    rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}

if (failures.length > 0) {
  console.error(`[cli] ${failures.length} failure(s):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
log('all checks passed');
