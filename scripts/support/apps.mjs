// What the package checks share about the apps they build outside the repository: running a
// command in an app, packing the library, listing a build's files, serving a build on localhost.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appEnv } from './processes.mjs';

/**
 * Runs a command in `cwd` to its end, in an app's environment (`appEnv`); throws with its output
 * when it fails. Returns its standard output.
 */
export function runIn(cwd, command, args, { log = () => {}, env = {} } = {}) {
  const since = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env: appEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status !== 0) {
    console.error(result.stdout ?? '', result.stderr ?? '');
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed (${result.error?.message ?? `exit ${result.status}`})`,
    );
  }
  log(`  ${command} ${args.join(' ')} (${((Date.now() - since) / 1000).toFixed(1)} s)`);
  return result.stdout;
}

/**
 * Packs the library in `repo` (no scripts: `dist/` must be built) into `dest`: the tarball's path
 * and the paths of the files it holds.
 */
export function packLibrary(repo, dest, options) {
  const [packed] = JSON.parse(
    runIn(repo, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], options),
  );
  return { tarball: join(dest, packed.filename), files: packed.files.map((file) => file.path) };
}

/** Every file under `dir`, as paths. */
export const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the files of `root` (a production build) on a free localhost port: `/` is index.html,
 * `/favicon.ico` answers 204. `gzip: true` sends bodies gzipped (level 9) to a browser that
 * accepts it, as a production host does. Returns `{ origin, close }`.
 */
export async function serveStatic(root, { gzip = false } = {}) {
  const zipped = new Map();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204);
      response.end();
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    let body;
    try {
      if (!file.startsWith(root + sep)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      response.writeHead(404);
      response.end();
      return;
    }
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
      body = zipped.get(file);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
