/**
 * Loading never updates another component while React renders: i18next may answer a load at once
 * (a language or namespace faceid-guidance does not ship), and its events must not reach the
 * subscribed components during a render ("Cannot update a component while rendering a different
 * component", seen in Next.js' development server on a language switch).
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode, Suspense } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { createFaceIdI18n, FACEID_NS } from '../../src/react/i18n';
import { text } from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CODE = '400101';

test.each([false, true])(
  'a language switch (suspense: %s) updates no component while another renders',
  async (suspense) => {
    const error = vi.spyOn(console, 'error');
    const page = (lng: string) => (
      <StrictMode>
        <FaceIdGuidanceProvider lng={lng} suspense={suspense}>
          <Suspense fallback={<p>…</p>}>
            <FaceVerifyErrorBanner code={CODE} />
            <FaceVerifyErrorBanner code="-5018" />
          </Suspense>
        </FaceIdGuidanceProvider>
      </StrictMode>
    );
    const { rerender } = render(page('zh-CN'));
    expect(await screen.findByText(text('zh-CN', readCode(CODE).messageKeys.title))).toBeTruthy();
    await act(async () => rerender(page('en')));
    expect(await screen.findByText(text('en', readCode(CODE).messageKeys.title))).toBeTruthy();
    const messages = error.mock.calls.map((call) => String(call[0]));
    expect(messages.filter((message) => message.includes('Cannot update a component'))).toEqual([]);
  },
);

test('i18next hears of a load only asynchronously, even of a language nothing ships', async () => {
  const i18n = createFaceIdI18n(undefined, 'en');
  const heard: string[] = [];
  i18n.on('failedLoading', (lng: string) => heard.push(`failed ${lng}`));
  i18n.on('loaded', () => heard.push('loaded'));
  const connector = i18n.services.backendConnector as {
    load: (lngs: string[], ns: string[], callback: () => void) => void;
  };
  // As react-i18next asks while rendering (its Suspense path): nothing may be emitted now.
  connector.load(['zh', 'en'], [FACEID_NS], () => {});
  expect(heard).toEqual([]);
  await vi.waitFor(() => expect(heard).toContain('failed zh'));
});

test('a zh-CN page asks i18next for zh-CN only, never for its base zh', async () => {
  const i18n = createFaceIdI18n(undefined, 'zh-CN');
  await i18n.loadLanguages('zh-CN');
  await i18n.loadNamespaces(FACEID_NS);
  expect(i18n.hasResourceBundle('zh-CN', FACEID_NS)).toBe(true);
  const state = (i18n.services.backendConnector as { state: Record<string, number> }).state;
  expect(Object.keys(state)).toEqual([`zh-CN|${FACEID_NS}`]);
});
