/**
 * #19: the kind of outcome (data-tone, its mark), the full-page layout, fewer tips in large text,
 * success's way on, the wait's polite status, the loading boxes.
 */
import {
  act,
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  within,
} from '@testing-library/react';
import { createInstance } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceIdResultBanner } from '../../src/react/FaceIdResultBanner';
import { FaceVerifyChecklist } from '../../src/react/FaceVerifyChecklist';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { addFaceIdResources, FACEID_NS } from '../../src/react/i18n';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import { LANGUAGES, renderIn, resourcesOf, text, withLanguage } from './helpers';

vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(cleanup);

const banner = (container: HTMLElement) =>
  container.querySelector('.faceid-banner, .faceid-warnings') as HTMLElement;
const mark = (container: HTMLElement) =>
  banner(container).querySelector('.faceid-message > svg path')?.getAttribute('d');

describe('the kind of outcome: its tone and mark', () => {
  test.each([
    ['-5018', 'capture', 'no blink: blink, light, framing'],
    ['66660023', 'capture', 'a suspected spoof: light, a live camera'],
    ['66660018', 'capture', 'timed out: start again'],
    ['66660004', 'identity', 'not the same person as the record'],
    ['66660010', 'identity', 'name and ID number do not match'],
    ['999999', 'service', 'the network'],
    ['400504', 'service', 'a wait'],
    ['400101', 'service', 'an integration fault'],
    ['66660017', 'stop', 'the daily limit: not today'],
    ['400103', 'stop', 'only support can solve it'],
    ['0', 'success', 'verified'],
  ])('%s is %s (%s)', (code, tone) => {
    const { container } = renderIn('en', <FaceVerifyErrorBanner code={code} />);
    expect(banner(container).dataset.tone).toBe(tone);
  });

  test('an OCR failure, a result code and the warning list have their tone too', () => {
    const { container } = renderIn(
      'en',
      <>
        <OcrErrorBanner service="idCardOcr" code="66661006" />
        <FaceIdResultBanner code="0" />
        <OcrWarningList service="idCardOcr" warnings="10000000" />
      </>,
    );
    expect(
      Array.from(container.querySelectorAll<HTMLElement>('[data-tone]'), (e) => e.dataset.tone),
    ).toEqual(['capture', 'success', 'capture']);
  });

  test('each tone has a mark of its own, and a wait a clock', () => {
    const marks = ['-5018', '66660010', '999999', '400504', '66660017', '0'].map((code) => {
      const { container, unmount } = renderIn('en', <FaceVerifyErrorBanner code={code} />);
      const d = mark(container);
      unmount();
      return d;
    });
    expect(marks.every(Boolean)).toBe(true);
    expect(new Set(marks).size).toBe(marks.length);
  });
});

describe('layout="screen"', () => {
  test.each([
    [
      'FaceVerifyErrorBanner',
      <FaceVerifyErrorBanner
        key="f"
        code="-5018"
        onRetry={() => {}}
        orderNo="A-1"
        layout="screen"
      />,
    ],
    [
      'OcrErrorBanner',
      <OcrErrorBanner
        key="o"
        service="idCardOcr"
        code="66661006"
        onRetake={() => {}}
        layout="screen"
      />,
    ],
    [
      'FaceIdResultBanner',
      <FaceIdResultBanner key="r" code="1004" onRetry={() => {}} layout="screen" />,
    ],
    [
      'OcrWarningList',
      <OcrWarningList
        key="w"
        service="idCardOcr"
        warnings="10000000"
        onRetake={() => {}}
        layout="screen"
      />,
    ],
  ])('%s: the page of the result, the actions last (pinned to the bottom)', (_, element) => {
    const { container } = renderIn('en', element);
    const root = banner(container);
    expect(root.dataset.layout).toBe('screen');
    // The actions after everything else, in reading and focus order as on screen.
    expect(root.lastElementChild?.className).toBe('faceid-actions');
    expect(root.querySelector('.faceid-actions [data-variant="primary"]')).not.toBeNull();
  });

  test('the banner layout keeps the next step right under the message', () => {
    const { container } = renderIn('en', <FaceVerifyErrorBanner code="-5018" onRetry={() => {}} />);
    const root = banner(container);
    expect(root.hasAttribute('data-layout')).toBe(false);
    expect(root.querySelector('.faceid-message + .faceid-actions')).not.toBeNull();
  });

  test('the checklist takes it, and passes it to a blocking finding', () => {
    const { container } = renderIn(
      'en',
      <FaceVerifyChecklist
        layout="screen"
        environment={{ blocking: [], warnings: [] } as never}
        onStart={() => {}}
      />,
    );
    expect((container.firstElementChild as HTMLElement).dataset.layout).toBe('screen');
    cleanup();
    const blocked = renderIn(
      'en',
      <FaceVerifyChecklist
        layout="screen"
        environment={{ blocking: [{ code: 'Environment.QqBrowser' }], warnings: [] } as never}
      />,
    );
    const root = blocked.container.firstElementChild as HTMLElement;
    expect(root.classList.contains('faceid-banner')).toBe(true);
    expect(root.dataset).toMatchObject({ layout: 'screen', code: 'Environment.QqBrowser' });
  });
});

