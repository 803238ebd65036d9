/**
 * The two i18n modes — an isolated instance per provider, or the host's own instance — the
 * no-provider fallback and language matching. The order of the describe blocks matters: the
 * no-provider hint is once per page (module), and initReactI18next sets react-i18next's global.
 */
import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import i18next, { createInstance, type i18n as I18n, type InitOptions } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { NAMESPACES } from '../../src/core/keys';
import { FaceIdGuidanceProvider, useFaceIdI18n } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import {
  addFaceIdResources,
  createFaceIdI18n,
  DEFAULT_LANGUAGE,
  FACEID_NS,
  LOADERS,
  loadFaceIdLanguage,
  resolveLanguage,
  SUPPORTED_LANGUAGES,
} from '../../src/react/i18n';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import {
  ALL_RESOURCES,
  catalogueOf,
  hasFaceIdText,
  LANGUAGES,
  type Language,
  partOf,
  resourcesOf,
  text,
  textContentIs,
} from './helpers';

const CODE = '-5018';
const reading = readCode(CODE);
const OCR_CODE = '66661006';
const ocrReading = readCode(OCR_CODE, { service: 'idCardOcr' });
const title = (lng: Language) => text(lng, reading.messageKeys.title);

const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(cleanup);

// The host page's global i18next default instance, initialised as hosts do. The library must never
// touch it: not in isolated mode, not without a provider.
const GLOBAL_APP = { greeting: 'global greeting' };
let globalSnapshot: string;
beforeAll(async () => {
  await i18next.init({ lng: 'fr', resources: { fr: { app: GLOBAL_APP } }, defaultNS: 'app' });
  globalSnapshot = JSON.stringify({ options: i18next.options, data: i18next.store.data });
});
afterAll(() => {
  warn.mockRestore();
});

function expectGlobalI18nextUntouched() {
  expect(i18next.language).toBe('fr');
  for (const lng of [...SUPPORTED_LANGUAGES, 'dev', 'fr']) {
    expect(i18next.hasResourceBundle(lng, FACEID_NS)).toBe(false);
  }
  expect(i18next.options.ns).not.toContain(FACEID_NS);
  expect(JSON.stringify({ options: i18next.options, data: i18next.store.data })).toBe(
    globalSnapshot,
  );
}

