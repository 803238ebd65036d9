/**
 * Each file of a locale is an i18next namespace (`faceid`, `faceid-card`, `faceid-results`,
 * `faceid-developer`), shipped keyed as written, one chunk per namespace and language, read
 * through i18next's backend and react-i18next's `useTranslation`. These tests hold the shipped
 * namespaces to the locale files themselves, check that a page loads only the namespaces its
 * components name, that nothing is written into the i18next store while rendering, that the
 * diagnostics load when, and only when, an integration code is shown, and that overrides work the
 * i18next way in both modes.
 */

import enResources from 'virtual:faceid-guidance/locale/en';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { createInstance, type i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { entryIds, readCode, readEntry } from '../../src/core/describe';
import {
  CARD_PART,
  FACE_PART,
  type FaceIdPart,
  fileOfKey,
  NAMESPACES,
  PARTS,
  RESULTS_PART,
  SERVICE_PART,
  tipKey,
} from '../../src/core/keys';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceIdResultBanner } from '../../src/react/FaceIdResultBanner';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import {
  addFaceIdResources,
  createFaceIdI18n,
  FACEID_NS,
  LOADERS,
  loadFaceIdDeveloperText,
  loadFaceIdLanguage,
} from '../../src/react/i18n';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import {
  catalogueKeys,
  catalogueOf,
  escapeHtml,
  hasFaceIdText,
  LANGUAGES,
  partOf,
  resourcesOf,
  text,
} from './helpers';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Every namespace chunk, as the loaders import them: `locales/<lng>/<file>.json?faceid`. */
const CHUNKS = import.meta.glob<unknown>('../../locales/*/{face,card,results,developer}.json', {
  query: '?faceid',
  import: 'default',
  eager: true,
});
const FILES = ['face', 'card', 'results', 'developer'] as const;

describe('namespaces, keyed as written', () => {
  test.each(LANGUAGES.flatMap((lng) => FILES.map((file) => [lng, file] as const)))(
    '%s %s: the chunk is the locale file’s strings, keyed (an overlay over its base)',
    (lng, file) => {
      expect(CHUNKS[`../../locales/${lng}/${file}.json`]).toEqual(partOf(catalogueOf(lng), file));
    },
  );

  test('faceid-guidance/locales/<lng> is the end-user namespaces in i18next’s shape', () => {
    expect(enResources).toEqual({
      faceid: partOf(catalogueOf('en'), 'face'),
      'faceid-card': partOf(catalogueOf('en'), 'card'),
      'faceid-results': partOf(catalogueOf('en'), 'results'),
    });
  });

  test('a provider accepts that export and renders from it at once', () => {
    const code = '66660023';
    render(
      <FaceIdGuidanceProvider lng="en" resources={{ en: enResources }}>
        <FaceVerifyErrorBanner code={code} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(text('en', readCode(code).messageKeys.title))).toBeTruthy();
  });
});

describe('overrides, the i18next way', () => {
  const reading = readCode('-5018');
  const CUSTOM = 'Blink twice, slowly';
  const override = { codes: { [reading.id]: { title: CUSTOM } } };

  test('a host instance: addResourceBundle(lng, "faceid", partial, true, true) changes the text', async () => {
    const host = createInstance();
    await host.init({ lng: 'en', resources: {}, react: { useSuspense: false } });
    await addFaceIdResources(host, ['en']);
    render(
      <I18nextProvider i18n={host}>
        <FaceVerifyErrorBanner code="-5018" />
      </I18nextProvider>,
    );
    expect(screen.getByText(text('en', reading.messageKeys.title))).toBeTruthy();
    act(() => {
      host.addResourceBundle('en', FACEID_NS, override, true, true);
    });
    expect(screen.getByRole('heading').textContent).toBe(CUSTOM);
    // The rest of the namespace stays.
    expect(screen.getByText(text('en', reading.messageKeys.description))).toBeTruthy();
  });

  test('an isolated provider: partial resources win, the rest of the namespace loads', async () => {
    const face = vi.spyOn(LOADERS.faceid as Record<string, () => Promise<unknown>>, 'en');
    render(
      <FaceIdGuidanceProvider lng="en" resources={{ en: { faceid: override } }}>
        <FaceVerifyErrorBanner code="-5018" />
      </FaceIdGuidanceProvider>,
    );
    expect(await screen.findByRole('heading', { name: CUSTOM })).toBeTruthy();
    expect(screen.getByText(text('en', reading.messageKeys.description))).toBeTruthy();
    expect(face).toHaveBeenCalledTimes(1);
  });

  test('whole resources are not downloaded again; a partial override over them wins', () => {
    const face = vi.spyOn(LOADERS.faceid as Record<string, () => Promise<unknown>>, 'en');
    const { faceid } = resourcesOf('en');
    render(
      <FaceIdGuidanceProvider
        lng="en"
        resources={{ en: { faceid }, 'en-US': { faceid: override } }}
      >
        <FaceVerifyErrorBanner code="-5018" />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByRole('heading').textContent).toBe(CUSTOM);
    expect(face).not.toHaveBeenCalled();
  });
});

