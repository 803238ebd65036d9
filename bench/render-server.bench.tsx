/**
 * Server rendering (`renderToString`, Node, React production build): `FaceVerifyErrorBanner`
 * against the hand-written banner. Target: the hand-written one at most 2 times faster.
 *
 * - `component`: the banner under `<I18nextProvider>` with the host's instance, which
 *   `addFaceIdResources` filled once: what the component itself costs per render. A reference row
 *   (no target) shows a hand-written banner that calls react-i18next's `t` for its 9 strings on
 *   every render, as apps usually do: how much of the gap any i18next-based rendering pays.
 * - `isolated provider`: `<FaceIdGuidanceProvider lng="en" resources={{ en }}>` around the banner,
 *   with the catalogue as the package ships it (packed), rendered whole each time as a server does
 *   per request: includes creating the provider's i18next instance and unpacking the catalogue.
 *   Its baseline does the same work by hand: a new i18next instance per request, the 9 strings
 *   through its `t`, the hand-written banner. Creating and initialising an i18next instance costs
 *   far more than rendering either banner (≈ 0.45 ms on Node 20), so a reference row also shows
 *   the provider against the bare hand-written render.
 */
import { strictEqual } from 'node:assert';
import enPacked from 'virtual:faceid-guidance/locale/en';
import { createInstance } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { bench, describe } from 'vitest';
import {
  addFaceIdResources,
  FaceIdGuidanceProvider,
  FaceVerifyErrorBanner,
} from '../src/react/index';
import { BENCH, sink } from './cases';
import {
  BENCH_CODE,
  BENCH_ORDER_NO,
  HandwrittenBanner,
  HandwrittenTranslatedBanner,
  handwrittenStrings,
  withoutIds,
} from './handwritten';

const onRetry = () => {};
const strings = handwrittenStrings();
// What an app server-rendering with the package passes: `import en from 'faceid-guidance/locales/en'`.
const resources = { en: enPacked };

const host = createInstance();
await host.init({ lng: 'en', resources: {}, initAsync: false });
await addFaceIdResources(host, ['en']);

const handwritten = () =>
  renderToString(
    <HandwrittenBanner strings={strings} onRetry={onRetry} drawings={false} copy={false} />,
  );
const component = () =>
  renderToString(
    <I18nextProvider i18n={host}>
      <FaceVerifyErrorBanner code={BENCH_CODE} orderNo={BENCH_ORDER_NO} onRetry={onRetry} />
    </I18nextProvider>,
  );
const translated = () =>
  renderToString(
    <I18nextProvider i18n={host}>
      <HandwrittenTranslatedBanner onRetry={onRetry} />
    </I18nextProvider>,
  );
const isolated = () =>
  renderToString(
    <FaceIdGuidanceProvider lng="en" resources={resources}>
      <FaceVerifyErrorBanner code={BENCH_CODE} orderNo={BENCH_ORDER_NO} onRetry={onRetry} />
    </FaceIdGuidanceProvider>,
  );

// Same text, same markup: otherwise the comparison means nothing.
const expected = withoutIds(handwritten());
strictEqual(withoutIds(component()), expected, 'component markup differs from the hand-written');
strictEqual(withoutIds(isolated()), expected, 'isolated markup differs from the hand-written');
strictEqual(withoutIds(translated()), expected, 'translated markup differs from the hand-written');

describe('render FaceVerifyErrorBanner (server, component)', () => {
  bench(
    'baseline: hand-written',
    () => {
      sink.value += handwritten().length;
    },
    BENCH,
  );
  bench(
    'FaceVerifyErrorBanner',
    () => {
      sink.value += component().length;
    },
    BENCH,
  );
  bench(
    'reference: hand-written, t() per render',
    () => {
      sink.value += translated().length;
    },
    BENCH,
  );
});

const handwrittenPerRequest = () =>
  renderToString(
    <HandwrittenBanner
      strings={handwrittenStrings()}
      onRetry={onRetry}
      drawings={false}
      copy={false}
    />,
  );
strictEqual(withoutIds(handwrittenPerRequest()), expected, 'per-request markup differs');

describe('render FaceVerifyErrorBanner (server, isolated provider)', () => {
  bench(
    'baseline: hand-written, own i18next instance',
    () => {
      sink.value += handwrittenPerRequest().length;
    },
    BENCH,
  );
  bench(
    'reference: hand-written, strings made once',
    () => {
      sink.value += handwritten().length;
    },
    BENCH,
  );
  bench(
    'FaceIdGuidanceProvider + FaceVerifyErrorBanner',
    () => {
      sink.value += isolated().length;
    },
    BENCH,
  );
});
