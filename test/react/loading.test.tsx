/**
 * Loading a language: when the download starts, what a failed download leaves on screen, and a
 * host instance that is not initialised yet or falls back to another language.
 */
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import { createInstance, type i18n as I18n, type InitOptions } from 'i18next';
import type { ReactNode } from 'react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import {
  addFaceIdResources,
  chunkOfLoader,
  createFaceIdI18n,
  FACEID_NS,
  LOAD_TIMEOUT,
  LOADERS,
  loadFaceIdLanguage,
} from '../../src/react/i18n';
import { useFaceIdTranslation } from '../../src/react/useFaceIdGuidance';
import { ALL_RESOURCES, type Language, resourcesOf, text, textContentIs } from './helpers';

const CODE = '-5018';
const title = (lng: Language) => text(lng, readCode(CODE).messageKeys.title);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** The English `faceid` chunk. */
const ENGLISH = LOADERS.faceid as Record<string, () => Promise<unknown>>;
const realEnglish = ENGLISH.en as () => Promise<unknown>;

/** The English chunk fails to download `failures` times (every time by default), then loads. */
function failEnglish(failures = Number.POSITIVE_INFINITY) {
  const real = realEnglish;
  let calls = 0;
  const spy = vi.spyOn(ENGLISH, 'en').mockImplementation(() => {
    calls++;
    return calls <= failures ? Promise.reject(new Error(`chunk failed ${calls}`)) : real();
  });
  return spy;
}

const errors: unknown[] = [];
/** Records the hook's `error` on each render. */
function ErrorProbe() {
  errors.push(useFaceIdTranslation().error);
  return null;
}

