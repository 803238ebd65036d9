/**
 * Sweeps and edge conditions: every catalogue entry in every language, integrator diagnostics,
 * hostile input, React StrictMode and hydration of server markup.
 */
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createRef, StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { type EntryId, ID_CARD_WARNINGS } from '../../src/core/catalogue';
import { entryIds, readCode, readEntry } from '../../src/core/describe';
import { diagnoseCode } from '../../src/core/diagnose';
import { MAX_RAW_LENGTH } from '../../src/core/input';
import { decodeIdCardWarnings } from '../../src/core/warnings';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceIdResultBanner } from '../../src/react/FaceIdResultBanner';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import { BannerFor } from '../../stories/support/BannerFor';
import { sampleCode } from '../helpers/codes';
import { ALL_RESOURCES, LANGUAGES, renderIn, text, textContentIs, withLanguage } from './helpers';

const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  warn.mockClear();
});

/** The diagnostics logged for one code (they arrive asynchronously, after the official texts load). */
const diagnosticsFor = (service: string, code: string) =>
  warn.mock.calls
    .map((call) => String(call[0]))
    .filter((message) => message.startsWith(`[faceid-guidance] ${service} code ${code} `));

/** Lets pending dynamic imports and their callbacks settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));

function throwingProxy(): object {
  const fail = () => {
    throw new Error('trap');
  };
  return new Proxy({}, { get: fail, getOwnPropertyDescriptor: fail, ownKeys: fail, has: fail });
}

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

const root = (container: HTMLElement) => container.querySelector('.faceid-banner') as HTMLElement;

describe('integrator diagnostics', () => {
  test('the UI stays user-friendly while a development warning carries the official text', async () => {
    const lng = 'zh-TW';
    const description = diagnoseCode('400101');
    expect(description.audience).toBe('integrator');
    const developer = text(lng, description.messageKeys.developer as string, {
      code: '400101',
      service: 'gateway',
    });
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code="400101" />);

    // The person sees plain copy; the developer text and Tencent's wording stay out of the DOM.
    expect(screen.getByText(text(lng, description.messageKeys.title))).toBeTruthy();
    const dom = root(container).textContent as string;
    expect(dom).not.toContain(developer);
    expect(dom).not.toContain(description.official.message);
    expect(dom).not.toContain(description.official.action);
    // The root's data-* attributes carry what an integrator needs to find the code.
    expect(root(container).dataset).toMatchObject({
      code: '400101',
      id: description.id,
      audience: 'integrator',
      service: 'gateway',
    });

    await waitFor(() => expect(diagnosticsFor('gateway', '400101')).toHaveLength(1));
    const [message] = diagnosticsFor('gateway', '400101');
    expect(message).toContain(description.id);
    expect(message).toContain(description.official.message);
    expect(message).toContain(description.official.action);
    expect(message).toContain(developer);
  });

  test('fires once per code, however often and wherever it is shown', async () => {
    const { rerender } = renderIn('en', <FaceVerifyErrorBanner code="66660001" />);
    rerender(<FaceVerifyErrorBanner code="66660001" attempt={2} />);
    renderIn('zh-CN', <FaceVerifyErrorBanner code=" 66660001" />);
    await settle();
    expect(diagnosticsFor('faceVerify', '66660001')).toHaveLength(1);
    expect(diagnosticsFor('faceVerify', '66660001')[0]).toContain(
      diagnoseCode('66660001').official.message,
    );
    // The same number in another service is another code.
    renderIn('en', <FaceVerifyErrorBanner code="66660001" service="twoFactor" />);
    await waitFor(() => expect(diagnosticsFor('twoFactor', '66660001')).toHaveLength(1));
  });

  test('unknown codes are reported to the integrator; user-facing codes are not', async () => {
    renderIn('en', <FaceVerifyErrorBanner code="12345" />);
    renderIn('en', <FaceVerifyErrorBanner code="-5018" />);
    renderIn('en', <OcrErrorBanner service="idCardOcr" code="66661006" />);
    await waitFor(() => expect(diagnosticsFor('faceVerify', '12345')).toHaveLength(1));
    expect(diagnosticsFor('faceVerify', '12345')[0]).toContain(
      text('en', 'developer.unknown', { code: '12345', service: 'faceVerify' }),
    );
    await settle();
    expect(diagnosticsFor('faceVerify', '-5018')).toEqual([]);
    expect(diagnosticsFor('idCardOcr', '66661006')).toEqual([]);
  });

  test('nothing is logged in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    renderIn('en', <FaceVerifyErrorBanner code="66660002" />);
    renderIn('en', <OcrWarningList service="idCardOcr" warnings="bad" />);
    await settle();
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('hostile codes render the fallback, and nothing from the link is shown as ours', () => {
  const lng = 'en';
  const fallbackTitle = () => text(lng, 'unknown.title');
  /** The fallback without a code line: the description that points to no code. */
  const expectNoCodeShown = (container: HTMLElement) => {
    expect(screen.getByText(fallbackTitle())).toBeTruthy();
    expect(screen.getByText(text(lng, 'unknown.descriptionNoCode'))).toBeTruthy();
    expect(container.querySelector('.faceid-reference')).toBeNull();
  };

  test('markup is never shown, and reaches onShown and data-code raw (truncated)', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const onShown = vi.fn();
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner
        code={hostile}
        orderNo="<script>alert(1)</script>"
        onShown={onShown}
      />,
    );
    expectNoCodeShown(container);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).not.toContain('onerror');
    expect(container.textContent).not.toContain('alert');
    expect(root(container).dataset.code).toBe(hostile);
    expect(onShown).toHaveBeenCalledWith(expect.objectContaining({ known: false, code: hostile }));
  });

  test.each([
    ['a phishing sentence', '验证异常请立即致电4001234567领取补偿'],
    ['a phone number', '4001234567'],
    ['an English sentence', 'Call 4001234567 now'],
    ['a made-up API name', 'CallUsNow.4001234567'],
    ['a URL', 'https://evil.example/claim'],
  ])('%s as the code is not shown', (_, hostile) => {
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={hostile} orderNo="FACE-2026_0001" onRetry={() => {}} />,
    );
    expect(screen.getByText(fallbackTitle())).toBeTruthy();
    expect(container.textContent).not.toContain('4001234567');
    expect(container.textContent).not.toContain('evil');
    // A well-formed reference still shows, for support.
    expect(
      screen.getByText(
        textContentIs(text(lng, 'ui.support.reference', { reference: 'FACE-2026_0001' })),
      ),
    ).toBeTruthy();
  });

  test.each([
    ['a sentence', '请立即致电4001234567领取补偿'],
    ['markup', '<b>FACE</b>'],
    ['spaces', 'FACE 2026'],
    ['65 characters', 'A'.repeat(65)],
  ])('%s as the order number is not shown', (_, hostile) => {
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code="-5018" orderNo={hostile} />);
    expect(
      screen.getByText(textContentIs(text(lng, 'ui.support.code', { code: '-5018' }))),
    ).toBeTruthy();
    expect(container.querySelector('.faceid-reference p')?.textContent).toBe(
      text(lng, 'ui.support.code', { code: '-5018' }),
    );
  });

  test.each([
    ['an unknown number', '12345678'],
    ['an unknown Cloud API code', 'FailedOperation.SomethingNew'],
  ])('%s has the shape of a code: shown for support', (_, code) => {
    renderIn(lng, <FaceVerifyErrorBanner code={code} />);
    expect(screen.getByText(text(lng, 'unknown.description'))).toBeTruthy();
    expect(screen.getByText(textContentIs(text(lng, 'ui.support.code', { code })))).toBeTruthy();
  });

  test('a 1 MB code is truncated to MAX_RAW_LENGTH characters for the integrator, and not shown', () => {
    const huge = 'A'.repeat(1_000_000);
    const shown = `${'A'.repeat(MAX_RAW_LENGTH - 1)}…`;
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code={huge} orderNo={huge} />);
    expectNoCodeShown(container);
    expect(root(container).dataset.code).toBe(shown);
    expect(container.innerHTML.length).toBeLessThan(10_000);
  });

  test('a 1 MB string of digits is not a code either', () => {
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code={'6'.repeat(1_000_000)} />);
    expectNoCodeShown(container);
    expect(root(container).dataset.code).toBe(`${'6'.repeat(MAX_RAW_LENGTH - 1)}…`);
  });

  test.each([
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['hasOwnProperty', 'hasOwnProperty'],
    ['{{code}}', '{{code}}'],
    ['$t(ui.actions.retry)', '$t(ui.actions.retry)'],
    ['bidi override', '\u202e66660004'],
  ])('%s', (_, hostile) => {
    const expected = readCode(hostile).code;
    expect(expected).not.toMatch(/[\u202a-\u202e]/);
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner code={hostile} onRetry={() => {}} />,
    );
    expect(screen.getByText(fallbackTitle())).toBeTruthy();
    expect(root(container).dataset.code).toBe(expected);
    // A bidi override before a real code reads as that code (the override is removed).
    if (/^\d+$/.test(expected)) {
      expect(container.querySelector('.faceid-reference > p')?.textContent).toBe(
        text(lng, 'ui.support.code', { code: expected }),
      );
    } else expectNoCodeShown(container);
  });

  test.each([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an empty object', {}, '[object]'],
    ['an empty array', [], '[array]'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a symbol', Symbol('x'), '[symbol]'],
    ['a function', () => '0', '[function]'],
    [
      'an object whose toString throws',
      {
        toString: () => {
          throw new Error('no');
        },
      },
      '[object]',
    ],
    ['a proxy whose traps throw', throwingProxy(), '[object]'],
    ['a revoked proxy', revokedProxy(), '[object]'],
    ['a huge number', 1e21, '1e+21'],
  ])('%s renders the fallback without throwing, and no code line', (_, hostile, raw) => {
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code={hostile} />);
    expect(screen.getByRole('heading').textContent).toBe(fallbackTitle());
    expect(root(container).dataset).toMatchObject({ id: 'unknown', code: raw });
    expect(container.querySelector('.faceid-reference')).toBeNull();
  });

  test('the other components take hostile input too', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = renderIn(
      lng,
      <>
        <OcrErrorBanner service="bankCardOcr" code={hostile} />
        <GuidanceTips code={hostile} />
        <GuidanceTips code="__proto__" service={'__proto__' as never} />
        <OcrWarningList service="bankCardOcr" warnings={hostile} />
      </>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('.faceid-banner')).toHaveLength(1);
    expect(container.querySelector('.faceid-tips, .faceid-warnings')).toBeNull();
    const { result } = renderHook(() => useFaceIdGuidance({ valueOf: () => 0 }), {
      wrapper: withLanguage(lng),
    });
    expect(result.current.title).toBe(fallbackTitle());
  });

  test('a hostile service or language falls back to the defaults', () => {
    render(
      <FaceIdGuidanceProvider lng="__proto__" resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code="-5018" service={'constructor' as never} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(text('zh-CN', readCode('-5018').messageKeys.title))).toBeTruthy();
  });
});

