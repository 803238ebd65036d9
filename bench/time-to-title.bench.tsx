// @vitest-environment jsdom
/**
 * Time to title (`react-dom/client` in jsdom, React production build): from `root.render` of a
 * page without preloaded strings to the banner's title in the DOM. The English chunk arrives after
 * one simulated round trip (`ROUND_TRIP_MS`, a timer) in both pages:
 *
 * - baseline: a hand-written page that starts the same download in its first render, then makes
 *   its own i18next instance and renders the hand-written banner;
 * - subject: a fresh `FaceIdGuidanceProvider` without `resources` and `FaceVerifyErrorBanner`,
 *   which starts the download during its first render too (not in an effect after it).
 *
 * Informative: jsdom has no network and no paint, so the figure shows the library's own cost on the
 * way to the first text (instance, unpacking, the extra render), not a phone's round trips.
 */
import { type ReactNode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { LOADERS } from '../src/react/i18n';
import { FaceIdGuidanceProvider, FaceVerifyErrorBanner, loadFaceIdIcons } from '../src/react/index';
import { BENCH, sink } from './cases';
import {
  BENCH_CODE,
  BENCH_ORDER_NO,
  HandwrittenBanner,
  type HandwrittenStrings,
  handwrittenStrings,
  withoutIds,
} from './handwritten';

const ROUND_TRIP_MS = 2;
const onRetry = () => {};
await loadFaceIdIcons();

// The chunk as a page gets it: one round trip away. Both pages download it through this.
const english = LOADERS.faceid as Record<string, () => Promise<unknown>>;
const chunk = english.en as () => Promise<unknown>;
const overNetwork = () =>
  new Promise((resolve) => setTimeout(resolve, ROUND_TRIP_MS)).then(() => chunk());
english.en = overNetwork;

function HandwrittenPage() {
  const [strings, setStrings] = useState<HandwrittenStrings>();
  // Started in the first render, as the library does; then its own instance, as the provider.
  useState(() => overNetwork().then(() => setStrings(handwrittenStrings())));
  return strings ? <HandwrittenBanner strings={strings} onRetry={onRetry} /> : <div aria-busy />;
}

const libraryPage = () => (
  <FaceIdGuidanceProvider lng="en">
    <FaceVerifyErrorBanner code={BENCH_CODE} orderNo={BENCH_ORDER_NO} onRetry={onRetry} />
  </FaceIdGuidanceProvider>
);

/** Renders `page` into a new root, resolves with its markup once its title is there. */
async function timeToTitle(page: ReactNode): Promise<string> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      // The title from the locale file: the library shows the floor's generic title before it.
      if (!container.querySelector('[data-state="ready"] h2')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true });
    root.render(page);
  });
  const html = container.innerHTML;
  root.unmount();
  container.remove();
  return html;
}

// Same text, same markup once the title is there: otherwise the comparison means nothing.
const [handwritten, library] = [
  await timeToTitle(<HandwrittenPage />),
  await timeToTitle(libraryPage()),
];
if (withoutIds(handwritten) !== withoutIds(library)) {
  throw new Error(`library markup differs from the hand-written:\n${library}\n${handwritten}`);
}

describe('time to title (jsdom, chunk one round trip away)', () => {
  bench(
    'baseline: hand-written page',
    async () => {
      sink.value += (await timeToTitle(<HandwrittenPage />)).length;
    },
    BENCH,
  );
  bench(
    'FaceIdGuidanceProvider + FaceVerifyErrorBanner',
    async () => {
      sink.value += (await timeToTitle(libraryPage())).length;
    },
    BENCH,
  );
});
