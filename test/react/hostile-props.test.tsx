/**
 * Every component with every prop a JavaScript caller can get wrong set to the same hostile value
 * at once: it renders (the banners and the checklist with their fallback text), never throws from
 * render or an effect, and logs no React error.
 */
import { cleanup, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceIdResultBanner } from '../../src/react/FaceIdResultBanner';
import { FaceVerifyChecklist } from '../../src/react/FaceVerifyChecklist';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { ALL_RESOURCES } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

const HOSTILE: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['an empty object', {}],
  ['an object without a prototype', Object.create(null)],
  [
    'an object whose toString throws',
    {
      toString() {
        throw new Error('no');
      },
    },
  ],
  ['a revoked proxy', revoked],
  ['a 1 MB string', '9'.repeat(1 << 20)],
  ['__proto__', '__proto__'],
  ['markup', '<img src=x onerror=alert(1)>'],
  ['a symbol', Symbol('x')],
  ['a bigint', 10n],
  ['a function', () => 1],
  ['an invalid Date', new Date(Number.NaN)],
  ['an array', [1, {}]],
  ['NaN', Number.NaN],
];

/** Each component with every prop it documents set to `bad`; whether it must show text. */
const COMPONENTS: readonly (readonly [string, (bad: never) => ReactElement, boolean])[] = [
  [
    'FaceVerifyErrorBanner',
    (bad) => (
      <FaceVerifyErrorBanner
        code={bad}
        service={bad}
        orderNo={bad}
        attempt={bad}
        escalateAfter={bad}
        retryAt={bad}
        now={bad}
        lng={bad}
        headingLevel={bad}
        role={bad}
        layout={bad}
        focusOnMount={bad}
        onShown={bad}
        onRetry={bad}
        onRestart={bad}
        onExit={bad}
        onEditDetails={bad}
        onContactSupport={bad}
        onContinue={bad}
        className={bad}
      />
    ),
    true,
  ],
  [
    'OcrErrorBanner',
    (bad) => (
      <OcrErrorBanner
        code={bad}
        service={bad}
        orderNo={bad}
        attempt={bad}
        lng={bad}
        layout={bad}
        onRetake={bad}
        onExit={bad}
        className={bad}
      />
    ),
    true,
  ],
  [
    'FaceIdResultBanner',
    (bad) => (
      <FaceIdResultBanner
        code={bad}
        service={bad}
        orderNo={bad}
        lng={bad}
        layout={bad}
        onRetry={bad}
        onContinue={bad}
        className={bad}
      />
    ),
    true,
  ],
  [
    'OcrWarningList',
    (bad) => (
      <OcrWarningList
        warnings={bad}
        service={bad}
        side={bad}
        blocking={bad}
        lng={bad}
        layout={bad}
        role={bad}
        headingLevel={bad}
        onRetake={bad}
        onContinue={bad}
        className={bad}
      />
    ),
    false,
  ],
  [
    'GuidanceTips',
    (bad) => <GuidanceTips code={bad} service={bad} lng={bad} className={bad} />,
    false,
  ],
  [
    'FaceVerifyChecklist',
    (bad) => (
      <FaceVerifyChecklist
        mode={bad}
        environment={bad}
        lng={bad}
        layout={bad}
        headingLevel={bad}
        onStart={bad}
        onContactSupport={bad}
        className={bad}
      />
    ),
    true,
  ],
];

test.each(
  COMPONENTS.flatMap(([name, element, speaks]) =>
    HOSTILE.map(([label, bad]) => [name, label, element, speaks, bad] as const),
  ),
)('%s with every prop %s: renders, never throws', (_, __, element, speaks, bad) => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { container } = render(
    <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
      {element(bad as never)}
    </FaceIdGuidanceProvider>,
  );
  if (speaks) expect(container.textContent).not.toBe('');
  expect(errors).not.toHaveBeenCalled();
});

test.each(HOSTILE)('the provider with every prop %s: the banner renders', (_, bad) => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { container } = render(
    <FaceIdGuidanceProvider
      lng={bad as never}
      fallbackLng={bad as never}
      resources={bad as never}
      suspense={bad as never}
      onLoadError={bad as never}
    >
      <FaceVerifyErrorBanner code="-5018" />
    </FaceIdGuidanceProvider>,
  );
  expect(container.textContent).not.toBe('');
  expect(errors).not.toHaveBeenCalled();
});