describe('React StrictMode', () => {
  test('renders, and onShown fires once per displayed code', () => {
    const onShown = vi.fn();
    const { rerender } = render(
      <StrictMode>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="-5018" onShown={onShown} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(screen.getByText(text('en', readCode('-5018').messageKeys.title))).toBeTruthy();
    expect(onShown).toHaveBeenCalledTimes(1);
    rerender(
      <StrictMode>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="-5018" attempt={2} onShown={onShown} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(onShown).toHaveBeenCalledTimes(1);
    rerender(
      <StrictMode>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="66660004" onShown={onShown} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(onShown).toHaveBeenCalledTimes(2);
  });

  test('onShown fires once after a lazy load; focusOnMount still focuses', async () => {
    const onShown = vi.fn();
    const { container } = render(
      <StrictMode>
        <FaceIdGuidanceProvider lng="zh-TW">
          <FaceVerifyErrorBanner code="-5018" onShown={onShown} focusOnMount />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(
      await screen.findByText(text('zh-TW', readCode('-5018').messageKeys.title)),
    ).toBeTruthy();
    expect(onShown).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(root(container));
  });

  test('the integrator diagnostic is still logged once', async () => {
    render(
      <StrictMode>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="400102" />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    await settle();
    expect(diagnosticsFor('gateway', '400102')).toHaveLength(1);
  });

  test('the countdown ticks with a single timer and stops at the end', () => {
    vi.useFakeTimers({ now: 0 });
    render(
      <StrictMode>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="400504" retryAt={2_000} onRetry={() => {}} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(vi.getTimerCount()).toBe(1);
    const button = screen.getByRole('button', {
      name: text('en', 'ui.actions.retry'),
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    act(() => vi.advanceTimersByTime(2_000));
    expect(button.disabled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  test('OcrWarningList renders its warnings', () => {
    render(
      <StrictMode>
        <FaceIdGuidanceProvider lng="zh-CN" resources={ALL_RESOURCES}>
          <OcrWarningList service="idCardOcr" warnings="01000000" onContinue={() => {}} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    expect(screen.getByText(text('zh-CN', 'idCardWarnings.photocopy.title'))).toBeTruthy();
  });
});

describe('hydration of server markup', () => {
  test('client and server render the same markup; the copy button appears after hydration', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    const onRecoverableError = vi.fn();
    const app = (
      <StrictMode>
        <FaceIdGuidanceProvider lng="zh-TW" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code="-5018" orderNo="A" onRetry={() => {}} />
          <FaceVerifyErrorBanner code="400504" now={0} onRetry={() => {}} />
          <OcrWarningList service="idCardOcr" warnings="10000000" onContinue={() => {}} />
          <GuidanceTips code="-5018" />
        </FaceIdGuidanceProvider>
      </StrictMode>
    );
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.innerHTML = renderToString(app);
      const serverButtons = container.querySelectorAll('button').length;
      const hydrated = await act(async () => hydrateRoot(container, app, { onRecoverableError }));
      expect(onRecoverableError).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      // One copy button beside each of the two support references.
      expect(container.querySelectorAll('button').length).toBe(serverButtons + 2);
      expect(screen.getAllByText(text('zh-TW', 'ui.actions.copy'))).toHaveLength(2);
      act(() => hydrated.unmount());
    } finally {
      container.remove();
      Reflect.deleteProperty(navigator, 'clipboard');
      error.mockRestore();
    }
  });
});

// Every entry, in every language: one render per language (250+ separate renders would be slow),
// one test per entry. Last in the file: showing integrator codes also logs their diagnostics.
function Entry({ id }: { id: EntryId }) {
  const reading = readEntry(id, sampleCode(id));
  return (
    <div data-entry={id}>
      {reading.kind === 'warning' && reading.service !== 'environment' ? (
        // Warnings accompany a success: they are listed, not shown as a failure. An environment
        // warning (checkFaceVerifyEnvironment's) is shown before the flow, as a banner.
        <OcrWarningList
          service={reading.service as 'bankCardOcr' | 'idCardWarningCode' | 'intlCardWarning'}
          warnings={reading.code}
        />
      ) : (
        <BannerFor service={reading.service} code={reading.code} />
      )}
    </div>
  );
}

const idCardWarningValue = (position: number) =>
  '00000000'.replace(/0/g, (zero, index: number) => (index === position - 1 ? '1' : zero));

describe.each(LANGUAGES)('every catalogue entry renders in %s without falling back', (lng) => {
  const container = document.createElement('div');
  let reactRoot: Root | undefined;
  /** Each entry's wrapper, by entry id or ID-card warning position: selectors on the whole page are slow. */
  const rendered = new Map<string, HTMLElement>();
  beforeAll(() => {
    document.body.append(container);
    reactRoot = createRoot(container);
    act(() =>
      reactRoot?.render(
        <FaceIdGuidanceProvider lng={lng} resources={ALL_RESOURCES}>
          {entryIds().map((id) => (
            <Entry key={id} id={id} />
          ))}
          {ID_CARD_WARNINGS.map(({ position }) => (
            <div key={position} data-position={position}>
              <OcrWarningList service="idCardOcr" warnings={idCardWarningValue(position)} />
            </div>
          ))}
        </FaceIdGuidanceProvider>,
      ),
    );
    for (const element of Array.from(container.children) as HTMLElement[]) {
      rendered.set(element.dataset.entry ?? `position ${element.dataset.position}`, element);
    }
  });
  afterAll(() => {
    act(() => reactRoot?.unmount());
    container.remove();
  });

  test.each(entryIds())('%s', (id) => {
    const reading = readEntry(id, sampleCode(id));
    const title = text(lng, reading.messageKeys.title);
    const description = text(lng, reading.messageKeys.description);
    expect(title).not.toBe(text(lng, 'unknown.title'));
    expect(description).not.toBe(text(lng, 'unknown.description'));
    const entry = rendered.get(id) as HTMLElement;

    if (reading.kind === 'warning' && reading.service !== 'environment') {
      expect(['bankCardOcr', 'idCardWarningCode', 'intlCardWarning']).toContain(reading.service);
      const item = entry.querySelector(`li[data-warning="${reading.code}"]`) as HTMLElement;
      expect(item.querySelector('strong')?.textContent).toBe(title);
      expect(item.querySelector('strong + span')?.textContent).toBe(description);
      return;
    }

    const root = entry.querySelector('.faceid-banner') as HTMLElement;
    expect(root.dataset).toMatchObject({ id, kind: reading.kind, state: 'ready' });
    // A wait is polite: nothing the person must act on at once.
    const role = reading.kind === 'error' && reading.retry.type !== 'wait' ? 'alert' : 'status';
    const message = root.querySelector(`.faceid-message[role="${role}"]`) as HTMLElement;
    expect(message.querySelector('h2')?.textContent).toBe(title);
    expect(message.querySelector('p')?.textContent).toBe(description);
    expect(Array.from(root.querySelectorAll('li[data-tip]'), (li) => li.textContent)).toEqual(
      reading.tips.map((tip) => text(lng, `tips.${tip}`)),
    );
    if (reading.audience === 'integrator') {
      // Integration problems: neither the diagnostic nor Tencent's wording reaches the person.
      const developer = text(lng, reading.messageKeys.developer as string, {
        code: reading.code,
        service: reading.service,
      });
      expect(root.textContent).not.toContain(developer);
      // Tencent's 处理措施 column is written for the integrator ("App ID 不存在"…). Its 返回信息
      // may coincide with plain user copy ("处理失败"), so only the former is checked.
      const { official } = diagnoseCode(reading.code, { service: reading.service });
      if (official.action.length > 1) expect(root.textContent).not.toContain(official.action);
    }
  });

  test.each(ID_CARD_WARNINGS.map((w) => [w.position, w.id] as const))(
    'ID-card warning position %i (%s)',
    (position, id) => {
      const [warning] = decodeIdCardWarnings(idCardWarningValue(position)).warnings;
      expect(warning?.id).toBe(id);
      const item = rendered
        .get(`position ${position}`)
        ?.querySelector(`li[data-warning="${id}"]`) as HTMLElement;
      expect(item.querySelector('strong')?.textContent).toBe(
        text(lng, `idCardWarnings.${id}.title`),
      );
      expect(item.querySelector('strong + span')?.textContent).toBe(
        text(lng, `idCardWarnings.${id}.description`),
      );
    },
  );
});

describe('props a JavaScript caller gets wrong fall back, never throw', () => {
  const lng = 'en';
  const fakeDate = Object.create(Date.prototype) as Date;

  test.each([
    ['a Date-like object with no time', fakeDate],
    ['a revoked proxy', revokedProxy()],
    ['a string', '2026-01-01'],
    ['an invalid Date', new Date(Number.NaN)],
    ['an object', {}],
  ])('retryAt and now: %s waits the full wait', (_, bad) => {
    const { container } = renderIn(
      lng,
      <FaceVerifyErrorBanner
        code="400504"
        retryAt={bad as Date}
        now={bad as Date}
        onRetry={() => {}}
      />,
    );
    const reading = readCode('400504');
    const minutes = reading.retry.type === 'wait' ? reading.retry.minutes : 0;
    expect(container.querySelector('.faceid-countdown')?.getAttribute('data-remaining')).toBe(
      String(minutes * 60),
    );
    expect(
      (screen.getByRole('button', { name: text(lng, 'ui.actions.retry') }) as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  test('a single blocking warning given as a string blocks, and anything else blocks nothing', () => {
    const { container, rerender } = renderIn(
      lng,
      <OcrWarningList
        service="idCardOcr"
        warnings="01000000"
        blocking={'photocopy' as never}
        onRetake={() => {}}
        onContinue={() => {}}
      />,
    );
    const list = () => container.querySelector('.faceid-warnings') as HTMLElement;
    expect(list().dataset.blocking).toBe('');
    expect(
      screen.queryByRole('button', { name: text(lng, 'ui.actions.continueAnyway') }),
    ).toBeNull();
    for (const bad of [null, 42, { photocopy: true }, [null, {}, Symbol('x')], () => 'photocopy']) {
      rerender(
        <FaceIdGuidanceProvider lng={lng} resources={ALL_RESOURCES}>
          <OcrWarningList
            service="idCardOcr"
            warnings="01000000"
            blocking={bad as never}
            onRetake={() => {}}
            onContinue={() => {}}
          />
        </FaceIdGuidanceProvider>,
      );
      expect(list().dataset.blocking).toBeUndefined();
    }
  });

  test('handlers, heading levels, roles and attempts of the wrong type read as missing', () => {
    const { container } = renderIn(
      lng,
      <>
        <FaceVerifyErrorBanner
          code="-5018"
          attempt={'3' as never}
          escalateAfter={Number.NaN}
          headingLevel={7 as never}
          role={'button' as never}
          onRetry={'yes' as never}
          onContactSupport={{} as never}
          onShown={'no' as never}
          focusOnMount={'yes' as never}
          className={{} as never}
          layout={'fullscreen' as never}
        />
        <OcrWarningList
          service="bankCardOcr"
          warnings="-9114"
          headingLevel={'h1' as never}
          role={'dialog' as never}
          onRetake={42 as never}
          onContinue={null as never}
          layout={{ toString: () => 'screen' } as never}
        />
        <GuidanceTips tips={'light' as never} />
      </>,
    );
    const banner = root(container);
    expect(banner.dataset.escalated).toBeUndefined();
    expect(banner.querySelector('h2')?.textContent).toBe(
      text(lng, readCode('-5018').messageKeys.title),
    );
    expect(banner.querySelector('[role="alert"]')).not.toBeNull();
    expect(banner.className).toBe('faceid-banner faceid-face-banner');
    // No action (the support line's Copy aside).
    expect(banner.querySelectorAll('.faceid-button')).toHaveLength(0);
    // An unknown layout is a banner.
    expect(banner.hasAttribute('data-layout')).toBe(false);
    const warnings = container.querySelector('.faceid-warnings') as HTMLElement;
    expect(warnings.querySelector('h3')).not.toBeNull();
    expect(warnings.querySelector('[role="status"]')).not.toBeNull();
    expect(warnings.querySelectorAll('button')).toHaveLength(0);
    expect(warnings.hasAttribute('data-layout')).toBe(false);
    // A string of tips is no list: the code's own tips (none without a code).
    expect(container.querySelectorAll('.faceid-banner ~ .faceid-tips')).toHaveLength(0);
  });

  test('options of null read as no options', () => {
    const { result } = renderHook(() => useFaceIdGuidance('-5018', null as never), {
      wrapper: withLanguage(lng),
    });
    expect(result.current.title).toBe(text(lng, readCode('-5018').messageKeys.title));
    expect(result.current.actions).toEqual([]);
  });

  // Under the namespaces the reader walks (faceid, faceid-card): a language's own level is skipped
  // before the bounded walk runs.
  test.each([
    [
      'a cyclic catalogue',
      () => {
        const cyclic: Record<string, unknown> = { title: 'x' };
        cyclic.self = cyclic;
        return { en: { faceid: { codes: cyclic }, 'faceid-card': { codes: cyclic } } };
      },
    ],
    [
      'a catalogue 100 000 levels deep',
      () => {
        let deep: Record<string, unknown> = { leaf: 'x' };
        for (let i = 0; i < 100_000; i++) deep = { next: deep };
        return { en: { faceid: deep, 'faceid-card': deep } };
      },
    ],
    ['a namespace that is a proxy whose traps throw', () => ({ en: { faceid: throwingProxy() } })],
    ['a proxy whose traps throw', () => ({ en: throwingProxy() })],
    ['resources that are a throwing proxy', () => throwingProxy()],
  ])('%s as resources renders the loaded language', async (_, make) => {
    const resources = make() as never;
    render(
      <FaceIdGuidanceProvider lng={lng} resources={resources}>
        <FaceVerifyErrorBanner code="-5018" />
        <OcrErrorBanner service="idCardOcr" code="66661006" />
      </FaceIdGuidanceProvider>,
    );
    expect(await screen.findByText(text(lng, readCode('-5018').messageKeys.title))).toBeTruthy();
    const card = readCode('66661006', { service: 'idCardOcr' }).messageKeys.title;
    expect(await screen.findByText(text(lng, card))).toBeTruthy();
  });
});

describe('refs reach the root element', () => {
  test('every component forwards its ref', () => {
    const banner = createRef<HTMLDivElement>();
    const ocr = createRef<HTMLDivElement>();
    const result = createRef<HTMLDivElement>();
    const warnings = createRef<HTMLDivElement>();
    const tips = createRef<HTMLUListElement>();
    renderIn(
      'en',
      <>
        <FaceVerifyErrorBanner ref={banner} code="-5018" />
        <OcrErrorBanner ref={ocr} service="idCardOcr" code="66661006" />
        <FaceIdResultBanner ref={result} code="1004" />
        <OcrWarningList ref={warnings} service="bankCardOcr" warnings="-9114" />
        <GuidanceTips ref={tips} code="-5018" />
      </>,
    );
    expect(banner.current?.classList.contains('faceid-face-banner')).toBe(true);
    expect(ocr.current?.classList.contains('faceid-ocr-banner')).toBe(true);
    expect(result.current?.dataset.service).toBe('detectAuth');
    expect(warnings.current?.classList.contains('faceid-warnings')).toBe(true);
    expect(tips.current?.tagName).toBe('UL');
  });

  test('focusOnMount still focuses the root when the host holds a ref', () => {
    const ref = createRef<HTMLDivElement>();
    renderIn('en', <FaceVerifyErrorBanner ref={ref} code="-5018" focusOnMount />);
    expect(document.activeElement).toBe(ref.current);
  });
});
