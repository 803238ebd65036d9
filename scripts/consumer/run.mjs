// Consumer test (`npm run test:consumer`; CI runs it from scripts/ci-package.sh, after the build).
//
// Packs the library as `npm publish` would, checks the tarball, then installs it into a fresh copy
// of scripts/consumer/app in a temporary directory outside the repository (the app sees only the
// tarball and the npm registry), once per React major of the peer range. In each copy: type-check
// (TypeScript, Node16 resolution, ESM and CommonJS files; every subpath under Node10 resolution,
// through typesVersions), `vite build` (a page) and
// `vite build --ssr` (its server entry), then render code 66660023 in zh-CN and en on the server,
// once through `import` (the SSR build, faceid-guidance external) and once through `require`, in
// development and production mode. The text must be the catalogue's (`locales/<lng>/`,
// keys from the packed `describeCode`). The React entry is a client module (`'use client'`), the
// others are not; what `require('faceid-guidance')` requires, transitively, holds no locale and no
// official text (they load by `import()`, in CommonJS too).
//
// Needs `dist/` (npm run build) and the npm registry. CONSUMER_REACT=18 (or 19) runs one React
// major; KEEP_CONSUMER=1 keeps the temporary directory (it is also kept when a check fails).

import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { localeEntryPoints, readLocale, shippedLocales } from '../support/locales.mjs';
import { appEnv } from '../support/processes.mjs';

const repo = resolve(import.meta.dirname, '../..');
const template = join(import.meta.dirname, 'app');
const CODE = '66660023';
const LANGUAGES = ['zh-CN', 'en'];
const PEERS = ['react', 'react-dom', 'i18next', 'react-i18next'];
/** The peers the React entry imports: they must stay imports, never be bundled. */
const IMPORTED_PEERS = ['react', 'i18next', 'react-i18next'];

/**
 * One install per React major of `peerDependencies.react`, each with the newest release of that
 * major; i18next 26.7.2 and react-i18next 17.1.13 come from the template's package.json.
 */
const MATRIX = [
  {
    major: '18',
    versions: {
      react: '18.3.1',
      'react-dom': '18.3.1',
      '@types/react': '18.3.32',
      '@types/react-dom': '18.3.7',
    },
  },
  {
    major: '19',
    versions: {
      react: '19.3.1',
      'react-dom': '19.3.1',
      '@types/react': '19.3.1',
      '@types/react-dom': '19.3.0',
    },
  },
];

/** The environment of every command: none of what `npm run` sets for the repository. */
const baseEnv = appEnv();

const failures = [];
const started = Date.now();
/** Prefixes failures in the summary: the React version being tested. */
let context = '';

function log(message) {
  console.log(`[consumer] ${message}`);
}