describe('without any provider', () => {
  test('renders zh-CN after the lazy load, with exactly one development hint', async () => {
    expect(warn).not.toHaveBeenCalled();
    const { container } = render(
      <>
        <FaceVerifyErrorBanner code={CODE} />
        <OcrWarningList service="idCardOcr" warnings="10000000" />
      </>,
    );
    const banner = container.querySelector('.faceid-banner') as HTMLElement;
    expect(banner.dataset.state).toBe('loading');
    expect(banner.getAttribute('aria-busy')).toBe('true');
    // Never blank: the bundled floor, in zh-CN, while the catalogue loads.
    expect(banner.textContent).toContain(text('zh-CN', 'ui.loading'));
    expect(banner.textContent).toContain(text('zh-CN', 'unknown.title'));

    expect(await screen.findByText(title('zh-CN'))).toBeTruthy();
    expect(banner.dataset.state).toBe('ready');
    // The card part is a download of its own: it may arrive after the face part.
    expect(
      await screen.findByText(text('zh-CN', 'idCardWarnings.borderIncomplete.title')),
    ).toBeTruthy();

    render(<GuidanceTips code={CODE} />);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/^\[faceid-guidance\].*FaceIdGuidanceProvider/);
    expectGlobalI18nextUntouched();
  });

  test('a component lng still applies, and the hint is not repeated', async () => {
    render(<FaceVerifyErrorBanner code={CODE} lng="zh-Hant" />);
    expect(await screen.findByText(title('zh-TW'))).toBeTruthy();
    expect(warn).toHaveBeenCalledTimes(1);
    expectGlobalI18nextUntouched();
  });

  test('an I18nextProvider whose instance was not registered is left alone', async () => {
    const host = createInstance();
    await host.init({ lng: 'en', resources: { en: { app: {} } } });
    render(
      <I18nextProvider i18n={host}>
        <FaceVerifyErrorBanner code={CODE} />
      </I18nextProvider>,
    );
    expect(await screen.findByText(title('zh-CN'))).toBeTruthy();
    expect(host.hasResourceBundle('en', FACEID_NS)).toBe(false);
    expect(host.hasResourceBundle('zh-CN', FACEID_NS)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('language matching', () => {
  test('ships exactly the locales of locales/', () => {
    expect([...SUPPORTED_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
    expect(DEFAULT_LANGUAGE).toBe('zh-CN');
  });

  test.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hant-MO', 'zh-HK'],
    ['yue-Hant-HK', 'zh-HK'],
    ['zh_hk', 'zh-HK'],
    ['ZH-TW', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    [' zh-cn ', 'zh-CN'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['fr', 'zh-CN'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['th-TH', 'th'],
    ['vi-VN', 'vi'],
    ['id-ID', 'id'],
    ['in-ID', 'id'],
    ['ms-MY', 'ms'],
    ['ms-Latn-SG', 'ms'],
    ['', 'zh-CN'],
    [undefined, 'zh-CN'],
    [null, 'zh-CN'],
    [42, 'zh-CN'],
    ['x'.repeat(1_000), 'zh-CN'],
  ])('%o → %s', (requested, expected) => {
    expect(resolveLanguage(requested)).toBe(expected);
  });

  test('other languages go to a configurable fallback; an unshipped fallback means zh-CN', () => {
    expect(resolveLanguage('fr', 'en')).toBe('en');
    expect(resolveLanguage('de-DE', 'zh-TW')).toBe('zh-TW');
    expect(resolveLanguage('zh-HK', 'en')).toBe('zh-HK');
    expect(resolveLanguage('fil-PH', ['ms-MY', 'en'])).toBe('ms');
    expect(resolveLanguage('fr', 'de')).toBe('zh-CN');
  });
});

describe('FaceIdGuidanceProvider: an isolated instance', () => {
  test.each([
    ['zh-HK', 'zh-HK'],
    ['zh-MO', 'zh-HK'],
    ['zh-Hant', 'zh-TW'],
    ['ja-JP', 'ja'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['en-US', 'en'],
    ['fr', 'zh-CN'],
  ] as const)('lng %s shows %s', (lng, shown) => {
    render(
      <FaceIdGuidanceProvider lng={lng} resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(title(shown))).toBeTruthy();
  });

  test('fallbackLng applies to languages that are not shipped', () => {
    render(
      <FaceIdGuidanceProvider lng="fr" fallbackLng="en" resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(title('en'))).toBeTruthy();
  });

  test('defaults to zh-CN; follows a change of lng, loading a language on demand', async () => {
    const { rerender } = render(
      <FaceIdGuidanceProvider resources={{ 'zh-CN': resourcesOf('zh-CN') }}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(title('zh-CN'))).toBeTruthy();
    rerender(
      <FaceIdGuidanceProvider lng="en" resources={{ 'zh-CN': resourcesOf('zh-CN') }}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(await screen.findByText(title('en'))).toBeTruthy();
    rerender(
      <FaceIdGuidanceProvider lng="zh-TW" resources={{ 'zh-CN': resourcesOf('zh-CN') }}>
        <FaceVerifyErrorBanner code={CODE} />
      </FaceIdGuidanceProvider>,
    );
    expect(await screen.findByText(title('zh-TW'))).toBeTruthy();
    expectGlobalI18nextUntouched();
  });

  test('two providers keep their own languages side by side', () => {
    render(
      <>
        <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code={CODE} />
        </FaceIdGuidanceProvider>
        <FaceIdGuidanceProvider lng="zh-TW" resources={ALL_RESOURCES}>
          <FaceVerifyErrorBanner code={CODE} />
        </FaceIdGuidanceProvider>
      </>,
    );
    expect(screen.getByText(title('en'))).toBeTruthy();
    expect(screen.getByText(title('zh-TW'))).toBeTruthy();
  });

  test("useFaceIdI18n returns the provider's own instance, never the global one", () => {
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <FaceIdGuidanceProvider lng="zh-Hant" resources={ALL_RESOURCES}>
        {children}
      </FaceIdGuidanceProvider>
    );
    const { result } = renderHook(() => useFaceIdI18n(), { wrapper });
    expect(result.current.language).toBe('zh-TW');
    expect(result.current.i18n).not.toBe(i18next);
    expect(
      (result.current.i18n.options.ns as string[]).every((ns) => ns.startsWith(FACEID_NS)),
    ).toBe(true);
    expect(result.current.i18n.hasResourceBundle('en', FACEID_NS)).toBe(true);
    expectGlobalI18nextUntouched();
  });

  test('createFaceIdI18n keys preloaded catalogues by shipped language', () => {
    const instance = createFaceIdI18n({ 'zh-Hant': resourcesOf('zh-TW') }, 'zh-TW');
    expect(instance).not.toBe(i18next);
    expect(instance.hasResourceBundle('zh-TW', FACEID_NS)).toBe(true);
    expect(instance.hasResourceBundle('zh-Hant', FACEID_NS)).toBe(false);
    expect(instance.getFixedT('zh-TW', FACEID_NS)(reading.messageKeys.title)).toBe(title('zh-TW'));
  });

  test('loadFaceIdLanguage loads a shipped language once and ignores others', async () => {
    const face = vi.spyOn(LOADERS.faceid, 'en');
    const instance = createFaceIdI18n(undefined, 'zh-CN');
    await Promise.all([loadFaceIdLanguage(instance, 'en'), loadFaceIdLanguage(instance, 'en')]);
    expect(face).toHaveBeenCalledTimes(1);
    face.mockRestore();
    // The `faceid` namespace, as written in its file: the card namespace loads when an OCR
    // component asks, and the developer diagnostics only when an integration code shows.
    expect(instance.getResourceBundle('en', FACEID_NS)).toEqual(partOf(catalogueOf('en'), 'face'));
    expect(hasFaceIdText(instance, 'en', ocrReading.messageKeys.title)).toBe(false);
    await loadFaceIdLanguage(instance, 'en', 'card');
    expect(instance.getResourceBundle('en', NAMESPACES.card)).toEqual(
      partOf(catalogueOf('en'), 'card'),
    );
    expect(instance.hasResourceBundle('en', NAMESPACES.results)).toBe(false);
    expect(instance.hasResourceBundle('en', NAMESPACES.developer)).toBe(false);
    await expect(loadFaceIdLanguage(instance, 'xx')).resolves.toBeUndefined();
    expect(instance.hasResourceBundle('xx', FACEID_NS)).toBe(false);
  });
});

/** Text from the host's own namespace, to show it keeps working beside faceid. */
function HostGreeting() {
  const { t } = useTranslation('app');
  return <p data-testid="host">{t('greeting')}</p>;
}

describe("addFaceIdResources: the host's own instance", () => {
  // The host's own namespace, in every language it ships: fixture data, not faceid copy.
  const HOST_RESOURCES = {
    en: { app: { greeting: 'host en' } },
    'zh-TW': { app: { greeting: 'host zh-TW' } },
    'zh-CN': { app: { greeting: 'host zh-CN' } },
    'zh-HK': { app: { greeting: 'host zh-HK' } },
  };
  const HOST_OPTIONS: InitOptions = {
    lng: 'en',
    fallbackLng: 'en',
    ns: ['app'],
    defaultNS: 'app',
    resources: structuredClone(HOST_RESOURCES),
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  };

  async function createHost(): Promise<I18n> {
    const host = createInstance();
    await host.init(structuredClone(HOST_OPTIONS));
    return host;
  }

  /**
   * The host's options, minus those that hold the added namespace by design: `ns` lists it, and
   * `resources` is i18next's own store (checked bundle by bundle instead).
   */
  const optionsOf = (host: I18n) => {
    const { ns, resources: _store, ...rest } = host.options;
    return { ns: [...(ns as string[])], rest: JSON.parse(JSON.stringify(rest)) as unknown };
  };

  test("components follow the host's changeLanguage; nothing else of the host changes", async () => {
    const host = await createHost();
    const before = optionsOf(host);
    await addFaceIdResources(host, ['en']);
    expect(host.hasResourceBundle('en', FACEID_NS)).toBe(true);
    expect(host.hasResourceBundle('zh-TW', FACEID_NS)).toBe(false);

    render(
      <I18nextProvider i18n={host}>
        <HostGreeting />
        <FaceVerifyErrorBanner code={CODE} />
        <OcrErrorBanner service="idCardOcr" code={OCR_CODE} />
      </I18nextProvider>,
    );
    expect(screen.getByText(title('en'))).toBeTruthy();
    expect(screen.getByText(text('en', ocrReading.messageKeys.title))).toBeTruthy();
    expect(screen.getByTestId('host').textContent).toBe('host en');

    await act(() => host.changeLanguage('zh-TW'));
    expect(await screen.findByText(title('zh-TW'))).toBeTruthy();
    expect(screen.getByTestId('host').textContent).toBe('host zh-TW');

    await act(() => host.changeLanguage('zh-HK'));
    expect(screen.getByTestId('host').textContent).toBe('host zh-HK');
    expect(await screen.findByText(title('zh-HK'))).toBeTruthy();

    await act(() => host.changeLanguage('zh-CN'));
    expect(await screen.findByText(title('zh-CN'))).toBeTruthy();
    expect(host.language).toBe('zh-CN');

    // Only the faceid namespace was added: the host's namespace, data and options are as they were.
    for (const [lng, bundles] of Object.entries(HOST_RESOURCES)) {
      expect(host.getResourceBundle(lng, 'app')).toEqual(bundles.app);
    }
    // `en`, which addFaceIdResources loaded: every end-user namespace; the languages switched
    // to: the namespaces the banners asked for (the OCR banner's may land last). Each as written
    // in its file.
    for (const lng of ['en', 'zh-TW', 'zh-HK', 'zh-CN']) {
      const namespaces =
        lng === 'en' ? (['face', 'card', 'results'] as const) : (['face', 'card'] as const);
      for (const file of namespaces) {
        await vi.waitFor(() =>
          expect(host.getResourceBundle(lng, NAMESPACES[file])).toEqual(
            partOf(catalogueOf(lng), file),
          ),
        );
      }
      expect(Object.keys(host.store.data[lng] ?? {}).sort()).toEqual(
        ['app', ...namespaces.map((file) => NAMESPACES[file])].sort(),
      );
    }
    expect(Object.keys(host.store.data).sort()).toEqual(Object.keys(HOST_RESOURCES).sort());
    const after = optionsOf(host);
    expect(after.rest).toEqual(before.rest);
    expect(after.ns.filter((ns) => !ns.startsWith('faceid'))).toEqual(before.ns);
    expect(host.options.defaultNS).toBe('app');
    expect(host.t('greeting')).toBe('host zh-CN');
    expectGlobalI18nextUntouched();
  });

  test("a component's lng shows that language without changing the host's", async () => {
    const host = await createHost();
    await addFaceIdResources(host, ['en', 'zh-TW']);
    render(
      <I18nextProvider i18n={host}>
        <FaceVerifyErrorBanner code={CODE} lng="zh-TW" />
      </I18nextProvider>,
    );
    expect(screen.getByText(title('zh-TW'))).toBeTruthy();
    expect(host.language).toBe('en');
  });

  test("by default loads the host's current language, matched to a shipped one", async () => {
    const host = await createHost();
    await host.changeLanguage('zh-HK');
    await addFaceIdResources(host);
    expect(host.hasResourceBundle('zh-HK', FACEID_NS)).toBe(true);
    expect(host.hasResourceBundle('zh-TW', FACEID_NS)).toBe(false);
    expect(host.hasResourceBundle('en', FACEID_NS)).toBe(false);
  });

  // The host's own settings must not garble the faceid copy: its escaping (React escapes text
  // already), its key separator, its language-code handling.
  test.each([
    ['default escaping (escapeValue: true)', {}],
    ['flat keys (keySeparator: false)', { keySeparator: false as const }],
    ['lower-cased language codes', { lowerCaseLng: true }],
    ['language-only loading', { load: 'languageOnly' as const }],
    [
      'a list of supported languages',
      { supportedLngs: ['zh', 'en'], nonExplicitSupportedLngs: true },
    ],
  ])("the host's %s does not change the copy", async (_, options: InitOptions) => {
    const host = createInstance();
    await host.init({ lng: 'zh-TW', resources: { 'zh-TW': { app: {} } }, ...options });
    const language = resolveLanguage(host.resolvedLanguage ?? host.language);
    const lng = language as Language;
    await addFaceIdResources(host, [language]);
    const hostile = '<b>A/B&C</b>';
    const { container } = render(
      <I18nextProvider i18n={host}>
        <FaceVerifyErrorBanner code={CODE} orderNo="FACE-2026_01" />
        <FaceVerifyErrorBanner code={hostile} orderNo={hostile} />
      </I18nextProvider>,
    );
    expect(screen.getByText(title(lng))).toBeTruthy();
    expect(
      screen.getByText(textContentIs(text(lng, 'ui.support.code', { code: CODE }))),
    ).toBeTruthy();
    expect(
      screen.getByText(
        textContentIs(text(lng, 'ui.support.reference', { reference: 'FACE-2026_01' })),
      ),
    ).toBeTruthy();
    // Markup from a link is never displayed, escaped or not.
    expect(container.textContent).not.toContain('A/B');
    expect(screen.getByText(text(lng, 'unknown.descriptionNoCode'))).toBeTruthy();
  });

  test('with initReactI18next and no I18nextProvider, components follow the host too', async () => {
    // Sets react-i18next's global instance: this test stays last in the file.
    const host = createInstance().use(initReactI18next);
    await host.init(structuredClone(HOST_OPTIONS));
    await addFaceIdResources(host, ['en']);
    render(<FaceVerifyErrorBanner code={CODE} />);
    expect(screen.getByText(title('en'))).toBeTruthy();
    await act(() => host.changeLanguage('zh-TW'));
    expect(await screen.findByText(title('zh-TW'))).toBeTruthy();
    expectGlobalI18nextUntouched();
  });
});
