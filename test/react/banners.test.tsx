import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { expectNoAxeViolations } from './axe';
import {
  ALL_RESOURCES,
  idsIn,
  LANGUAGES,
  liveRegionAncestor,
  renderIn,
  text,
  textContentIs,
  waitLine,
} from './helpers';

// Integrator-audience codes log a development diagnostic, asynchronously (it loads the official
// texts first): silenced for the whole file. robustness.test.tsx checks it.
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  warn.mockClear();
});

const root = (container: HTMLElement) => container.querySelector('.faceid-banner') as HTMLElement;

/** The banner's action buttons: not the support line's Copy. */
const actionButtons = () =>
  screen.queryAllByRole('button').filter((button) => button.classList.contains('faceid-button'));

describe.each(LANGUAGES)('FaceVerifyErrorBanner in %s', (lng) => {
  test('shows the title, description, tips, retry action and support reference from the locale file', () => {
    const reading = readCode('-5018');
    const onRetry = vi.fn();
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" onRetry={onRetry} />,
    );

    expect(
      screen.getByRole('heading', { level: 2, name: text(lng, reading.messageKeys.title) }),
    ).toBeTruthy();
    expect(screen.getByText(text(lng, reading.messageKeys.description))).toBeTruthy();
    const tips = screen.getByRole('list', { name: text(lng, 'ui.tipsHeading') });
    expect(
      within(tips)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(reading.tips.map((tip) => text(lng, `tips.${tip}`)));
    expect(
      screen.getByText(textContentIs(text(lng, 'ui.support.code', { code: '-5018' }))),
    ).toBeTruthy();
    expect(
      screen.getByText(textContentIs(text(lng, 'ui.support.reference', { reference: 'ORDER-42' }))),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.retry') }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(root(container).dataset).toMatchObject({
      code: '-5018',
      id: reading.id,
      kind: 'error',
      service: 'faceVerify',
      retry: 'now',
      state: 'ready',
    });
  });

  test('success (0) is a short status, not an error: no alert, no actions, no support reference', () => {
    const reading = readCode('0');
    renderIn(
      lng,
      <FaceVerifyErrorBanner
        code={0}
        onRetry={() => {}}
        onRestart={() => {}}
        onContactSupport={() => {}}
        orderNo="ORDER-42"
      />,
    );
    const status = screen.getByRole('status');
    expect(within(status).getByText(text(lng, reading.messageKeys.title))).toBeTruthy();
    expect(within(status).getByText(text(lng, reading.messageKeys.description))).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(
      screen.queryByText(textContentIs(text(lng, 'ui.support.code', { code: '0' }))),
    ).toBeNull();
  });

  test('escalates the advice after several failed attempts', () => {
    const onContactSupport = vi.fn();
    const { rerender, container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code="-5018" attempt={2} onContactSupport={onContactSupport} />,
    );
    expect(screen.queryByText(text(lng, 'ui.escalation.title'))).toBeNull();
    expect(
      screen.queryByRole('button', { name: text(lng, 'ui.actions.contactSupport') }),
    ).toBeNull();
    expect(root(container).hasAttribute('data-escalated')).toBe(false);

    rerender(
      <FaceVerifyErrorBanner code="-5018" attempt={3} onContactSupport={onContactSupport} />,
    );
    expect(screen.getByText(text(lng, 'ui.escalation.title'))).toBeTruthy();
    for (const key of ['brighterPlace', 'anotherDevice', 'contactSupport']) {
      expect(screen.getByText(text(lng, `ui.escalation.${key}`))).toBeTruthy();
    }
    // The same tips are not repeated once the advice has escalated.
    expect(screen.queryByRole('list', { name: text(lng, 'ui.tipsHeading') })).toBeNull();
    expect(root(container).hasAttribute('data-escalated')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.contactSupport') }));
    expect(onContactSupport).toHaveBeenCalledTimes(1);
  });
});

