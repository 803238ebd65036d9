// `npm run lint:package`: publint, then Are the Types Wrong over every entry point. attw does not
// resolve the `./locales/*` pattern itself, so every shipped locale's entries are named to it: the
// whole catalogue, each part, the diagnostics (the folders of `locales/`, as the build finds them).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const FILES = ['face', 'card', 'results', 'developer'];
const locales = readdirSync(join(root, 'locales'), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && existsSync(join(root, 'locales', entry.name, 'face.json')),
  )
  .map((entry) => entry.name);
const entrypoints = locales.flatMap((lng) => [
  `./locales/${lng}`,
  ...FILES.map((file) => `./locales/${lng}/${file}`),
]);
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });
run('npx', ['publint', '--strict']);
run('npx', [
  'attw',
  '--pack',
  '.',
  '--exclude-entrypoints',
  'styles.css',
  '--include-entrypoints',
  ...entrypoints,
]);