describe('large text: fewer tips, not only larger', () => {
  // 66660004: five tips, the first "only the card holder".
  const reading = readCode('66660004');
  const tipsOf = (list: Element | null) =>
    Array.from(list?.querySelectorAll('li') ?? [], (li) => (li as HTMLElement).dataset.tip);

  test.each([
    ['normal text', undefined, 3],
    ['large text', 'large', 2],
  ])('%s: %s… in view, the rest behind "More tips"', (_, size, shown) => {
    expect(reading.tips.length).toBeGreaterThan(3);
    const { container } = renderIn(
      'en',
      <div data-faceid-text={size}>
        <FaceVerifyErrorBanner code="66660004" onRetry={() => {}} />
      </div>,
    );
    const root = banner(container);
    expect(tipsOf(root.querySelector(':scope > .faceid-tips'))).toEqual(
      reading.tips.slice(0, shown),
    );
    const more = root.querySelector('details.faceid-more-tips') as HTMLElement;
    expect(within(more).getByText(text('en', 'ui.moreTips'))).toBeTruthy();
    expect(tipsOf(more.querySelector('.faceid-tips'))).toEqual(reading.tips.slice(shown));
  });
});

describe.each(LANGUAGES)('success leads on (%s)', (lng) => {
  test('Continue, when the host passes onContinue; never for a failure', () => {
    const onContinue = vi.fn();
    const { rerender } = renderIn(
      lng,
      <FaceVerifyErrorBanner code="0" onContinue={onContinue} onRetry={() => {}} />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([text(lng, 'ui.actions.continue')]);
    expect((buttons[0] as HTMLElement).dataset.variant).toBe('primary');
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onContinue).toHaveBeenCalledTimes(1);
    rerender(<FaceVerifyErrorBanner code="-5018" onContinue={onContinue} />);
    expect(screen.queryByRole('button', { name: text(lng, 'ui.actions.continue') })).toBeNull();
  });
});

test('success offers Continue while the language loads, from the bundled floor', () => {
  const { container } = render(
    <FaceIdGuidanceProvider lng="ja">
      <FaceIdResultBanner code="0" onContinue={() => {}} />
    </FaceIdGuidanceProvider>,
  );
  expect(banner(container).dataset.state).toBe('loading');
  expect(screen.getByRole('button').textContent).toBe(text('ja', 'ui.actions.continue'));
});

