/**
 * OcrWarningList, GuidanceTips and the hook under them, useFaceIdGuidance.
 */
import {
  cleanup,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TIPS } from '../../src/core/catalogue';
import { readCode } from '../../src/core/describe';
import { decodeIdCardWarnings, parseBankCardWarnings } from '../../src/core/warnings';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { useFaceIdGuidance, useFaceIdTranslation } from '../../src/react/useFaceIdGuidance';
import { expectNoAxeViolations } from './axe';
import { idsIn, LANGUAGES, renderIn, text, waitLine, withLanguage } from './helpers';

// Integrator-audience codes log a development diagnostic asynchronously; robustness.test.tsx
// checks it. Here console.warn is silenced, and only OcrWarningList's own warnings are counted.
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
const listWarnings = () =>
  warn.mock.calls
    .map((call) => String(call[0]))
    .filter((message) => message.includes('OcrWarningList'));
afterEach(() => {
  cleanup();
  warn.mockClear();
});

const list = (container: HTMLElement) =>
  container.querySelector('.faceid-warnings') as HTMLElement | null;

// The official example: border incomplete (1), screen photo (4), covered (6).
const ID_CARD = '10010100';

describe.each(LANGUAGES)('OcrWarningList in %s', (lng) => {
  test('ID-card warnings pass by default: each warning with its tip, continue anyway and retake', () => {
    const decoded = decodeIdCardWarnings(ID_CARD).warnings;
    const onContinue = vi.fn();
    const onRetake = vi.fn();
    const { container } = renderIn(
      lng,
      <OcrWarningList
        service="idCardOcr"
        side="front"
        warnings={ID_CARD}
        onContinue={onContinue}
        onRetake={onRetake}
      />,
    );
    const status = screen.getByRole('status');
    const heading = within(status).getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(
      text(lng, 'ui.sides.idCardFront') + text(lng, 'ui.warnings.heading', { count: 3 }),
    );
    expect(within(status).getByText(text(lng, 'ui.warnings.passNote'))).toBeTruthy();
    const items = container.querySelectorAll('li');
    expect(Array.from(items, (item) => item.dataset.warning)).toEqual(decoded.map((w) => w.id));
    decoded.forEach((warning, index) => {
      const item = within(items[index] as HTMLElement);
      expect(item.getByText(text(lng, warning.messageKeys.title))).toBeTruthy();
      expect(item.getByText(text(lng, warning.messageKeys.description))).toBeTruthy();
      expect(item.getByText(text(lng, `tips.${warning.tips[0]}`))).toBeTruthy();
    });
    // Each warning advises a retake: retaking is the primary action, continuing the second.
    expect(screen.getAllByRole('button').map((b) => [b.textContent, b.dataset.variant])).toEqual([
      [text(lng, 'ui.actions.retake'), 'primary'],
      [text(lng, 'ui.actions.continueAnyway'), 'secondary'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: text(lng, 'ui.actions.continueAnyway') }));
    expect(onContinue).toHaveBeenCalledTimes(1);
    expect(onRetake).not.toHaveBeenCalled();
    expect(list(container)?.hasAttribute('data-blocking')).toBe(false);
  });

  test.each([
    ['a temporary ID card', 'idCardOcr', '00001000'],
    ['bank-card warnings ("if you want to retake")', 'bankCardOcr', '-9110'],
  ] as const)('%s: continuing stays the primary action', (_, service, warnings) => {
    renderIn(
      lng,
      <OcrWarningList
        service={service}
        warnings={warnings}
        onContinue={() => {}}
        onRetake={() => {}}
      />,
    );
    expect(screen.getAllByRole('button').map((b) => [b.textContent, b.dataset.variant])).toEqual([
      [text(lng, 'ui.actions.continueAnyway'), 'primary'],
      [text(lng, 'ui.actions.retake'), 'secondary'],
    ]);
  });

  test('a blocking warning asks for a retake only', () => {
    const onContinue = vi.fn();
    const onRetake = vi.fn();
    const { container } = renderIn(
      lng,
      <OcrWarningList
        service="idCardOcr"
        side="back"
        warnings={ID_CARD}
        blocking={['screenPhoto']}
        onContinue={onContinue}
        onRetake={onRetake}
      />,
    );
    expect(screen.getByText(text(lng, 'ui.warnings.blockingNote'))).toBeTruthy();
    expect(screen.queryByText(text(lng, 'ui.warnings.passNote'))).toBeNull();
    expect(screen.getByRole('heading').textContent).toContain(text(lng, 'ui.sides.idCardBack'));
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([text(lng, 'ui.actions.retake')]);
    expect(buttons[0]?.dataset.variant).toBe('primary');
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onRetake).toHaveBeenCalledTimes(1);
    expect(list(container)?.hasAttribute('data-blocking')).toBe(true);
  });

  test('bank-card warnings, with the card side', () => {
    const parsed = parseBankCardWarnings('[-9110,-9111,-9114]').warnings;
    renderIn(
      lng,
      <OcrWarningList service="bankCardOcr" side="front" warnings="[-9110,-9111,-9114]" />,
    );
    expect(screen.getByRole('heading').textContent).toBe(
      text(lng, 'ui.sides.front') + text(lng, 'ui.warnings.heading', { count: 3 }),
    );
    for (const warning of parsed) {
      expect(screen.getByText(text(lng, warning.messageKeys.title))).toBeTruthy();
    }
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('OcrWarningList: blocking', () => {
  const lng = 'en';
  const blocked = (container: HTMLElement) => list(container)?.hasAttribute('data-blocking');

  test.each([
    ['an ID-card warning id', 'idCardOcr', ID_CARD, ['covered']],
    ['an ID-card position (number)', 'idCardOcr', ID_CARD, [4]],
    ['an ID-card position (string)', 'idCardOcr', ID_CARD, ['1']],
    ['a bank-card code (string)', 'bankCardOcr', '[-9110,-9113]', ['-9113']],
    ['a bank-card code (number)', 'bankCardOcr', [-9110, -9113], [-9113]],
    [
      'a bank-card entry id',
      'bankCardOcr',
      '-9112',
      [parseBankCardWarnings('-9112').warnings[0]?.id as string],
    ],
    ['an undocumented position 7 or 8', 'idCardOcr', '00000011', [8]],
  ] as const)('blocks on %s', (_, service, warnings, blocking) => {
    const { container } = renderIn(
      lng,
      <OcrWarningList
        service={service}
        warnings={warnings}
        blocking={blocking}
        onContinue={() => {}}
        onRetake={() => {}}
      />,
    );
    expect(blocked(container)).toBe(true);
    expect(
      screen.queryByRole('button', { name: text(lng, 'ui.actions.continueAnyway') }),
    ).toBeNull();
  });

  test('blocking warnings that are not present do not block', () => {
    const { container } = renderIn(
      lng,
      <OcrWarningList
        service="idCardOcr"
        warnings={ID_CARD}
        blocking={['photocopy', 2, 'temporaryCard']}
        onContinue={() => {}}
      />,
    );
    expect(blocked(container)).toBe(false);
    expect(
      screen.getByRole('button', { name: text(lng, 'ui.actions.continueAnyway') }),
    ).toBeTruthy();
  });

  test('blocking with no onRetake shows the note and no button', () => {
    renderIn(
      lng,
      <OcrWarningList
        service="idCardOcr"
        warnings={ID_CARD}
        blocking={['covered']}
        onContinue={() => {}}
      />,
    );
    expect(screen.getByText(text(lng, 'ui.warnings.blockingNote'))).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('OcrWarningList: what is listed', () => {
  const lng = 'zh-TW';

  test('positions 7 and 8 share one generic warning, listed once', () => {
    const { container } = renderIn(lng, <OcrWarningList service="idCardOcr" warnings="00000011" />);
    const items = container.querySelectorAll('li');
    expect(items).toHaveLength(1);
    const [other] = decodeIdCardWarnings('00000011').warnings;
    expect(items[0]?.textContent).toContain(text(lng, other?.messageKeys.title as string));
    expect(screen.getByRole('heading').textContent).toBe(
      text(lng, 'ui.warnings.heading', { count: 1 }),
    );
  });

  test('an unknown bank-card warning code gets the generic warning', () => {
    const [unknown] = parseBankCardWarnings('-9999').warnings;
    expect(unknown?.known).toBe(false);
    renderIn(lng, <OcrWarningList service="bankCardOcr" warnings="-9999" />);
    expect(screen.getByText(text(lng, unknown?.messageKeys.title as string))).toBeTruthy();
  });

  test.each([
    ['idCardOcr', '00000000'],
    ['idCardOcr', null],
    ['idCardOcr', undefined],
    ['idCardOcr', ''],
    ['bankCardOcr', '0'],
    ['bankCardOcr', '[]'],
    ['bankCardOcr', 0],
  ] as const)('%s %o: no warning, nothing rendered, nothing logged', (service, warnings) => {
    const { container } = renderIn(
      lng,
      <OcrWarningList service={service} warnings={warnings} onContinue={() => {}} />,
    );
    expect(container.innerHTML).toBe('');
    expect(listWarnings()).toEqual([]);
  });

  test.each([
    ['idCardOcr', '1001'],
    ['idCardOcr', 'abcdefgh'],
    ['idCardOcr', '100101002'],
    ['idCardOcr', '1001 0100'],
    ['idCardOcr', { warning: '10010100' }],
    ['idCardOcr', ['10010100']],
    ['idCardOcr', '<img src=x onerror=alert(1)>'],
    ['bankCardOcr', 'abc'],
    ['bankCardOcr', '[x,y]'],
    ['bankCardOcr', { code: -9110 }],
    ['bankCardOcr', 'x'.repeat(1_000_000)],
  ] as const)(
    '%s malformed %#: renders nothing misleading, warns the integrator in development',
    (service, warnings) => {
      const { container } = renderIn(
        lng,
        <OcrWarningList
          service={service}
          warnings={warnings}
          onContinue={() => {}}
          onRetake={() => {}}
        />,
      );
      expect(container.innerHTML).toBe('');
      expect(listWarnings()).toHaveLength(1);
      expect(listWarnings()[0]).toContain(service);
    },
  );

  test('a partly malformed bank-card list shows only the codes it could read', () => {
    const { container } = renderIn(
      'en',
      <OcrWarningList service="bankCardOcr" warnings="[-9110,oops]" onContinue={() => {}} />,
    );
    expect(Array.from(container.querySelectorAll('li'), (li) => li.dataset.warning)).toEqual([
      '-9110',
    ]);
    expect(listWarnings()).toHaveLength(1);
  });

  // A symbol cannot go in a template string: the development warning threw from its effect and
  // unmounted the page.
  test('a service that is a symbol: the development warning does not throw, the list renders', () => {
    const { container } = renderIn(
      'en',
      <OcrWarningList
        service={Symbol('x') as never}
        warnings="[-9110,oops]"
        onContinue={() => {}}
      />,
    );
    expect(list(container)).not.toBeNull();
    expect(container.querySelectorAll('li')).toHaveLength(1);
    expect(listWarnings()).toEqual([
      '[faceid-guidance] OcrWarningList: malformed [symbol] warning value ignored.',
    ]);
  });

  // React turns an attribute's value into a string: these threw from render.
  test.each([
    ['an object without a prototype', Object.create(null)],
    [
      'an object whose toString throws',
      {
        toString() {
          throw new Error('no');
        },
      },
    ],
  ])('a service or side that is %s: no data attribute, no throw', (_, value) => {
    const { container } = renderIn(
      'en',
      <OcrWarningList service={value as never} side={value as never} warnings="[-9110]" />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root.getAttribute('data-service')).toBeNull();
    expect(root.getAttribute('data-side')).toBeNull();
  });
});

describe('OcrWarningList: markup', () => {
  test('a status by default; the role and heading level can be changed', () => {
    const { rerender } = renderIn('en', <OcrWarningList service="idCardOcr" warnings={ID_CARD} />);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 })).toBeTruthy();
    rerender(
      <OcrWarningList service="idCardOcr" warnings={ID_CARD} role="alert" headingLevel={2} />,
    );
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
  });

  test('icons are decorative, buttons are type=button, ids unique across instances', () => {
    const { container } = renderIn(
      'en',
      <>
        <OcrWarningList
          service="idCardOcr"
          warnings={ID_CARD}
          onContinue={() => {}}
          onRetake={() => {}}
        />
        <OcrWarningList
          service="bankCardOcr"
          warnings="-9112"
          onContinue={() => {}}
          onRetake={() => {}}
        />
      </>,
    );
    for (const icon of container.querySelectorAll('svg')) {
      expect(icon.getAttribute('aria-hidden')).toBe('true');
    }
    const buttons = container.querySelectorAll('button');
    expect(buttons).toHaveLength(4);
    for (const button of buttons) expect(button.getAttribute('type')).toBe('button');
    const ids = idsIn(container);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  test('other props are spread onto the root', () => {
    const { container } = renderIn(
      'en',
      <OcrWarningList service="bankCardOcr" warnings="-9110" className="host" data-testid="w" />,
    );
    expect(screen.getByTestId('w')).toBe(list(container));
    expect(list(container)?.className).toBe('faceid-warnings host');
    expect(list(container)?.dataset.service).toBe('bankCardOcr');
  });
});

describe.each(LANGUAGES)('useFaceIdGuidance in %s', (lng) => {
  test('returns the localized strings and the policy of a code', () => {
    const reading = readCode('-5018');
    const { result } = renderHook(() => useFaceIdGuidance('-5018'), { wrapper: withLanguage(lng) });
    const guidance = result.current;
    expect(guidance.ready).toBe(true);
    expect(guidance.language).toBe(lng);
    expect(guidance.reading).toEqual(reading);
    expect(guidance.title).toBe(text(lng, reading.messageKeys.title));
    expect(guidance.description).toBe(text(lng, reading.messageKeys.description));
    expect(guidance.tips).toEqual(
      reading.tips.map((tip) => ({ tip, text: text(lng, `tips.${tip}`) })),
    );
    expect(guidance.supportCode).toBe(text(lng, 'ui.support.code', { code: '-5018' }));
    expect(guidance.escalated).toBe(false);
    // The code's own top tip stays first; then what fits a capture problem; then support.
    expect(guidance.escalation).toEqual({
      title: text(lng, 'ui.escalation.title'),
      suggestions: [
        text(lng, `tips.${reading.tips[0]}`),
        ...['brighterPlace', 'anotherDevice', 'contactSupport'].map((key) =>
          text(lng, `ui.escalation.${key}`),
        ),
      ],
    });
    expect(guidance.developerMessage).toBeUndefined();
    expect(guidance.t('ui.actions.retry')).toBe(text(lng, 'ui.actions.retry'));
  });

  test('an integrator code carries the developer diagnostic apart from the user copy', () => {
    const reading = readCode('400101');
    const { result } = renderHook(() => useFaceIdGuidance('400101'), {
      wrapper: withLanguage(lng),
    });
    expect(result.current.reading.audience).toBe('integrator');
    expect(result.current.developerMessage).toBe(
      text(lng, reading.messageKeys.developer as string, { code: '400101', service: 'gateway' }),
    );
    expect(result.current.description).not.toBe(result.current.developerMessage);
  });
});

describe('useFaceIdGuidance policy', () => {
  const wrapper = withLanguage('en');

  test.each([
    ['-5018', { type: 'now' }],
    ['400504', { type: 'wait', minutes: 10 }],
    ['66660017', { type: 'notToday' }],
    ['66660010', { type: 'correctDetails' }],
    ['66660018', { type: 'restart' }],
    ['66660005', { type: 'contactSupport' }],
    ['0', { type: 'none' }],
  ])('%s → retry %o', (code, retry) => {
    const { result } = renderHook(() => useFaceIdGuidance(code), { wrapper });
    expect(result.current.reading.retry).toEqual(retry);
  });

  test('escalates every failure from escalateAfter attempts, an expired ID card after one retake', () => {
    interface Props {
      code: string;
      attempt: number;
      escalateAfter?: number;
    }
    const initialProps: Props = { code: '-5018', attempt: 2 };
    const { result, rerender } = renderHook(
      ({ code, attempt, escalateAfter }: Props) =>
        useFaceIdGuidance(code, { attempt, escalateAfter }),
      { wrapper, initialProps },
    );
    expect(result.current.escalated).toBe(false);
    rerender({ code: '-5018', attempt: 3 });
    expect(result.current.escalated).toBe(true);
    rerender({ code: '-5018', attempt: 4, escalateAfter: 5 });
    expect(result.current.escalated).toBe(false);
    // Every policy escalates, so that nobody loops: restart, correct details, wait, not today.
    for (const code of ['66660018', '66660010', '400504', '66660017', '66660001']) {
      rerender({ code, attempt: 2 });
      expect(result.current.escalated).toBe(false);
      rerender({ code, attempt: 3 });
      expect(result.current.escalated).toBe(true);
    }
    rerender({ code: '0', attempt: 9 });
    expect(result.current.escalated).toBe(false);
  });

  test('returns the actions to offer, labelled, for the handlers passed', () => {
    const handlers = {
      onRetry: vi.fn(),
      onRetake: vi.fn(),
      onEditDetails: vi.fn(),
      onContactSupport: vi.fn(),
    };
    type Props = { code: string; service?: 'bankCardOcr'; attempt: number; only?: boolean };
    const { result, rerender } = renderHook(
      ({ code, service, attempt, only }: Props) =>
        useFaceIdGuidance(
          code,
          only
            ? { service, attempt, onRetry: handlers.onRetry }
            : { service, attempt, ...handlers },
        ),
      { wrapper, initialProps: { code: '-5018', attempt: 1 } as Props },
    );
    const offered = () =>
      result.current.actions.map(({ action, label, primary, disabled }) => ({
        action,
        label,
        primary,
        disabled,
      }));
    const label = (action: string, primary: boolean) => ({
      action,
      label: text('en', `ui.actions.${action}`),
      primary,
      disabled: false,
    });
    expect(offered()).toEqual([label('retry', true)]);
    result.current.actions[0]?.onPress();
    expect(handlers.onRetry).toHaveBeenCalledTimes(1);
    rerender({ code: '-5018', attempt: 3 });
    expect(offered()).toEqual([label('retry', true), label('contactSupport', false)]);
    // An action appears only when its handler is passed.
    rerender({ code: '-5018', attempt: 3, only: true });
    expect(offered()).toEqual([label('retry', true)]);
    rerender({ code: '-9012', service: 'bankCardOcr', attempt: 1 });
    expect(offered()).toEqual([label('retake', true)]);
    result.current.actions[0]?.onPress();
    expect(handlers.onRetake).toHaveBeenCalledTimes(1);
    rerender({ code: '66660010', attempt: 1 });
    expect(offered()).toEqual([label('editDetails', true)]);
    rerender({ code: '66660001', attempt: 1 });
    expect(offered()).toEqual([label('contactSupport', true)]);
    rerender({ code: '66660001', attempt: 1, only: true });
    expect(offered()).toEqual([]);
  });

  test('a wait disables every action but contacting support, and counts down', () => {
    const onRetry = vi.fn();
    const onContactSupport = vi.fn();
    const T0 = Date.UTC(2026, 0, 1);
    const { result, rerender } = renderHook(
      ({ now }: { now: number }) =>
        useFaceIdGuidance('400504', { now, attempt: 3, onRetry, onContactSupport }),
      { wrapper, initialProps: { now: T0 } },
    );
    const minutes = readCode('400504').retry;
    expect(minutes.type).toBe('wait');
    const full = minutes.type === 'wait' ? minutes.minutes * 60_000 : 0;
    expect(result.current.remainingMs).toBe(full);
    expect(result.current.actions.map(({ action, disabled }) => [action, disabled])).toEqual([
      ['retry', true],
      ['contactSupport', false],
    ]);
    rerender({ now: T0 + full - 1_000 });
    expect(result.current.remainingMs).toBe(1_000);
    rerender({ now: T0 + full });
    expect(result.current.remainingMs).toBe(0);
    expect(result.current.actions.map(({ disabled }) => disabled)).toEqual([false, false]);
    // A code that asks no wait has none.
    const { result: other } = renderHook(() => useFaceIdGuidance('-5018', { onRetry }), {
      wrapper,
    });
    expect(other.current.remainingMs).toBe(0);
  });

  test('the wait text', () => {
    const { result } = renderHook(() => useFaceIdGuidance('400504'), { wrapper });
    const { waitText } = result.current;
    expect(waitText(599_001)).toBe(waitLine('en', '10:00'));
    expect(waitText(90_000)).toBe(waitLine('en', '1:30'));
    expect(waitText(1)).toBe(waitLine('en', '0:01'));
    expect(waitText(3_600_000)).toBe(waitLine('en', '1:00:00'));
    expect(waitText(0)).toBe(text('en', 'ui.wait.ready'));
  });

  test('an expired ID card is retaken once at most before the advice escalates', () => {
    const { result, rerender } = renderHook(
      ({ attempt }: { attempt: number }) =>
        useFaceIdGuidance('66661003', { service: 'idCardOcr', attempt }),
      { wrapper, initialProps: { attempt: 1 } },
    );
    expect(result.current.reading.retry).toEqual({ type: 'otherDocument' });
    expect(result.current.escalated).toBe(false);
    rerender({ attempt: 2 });
    expect(result.current.escalated).toBe(true);
    expect(result.current.escalation.suggestions).toEqual([
      text('en', `tips.${result.current.reading.tips[0]}`),
      ...['validDocument', 'contactSupport'].map((key) => text('en', `ui.escalation.${key}`)),
    ]);
  });

  test('reads the code in the service asked for; lng overrides the provider', () => {
    const { result } = renderHook(
      () => useFaceIdGuidance(-1102, { service: 'licenseOcr', lng: 'zh-Hant' }),
      { wrapper },
    );
    const reading = readCode(-1102, { service: 'licenseOcr' });
    expect(result.current.reading.id).toBe(reading.id);
    expect(result.current.language).toBe('zh-TW');
    expect(result.current.title).toBe(text('zh-TW', reading.messageKeys.title));
  });

  test('unknown input gets the fallback copy', () => {
    const { result, rerender } = renderHook(({ code }) => useFaceIdGuidance(code), {
      wrapper,
      initialProps: { code: 'not a code' },
    });
    expect(result.current.reading.known).toBe(false);
    expect(result.current.title).toBe(text('en', 'unknown.title'));
    // Not the shape of a code: nothing to display, and the copy points to no code.
    expect(result.current.displayCode).toBe('');
    expect(result.current.supportCode).toBe('');
    expect(result.current.description).toBe(text('en', 'unknown.descriptionNoCode'));
    rerender({ code: '12345678' });
    expect(result.current.displayCode).toBe('12345678');
    expect(result.current.description).toBe(text('en', 'unknown.description'));
  });

  test('is not ready while the language loads, and speaks the bundled floor; then localized', async () => {
    const lazy = ({ children }: { children?: ReactNode }) => (
      <FaceIdGuidanceProvider lng="en">{children}</FaceIdGuidanceProvider>
    );
    const { result } = renderHook(
      () => useFaceIdGuidance('-5018', { attempt: 3, onRetry: () => {} }),
      { wrapper: lazy },
    );
    expect(result.current.ready).toBe(false);
    expect(result.current.language).toBe('en');
    // The floor: a generic title and next step in the page's language, a working action, no tips.
    expect(result.current.title).toBe(text('en', 'unknown.title'));
    expect(result.current.description).toBe('');
    expect(result.current.tips).toEqual([]);
    expect(result.current.actions.map(({ label }) => label)).toEqual([
      text('en', 'ui.actions.retry'),
    ]);
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.title).toBe(text('en', readCode('-5018').messageKeys.title));
  });
});

describe('useFaceIdTranslation', () => {
  test('t is fixed to the faceid namespace and the language in use', () => {
    const { result } = renderHook(() => useFaceIdTranslation(), { wrapper: withLanguage('zh-MO') });
    expect(result.current).toMatchObject({ ready: true, language: 'zh-HK' });
    expect(result.current.t('ui.actions.retake')).toBe(text('zh-HK', 'ui.actions.retake'));
  });
});

// GuidanceTips is the hook's tips, rendered with their illustrations.
const items = () => screen.queryAllByRole('listitem');

describe.each(LANGUAGES)('GuidanceTips in %s', (lng) => {
  test("a code's tips, each with its illustration", () => {
    const reading = readCode('-5018');
    const { container } = renderIn(lng, <GuidanceTips code="-5018" />);
    expect(items().map((item) => item.textContent)).toEqual(
      reading.tips.map((tip) => text(lng, `tips.${tip}`)),
    );
    expect(items().map((item) => item.dataset.tip)).toEqual([...reading.tips]);
    const icons = container.querySelectorAll('li svg');
    expect(icons).toHaveLength(reading.tips.length);
    for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
  });

  test('every tip of the vocabulary, chosen explicitly', () => {
    renderIn(lng, <GuidanceTips tips={TIPS} />);
    expect(items().map((item) => item.textContent)).toEqual(
      TIPS.map((tip) => text(lng, `tips.${tip}`)),
    );
  });

  test('a code read in its service', () => {
    const reading = readCode('66661006', { service: 'idCardOcr' });
    renderIn(lng, <GuidanceTips code="66661006" service="idCardOcr" />);
    expect(items().map((item) => item.textContent)).toEqual(
      reading.tips.map((tip) => text(lng, `tips.${tip}`)),
    );
  });
});

describe('GuidanceTips edge cases', () => {
  test('explicit tips win over the code', () => {
    renderIn('en', <GuidanceTips code="-5018" tips={['network']} />);
    expect(items().map((item) => item.textContent)).toEqual([text('en', 'tips.network')]);
  });

  test('unknown tip names are dropped', () => {
    renderIn('en', <GuidanceTips tips={['light', 'nope' as never, '__proto__' as never]} />);
    expect(items().map((item) => item.dataset.tip)).toEqual(['light']);
  });

  test.each([
    ['no code and no tips', {}],
    ['a code without tips', { code: '0' }],
    ['an unknown code', { code: '12345' }],
    ['an empty tip list', { tips: [] }],
  ])('renders nothing for %s', (_, props) => {
    const { container } = renderIn('en', <GuidanceTips {...props} />);
    expect(container.innerHTML).toBe('');
  });

  test('renders nothing until the language has loaded, then the tips', async () => {
    const { container } = render(
      <FaceIdGuidanceProvider lng="en">
        <GuidanceTips code="-5018" />
      </FaceIdGuidanceProvider>,
    );
    expect(container.innerHTML).toBe('');
    expect(await screen.findByText(text('en', `tips.${readCode('-5018').tips[0]}`))).toBeTruthy();
  });

  test('list props are spread onto the list', () => {
    renderIn('en', <GuidanceTips code="-5018" aria-label="Tips" className="host" />);
    const list = screen.getByRole('list', { name: 'Tips' });
    expect(list.className).toBe('faceid-tips host');
  });
});

describe('axe finds no violation', () => {
  const noop = () => {};
  const STATES: Readonly<Record<string, ReactElement>> = {
    'OcrWarningList: passing, continue or retake': (
      <OcrWarningList
        service="idCardOcr"
        side="front"
        warnings="10010111"
        onContinue={noop}
        onRetake={noop}
      />
    ),
    'OcrWarningList: blocking, retake': (
      <OcrWarningList
        service="idCardOcr"
        side="back"
        warnings="01000000"
        blocking={['photocopy']}
        onContinue={noop}
        onRetake={noop}
      />
    ),
    'OcrWarningList: bank card, no actions, role alert, heading level 2': (
      <OcrWarningList
        service="bankCardOcr"
        warnings="[-9110,-9112,-9999]"
        role="alert"
        headingLevel={2}
      />
    ),
    'GuidanceTips: for a code': <GuidanceTips code="-5018" />,
    'GuidanceTips: every tip': <GuidanceTips tips={TIPS} />,
  };

  // Every state in one run: much faster than a run per state.
  test('every OcrWarningList and GuidanceTips state', async () => {
    const { container } = renderIn(
      'zh-TW',
      <div>
        {Object.entries(STATES).map(([name, ui]) => (
          <div key={name} data-axe-label={name}>
            {ui}
          </div>
        ))}
      </div>,
    );
    expect(container.querySelectorAll('[data-axe-label] > *')).toHaveLength(
      Object.keys(STATES).length,
    );
    await expectNoAxeViolations(container);
  });
});
