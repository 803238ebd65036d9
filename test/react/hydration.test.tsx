/**
 * Server markup hydrated on a phone whose clock differs, with hostile raw codes; nonsense
 * `retryAt` values; timers left behind on unmount. Expected text comes from the locale files.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { ALL_RESOURCES, renderIn, text, waitLine } from './helpers';

// 400504 (gateway: one token per App ID per 10 minutes) asks the person to wait.
const WAIT_CODE = '400504';
const waitReading = readCode(WAIT_CODE);
const MINUTES = waitReading.retry.type === 'wait' ? waitReading.retry.minutes : Number.NaN;
const FULL_WAIT = `${String(MINUTES).padStart(2, '0')}:00`;
const T0 = Date.UTC(2025, 0, 1, 8, 0, 0);
const lng = 'en';

const countdown = (container: HTMLElement) =>
  container.querySelector('.faceid-countdown') as HTMLElement;

let roots: Root[] = [];
let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error');
});

afterEach(() => {
  for (const root of roots) act(() => root.unmount());
  roots = [];
  cleanup();
  consoleError.mockRestore();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function page(ui: ReactElement) {
  return (
    <FaceIdGuidanceProvider lng={lng} resources={ALL_RESOURCES}>
      {ui}
    </FaceIdGuidanceProvider>
  );
}

/**
 * Renders `ui` on the "server", sends the markup as UTF-8 (as an HTTP response is), and hydrates
 * it `skew` ms later on the "client". Returns the container and the hydration errors React reported.
 */
async function serveAndHydrate(ui: ReactElement, skew: number) {
  vi.useFakeTimers({ now: T0 });
  const html = renderToString(page(ui));
  const sent = new TextDecoder().decode(new TextEncoder().encode(html));
  vi.setSystemTime(T0 + skew);
  const container = document.createElement('div');
  container.innerHTML = sent;
  document.body.append(container);
  const errors: unknown[] = [];
  const serverCountdown = countdown(container)?.textContent;
  await act(async () => {
    roots.push(hydrateRoot(container, page(ui), { onRecoverableError: (e) => errors.push(e) }));
  });
  return { container, errors, serverCountdown };
}

describe('hydration: server and first client render agree', () => {
  test.each([
    ['a retryAt, the client clock 30 s ahead', T0 + 90_000, 30_000, '1:00'],
    ['a retryAt, the client clock 5 min behind', T0 + 90_000, -300_000, '6:30'],
    ['no retryAt, the client clock 2 min ahead', undefined, 120_000, FULL_WAIT],
  ])('%s', async (_name, retryAt, skew, afterMount) => {
    const { container, errors, serverCountdown } = await serveAndHydrate(
      <FaceVerifyErrorBanner code={WAIT_CODE} retryAt={retryAt} onRetry={() => {}} />,
      skew,
    );
    // The server shows the full wait: it cannot know the phone's clock.
    expect(serverCountdown).toBe(waitLine(lng, FULL_WAIT));
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    // Once hydrated, the phone's own clock counts.
    expect(countdown(container).textContent).toBe(waitLine(lng, afterMount));
  });

  test.each([
    ['a lone surrogate', '\ud800-5018'],
    ['a lone surrogate at the cut', `${'9'.repeat(31)}\ud83d`],
    ['invisible format characters', '-50\u200b18\ufeff\u2060'],
    ['a carriage return', 'abc\r\ndef'],
  ])('a code with %s', async (_name, code) => {
    const { errors } = await serveAndHydrate(<FaceVerifyErrorBanner code={code} />, 0);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
  });
});

describe('retryAt: nonsense values wait the code’s own wait, and the timer ends', () => {
  test.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['1e15 (the year 33658)', 1e15],
    ['an invalid Date', new Date(Number.NaN)],
    ['a string', '2025-01-01' as never],
  ])('%s', (_name, retryAt) => {
    vi.useFakeTimers({ now: T0 });
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} retryAt={retryAt} onRetry={() => {}} />,
    );
    expect(countdown(container).textContent).toBe(waitLine(lng, FULL_WAIT));
    act(() => vi.advanceTimersByTime(MINUTES * 60_000));
    expect(countdown(container).textContent).toBe('');
    expect(
      (screen.getByRole('button', { name: text(lng, 'ui.actions.retry') }) as HTMLButtonElement)
        .disabled,
    ).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the copy button leaves no timer behind', () => {
  let resolveCopy: () => void = () => {};
  beforeEach(() => {
    const writeText = () =>
      new Promise<void>((resolve) => {
        resolveCopy = resolve;
      });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  test('unmounted while "Copied" shows', async () => {
    vi.useFakeTimers();
    const { unmount } = renderIn(lng, <FaceVerifyErrorBanner code="-5018" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.copy') }));
      resolveCopy();
    });
    expect(screen.getByRole('button', { name: text(lng, 'ui.actions.copied') })).toBeTruthy();
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  test('unmounted before the clipboard answers', async () => {
    vi.useFakeTimers();
    const { unmount } = render(page(<FaceVerifyErrorBanner code="-5018" />));
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.copy') }));
    unmount();
    await act(async () => resolveCopy());
    expect(vi.getTimerCount()).toBe(0);
  });
});
