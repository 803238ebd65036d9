/**
 * Never blank: while the strings load and after every download of them failed, each component
 * shows the bundled floor in the page's language (a title and its way on) — the checklist, the
 * warning list, a wait's time left — and a download missing some strings never leaves a title or
 * a tip empty.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import type { EnvironmentCheck } from '../../src/core/environment';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyChecklist } from '../../src/react/FaceVerifyChecklist';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { LOADERS } from '../../src/react/i18n';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { catalogueOf, text } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const PASS: EnvironmentCheck = { ok: true, blocking: [], warnings: [] };
/** The languages of the floor's three scripts. */
const SCRIPTS = ['zh-CN', 'en', 'th'] as const;

/** Every end-user download of `lng` fails, every time. */
function failDownloads(lng: string) {
  for (const ns of ['faceid', 'faceid-card', 'faceid-results'] as const) {
    vi.spyOn(LOADERS[ns] as Record<string, () => Promise<unknown>>, lng).mockImplementation(() =>
      Promise.reject(new Error('offline')),
    );
  }
}

/** Renders in a provider of `lng` whose downloads all fail, then lets i18next's retries run out. */
async function renderFailed(lng: string, element: React.ReactElement) {
  vi.useFakeTimers();
  failDownloads(lng);
  const view = render(<FaceIdGuidanceProvider lng={lng}>{element}</FaceIdGuidanceProvider>);
  // Loading: already the floor, busy.
  const root = view.container.firstElementChild as HTMLElement;
  expect(root.getAttribute('aria-busy')).toBe('true');
  await act(() => vi.advanceTimersByTimeAsync(7000));
  return view;
}

describe.each(SCRIPTS)('after every download failed, in %s', (lng) => {
  test('the checklist: its title and a working Start, no tips', async () => {
    const onStart = vi.fn();
    const { container } = await renderFailed(
      lng,
      <FaceVerifyChecklist mode="digits" environment={PASS} onStart={onStart} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('lang')).toBe(lng);
    expect(root.getAttribute('aria-busy')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      text(lng, 'ui.checklist.title'),
    );
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.checklist.start') }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });

  test('the warning list: the floor title, Retake and Continue', async () => {
    const onRetake = vi.fn();
    const onContinue = vi.fn();
    await renderFailed(
      lng,
      <OcrWarningList
        service="idCardOcr"
        warnings="10000000"
        onRetake={onRetake}
        onContinue={onContinue}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      text(lng, 'ui.floor.warning'),
    );
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.retake') }));
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.continue') }));
    expect(onRetake).toHaveBeenCalledTimes(1);
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  test('a wait: the countdown in words, then that retrying is open', async () => {
    const now = Date.UTC(2026, 11, 7, 8, 0, 0);
    const onRetry = vi.fn();
    const { container, rerender } = await renderFailed(
      lng,
      <FaceVerifyErrorBanner code="400504" now={now} onRetry={onRetry} />,
    );
    const minutes = readCode('400504').retry;
    expect(minutes.type).toBe('wait');
    // The floor's time left, without the sentence around it ("9 min 52 s" by the button).
    expect(container.querySelector('.faceid-countdown')?.textContent).toBe(
      text(lng, 'ui.wait.time', {
        minutes: minutes.type === 'wait' ? minutes.minutes : 0,
        seconds: '00',
      }),
    );
    expect(screen.getByRole('button', { name: text(lng, 'ui.actions.retry') })).toHaveProperty(
      'disabled',
      true,
    );
    rerender(
      <FaceIdGuidanceProvider lng={lng}>
        <FaceVerifyErrorBanner code="400504" now={now + 3_600_000} onRetry={onRetry} />
      </FaceIdGuidanceProvider>,
    );
    expect(container.querySelector('.faceid-ready')?.textContent).toBe(text(lng, 'ui.wait.ready'));
  });
});

test("a download missing the code's strings: the floor's title, no empty tip", async () => {
  // The English namespace without -5018's copy and tips: more than half of it, so it loads.
  const { codes, tips, ...rest } = catalogueOf('en') as Record<string, Record<string, unknown>>;
  const reading = readCode('-5018');
  const id = reading.messageKeys.title.split('.')[1] as string;
  const { [id]: _gone, ...otherCodes } = codes as Record<string, unknown>;
  const { [reading.tips[0] as string]: _tip, ...otherTips } = tips as Record<string, unknown>;
  vi.spyOn(LOADERS.faceid as Record<string, () => Promise<unknown>>, 'en').mockResolvedValue({
    ...rest,
    codes: otherCodes,
    tips: otherTips,
  });
  const { container } = render(
    <FaceIdGuidanceProvider lng="en">
      <FaceVerifyErrorBanner code="-5018" onRetry={() => {}} />
    </FaceIdGuidanceProvider>,
  );
  await vi.waitFor(() =>
    expect(container.querySelector('.faceid-banner')?.getAttribute('data-state')).toBe('ready'),
  );
  expect(screen.getByRole('heading').textContent).toBe(text('en', 'unknown.title'));
  const items = [...container.querySelectorAll('.faceid-tip')];
  expect(items.length).toBe(reading.tips.length - 1);
  for (const item of items) expect(item.textContent).not.toBe('');
});