function check(ok, message) {
  if (ok) {
    log(`  ok   ${message}`);
  } else {
    log(`  FAIL ${message}`);
    failures.push(`${context}${message}`);
  }
  return ok;
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/**
 * Runs a command and returns its result. When it fails, prints its output and throws, or, with
 * `fatal: false`, records a failure and returns undefined.
 */
function run(command, args, { cwd, env = {}, quiet = false, fatal = true } = {}) {
  const since = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...baseEnv, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const label = `${command} ${args.join(' ')}`;
  if (result.error || result.status !== 0) {
    console.error(result.stdout ?? '');
    console.error(result.stderr ?? '');
    const message = `\`${label}\` failed (${result.error?.message ?? `exit ${result.status}`})`;
    if (fatal) throw new Error(message);
    check(false, message);
    return undefined;
  }
  if (!quiet) log(`  ${label} (${seconds(since)})`);
  return result;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The string targets of an `exports` map. */
function exportTargets(node) {
  if (typeof node === 'string') return [node];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(exportTargets);
}

/** A catalogue value by i18next key (`codes.<id>.title`), nested or flat. */
function lookup(catalogue, key) {
  if (Object.hasOwn(catalogue, key)) return catalogue[key];
  return key
    .split('.')
    .reduce(
      (node, part) => (node !== null && typeof node === 'object' ? node[part] : undefined),
      catalogue,
    );
}

/** Text as React's renderToString escapes it. */
function escapeHtml(text) {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;');
}

/** Module specifiers imported or required by built JavaScript (comments on their own lines skipped). */
function specifiers(source) {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set();
  for (const match of code.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(["'])([^"'\n]+)\1/g,
  )) {
    found.add(match[2]);
  }
  return [...found];
}

const peerOf = (specifier) =>
  PEERS.find((peer) => specifier === peer || specifier.startsWith(`${peer}/`));

// ---------------------------------------------------------------------------------------------
// The tarball

if (!existsSync(join(repo, 'dist'))) {
  console.error('[consumer] dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const work = realpathSync(mkdtempSync(join(tmpdir(), 'faceid-guidance-consumer-')));
if (!relative(repo, work).startsWith('..')) {
  console.error(`[consumer] the temporary directory ${work} is inside the repository: set TMPDIR.`);
  process.exit(1);
}
log(`working in ${work}`);

let keep = process.env.KEEP_CONSUMER === '1';
try {
  log('npm pack');
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: repo })
      .stdout,
  )[0];
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  log(
    `  ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );

  const allowed = (path) =>
    path.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(path);
  const extra = files.filter((path) => !allowed(path));
  check(
    extra.length === 0,
    `tarball holds only dist/, README.md, LICENSE, package.json${extra.length ? `: also ${extra.join(', ')}` : ''}`,
  );
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const targets = [
    ...new Set([...exportTargets(pkg.exports), pkg.main, pkg.module, pkg.types].filter(Boolean)),
  ]
    // A pattern's targets (`./dist/locales/*.js`) are checked locale by locale below.
    .filter((target) => !target.includes('*'))
    .map((target) => target.replace(/^\.\//, ''));
  const missing = [...new Set(['README.md', 'LICENSE', ...targets])].filter(
    (path) => !files.includes(path),
  );
  check(
    missing.length === 0,
    `tarball holds every exports/main/module/types target${missing.length ? `: missing ${missing.join(', ')}` : ''}`,
  );
  // The `./locales/*` pattern: every locale's catalogue, parts and diagnostics are in the tarball.
  const locales = shippedLocales(repo);
  const unpacked = localeEntryPoints(repo)
    .map((entry) => `dist/locales/${entry}`)
    .flatMap((path) => [`${path}.js`, `${path}.cjs`, `${path}.d.mts`, `${path}.d.cts`])
    .filter((path) => !files.includes(path));
  check(
    pkg.exports?.['./locales/*'] !== undefined && unpacked.length === 0,
    `exports ./locales/* covers every locale of locales/ (${locales.join(', ')})${unpacked.length ? `: missing ${unpacked.join(', ')}` : ''}`,
  );

  // -------------------------------------------------------------------------------------------
  // One consumer app per React major

  const only = process.env.CONSUMER_REACT;
  const matrix = MATRIX.filter((entry) => !only || entry.major === only);
  if (matrix.length === 0)
    throw new Error(`CONSUMER_REACT=${only}: no such React major in the matrix`);

  for (const { major, versions } of matrix) {
    const since = Date.now();
    log(`React ${versions.react}`);
    context = `React ${versions.react}: `;
    const app = join(work, `react-${major}`);
    cpSync(template, app, {
      recursive: true,
      filter: (source) => !/(^|[\\/])(node_modules|dist)([\\/]|$)/.test(relative(template, source)),
    });
    const appPkgPath = join(app, 'package.json');
    const appPkg = JSON.parse(readFileSync(appPkgPath, 'utf8'));
    for (const [name, version] of Object.entries(versions)) {
      const field = appPkg.devDependencies?.[name] ? 'devDependencies' : 'dependencies';
      appPkg[field][name] = version;
    }
    appPkg.dependencies['faceid-guidance'] = `file:${tarball}`;
    writeFileSync(appPkgPath, `${JSON.stringify(appPkg, null, 2)}\n`);

    run('npm', ['install', '--no-audit', '--no-fund'], { cwd: app });

    // What was installed: the published files only, one copy of each peer, the asked versions.
    const installed = join(app, 'node_modules', 'faceid-guidance');
    const installedFiles = walk(installed).map((file) =>
      relative(installed, file).split(sep).join('/'),
    );
    check(
      installedFiles.every((path) => allowed(path)) && installedFiles.length === files.length,
      `node_modules/faceid-guidance holds the ${files.length} published files`,
    );
    for (const peer of PEERS) {
      const copies = run('npm', ['ls', peer, '--all', '--parseable'], { cwd: app, quiet: true })
        .stdout.split('\n')
        .filter(Boolean);
      const { version } = JSON.parse(
        readFileSync(join(app, 'node_modules', peer, 'package.json'), 'utf8'),
      );
      const wanted = appPkg.dependencies[peer];
      check(
        new Set(copies).size === 1 && version === wanted,
        `${peer}@${version}: one copy${wanted === version ? '' : `, but ${wanted} was asked`}`,
      );
    }
    const outside = [];
    const imported = new Map();
    for (const file of walk(join(installed, 'dist')).filter((f) => /\.c?js$/.test(f))) {
      const name = relative(installed, file).split(sep).join('/');
      // The `faceid-guidance` command runs on Node: its built-in modules are its own (no page
      // reaches it: scripts/cli/run.mjs checks that).
      const nodeOnly = /^dist\/cli(\.js$|\/)/.test(name);
      for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) continue;
        if (nodeOnly && specifier.startsWith('node:')) continue;
        if (!peerOf(specifier)) outside.push(`${name} → ${specifier}`);
        else imported.set(name, [...(imported.get(name) ?? []), peerOf(specifier)]);
      }
    }
    check(
      outside.length === 0,
      `dist imports nothing but itself and the peers${outside.length ? `: ${outside.join(', ')}` : ''}`,
    );
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      const peers = imported.get(entry) ?? [];
      const notImported = IMPORTED_PEERS.filter((peer) => !peers.includes(peer));
      check(
        notImported.length === 0,
        `${entry} imports ${IMPORTED_PEERS.join(', ')} (external, not bundled)${notImported.length ? `: not ${notImported.join(', ')}` : ''}`,
      );
    }

    // Next.js' App Router: a Server Component may import the React entry only if it is a client
    // module. The other entries are server-safe: no directive.
    const directive = /^\s*(['"])use client\1;?/;
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      check(
        directive.test(readFileSync(join(installed, entry), 'utf8')),
        `${entry} starts with 'use client'`,
      );
    }
    const serverEntries = [...imported.keys(), ...installedFiles]
      .filter((name) => /^dist\/(core|diagnostics|locales\/.*)\.c?js$/.test(name))
      .filter((name, index, all) => all.indexOf(name) === index);
    check(
      serverEntries.length > 0 &&
        serverEntries.every((name) => !directive.test(readFileSync(join(installed, name), 'utf8'))),
      `core, diagnostics and the locales have no 'use client' (${serverEntries.length} files)`,
    );

    // Types: not fatal, so that the builds and renders below still report.
    run('npm', ['run', 'typecheck'], { cwd: app, fatal: false });
    // Every subpath under `moduleResolution: node10` (typesVersions), from the tarball.
    // A pattern (`./locales/*`) stands for every shipped locale's entries.
    const subpaths = Object.keys(pkg.exports)
      .filter((subpath) => subpath !== '.' && typeof pkg.exports[subpath] === 'object')
      .flatMap((subpath) =>
        subpath.includes('*')
          ? localeEntryPoints(repo).map((entry) => subpath.replace('*', entry))
          : [subpath],
      );
    writeFileSync(
      join(app, 'node10.ts'),
      `${['.', ...subpaths]
        .map(
          (subpath, i) => `import * as entry${i} from '${posix.join('faceid-guidance', subpath)}';`,
        )
        .join(
          '\n',
        )}\nexport const entries = [${['.', ...subpaths].map((_, i) => `entry${i}`).join(', ')}];\n`,
    );
    run('npx', ['tsc', '-p', 'tsconfig.node10.json'], { cwd: app, fatal: false });
    run('npm', ['run', 'build:client'], { cwd: app });
    run('npm', ['run', 'build:server'], { cwd: app });

    // Expected text: the repository's catalogues, at the keys the packed core gives.
    const appRequire = createRequire(appPkgPath);
    const { describeCode } = appRequire('faceid-guidance/core');
    const { messageKeys } = describeCode(CODE);

    // The official texts: only in faceid-guidance/diagnostics, for ESM and CJS alike.
    const { diagnoseCode } = appRequire('faceid-guidance/diagnostics');
    const diagnosis = diagnoseCode(CODE);
    const esmDiagnostics = await import(
      pathToFileURL(appRequire.resolve('faceid-guidance/diagnostics').replace(/\.cjs$/, '.js')).href
    );
    check(
      diagnosis.id === describeCode(CODE).id &&
        /\p{Script=Han}/u.test(diagnosis.official.message) &&
        JSON.stringify(esmDiagnostics.diagnoseCode(CODE)) === JSON.stringify(diagnosis) &&
        !('official' in describeCode(CODE)),
      `diagnostics: diagnoseCode gives Tencent's text (${diagnosis.official.message}); core's describeCode has none`,
    );
    // A polluted Object.prototype (another script's deep merge) must not break an import: the
    // bundler's namespace objects walk inherited keys, so no entry may carry one.
    const pollutedImport = `for (const key of ['title', 'description', 'code', 'tips', 'service']) {
  Object.defineProperty(Object.prototype, key, { value: 'x', enumerable: true, configurable: true, writable: true });
}
const entries = ['faceid-guidance/core', 'faceid-guidance/diagnostics', 'faceid-guidance'];
for (const entry of entries) await import(entry);
const { createRequire } = await import('node:module');
const require = createRequire(process.cwd() + '/');
for (const entry of entries) require(entry);
const { diagnoseCode } = await import('faceid-guidance/diagnostics');
if (diagnoseCode('${CODE}').code !== '${CODE}') throw new Error('diagnoseCode');`;
    check(
      run('node', ['--input-type=module', '-e', pollutedImport], { cwd: app, fatal: false }) !==
        undefined,
      'import and require with a polluted Object.prototype (title, description, code, tips, service)',
    );
    const expected = Object.fromEntries(
      LANGUAGES.map((lng) => {
        const catalogue = readLocale(repo, lng);
        return [
          lng,
          {
            title: lookup(catalogue, messageKeys.title),
            description: lookup(catalogue, messageKeys.description),
          },
        ];
      }),
    );
    for (const lng of LANGUAGES) {
      if (typeof expected[lng].title !== 'string') {
        throw new Error(`locales/${lng} has no string at ${messageKeys.title}`);
      }
    }

    // CommonJS hosts (`require`, Babel's modules: commonjs): a bundler follows every `require`,
    // lazy or not, so what the CommonJS entry requires, transitively, is the page's first
    // download. The locales and the official texts must not be in it: they load by `import()`.
    const required = new Set();
    const pending = ['dist/index.cjs'];
    while (pending.length > 0) {
      const name = pending.pop();
      if (required.has(name)) continue;
      required.add(name);
      const source = readFileSync(join(installed, name), 'utf8');
      for (const [, path] of source.matchAll(/\brequire\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
        pending.push(posix.join(posix.dirname(name), path));
      }
      for (const [, path] of source.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)) {
        const target = posix.join(posix.dirname(name), path);
        check(installedFiles.includes(target), `${name}: import("${path}") is a published file`);
      }
    }
    const firstDownload = [...required].map((name) => readFileSync(join(installed, name), 'utf8'));
    const inlined = [
      ...LANGUAGES.map((lng) => [`the ${lng} title`, expected[lng].title]),
      ["Tencent's official text", diagnosis.official.message],
    ].filter(([, text]) => {
      const escaped = JSON.stringify(text).slice(1, -1);
      return firstDownload.some((source) => source.includes(text) || source.includes(escaped));
    });
    check(
      inlined.length === 0,
      `require('faceid-guidance') pulls in ${[...required].join(', ')}: no locale, no official text${inlined.length ? `, but ${inlined.map(([what]) => what).join(', ')}` : ''}`,
    );

    // The page: its stylesheet (sideEffects keep the CSS import) and the preloaded English text.
    const assets = walk(join(app, 'dist', 'client'));
    const css = assets
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const js = assets
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    check(
      existsSync(join(app, 'dist', 'client', 'index.html')) && css.includes('--faceid-'),
      'vite build: page with faceid-guidance/styles.css in its stylesheet',
    );
    const title = expected.en.title;
    const forms = [title, JSON.stringify(title).slice(1, -1)];
    forms.push(JSON.stringify(forms[1]).slice(1, -1));
    check(
      forms.some((form) => js.includes(form)),
      'vite build: the en catalogue is in the bundle',
    );

    for (const mode of ['development', 'production']) {
      const outputs = {};
      for (const [kind, script] of [
        ['esm', 'render-esm.mjs'],
        ['cjs', 'render-cjs.cjs'],
      ]) {
        const out = join(app, `render-${kind}.${mode}.json`);
        const { stderr } = run('node', [script, out], { cwd: app, env: { NODE_ENV: mode } });
        check(
          stderr.trim() === '',
          `${kind} ${mode}: nothing on stderr${stderr.trim() ? `:\n${stderr}` : ''}`,
        );
        outputs[kind] = JSON.parse(readFileSync(out, 'utf8'));
      }
      const { esm, cjs } = outputs;
      check(
        esm.resolved.endsWith('/node_modules/faceid-guidance/dist/index.js'),
        `import resolves ${esm.resolved.replace(/^.*node_modules\//, '')}`,
      );
      check(
        cjs.resolved.endsWith(`${sep}node_modules${sep}faceid-guidance${sep}dist${sep}index.cjs`),
        `require resolves ${cjs.resolved.replace(/^.*node_modules[\\/]/, '')}`,
      );
      check(
        JSON.stringify(cjs.messageKeys) === JSON.stringify(messageKeys),
        `require('faceid-guidance/core') gives the same keys (${messageKeys.title})`,
      );
      for (const lng of LANGUAGES) {
        const { title: lngTitle, description } = expected[lng];
        const others = LANGUAGES.filter((other) => other !== lng).map(
          (other) => expected[other].title,
        );
        for (const [kind, output] of Object.entries(outputs)) {
          const html = output.html[lng];
          const problems = [];
          if (!html.includes(escapeHtml(lngTitle))) problems.push('title missing');
          if (
            typeof description === 'string' &&
            !description.includes('{{') &&
            !html.includes(escapeHtml(description))
          ) {
            problems.push('description missing');
          }
          if (!html.includes(`data-code="${CODE}"`)) problems.push(`no data-code="${CODE}"`);
          if (html.includes('aria-busy="true"')) problems.push('loading state');
          if (others.some((other) => html.includes(escapeHtml(other))))
            problems.push('other language');
          check(
            problems.length === 0,
            `${kind} ${mode} ${lng}: "${lngTitle}"${problems.length ? ` — ${problems.join(', ')}\n${html}` : ''}`,
          );
        }
        check(
          cjs.loaded[lng] === lngTitle,
          `cjs ${mode} ${lng}: loaded on demand, "${cjs.loaded[lng]}"`,
        );
        check(
          esm.html[lng] === cjs.html[lng],
          `${mode} ${lng}: import and require render the same HTML`,
        );
      }
    }
    log(`React ${versions.react} done (${seconds(since)})`);
  }
} catch (error) {
  failures.push(`${context}${error instanceof Error ? error.message : String(error)}`);
  console.error(`[consumer] ${failures.at(-1)}`);
}

if (failures.length > 0) keep = true;
if (keep) log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });

if (failures.length > 0) {
  console.error(`[consumer] ${failures.length} check(s) failed (${seconds(started)}):`);
  for (const failure of failures) console.error(`  - ${failure.split('\n')[0]}`);
  process.exit(1);
}
log(`all checks passed (${seconds(started)})`);
