/**
 * Streaming server rendering without `resources`: with `suspense`, the server waits for the locale
 * and sends the text; the client hydrates the same markup once its own download is there.
 */
import { act } from '@testing-library/react';
import { StrictMode, Suspense } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToReadableStream, renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { addFaceIdResources } from '../../src/react/i18n';
import { escapeHtml, LANGUAGES, type Language, text } from './helpers';

const CODE = '-5018';
const reading = readCode(CODE);

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

interface Library {
  FaceIdGuidanceProvider: typeof FaceIdGuidanceProvider;
  FaceVerifyErrorBanner: typeof FaceVerifyErrorBanner;
}

/**
 * A fresh provider, as each server request and each page load makes, inside a Suspense boundary
 * as frameworks (Next.js) put pages: a component that suspends there on its first render loses
 * its state, the provider's instance with it, and is rendered anew when the boundary retries.
 */
const page = (lng: Language, library: Library) => (
  <StrictMode>
    <main>
      <Suspense fallback={null}>
        <library.FaceIdGuidanceProvider lng={lng} suspense>
          <library.FaceVerifyErrorBanner
            code={CODE}
            orderNo="ORDER-42"
            now={0}
            onRetry={() => {}}
          />
        </library.FaceIdGuidanceProvider>
      </Suspense>
    </main>
  </StrictMode>
);

/**
 * The library as a browser loads it: its own module instances (its own React context objects), as
 * the server's are in another process. One process rendering a context with both renderers makes
 * React warn "multiple renderers".
 */
async function browserLibrary(): Promise<Library> {
  vi.resetModules();
  const [provider, banner] = await Promise.all([
    import('../../src/react/FaceIdGuidanceProvider'),
    import('../../src/react/FaceVerifyErrorBanner'),
  ]);
  return { ...provider, ...banner };
}

async function streamed(element: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(element);
  await stream.allReady;
  return new Response(stream).text();
}

describe.each(LANGUAGES)('renderToReadableStream in %s, with suspense', (lng) => {
  test('the server HTML holds the text from the locale file; hydration matches it', async () => {
    const html = await streamed(page(lng, { FaceIdGuidanceProvider, FaceVerifyErrorBanner }));
    for (const key of [reading.messageKeys.title, reading.messageKeys.description]) {
      expect(html).toContain(escapeHtml(text(lng, key)));
    }
    // The code in a <bdi>: its own direction in a right-to-left page.
    const [before, after] = text(lng, 'ui.support.code', { code: '\u0000' }).split('\u0000');
    expect(html).toContain(
      `${escapeHtml(before ?? '')}<bdi dir="ltr">${CODE}</bdi>${escapeHtml(after ?? '')}`,
    );
    expect(html).not.toContain('aria-busy');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverTitle = container.querySelector('h2');
    const browser = await browserLibrary();
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(container, page(lng, browser), { onRecoverableError: recoverable });
    });
    await vi.waitFor(() =>
      expect(container.querySelector('.faceid-banner')?.getAttribute('data-state')).toBe('ready'),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    // Hydrated, not replaced: the server's elements are kept.
    expect(container.querySelector('h2')).toBe(serverTitle);
    expect(container.querySelector('h2')?.textContent).toBe(text(lng, reading.messageKeys.title));
  });
});

describe('suspense and its limits', () => {
  test('a suspending provider made after a download starts with that language (no endless suspense)', async () => {
    // React drops the state of a component that suspends on its first render (inside a Suspense
    // boundary, as Next.js renders pages): the provider it renders anew makes a new instance,
    // which must find the language already downloaded, or it downloads and suspends for ever.
    const { createFaceIdI18n, loadFaceIdLanguage } = await import('../../src/react/i18n');
    const first = createFaceIdI18n(undefined, 'zh-TW', { suspense: true });
    await loadFaceIdLanguage(first, 'zh-TW');
    const second = createFaceIdI18n(undefined, 'zh-TW', { suspense: true });
    expect(second.hasResourceBundle('zh-TW', 'faceid')).toBe(true);
    const html = renderToString(
      <FaceIdGuidanceProvider lng="zh-TW" suspense>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(html).toContain(escapeHtml(text('zh-TW', reading.messageKeys.title)));
  });

  test("a failed download on the server ends in the floor of the page's language, not a hung stream", async () => {
    // Fizz schedules its work with setImmediate: only the retry delays are faked.
    // A fresh process: no language downloaded yet (a suspending provider reuses earlier downloads).
    const fresh = await browserLibrary();
    const { LOADERS: freshLoaders } = await import('../../src/react/i18n');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(freshLoaders.faceid as Record<string, () => Promise<unknown>>, 'en').mockRejectedValue(
      new Error('chunk failed'),
    );
    const pending = streamed(
      <fresh.FaceIdGuidanceProvider lng="en" fallbackLng="zh-TW" suspense>
        <fresh.FaceVerifyErrorBanner code={CODE} />
      </fresh.FaceIdGuidanceProvider>,
    );
    await vi.advanceTimersByTimeAsync(6000);
    vi.useRealTimers();
    const html = await pending;
    // Never another language: the bundled floor, in English.
    expect(html).toContain(escapeHtml(text('en', 'unknown.title')));
    expect(html).not.toContain(escapeHtml(text('zh-TW', reading.messageKeys.title)));
    expect(html).toContain('lang="en"');
    expect(html).toContain('data-state="floor"');
  });

  test('a host instance registered with suspense waits too', async () => {
    const { createInstance } = await import('i18next');
    const { I18nextProvider } = await import('react-i18next');
    const host = createInstance();
    await host.init({ lng: 'zh-HK', resources: {}, react: { useSuspense: false } });
    // Not awaited: the stream waits for the load the components start.
    void addFaceIdResources(host, [], { suspense: true });
    const html = await streamed(
      <I18nextProvider i18n={host}>
        <FaceVerifyErrorBanner code={CODE} />
      </I18nextProvider>,
    );
    expect(html).toContain(escapeHtml(text('zh-TW', reading.messageKeys.title)));
  });

  test('without suspense, renderToString keeps the loading box (it cannot wait)', () => {
    const html = renderToString(
      <FaceIdGuidanceProvider lng="en">
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(html).toContain('aria-busy="true"');
    expect(html).not.toContain(escapeHtml(text('en', reading.messageKeys.title)));
  });
});
