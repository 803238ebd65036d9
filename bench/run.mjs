#!/usr/bin/env node
/**
 * `npm run bench`: runs the Vitest benchmarks of bench/ (production React, one file at a time),
 * then prints, for every group, each benchmark's ratio to the group's baseline, and beside it the
 * old targets of issue #5 as information (rows named `reference: …` are context, never judged).
 * Since #18 these ratios are not targets: the targets are the field figures (`npm run
 * test:face-page`, `npm run bench:field`), and no code is shaped around a micro-benchmark. Never
 * fails on a ratio: the exit code is Vitest's own (a broken benchmark or a markup check that no
 * longer holds fails it).
 *
 * Extra arguments go to Vitest (e.g. a file filter: `npm run bench -- describeCode`).
 * `--outputJson <file>` keeps Vitest's JSON report; otherwise it goes to a temporary file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Group name → issue #5's largest ratio (baseline hz / subject hz): information since #18. */
const TARGETS = new Map([
  ['describeCode', 3],
  ['render FaceVerifyErrorBanner (server, component)', 2],
  ['render FaceVerifyErrorBanner (server, isolated provider)', 2],
  ['render FaceVerifyErrorBanner (jsdom, mount)', 2],
  ['render FaceVerifyErrorBanner (jsdom, re-render)', 2],
]);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--outputJson');
const scratch = jsonAt === -1 ? mkdtempSync(join(tmpdir(), 'faceid-bench-')) : undefined;
const outputJson = scratch ? join(scratch, 'bench.json') : args[jsonAt + 1];
if (scratch) args.push('--outputJson', outputJson);

const cpu = cpus();
console.log(
  `node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ` +
    `load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(' ')} before the run`,
);

const run = spawnSync(
  process.execPath,
  [vitest, 'bench', '--run', '--config', 'bench/vitest.bench.config.ts', ...args],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Vite's notice about its future native config loader is about vitest.config.ts's imports.
      VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    },
  },
);

let report;
try {
  report = JSON.parse(readFileSync(outputJson, 'utf8'));
} catch {
  console.error('No benchmark report was written.');
  process.exit(run.status || 1);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const num = (value, digits) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
/** hz, and the mean and median time of one iteration in µs (Vitest's JSON has them in ms). */
const figures = (bench) =>
  `${num(bench.hz, 0).padStart(11)} hz ${num(bench.mean * 1000, 2).padStart(9)} µs ${num(bench.median * 1000, 2).padStart(9)} µs`;

console.log(
  '\nPer group: hz, mean and median µs per iteration; ratio = baseline hz / hz (from mean times),',
  'and in brackets the ratio of median times. Lower is better.',
);
for (const file of report.files) {
  for (const group of file.groups) {
    const name = group.fullName.split(' > ').at(-1);
    const target = TARGETS.get(name);
    const [baseline, ...others] = [...group.benchmarks].sort(
      (a, b) => Number(!a.name.startsWith('baseline')) - Number(!b.name.startsWith('baseline')),
    );
    if (!baseline?.name.startsWith('baseline')) continue;
    console.log(
      `\n${name}${target === undefined ? '' : ` (#5's target ≤ ${target}: information)`}`,
    );
    console.log(`  ${baseline.name.padEnd(46)} ${figures(baseline)}`);
    for (const bench of others) {
      const ratio = baseline.hz / bench.hz;
      const byMedian = bench.median / baseline.median;
      const verdict =
        target === undefined || bench.name.startsWith('reference')
          ? ''
          : ratio <= target
            ? '  PASS'
            : '  OVER';
      console.log(
        `  ${bench.name.padEnd(46)} ${figures(bench)}  ratio ${num(ratio, 2).padStart(6)} [${num(byMedian, 2)}]${verdict}`,
      );
    }
  }
}
process.exit(run.status ?? 1);