describe('retry policy → actions', () => {
  const lng = 'en';
  const handlers = () => ({
    onRetry: vi.fn(),
    onExit: vi.fn(),
    onEditDetails: vi.fn(),
    onRestart: vi.fn(),
    onContactSupport: vi.fn(),
  });

  test.each([
    ['-5018', 'now', 'retry', 'onRetry'],
    ['66660017', 'notToday', 'exit', 'onExit'],
    ['66660010', 'correctDetails', 'editDetails', 'onEditDetails'],
    ['66660018', 'restart', 'restart', 'onRestart'],
    ['66660005', 'contactSupport', 'contactSupport', 'onContactSupport'],
  ] as const)('%s (%s) offers only the %s button, wired to %s', (code, policy, label, handler) => {
    expect(readCode(code).retry.type).toBe(policy);
    const props = handlers();
    renderIn(lng, <FaceVerifyErrorBanner code={code} {...props} />);
    const buttons = screen
      .getAllByRole('button')
      .filter((b) => !b.classList.contains('faceid-copy'));
    expect(buttons.map((b) => b.textContent)).toEqual([text(lng, `ui.actions.${label}`)]);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(props[handler]).toHaveBeenCalledTimes(1);
    for (const [name, fn] of Object.entries(props)) {
      if (name !== handler) expect(fn).not.toHaveBeenCalled();
    }
  });

  test.each(['-5018', '66660017', '66660010', '66660018', '66660005'])(
    '%s without its handler shows the guidance text alone, no button',
    (code) => {
      renderIn(lng, <FaceVerifyErrorBanner code={code} />);
      expect(actionButtons()).toEqual([]);
      expect(screen.getByText(text(lng, readCode(code).messageKeys.description))).toBeTruthy();
      expect(screen.getByRole('alert')).toBeTruthy();
    },
  );

  test('only the matching handler counts: a restart code ignores onRetry and onExit', () => {
    renderIn(lng, <FaceVerifyErrorBanner code="66660018" onRetry={() => {}} onExit={() => {}} />);
    expect(actionButtons()).toEqual([]);
  });

  test('two-factor and gateway codes are read in the service asked for', () => {
    const { container, rerender } = renderIn(
      lng,
      <FaceVerifyErrorBanner code="66660010" service="twoFactor" />,
    );
    expect(root(container).dataset.id).toBe(readCode('66660010', { service: 'twoFactor' }).id);
    expect(root(container).dataset.service).toBe('twoFactor');
    rerender(<FaceVerifyErrorBanner code="400101" />);
    expect(root(container).dataset.service).toBe('gateway');
    expect(screen.getByText(text(lng, readCode('400101').messageKeys.description))).toBeTruthy();
  });
});

describe('support reference', () => {
  test('shows the code alone when there is no orderNo', () => {
    renderIn('zh-CN', <FaceVerifyErrorBanner code=" 66660004 " />);
    expect(
      screen.getByText(textContentIs(text('zh-CN', 'ui.support.code', { code: '66660004' }))),
    ).toBeTruthy();
    expect(
      screen.queryByText(textContentIs(text('zh-CN', 'ui.support.reference', { reference: '' }))),
    ).toBeNull();
  });

  test('offers copying the code and orderNo when the clipboard is available', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      renderIn('en', <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" />);
      const copy = screen.getByRole('button', { name: text('en', 'ui.actions.copy') });
      const describedBy = copy.getAttribute('aria-describedby') as string;
      expect(document.getElementById(describedBy)?.textContent).toContain('ORDER-42');
      await act(async () => {
        fireEvent.click(copy);
      });
      expect(writeText).toHaveBeenCalledWith('-5018 ORDER-42');
      expect(screen.getByRole('button', { name: text('en', 'ui.actions.copied') })).toBeTruthy();
      // A moment later it offers copying again.
      vi.useFakeTimers();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: text('en', 'ui.actions.copied') }));
      });
      await act(async () => {
        vi.advanceTimersByTime(2000);
      });
      expect(screen.getByRole('button', { name: text('en', 'ui.actions.copy') })).toBeTruthy();
    } finally {
      vi.useRealTimers();
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  /** The code and reference selected, and the hint to copy them by hand shown, announced. */
  async function expectCopyByHand(lng: string) {
    const line = document.querySelector('.faceid-reference > p') as HTMLElement;
    const hint = await screen.findByRole('alert');
    expect(hint.textContent).toBe(text(lng, 'ui.support.copyHint'));
    expect(hint.classList.contains('faceid-copy-hint')).toBe(true);
    expect(window.getSelection()?.toString()).toBe(line.textContent);
    expect(line.textContent).toContain('-5018');
    expect(line.textContent).toContain('ORDER-42');
  }

  test.each(LANGUAGES)(
    'without a clipboard (old engines, http), Copy selects the line and says how to copy it (%s)',
    async (lng) => {
      expect('clipboard' in navigator && navigator.clipboard).toBeFalsy();
      renderIn(lng, <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" role="status" />);
      expect(screen.queryByRole('alert')).toBeNull();
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.copy') }));
      });
      await expectCopyByHand(lng);
    },
  );

  test('a clipboard that refuses (a WebView without permission): the same hint', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      renderIn('en', <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" role="status" />);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: text('en', 'ui.actions.copy') }));
      });
      expect(writeText).toHaveBeenCalledWith('-5018 ORDER-42');
      await expectCopyByHand('en');
      // Nothing claims it was copied.
      expect(screen.queryByRole('button', { name: text('en', 'ui.actions.copied') })).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  test('a clipboard that throws at once: the same hint, nothing thrown', async () => {
    const writeText = vi.fn(() => {
      throw new TypeError('not allowed');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      renderIn('en', <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" role="status" />);
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: text('en', 'ui.actions.copy') }));
      });
      await expectCopyByHand('en');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  test('the code and the reference keep their own direction (<bdi>) in a right-to-left page', () => {
    const { container } = renderIn(
      'en',
      <div dir="rtl">
        <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" />
      </div>,
    );
    const isolated = Array.from(container.querySelectorAll('.faceid-reference bdi'), (bdi) => [
      bdi.textContent,
      bdi.getAttribute('dir'),
      bdi.parentElement?.textContent,
    ]);
    expect(isolated).toEqual([
      ['-5018', 'ltr', text('en', 'ui.support.code', { code: '-5018' })],
      ['ORDER-42', 'ltr', text('en', 'ui.support.reference', { reference: 'ORDER-42' })],
    ]);
  });
});

