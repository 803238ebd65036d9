// @vitest-environment jsdom
/**
 * Client rendering (`react-dom/client` in jsdom, React production build): `FaceVerifyErrorBanner`
 * under a mounted `FaceIdGuidanceProvider` against the hand-written banner. Informative: jsdom's DOM
 * is slower than a browser's, which dilutes the difference; the server groups measure the
 * components themselves.
 *
 * - `mount`: the banner appears and goes away (`flushSync`, effects included);
 * - `re-render`: the parent renders again with equal props (a new element, same DOM).
 */

import enPacked from 'virtual:faceid-guidance/locale/en';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { FaceIdGuidanceProvider, FaceVerifyErrorBanner, loadFaceIdIcons } from '../src/react/index';
import { BENCH, sink } from './cases';
import {
  BENCH_CODE,
  BENCH_ORDER_NO,
  HandwrittenBanner,
  handwrittenStrings,
  withoutIds,
} from './handwritten';

const onRetry = () => {};
const strings = handwrittenStrings();
// The tips' drawings are a chunk of their own: have them, as a page has after its first banner.
await loadFaceIdIcons();
const resources = { en: enPacked };

/** A root whose tree is `wrap(child)`; `show(true)` renders the child, `show(false)` removes it. */
function mountPoint(wrap: (child: ReactNode) => ReactNode, child: () => ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  return {
    container,
    show(visible: boolean) {
      flushSync(() => root.render(wrap(visible ? child() : null)));
      return container.childElementCount;
    },
  };
}

const handwritten = mountPoint(
  (child) => child,
  () => <HandwrittenBanner strings={strings} onRetry={onRetry} />,
);
const library = mountPoint(
  (child) => (
    <FaceIdGuidanceProvider lng="en" resources={resources}>
      {child}
    </FaceIdGuidanceProvider>
  ),
  () => <FaceVerifyErrorBanner code={BENCH_CODE} orderNo={BENCH_ORDER_NO} onRetry={onRetry} />,
);

// Same text, same markup, after effects: otherwise the comparison means nothing.
handwritten.show(true);
library.show(true);
if (withoutIds(library.container.innerHTML) !== withoutIds(handwritten.container.innerHTML)) {
  throw new Error(
    `library markup differs from the hand-written:\n${library.container.innerHTML}\n${handwritten.container.innerHTML}`,
  );
}

describe('render FaceVerifyErrorBanner (jsdom, mount)', () => {
  bench(
    'baseline: hand-written',
    () => {
      sink.value += handwritten.show(false) + handwritten.show(true);
    },
    BENCH,
  );
  bench(
    'FaceVerifyErrorBanner',
    () => {
      sink.value += library.show(false) + library.show(true);
    },
    BENCH,
  );
});

describe('render FaceVerifyErrorBanner (jsdom, re-render)', () => {
  bench(
    'baseline: hand-written',
    () => {
      sink.value += handwritten.show(true);
    },
    BENCH,
  );
  bench(
    'FaceVerifyErrorBanner',
    () => {
      sink.value += library.show(true);
    },
    BENCH,
  );
});