/** Lets pending promise callbacks (a rejected import, an added bundle) run, timers faked or not. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));

describe('a locale chunk that fails to download', () => {
  test('is tried 4 times over about 5 s (i18next retries), then the floor speaks the language asked for and the host is told', async () => {
    vi.useFakeTimers();
    const loader = failEnglish();
    const onLoadError = vi.fn();
    const onRetry = vi.fn();
    errors.length = 0;
    const { container } = render(
      <FaceIdGuidanceProvider
        lng="en"
        onLoadError={onLoadError}
        resources={{ 'zh-TW': resourcesOf('zh-TW') }}
      >
        <FaceVerifyErrorBanner code={CODE} onRetry={onRetry} />
        <ErrorProbe />
      </FaceIdGuidanceProvider>,
    );
    const banner = () => container.querySelector('.faceid-banner') as HTMLElement;
    await settle();
    expect(loader).toHaveBeenCalledTimes(1);
    // Loading: busy, named in the page's language, and already saying what to do.
    expect(banner().getAttribute('aria-busy')).toBe('true');
    expect(banner().getAttribute('lang')).toBe('en');
    expect(screen.getByRole('status').textContent).toBe(text('en', 'ui.loading'));
    expect(screen.getByRole('heading').textContent).toBe(text('en', 'unknown.title'));
    // i18next's retries, as the isolated instance sets them: 750 ms, then twice as long each time.
    for (const [delay, calls] of [
      [750, 2],
      [1500, 3],
      [3000, 4],
    ] as const) {
      await act(() => vi.advanceTimersByTimeAsync(delay - 1));
      expect(loader).toHaveBeenCalledTimes(calls - 1);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(loader).toHaveBeenCalledTimes(calls);
    }
    await settle();
    // Never blank, never another language: the floor in English, with a working action.
    expect(banner().getAttribute('aria-busy')).toBeNull();
    expect(banner().dataset.state).toBe('floor');
    expect(banner().getAttribute('lang')).toBe('en');
    expect(screen.queryByText(title('zh-TW'))).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain(text('en', 'unknown.title'));
    screen.getByRole('button', { name: text('en', 'ui.actions.retry') }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(
      screen.getByText(textContentIs(text('en', 'ui.support.code', { code: CODE }))),
    ).toBeTruthy();
    expect(onLoadError).toHaveBeenCalledTimes(1);
    expect(onLoadError.mock.calls[0]?.[1]).toBe('en');
    expect(String(onLoadError.mock.calls[0]?.[0])).toContain('chunk failed 4');
    expect(String(errors.at(-1))).toContain('chunk failed 4');
    // Bounded: no timer left, no more tries.
    expect(vi.getTimerCount()).toBe(0);
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(loader).toHaveBeenCalledTimes(4);
  });

  test.each([
    ['an object', { 'zh-HK': ['zh-TW'], default: ['en'] }],
    ['a function', () => ['zh-TW']],
    ['a list', ['zh-HK', 'en']],
  ])(
    "with fallbackLng as %s, a failed download shows the floor in the page's language",
    async (_, fallbackLng) => {
      vi.useFakeTimers();
      failEnglish();
      const { container } = render(
        <FaceIdGuidanceProvider lng="en" fallbackLng={fallbackLng as never}>
          <FaceVerifyErrorBanner code={CODE} />
        </FaceIdGuidanceProvider>,
      );
      await act(() => vi.advanceTimersByTimeAsync(7000));
      const banner = container.querySelector('.faceid-banner') as HTMLElement;
      expect(banner.dataset.state).toBe('floor');
      expect(banner.getAttribute('lang')).toBe('en');
      expect(screen.getByRole('heading').textContent).toBe(text('en', 'unknown.title'));
    },
  );

  test.each([
    ['an empty array', () => Promise.resolve([])],
    ['an empty body', () => Promise.resolve(undefined)],
    ['null', () => Promise.resolve(null)],
    ['an object', () => Promise.resolve({})],
    // A namespace of another shape: a proxy's or a stale file, whole but not this one.
    ['another file', () => Promise.resolve({ stale: { v1: 'x', v2: 'y' } })],
    [
      'a few strings',
      () => realEnglish().then((all) => ({ unknown: (all as Record<string, unknown>).unknown })),
    ],
  ])('a download that brings %s is a failed try, tried again', async (_, empty) => {
    vi.useFakeTimers();
    let calls = 0;
    const loader = vi
      .spyOn(ENGLISH, 'en')
      .mockImplementation(() => (++calls === 1 ? (empty() as never) : realEnglish()));
    const { result } = renderHook(() => useFaceIdTranslation(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <FaceIdGuidanceProvider lng="en">{children}</FaceIdGuidanceProvider>
      ),
    });
    await act(() => vi.advanceTimersByTimeAsync(800));
    vi.useRealTimers();
    await vi.waitFor(() => expect(result.current.ready).toBe(true));
    expect(loader).toHaveBeenCalledTimes(2);
    expect(result.current.text(readCode(CODE).messageKeys.title)).toBe(title('en'));
  });

  test('a download that never answers times out and is tried again', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const loader = vi
      .spyOn(ENGLISH, 'en')
      .mockImplementation(() => (++calls === 1 ? new Promise(() => {}) : realEnglish()));
    const { result } = renderHook(() => useFaceIdTranslation(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <FaceIdGuidanceProvider lng="en">{children}</FaceIdGuidanceProvider>
      ),
    });
    await act(() => vi.advanceTimersByTimeAsync(LOAD_TIMEOUT - 1));
    expect(loader).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(1 + 750));
    vi.useRealTimers();
    await vi.waitFor(() => expect(result.current.ready).toBe(true));
    expect(loader).toHaveBeenCalledTimes(2);
  });

  test('a download that works on a later try shows the language asked for, with no error', async () => {
    vi.useFakeTimers();
    const loader = failEnglish(2);
    const onLoadError = vi.fn();
    const { result } = renderHook(() => useFaceIdTranslation(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <FaceIdGuidanceProvider lng="en" onLoadError={onLoadError}>
          {children}
        </FaceIdGuidanceProvider>
      ),
    });
    await act(() => vi.advanceTimersByTimeAsync(2500));
    vi.useRealTimers();
    await vi.waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.language).toBe('en');
    expect(result.current.error).toBeUndefined();
    expect(result.current.text(readCode(CODE).messageKeys.title)).toBe(title('en'));
    expect(loader).toHaveBeenCalledTimes(3);
    expect(onLoadError).not.toHaveBeenCalled();
  });

  test('after every try failed, asking again downloads again', async () => {
    vi.useFakeTimers();
    const loader = failEnglish(4);
    const instance = createFaceIdI18n(undefined, 'zh-CN');
    const first = loadFaceIdLanguage(instance, 'en');
    await act(() => vi.advanceTimersByTimeAsync(6000));
    await first;
    expect(loader).toHaveBeenCalledTimes(4);
    expect(instance.hasResourceBundle('en', FACEID_NS)).toBe(false);
    const again = loadFaceIdLanguage(instance, 'en');
    await act(() => vi.advanceTimersByTimeAsync(0));
    await again;
    expect(loader).toHaveBeenCalledTimes(5);
    expect(instance.hasResourceBundle('en', FACEID_NS)).toBe(true);
  });
});

describe("a retry's URL, on engines that remember a failed module load", () => {
  // The loaders as bundlers write them (minified or not), and whether a retry can ask for the
  // chunk at a fresh URL: only a native import() of a chunk beside the loader's.
  test.each([
    [
      'Vite (rolldown), minified',
      '()=>t(()=>import(`./face-A-5bI2wo.js`).then(e=>e.default),[])',
      './face-A-5bI2wo.js',
    ],
    [
      'the package itself, unbundled',
      '() => import("./locales/en/face.js").then((m) => m["default"])',
      './locales/en/face.js',
    ],
    [
      'Rollup',
      "() => import('./face-1a2b3c4d.js').then(function (n) { return n.f; })",
      './face-1a2b3c4d.js',
    ],
    [
      'esbuild, a sibling folder',
      '() => import("../chunks/face-X7Y8.mjs")',
      '../chunks/face-X7Y8.mjs',
    ],
    ['webpack', '()=>n.e(123).then(n.bind(n,456))', undefined],
    ['a path from the root', '()=>import("/assets/face-A-5bI2wo.js")', '/assets/face-A-5bI2wo.js'],
    [
      'a CDN',
      '() => import("https://cdn.example.com/h5/face-1a2b.js")',
      'https://cdn.example.com/h5/face-1a2b.js',
    ],
    ["Vite's development server", '() => import("/locales/en/face.json?faceid")', undefined],
    [
      'a dependency in development',
      '() => import("/node_modules/.vite/deps/face.js?v=1a2b")',
      undefined,
    ],
    ['a data URL', '() => import("data:text/javascript,export default {}")', undefined],
    ['a test double', 'function () { return fn.apply(this, arguments); }', undefined],
  ])('%s', (_, source, chunk) => {
    expect(chunkOfLoader(source)).toBe(chunk);
  });
});

describe('the download starts with the first render', () => {
  test('a server render without resources already asks for the chunk', () => {
    const loader = vi.spyOn(ENGLISH, 'en');
    renderToString(
      <FaceIdGuidanceProvider lng="en">
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(loader).toHaveBeenCalledTimes(1);
  });

  test('once per language and instance, however many components and renders', async () => {
    const loader = vi.spyOn(ENGLISH, 'en');
    const tree = (code: string) => (
      <StrictMode>
        <FaceIdGuidanceProvider lng="en">
          <FaceVerifyErrorBanner code={code} />
          <FaceVerifyErrorBanner code="-5008" />
        </FaceIdGuidanceProvider>
      </StrictMode>
    );
    const { rerender } = render(tree(CODE));
    rerender(tree('-5005'));
    expect(loader).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(text('en', readCode('-5005').messageKeys.title))).toBeTruthy();
    expect(loader).toHaveBeenCalledTimes(1);
  });
});

describe("a host instance: before init(), and the host's fallbackLng", () => {
  // The host's own namespace only: its English copy is what the page falls back to.
  const HOST: InitOptions = {
    ns: ['app'],
    defaultNS: 'app',
    resources: { en: { app: { greeting: 'host en' } } },
    react: { useSuspense: false },
  };
  const banner = (host: I18n) => (
    <I18nextProvider i18n={host}>
      <FaceVerifyErrorBanner code={CODE} />
    </I18nextProvider>
  );

  test('addFaceIdResources before init() does not throw, and loads once the host is ready', async () => {
    const host = createInstance();
    let added: Promise<void> | undefined;
    expect(() => {
      added = addFaceIdResources(host);
    }).not.toThrow();
    // A component rendered before the host's init() waits in its loading box.
    const { container } = render(banner(host));
    expect(container.querySelector('[aria-busy="true"]')).toBeTruthy();
    await act(() => host.init({ ...HOST, lng: 'fr', fallbackLng: 'en' }));
    await act(() => added);
    expect(host.hasResourceBundle('en', FACEID_NS)).toBe(true);
    expect(await screen.findByText(title('en'))).toBeTruthy();
    // The host's own settings are its own: faceid-guidance neither set nor changed them.
    expect(host.options.fallbackLng).toEqual(['en']);
    expect(host.language).toBe('fr');
  });

  test.each<[string, InitOptions['fallbackLng'], Language]>([
    ['a string', 'en', 'en'],
    ['a list', ['de', 'zh-HK', 'en'], 'zh-TW'],
    ['by language', { fr: ['en'], default: ['zh-TW'] }, 'en'],
    ['by language, the default', { 'de-CH': ['de'], default: ['en'] }, 'en'],
    ['a function', (code: string) => (code === 'fr' ? ['en'] : ['zh-TW']), 'en'],
  ])(
    "an unshipped host language follows the host's fallbackLng as %s",
    async (_, fallbackLng, expected) => {
      const host = createInstance();
      // As with a backend: the host's own strings arrive after init().
      await host.init({ ...HOST, resources: {}, lng: 'fr', fallbackLng });
      host.addResourceBundle('en', 'app', { greeting: 'host en' });
      await addFaceIdResources(host);
      render(banner(host));
      expect(await screen.findByText(title(expected))).toBeTruthy();
      expect(host.hasResourceBundle('zh-CN', FACEID_NS)).toBe(expected === 'zh-CN');
    },
  );

  test("the provider's fallbackLng is matched like lng, and may be a list", () => {
    render(
      <>
        <FaceIdGuidanceProvider lng="fr" fallbackLng="en-GB" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code={CODE} />
        </FaceIdGuidanceProvider>
        <FaceIdGuidanceProvider lng="fr" fallbackLng={['de', 'zh-Hant']} resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code={CODE} />
        </FaceIdGuidanceProvider>
      </>,
    );
    expect(screen.getByText(title('en'))).toBeTruthy();
    expect(screen.getByText(title('zh-TW'))).toBeTruthy();
  });
});

describe("the provider's fallbackLng, in every form i18next takes", () => {
  test.each([
    ['a tag', 'ja', 'ja'],
    ['a list', ['xx', 'ko'], 'ko'],
    ['lists by language', { fr: ['vi'], default: ['en'] }, 'vi'],
    ['lists by language, default', { de: ['vi'], default: ['th'] }, 'th'],
    ['a function', (code: string) => (code === 'fr' ? ['id'] : ['en']), 'id'],
    [
      'a function that throws',
      () => {
        throw new Error('no');
      },
      'zh-CN',
    ],
    ['false', false, 'zh-CN'],
  ])('%s picks the language for an unshipped tag', (_, fallbackLng, expected) => {
    const { container } = render(
      <FaceIdGuidanceProvider lng="fr" fallbackLng={fallbackLng as never} resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(container.querySelector('.faceid-banner')?.getAttribute('lang')).toBe(expected);
    expect(screen.getByRole('heading').textContent).toBe(title(expected));
  });
});
