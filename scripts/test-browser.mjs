// `npm run test:browser`: the stories as tests in Chromium, with axe. Every story runs in zh-CN
// (the source), en and the pseudo-locales (accented and long; right to left); every other shipped
// locale runs the Appearance stories, which show every component in the light, dark and large-text
// modes at 320 px: each locale goes through each component at least once. Vitest starts every
// browser project at once; on a small CI machine twelve Chromiums miss their connection timeout, so
// the projects run a few at a time. Extra arguments go to each Vitest run
// (`npm run test:browser -- stories/Catalogue.stories.tsx`) and replace the per-locale selection.
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

/** The locales that run every story. */
const EVERY_STORY = ['zh-CN', 'en', ...PSEUDO];
/** What the other shipped locales run: every component, in every mode. */
const EVERY_COMPONENT = ['stories/Appearance.stories.tsx'];

const extra = process.argv.slice(2);
const runs = [
  { locales: EVERY_STORY, args: extra },
  {
    locales: shippedLocales(root).filter((locale) => !EVERY_STORY.includes(locale)),
    args: extra.length > 0 ? extra : EVERY_COMPONENT,
  },
];

let failed = false;
for (const { locales, args } of runs) {
  for (let at = 0; at < locales.length; at += AT_ONCE) {
    const batch = locales.slice(at, at + AT_ONCE).map((locale) => `storybook:${locale}`);
    console.log(`\n# ${batch.join(', ')}${args.length > 0 ? ` (${args.join(' ')})` : ''}`);
    const run = spawnSync(
      'npx',
      ['vitest', 'run', ...batch.flatMap((project) => ['--project', project]), ...args],
      { cwd: root, stdio: 'inherit' },
    );
    if (run.status !== 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