describe('developer diagnostics load on demand', () => {
  const integratorCode = '66660001'; // App ID not found: the integrator's problem

  test('loading a language does not load its diagnostics', async () => {
    const instance = createFaceIdI18n();
    await loadFaceIdLanguage(instance, 'zh-CN', 'card');
    expect(hasFaceIdText(instance, 'zh-CN', 'unknown.title')).toBe(true);
    expect(hasFaceIdText(instance, 'zh-CN', 'developer.unknown')).toBe(false);
    await loadFaceIdDeveloperText(instance, 'zh-CN');
    expect(instance.getResourceBundle('zh-CN', NAMESPACES.developer)).toEqual(
      partOf(catalogueOf('zh-CN'), 'developer'),
    );
  });

  test('diagnostics loaded first do not make a language look ready', async () => {
    const instance = createFaceIdI18n();
    await loadFaceIdDeveloperText(instance, 'en');
    expect(hasFaceIdText(instance, 'en', 'unknown.title')).toBe(false);
    await loadFaceIdLanguage(instance, 'en');
    expect(hasFaceIdText(instance, 'en', 'unknown.title')).toBe(true);
  });

  test('an integration code brings its developer message; a user code does not ask for it', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <FaceIdGuidanceProvider lng="en" resources={{ en: enResources }}>
        {children}
      </FaceIdGuidanceProvider>
    );
    const user = renderHook(() => useFaceIdGuidance('-5018'), { wrapper });
    expect(user.result.current.developerMessage).toBeUndefined();

    const { result } = renderHook(() => useFaceIdGuidance(integratorCode), { wrapper });
    expect(result.current.ready).toBe(true);
    const reading = readCode(integratorCode);
    await waitFor(() =>
      expect(result.current.developerMessage).toBe(
        text('en', reading.messageKeys.developer as string, {
          code: reading.code,
          service: reading.service,
        }),
      ),
    );
  });
});

