// `npm run test:visual`: the key stories' screenshots (test/visual/key-stories.spec.tsx) against
// the committed baselines in test/visual/__screenshots__/; a failing story leaves its diff in
// test/visual/__diff__/. `UPDATE_SNAPSHOTS=1 npm run test:visual` makes every baseline anew, on
// purpose (a change of the design): the old ones are removed first, so none is left behind, and
// the new PNGs are reviewed in the commit.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const update = process.env.UPDATE_SNAPSHOTS === '1';

rmSync(join(root, 'test/visual/__diff__'), { recursive: true, force: true });
if (update) rmSync(join(root, 'test/visual/__screenshots__'), { recursive: true, force: true });

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--project',
    'visual',
    ...(update ? ['--update'] : []),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status ?? 1);
