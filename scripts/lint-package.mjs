// `npm run lint:package`: publint, then Are the Types Wrong over every entry point. attw does not
// resolve the `./locales/*` pattern itself, so every shipped locale's entries are named to it: the
// whole catalogue, each part, the diagnostics (the folders of `locales/`, as the build finds them).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { localeEntryPoints } from './support/locales.mjs';

const root = join(import.meta.dirname, '..');
const entrypoints = localeEntryPoints(root).map((entry) => `./locales/${entry}`);
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