describe('roles, ids, focus and markup', () => {
  test('errors are alerts; the role can be overridden', () => {
    const { rerender } = renderIn('en', <FaceVerifyErrorBanner code="-5018" />);
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(<FaceVerifyErrorBanner code="-5018" role="status" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status')).toBeTruthy();
    rerender(<FaceVerifyErrorBanner code="0" role="alert" />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  test('icons are decorative', () => {
    const { container } = renderIn('en', <FaceVerifyErrorBanner code="-5018" />);
    const icons = container.querySelectorAll('svg');
    expect(icons.length).toBeGreaterThan(1);
    for (const icon of icons) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
      expect(icon.getAttribute('focusable')).toBe('false');
    }
  });

  test('every button is a type=button', () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    try {
      const { container } = renderIn(
        'en',
        <>
          <FaceVerifyErrorBanner
            code="-5018"
            attempt={5}
            orderNo="A"
            onRetry={() => {}}
            onContactSupport={() => {}}
          />
          <FaceVerifyErrorBanner code="66660017" onExit={() => {}} />
          <FaceVerifyErrorBanner code="66660010" onEditDetails={() => {}} />
          <FaceVerifyErrorBanner code="66660018" onRestart={() => {}} />
        </>,
      );
      const buttons = container.querySelectorAll('button');
      // Five actions, and a copy button beside each of the four support references.
      expect(buttons.length).toBe(9);
      for (const button of buttons) expect(button.getAttribute('type')).toBe('button');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  test('ids are unique with two instances, and references resolve', () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    try {
      const { container } = renderIn(
        'en',
        <>
          <FaceVerifyErrorBanner code="-5018" orderNo="A" />
          <FaceVerifyErrorBanner code="-5018" orderNo="A" />
        </>,
      );
      const ids = idsIn(container);
      expect(ids.length).toBeGreaterThanOrEqual(4);
      expect(new Set(ids).size).toBe(ids.length);
      for (const element of container.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
        const refs = `${element.getAttribute('aria-describedby') ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`;
        for (const ref of refs.split(/\s+/).filter(Boolean)) {
          expect(container.querySelector(`[id="${ref}"]`)).not.toBeNull();
        }
      }
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  test('focusOnMount moves focus to the message; off by default', () => {
    const first = renderIn('en', <FaceVerifyErrorBanner code="-5018" />);
    expect(document.activeElement).toBe(document.body);
    expect(root(first.container).hasAttribute('tabindex')).toBe(false);
    first.unmount();
    const { container } = renderIn('en', <FaceVerifyErrorBanner code="-5018" focusOnMount />);
    expect(document.activeElement).toBe(root(container));
    expect(root(container).getAttribute('tabindex')).toBe('-1');
  });

  test('focusOnMount also works when the catalogue loads after mount', async () => {
    const { container } = render(
      <FaceIdGuidanceProvider lng="zh-TW">
        <FaceVerifyErrorBanner code="-5018" focusOnMount />
      </FaceIdGuidanceProvider>,
    );
    expect(root(container).dataset.state).toBe('loading');
    await screen.findByRole('alert');
    expect(document.activeElement).toBe(root(container));
  });

  test('headingLevel sets the title level', () => {
    renderIn('en', <FaceVerifyErrorBanner code="-5018" headingLevel={4} />);
    expect(
      screen.getByRole('heading', {
        level: 4,
        name: text('en', readCode('-5018').messageKeys.title),
      }),
    ).toBeTruthy();
  });

  test('other props are spread onto the root; className is added to its own', () => {
    const { container } = renderIn(
      'en',
      <FaceVerifyErrorBanner
        code="-5018"
        className="host-class"
        data-testid="banner"
        style={{ marginTop: 3 }}
        aria-describedby="outside"
      />,
    );
    const element = screen.getByTestId('banner');
    expect(element).toBe(root(container));
    expect(element.className).toBe('faceid-banner faceid-face-banner host-class');
    expect(element.style.marginTop).toBe('3px');
    expect(element.getAttribute('aria-describedby')).toBe('outside');
  });

  test('onShown fires once per displayed code', () => {
    const onShown = vi.fn();
    const { rerender } = renderIn('en', <FaceVerifyErrorBanner code="-5018" onShown={onShown} />);
    expect(onShown).toHaveBeenCalledTimes(1);
    expect(onShown.mock.calls[0]?.[0]).toMatchObject({ code: '-5018', id: readCode('-5018').id });
    rerender(<FaceVerifyErrorBanner code="-5018" attempt={2} onShown={onShown} />);
    rerender(<FaceVerifyErrorBanner code={-5018} attempt={3} onShown={onShown} />);
    expect(onShown).toHaveBeenCalledTimes(1);
    rerender(<FaceVerifyErrorBanner code="66660004" onShown={onShown} />);
    expect(onShown).toHaveBeenCalledTimes(2);
    expect(onShown.mock.calls[1]?.[0]).toMatchObject({ code: '66660004' });
  });

  test('onShown waits until the message is actually displayed', async () => {
    const onShown = vi.fn();
    render(
      <FaceIdGuidanceProvider lng="zh-TW">
        <FaceVerifyErrorBanner code="-5018" onShown={onShown} />
      </FaceIdGuidanceProvider>,
    );
    expect(onShown).not.toHaveBeenCalled();
    await screen.findByRole('alert');
    expect(onShown).toHaveBeenCalledTimes(1);
  });

  test('the lng prop overrides the provider language', () => {
    render(
      <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code="-5018" lng="zh-Hant" />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(text('zh-TW', readCode('-5018').messageKeys.description))).toBeTruthy();
  });
});

describe.each(LANGUAGES)('OcrErrorBanner in %s', (lng) => {
  test('an unreadable ID-card side: message, tips and a retake button from the locale file', () => {
    // 66661006: the photo is not the portrait side.
    const reading = readCode('66661006', { service: 'idCardOcr' });
    const onRetake = vi.fn();
    const { container } = renderIn(
      lng,
      <OcrErrorBanner service="idCardOcr" code="66661006" onRetake={onRetake} />,
    );
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { level: 2, name: text(lng, reading.messageKeys.title) }),
    ).toBeTruthy();
    expect(within(alert).getByText(text(lng, reading.messageKeys.description))).toBeTruthy();
    expect(reading.tips.length).toBeGreaterThan(0);
    for (const tip of reading.tips) expect(screen.getByText(text(lng, `tips.${tip}`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.retake') }));
    expect(onRetake).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(textContentIs(text(lng, 'ui.support.code', { code: '66661006' }))),
    ).toBeTruthy();
    expect(root(container).className).toBe('faceid-banner faceid-ocr-banner');
    expect(root(container).dataset).toMatchObject({ service: 'idCardOcr', id: reading.id });
  });

  test('a blurry bank card', () => {
    const reading = readCode('-9012', { service: 'bankCardOcr' });
    renderIn(lng, <OcrErrorBanner service="bankCardOcr" code="-9012" onRetake={() => {}} />);
    expect(screen.getByText(text(lng, reading.messageKeys.title))).toBeTruthy();
    expect(screen.getByRole('button', { name: text(lng, 'ui.actions.retake') })).toBeTruthy();
  });

  test('OCR success is a status with no retake', () => {
    const reading = readCode('0', { service: 'idCardOcr' });
    renderIn(lng, <OcrErrorBanner service="idCardOcr" code="0" onRetake={() => {}} />);
    expect(
      within(screen.getByRole('status')).getByText(text(lng, reading.messageKeys.title)),
    ).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('OcrErrorBanner reads codes within its service', () => {
  test('-1102 is an image decode failure in licence OCR, not "no face"', () => {
    const license = readCode('-1102', { service: 'licenseOcr' });
    expect(license.id).not.toBe(readCode('-1102').id);
    const { container } = renderIn(
      'en',
      <OcrErrorBanner service="licenseOcr" code={-1102} onRetake={() => {}} />,
    );
    expect(root(container).dataset.id).toBe(license.id);
    expect(screen.getByText(text('en', license.messageKeys.title))).toBeTruthy();
  });

  test('a code only support can solve shows no retake, and the support action only with its handler', () => {
    // -1304 in licence OCR: a parameter too long, an integration problem.
    const reading = readCode('-1304', { service: 'licenseOcr' });
    expect(reading.retry.type).toBe('contactSupport');
    const onContactSupport = vi.fn();
    const { rerender } = renderIn(
      'en',
      <OcrErrorBanner service="licenseOcr" code="-1304" onRetake={() => {}} />,
    );
    expect(actionButtons()).toEqual([]);
    rerender(
      <OcrErrorBanner
        service="licenseOcr"
        code="-1304"
        onRetake={() => {}}
        onContactSupport={onContactSupport}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: text('en', 'ui.actions.contactSupport') }));
    expect(onContactSupport).toHaveBeenCalledTimes(1);
  });

  test('retake attempts escalate too', () => {
    renderIn(
      'zh-CN',
      <OcrErrorBanner service="bankCardOcr" code="-9012" attempt={3} onContactSupport={() => {}} />,
    );
    expect(screen.getByText(text('zh-CN', 'ui.escalation.title'))).toBeTruthy();
    expect(
      screen.getByRole('button', { name: text('zh-CN', 'ui.actions.contactSupport') }),
    ).toBeTruthy();
  });
});

// 400504 (gateway: one token per App ID per 10 minutes) asks the person to wait.
const WAIT_CODE = '400504';
const waitReading = readCode(WAIT_CODE);
const minutes = waitReading.retry.type === 'wait' ? waitReading.retry.minutes : Number.NaN;
const T0 = Date.UTC(2025, 0, 1, 8, 0, 0);

const countdown = (container: HTMLElement) =>
  container.querySelector('.faceid-countdown') as HTMLElement;
/** The line that says the wait is over: a polite status region of its own. */
const readyLine = (container: HTMLElement) => {
  const line = container.querySelector('.faceid-ready') as HTMLElement;
  expect(line.getAttribute('role')).toBe('status');
  return line;
};

test('the wait code asks to wait ten minutes', () => {
  expect(waitReading.retry).toEqual({ type: 'wait', minutes: 10 });
});

describe.each(LANGUAGES)('countdown: wait policy in %s', (lng) => {
  test('shows only the countdown while waiting, only the ready line after, and enables retrying', () => {
    const onRetry = vi.fn();
    const { container, rerender } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} now={T0} retryAt={T0 + 90_000} onRetry={onRetry} />,
    );
    const wait = container.querySelector('.faceid-wait') as HTMLElement;
    // One line about the wait, and it agrees with the clock.
    expect(wait.textContent).toBe(waitLine(lng, '1:30'));
    expect(countdown(container).textContent).toBe(waitLine(lng, '1:30'));
    const retry = screen.getByRole('button', { name: text(lng, 'ui.actions.retry') });
    expect((retry as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(retry);
    expect(onRetry).not.toHaveBeenCalled();

    rerender(
      <FaceVerifyErrorBanner
        code={WAIT_CODE}
        now={T0 + 89_001}
        retryAt={T0 + 90_000}
        onRetry={onRetry}
      />,
    );
    expect(countdown(container).textContent).toBe(waitLine(lng, '0:01'));
    expect((retry as HTMLButtonElement).disabled).toBe(true);

    rerender(
      <FaceVerifyErrorBanner
        code={WAIT_CODE}
        now={T0 + 90_000}
        retryAt={T0 + 90_000}
        onRetry={onRetry}
      />,
    );
    expect(countdown(container).textContent).toBe('');
    expect(wait.textContent).toBe(text(lng, 'ui.wait.ready'));
    expect((retry as HTMLButtonElement).disabled).toBe(false);
    expect(readyLine(container).textContent).toBe(text(lng, 'ui.wait.ready'));
    fireEvent.click(retry);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});

describe('countdown: inputs', () => {
  const lng = 'en';

  test('without retryAt, the wait starts when the code is first shown', () => {
    const { container, rerender } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} now={T0} onRetry={() => {}} />,
    );
    expect(countdown(container).textContent).toBe(waitLine(lng, '10:00'));
    rerender(
      <FaceVerifyErrorBanner code={WAIT_CODE} now={T0 + 4 * 60_000 + 30_000} onRetry={() => {}} />,
    );
    expect(countdown(container).textContent).toBe(waitLine(lng, '5:30'));
    rerender(
      <FaceVerifyErrorBanner code={WAIT_CODE} now={T0 + minutes * 60_000} onRetry={() => {}} />,
    );
    expect((actionButtons()[0] as HTMLButtonElement).disabled).toBe(false);
  });

  test('accepts Date values', () => {
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} now={new Date(T0)} retryAt={new Date(T0 + 61_000)} />,
    );
    expect(countdown(container).textContent).toBe(waitLine(lng, '1:01'));
    expect(countdown(container).dataset.remaining).toBe('61');
  });

  test('a retryAt in the past enables retrying at once', () => {
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} now={T0} retryAt={T0 - 1} onRetry={() => {}} />,
    );
    expect(countdown(container).textContent).toBe('');
    expect((actionButtons()[0] as HTMLButtonElement).disabled).toBe(false);
  });

  test('without onRetry the wait is still explained, with no button', () => {
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code={WAIT_CODE} now={T0} />);
    expect(countdown(container).textContent).not.toBe('');
    expect(actionButtons()).toEqual([]);
  });

  test('OcrErrorBanner counts down to its retake button too', () => {
    const { rerender } = renderIn(
      lng,
      <OcrErrorBanner service="idCardOcr" code={WAIT_CODE} now={T0} onRetake={() => {}} />,
    );
    const retake = screen.getByRole('button', { name: text(lng, 'ui.actions.retake') });
    expect((retake as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <OcrErrorBanner
        service="idCardOcr"
        code={WAIT_CODE}
        now={T0 + minutes * 60_000}
        onRetake={() => {}}
      />,
    );
    expect((retake as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('countdown: with the real clock', () => {
  test('ticks every second, enables the button at the end and then stops ticking', () => {
    vi.useFakeTimers({ now: T0 });
    const lng = 'zh-TW';
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} retryAt={T0 + 3_000} onRetry={() => {}} />,
    );
    const button = actionButtons()[0] as HTMLButtonElement;
    expect(countdown(container).textContent).toBe(waitLine(lng, '0:03'));
    act(() => vi.advanceTimersByTime(1_000));
    expect(countdown(container).textContent).toBe(waitLine(lng, '0:02'));
    expect(button.disabled).toBe(true);
    act(() => vi.advanceTimersByTime(2_000));
    expect(countdown(container).textContent).toBe('');
    expect(button.disabled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('the default deadline is mount time plus the wait', () => {
    vi.useFakeTimers({ now: T0 });
    const { container } = renderIn(
      'en',
      <FaceVerifyErrorBanner code={WAIT_CODE} onRetry={() => {}} />,
    );
    expect(countdown(container).dataset.remaining).toBe(String(minutes * 60));
    act(() => vi.advanceTimersByTime(minutes * 60_000 - 1_000));
    expect(countdown(container).dataset.remaining).toBe('1');
    expect((actionButtons()[0] as HTMLButtonElement).disabled).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect((actionButtons()[0] as HTMLButtonElement).disabled).toBe(false);
  });

  test('no per-second screen-reader chatter: the ticking text is outside every live region', () => {
    vi.useFakeTimers({ now: T0 });
    const lng = 'en';
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={WAIT_CODE} retryAt={T0 + 5_000} onRetry={() => {}} />,
    );
    expect(liveRegionAncestor(countdown(container))).toBeNull();
    const liveRegions = () =>
      Array.from(
        container.querySelectorAll('[role="alert"], [role="status"], [aria-live]'),
        (element) => element.textContent,
      );
    const before = liveRegions();
    for (let second = 1; second < 5; second++) {
      act(() => vi.advanceTimersByTime(1_000));
      expect(liveRegions()).toEqual(before);
    }
    act(() => vi.advanceTimersByTime(1_000));
    // Only the end is announced, once, in a status region.
    expect(readyLine(container).textContent).toBe(text(lng, 'ui.wait.ready'));
  });
});

const noop = () => {};

const BANNER_STATES: Readonly<Record<string, ReactElement>> = {
  'FaceVerifyErrorBanner: retry now, with tips, order number and copy button': (
    <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" onRetry={noop} />
  ),
  'FaceVerifyErrorBanner: escalated after several attempts': (
    <FaceVerifyErrorBanner code="-5018" attempt={4} onRetry={noop} onContactSupport={noop} />
  ),
  'FaceVerifyErrorBanner: success': <FaceVerifyErrorBanner code="0" />,
  'FaceVerifyErrorBanner: waiting, retry disabled': (
    <FaceVerifyErrorBanner code="400504" now={T0} onRetry={noop} />
  ),
  'FaceVerifyErrorBanner: wait over, retry enabled': (
    <FaceVerifyErrorBanner code="400504" now={T0} retryAt={T0} onRetry={noop} />
  ),
  'FaceVerifyErrorBanner: not today': <FaceVerifyErrorBanner code="66660017" onExit={noop} />,
  'FaceVerifyErrorBanner: correct details': (
    <FaceVerifyErrorBanner code="66660010" onEditDetails={noop} />
  ),
  'FaceVerifyErrorBanner: restart': <FaceVerifyErrorBanner code="66660018" onRestart={noop} />,
  'FaceVerifyErrorBanner: contact support': (
    <FaceVerifyErrorBanner code="66660005" onContactSupport={noop} />
  ),
  'FaceVerifyErrorBanner: text alone, no handler': <FaceVerifyErrorBanner code="66660018" />,
  'FaceVerifyErrorBanner: unknown, hostile code': (
    <FaceVerifyErrorBanner code="<img src=x onerror=alert(1)>" orderNo={'x'.repeat(5_000)} />
  ),
  'FaceVerifyErrorBanner: role status, heading level 3, focus on mount': (
    <FaceVerifyErrorBanner code="-5018" role="status" headingLevel={3} focusOnMount />
  ),
  'two FaceVerifyErrorBanners side by side': (
    <div>
      <FaceVerifyErrorBanner code="-5018" orderNo="A" onRetry={noop} />
      <FaceVerifyErrorBanner code="66660004" orderNo="B" onRetry={noop} />
    </div>
  ),
  'OcrErrorBanner: retake': <OcrErrorBanner service="idCardOcr" code="66661006" onRetake={noop} />,
  'OcrErrorBanner: success': <OcrErrorBanner service="bankCardOcr" code="0" />,
  'OcrErrorBanner: licence, support only': (
    <OcrErrorBanner service="licenseOcr" code="-1304" onContactSupport={noop} />
  ),
};

describe('axe finds no violation in any banner state', () => {
  // A clipboard, so that the support reference's copy button is part of the checked states.
  beforeAll(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
  });
  afterAll(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  // Every state in one run: much faster than a run per state. The language does not change the
  // markup's structure, so one language is enough.
  test('every banner state', async () => {
    const { container } = renderIn(
      'zh-CN',
      <div>
        {Object.entries(BANNER_STATES).map(([name, ui]) => (
          <div key={name} data-axe-label={name}>
            {ui}
          </div>
        ))}
      </div>,
    );
    expect(container.querySelectorAll('[data-axe-label] > *')).toHaveLength(
      Object.keys(BANNER_STATES).length,
    );
    await expectNoAxeViolations(container);
  });

  test('a banner while its language loads', async () => {
    const { container } = render(
      <FaceIdGuidanceProvider lng="zh-TW">
        <FaceVerifyErrorBanner code="-5018" focusOnMount />
      </FaceIdGuidanceProvider>,
    );
    expect((container.firstElementChild as HTMLElement).dataset.state).toBe('loading');
    await expectNoAxeViolations(container);
    await screen.findByRole('alert');
  });

  test('copied state of the support reference', async () => {
    const { container } = renderIn('en', <FaceVerifyErrorBanner code="-5018" orderNo="A" />);
    await act(async () => {
      screen.getByRole('button').click();
    });
    await expectNoAxeViolations(container);
  });
});
