/**
 * Visual regression of the key stories: each rendered 320 px wide in Chromium, the story frame at
 * least 504 px tall (WeChat's first screen on an iPhone SE 1) and captured whole, compared with its
 * baseline in `__screenshots__/` (pixelmatch; thresholds in vitest.config.ts). `npm run test:visual` compares; `UPDATE_SNAPSHOTS=1 npm run test:visual`
 * writes the baselines anew, on purpose, after a change of the design. Baselines are made on the
 * CI machine kind (Debian's Chromium, Noto CJK and Thai fonts): another machine's fonts differ.
 * The play functions do not run: no click, no focus ring.
 */
import { composeStory } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview';
import * as ResultBanner from '../../stories/FaceIdResultBanner.stories';
import * as Checklist from '../../stories/FaceVerifyChecklist.stories';
import * as FaceBanner from '../../stories/FaceVerifyErrorBanner.stories';
import * as Warnings from '../../stories/OcrWarningList.stories';

type Globals = { locale?: string; theme?: 'light' | 'dark'; textSize?: 'normal' | 'large' };

interface Shot {
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: any story of any component
  readonly story: any;
  // biome-ignore lint/suspicious/noExplicitAny: its meta
  readonly meta: any;
  readonly globals: Globals;
}

/** The screens a change of the design must not move by accident. */
const SHOTS: readonly Shot[] = [
  {
    name: 'face-5018-zh-CN',
    story: FaceBanner.RetryNow,
    meta: FaceBanner.default,
    globals: { locale: 'zh-CN' },
  },
  {
    name: 'face-5018-en',
    story: FaceBanner.RetryNow,
    meta: FaceBanner.default,
    globals: { locale: 'en' },
  },
  {
    name: 'face-5018-th',
    story: FaceBanner.RetryNow,
    meta: FaceBanner.default,
    globals: { locale: 'th' },
  },
  {
    name: 'face-5018-zh-CN-large',
    story: FaceBanner.RetryNow,
    meta: FaceBanner.default,
    globals: { locale: 'zh-CN', textSize: 'large' },
  },
  {
    name: 'face-5018-en-dark',
    story: FaceBanner.RetryNow,
    meta: FaceBanner.default,
    globals: { locale: 'en', theme: 'dark' },
  },
  {
    name: 'face-escalated-zh-CN',
    story: FaceBanner.EscalatedAfterAttempts,
    meta: FaceBanner.default,
    globals: { locale: 'zh-CN' },
  },
  {
    name: 'face-wait-en',
    story: FaceBanner.WaitWithCountdown,
    meta: FaceBanner.default,
    globals: { locale: 'en' },
  },
  {
    name: 'warnings-id-card-front-zh-CN',
    story: Warnings.IdCardFrontBlocking,
    meta: Warnings.default,
    globals: { locale: 'zh-CN' },
  },
  {
    name: 'checklist-digits-zh-CN',
    story: Checklist.DigitsMode,
    meta: Checklist.default,
    globals: { locale: 'zh-CN' },
  },
  {
    name: 'result-detectauth-1004-en',
    story: ResultBanner.DetectAuthLivenessFailed,
    meta: ResultBanner.default,
    globals: { locale: 'en' },
  },
];

afterEach(() => cleanup());

// The library's development diagnostic of an integrator code (the wait's 400504) is expected here.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[faceid-guidance]')) return;
  warn(...args);
};

describe('key stories at 320 × 504', () => {
  for (const shot of SHOTS) {
    test(shot.name, async () => {
      const Story = composeStory(shot.story, shot.meta, {
        ...preview,
        initialGlobals: { ...preview.initialGlobals, ...shot.globals },
      });
      const { container } = render(<Story />);
      const frame = container.querySelector<HTMLElement>('.sb-faceid-frame');
      expect(frame).not.toBeNull();
      // The frame is 100vh tall in Storybook: here WeChat's first screen, 504 px, or its content.
      (frame as HTMLElement).style.minHeight = '504px';
      // The catalogue and the fonts (CJK, Thai) are loaded before the screenshot.
      await expect
        .poll(() =>
          frame?.querySelector(
            '.faceid-banner[data-state="ready"], .faceid-warnings, .faceid-checklist',
          ),
        )
        .toBeTruthy();
      await document.fonts.ready;
      await expect.element(page.elementLocator(frame as HTMLElement)).toMatchScreenshot(shot.name);
    });
  }
});
