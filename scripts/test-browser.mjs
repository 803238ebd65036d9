// `npm run test:browser`: every story as a test in Chromium, with axe, once per locale (each shipped
// locale, then the pseudo-locales). Vitest starts every browser project at once; on a small CI
// machine twelve Chromiums miss their connection timeout, so the projects run a few at a time.
// Extra arguments go to each Vitest run (`npm run test:browser -- stories/Catalogue.stories.tsx`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedLocales } from './support/locales.mjs';

const root = join(import.meta.dirname, '..');
const AT_ONCE = 4;
// The pseudo-locales' tags, as stories/support/pseudo.ts declares them (`'en-XA': { base: … }`).
const PSEUDO = [
  ...readFileSync(join(root, 'stories/support/pseudo.ts'), 'utf8').matchAll(
    /^\s+'([\w-]+)': \{ base:/gm,
  ),
].map((match) => match[1]);

const projects = [...shippedLocales(root), ...PSEUDO].map((locale) => `storybook:${locale}`);

let failed = false;
for (let at = 0; at < projects.length; at += AT_ONCE) {
  const batch = projects.slice(at, at + AT_ONCE);
  console.log(`\n# ${batch.join(', ')}`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      ...batch.flatMap((project) => ['--project', project]),
      ...process.argv.slice(2),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
