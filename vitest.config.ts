import { join } from 'node:path';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { TestCase, TestModule, TestSuite } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/support/processes.mjs';
import { faceIdLocales, shippedLocales } from './scripts/vite-plugin-faceid-locales.ts';
import { PSEUDO_LOCALES } from './stories/support/pseudo.ts';

const root = import.meta.dirname;

// The shipped locales, then the pseudo-locales of the stories (accented and long; right to left).
const locales = [...shippedLocales(root), ...Object.keys(PSEUDO_LOCALES)];

// Debian's Chromium, never a downloaded one.
const chromium = playwright({
  launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
});

/**
 * The library's development diagnostics (`[faceid-guidance] … is for the integrator`) are expected in
 * the stories of integrator codes: not printed there. The diagnostic is logged after a dynamic
 * import, so it can arrive once its story has finished (no `entity`): dropped then too.
 */
function quietStoryDiagnostics(
  log: string,
  _type: 'stdout' | 'stderr',
  entity: TestModule | TestCase | TestSuite | undefined,
): boolean {
  if (!log.startsWith('[faceid-guidance]')) return true;
  return entity !== undefined && !entity.project.name.startsWith('storybook:');
}

export default defineConfig({
  test: {
    onConsoleLog: quietStoryDiagnostics,
    projects: [
      {
        plugins: [faceIdLocales()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      // Screenshots of the key stories at 320 × 504, against the committed baselines
      // (`npm run test:visual`; `UPDATE_SNAPSHOTS=1 npm run test:visual` makes them anew).
      {
        plugins: [faceIdLocales(), react()],
        test: {
          name: 'visual',
          include: ['test/visual/**/*.spec.tsx'],
          // The stories' styles (the library's and the story frame's) are the point.
          css: { include: [/.+/] },
          browser: {
            enabled: true,
            headless: true,
            // A window taller than the test's viewport: a smaller one scales the test iframe down.
            provider: playwright({
              launchOptions: { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] },
              contextOptions: { viewport: { width: 1280, height: 1400 } },
            }),
            instances: [{ browser: 'chromium' as const }],
            // 320 wide; tall, because the test iframe clips a screenshot at its viewport: the spec
            // keeps the story frame at least 504 px (WeChat's first screen) and captures it whole.
            viewport: { width: 320, height: 1280 },
            screenshotFailures: false,
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                // A pixel counts as changed past pixelmatch's default colour distance (0.1, anti-
                // aliasing ignored); a story fails when more than 0.1 % of its pixels changed
                // (about 160 of a 320 × 504 screen: a word, an icon, a colour, a 1-px shift).
                comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
                resolveScreenshotPath: ({ arg, browserName, platform, ext }) =>
                  join(
                    root,
                    'test/visual/__screenshots__',
                    `${arg}-${browserName}-${platform}${ext}`,
                  ),
                resolveDiffPath: ({ arg, browserName, platform, ext }) =>
                  join(root, 'test/visual/__diff__', `${arg}-${browserName}-${platform}${ext}`),
              },
            },
          },
        },
      },
      // Every story, as a test with axe checks, once per locale, pseudo-locales included
      // (`npm run test:browser`).
      ...locales.map((locale) => ({
        plugins: [
          faceIdLocales(),
          storybookTest({
            configDir: join(root, '.storybook'),
            // The story's `globals.locale`, as if picked in the toolbar; the screen Storybook opens on
            // (320 × 504: WeChat on a small phone), unless the story pins another.
            initialGlobals: { locale, viewport: { value: 'mobile320x504', isRotated: false } },
          }),
        ],
        test: {
          name: `storybook:${locale}`,
          // A catalogue sheet renders every entry of a service (Cloud API: 44) and runs axe on it;
          // five browser projects share the machine's cores. 15 s (the default) was too short.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium,
            instances: [{ browser: 'chromium' as const }],
          },
        },
      })),
    ],
  },
});