describe('a wait is polite', () => {
  const T0 = Date.UTC(2025, 0, 1);

  test('the message is a status, not an alert; the end is announced once, in a status of its own', () => {
    vi.useFakeTimers({ now: T0 });
    try {
      const { container } = renderIn(
        'en',
        <FaceVerifyErrorBanner code="400504" retryAt={T0 + 2_000} onRetry={() => {}} />,
      );
      expect(screen.queryByRole('alert')).toBeNull();
      const message = container.querySelector('.faceid-message') as HTMLElement;
      expect(message.getAttribute('role')).toBe('status');
      const ready = container.querySelector('.faceid-ready') as HTMLElement;
      expect(ready.getAttribute('role')).toBe('status');
      expect(ready.textContent).toBe('');
      // What the live region says after each change of its content: once, the ready line.
      const announced: string[] = [];
      const observer = new MutationObserver(() => {});
      observer.observe(ready, { childList: true, characterData: true, subtree: true });
      for (const step of [1_000, 1_000, 1_000, 5_000]) {
        act(() => vi.advanceTimersByTime(step));
        if (observer.takeRecords().length > 0) announced.push(ready.textContent ?? '');
      }
      observer.disconnect();
      expect(announced).toEqual([text('en', 'ui.wait.ready')]);
      // The same element throughout: nothing is announced again by a remount.
      expect(container.querySelector('.faceid-ready')).toBe(ready);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a host can still ask for an alert', () => {
    renderIn('en', <FaceVerifyErrorBanner code="400504" role="alert" />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('while the copy loads, the final layout', () => {
  test('the same boxes before and after: title, description, each shown tip, the actions', async () => {
    const { container } = render(
      <FaceIdGuidanceProvider lng="ko">
        <FaceVerifyErrorBanner code="66660004" onRetry={() => {}} />
      </FaceIdGuidanceProvider>,
    );
    const shape = () => {
      const root = banner(container);
      return {
        title: root.querySelectorAll('.faceid-title').length,
        description: root.querySelectorAll('.faceid-message .faceid-description').length,
        tips: Array.from(
          root.querySelectorAll(':scope > .faceid-tips > li'),
          (li) => (li as HTMLElement).dataset.tip,
        ),
        more: root.querySelectorAll(':scope > .faceid-more-tips').length,
        actions: root.querySelectorAll('.faceid-actions > button').length,
        drawings: Array.from(
          root.querySelectorAll(':scope > * > svg, :scope > .faceid-tips svg'),
          (svg) => [svg.getAttribute('width'), svg.getAttribute('height')],
        ),
      };
    };
    expect(banner(container).dataset.state).toBe('loading');
    const loading = shape();
    // The loading boxes are no text for a screen reader.
    expect(container.querySelector('.faceid-tips')?.getAttribute('aria-hidden')).toBe('true');
    await screen.findByText(text('ko', readCode('66660004').messageKeys.title));
    expect(banner(container).dataset.state).toBe('ready');
    expect(shape()).toEqual(loading);
    expect(container.querySelector('.faceid-tips')?.hasAttribute('aria-hidden')).toBe(false);
  });
});

test('a catalogue without the "More tips" label still shows its tips to screen readers', async () => {
  // A host instance holding its own `faceid` namespace, without that one label.
  const { faceid } = resourcesOf('en') as { faceid: { ui: object } };
  const withoutMore = { ...faceid, ui: { ...faceid.ui, moreTips: undefined } };
  const host = createInstance();
  await host.init({ lng: 'en', resources: { en: { [FACEID_NS]: withoutMore } } });
  await addFaceIdResources(host, []);
  const { container } = render(
    <I18nextProvider i18n={host}>
      <FaceVerifyErrorBanner code="66660004" onRetry={() => {}} />
    </I18nextProvider>,
  );
  expect(banner(container).dataset.state).toBe('ready');
  const tips = container.querySelector('.faceid-tips') as HTMLElement;
  expect(tips.hasAttribute('aria-hidden')).toBe(false);
  expect(tips.getAttribute('aria-label')).toBe(text('en', 'ui.tipsHeading'));
  expect(container.querySelector('details.faceid-more-tips')).not.toBeNull();
});

test('the hook offers Continue for a success, with onContinue only', () => {
  const onContinue = vi.fn();
  const { result, rerender } = renderHook(
    ({ handler }: { handler?: () => void }) => useFaceIdGuidance('0', { onContinue: handler }),
    {
      wrapper: withLanguage('vi'),
      initialProps: { handler: onContinue as (() => void) | undefined },
    },
  );
  expect(
    result.current.actions.map(({ action, label, primary }) => ({ action, label, primary })),
  ).toEqual([{ action: 'continue', label: text('vi', 'ui.actions.continue'), primary: true }]);
  result.current.actions[0]?.onPress();
  expect(onContinue).toHaveBeenCalledTimes(1);
  rerender({ handler: undefined });
  expect(result.current.actions).toEqual([]);
});