describe('namespaces: a page downloads only the namespaces its components name', () => {
  const ocr = readCode('66661006', { service: 'idCardOcr' });
  const result = readCode('1001', { service: 'detectAuth' });

  /** Spies on every namespace's loader of `lng`, calling through. */
  function spyLoaders(lng: string) {
    const spy = (ns: keyof typeof LOADERS) =>
      vi.spyOn(LOADERS[ns] as Record<string, () => Promise<unknown>>, lng);
    return {
      face: spy('faceid'),
      card: spy('faceid-card'),
      results: spy('faceid-results'),
      developer: spy('faceid-developer'),
    };
  }

  test.each(LANGUAGES)('%s: a face page downloads the faceid namespace only', async (lng) => {
    const spies = spyLoaders(lng);
    try {
      render(
        <FaceIdGuidanceProvider lng={lng}>
          <FaceVerifyErrorBanner code="-5018" />
        </FaceIdGuidanceProvider>,
      );
      expect(await screen.findByText(text(lng, readCode('-5018').messageKeys.title))).toBeTruthy();
      expect(spies.face).toHaveBeenCalledTimes(1);
      expect(spies.card).not.toHaveBeenCalled();
      expect(spies.results).not.toHaveBeenCalled();
      expect(spies.developer).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('an OCR banner adds the card namespace, a result banner the results namespace', async () => {
    const spies = spyLoaders('en');
    try {
      render(
        <FaceIdGuidanceProvider lng="en">
          <OcrErrorBanner service="idCardOcr" code="66661006" />
          <FaceIdResultBanner code="1001" />
        </FaceIdGuidanceProvider>,
      );
      expect(await screen.findByText(text('en', ocr.messageKeys.title))).toBeTruthy();
      expect(await screen.findByText(text('en', result.messageKeys.title))).toBeTruthy();
      expect(spies.face).toHaveBeenCalledTimes(1);
      expect(spies.card).toHaveBeenCalledTimes(1);
      expect(spies.results).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
    }
  });

  test.each(LANGUAGES)(
    '%s: resources given whole are there from the first render, in every namespace named',
    (lng) => {
      const html = renderToString(
        <FaceIdGuidanceProvider lng={lng} resources={{ [lng]: resourcesOf(lng) }}>
          <FaceVerifyErrorBanner code="-5018" />
          <OcrErrorBanner service="idCardOcr" code="66661006" />
          <FaceIdResultBanner code="1001" />
        </FaceIdGuidanceProvider>,
      );
      expect(html).toContain(escapeHtml(text(lng, readCode('-5018').messageKeys.title)));
      expect(html).toContain(escapeHtml(text(lng, ocr.messageKeys.title)));
      expect(html).toContain(escapeHtml(text(lng, result.messageKeys.title)));
      expect(html).not.toContain('data-state="loading"');
      const instance = createFaceIdI18n({ [lng]: resourcesOf(lng) }, lng);
      for (const file of FILES) {
        expect(instance.getResourceBundle(lng, NAMESPACES[file])).toEqual(
          partOf(catalogueOf(lng), file),
        );
      }
    },
  );

  /** Counts the writes into an instance's store (i18next's own methods, and the store's). */
  function countWrites(i18n: I18n) {
    const methods = ['addResource', 'addResources', 'addResourceBundle', 'removeResourceBundle'];
    const targets = [i18n, i18n.store] as unknown as Record<
      string,
      (...args: unknown[]) => unknown
    >[];
    const spies = targets.flatMap((target) =>
      methods
        .filter((method) => typeof target[method] === 'function')
        .map((m) => vi.spyOn(target, m)),
    );
    return () => spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  }

  test('nothing is written into the store during a render: a host instance missing every part', async () => {
    const host = createFaceIdI18n(undefined, 'en');
    await addFaceIdResources(host, []);
    const writes = countWrites(host);
    try {
      // Server rendering runs render only (no effects, no resolved downloads): every write it made
      // would be a write during a render.
      const html = renderToString(
        <FaceIdGuidanceProvider lng="en" resources={{}}>
          <OcrErrorBanner service="idCardOcr" code="66661006" />
        </FaceIdGuidanceProvider>,
      );
      expect(html).toContain('data-state="loading"');
      const { I18nextProvider } = await import('react-i18next');
      renderToString(
        <I18nextProvider i18n={host}>
          <FaceVerifyErrorBanner code="-5018" />
          <OcrErrorBanner service="idCardOcr" code="66661006" />
          <FaceIdResultBanner code="1001" />
        </I18nextProvider>,
      );
      expect(writes()).toBe(0);
      // The downloads the render started write when they resolve.
      await loadFaceIdLanguage(host, 'en', ['card', 'results']);
      expect(writes()).toBeGreaterThan(0);
      expect(hasFaceIdText(host, 'en', ocr.messageKeys.title)).toBe(true);
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('every service’s part holds its entries’ own copy; copy borrowed from another entry is in the face part or the entry’s own', () => {
    const owned = new Map(PARTS.map((part) => [part, new Set(part.keys())]));
    const face = owned.get(FACE_PART) as Set<string>;
    for (const id of entryIds()) {
      const { service, messageKeys, tips } = readEntry(id);
      const part = [FACE_PART, CARD_PART, RESULTS_PART].find(
        (p) => p.name === SERVICE_PART[service],
      ) as FaceIdPart;
      const own = owned.get(part) as Set<string>;
      if (CATALOGUE[id].copy === id) expect(fileOfKey(messageKeys.title), id).toBe(part.name);
      expect(own.has(messageKeys.title) || face.has(messageKeys.title), id).toBe(true);
      // Face and result pages carry face tips only.
      for (const tip of tips) {
        if (part !== CARD_PART) expect(face.has(tipKey(tip)), `${id}: ${tip}`).toBe(true);
      }
    }
    // Every key of every locale has its place (each plural form some locale uses).
    for (const lng of LANGUAGES) {
      for (const key of catalogueKeys(catalogueOf(lng))) expect(fileOfKey(key), key).toBeDefined();
    }
  });
});

describe('a namespace the host removes', () => {
  test('loads again when next asked for', async () => {
    const host = createFaceIdI18n(undefined, 'en');
    await loadFaceIdLanguage(host, 'en', 'card');
    expect(host.hasResourceBundle('en', NAMESPACES.card)).toBe(true);
    host.removeResourceBundle('en', NAMESPACES.card);
    expect(host.hasResourceBundle('en', NAMESPACES.card)).toBe(false);
    expect(host.hasResourceBundle('en', FACEID_NS)).toBe(true);
    await loadFaceIdLanguage(host, 'en', 'card');
    expect(
      hasFaceIdText(host, 'en', readCode('66661006', { service: 'idCardOcr' }).messageKeys.title),
    ).toBe(true);
  });
});
