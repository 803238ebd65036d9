/**
 * Locales ship packed (end-user strings only, keys implied), one chunk per part and language, and
 * the developer diagnostics apart. These tests hold the packed parts to the locale files
 * themselves, check that a page loads only the parts its components show, that nothing is written
 * into the i18next store while rendering, and that the diagnostics load when, and only when, an
 * integration code is shown.
 */

import enPacked from 'virtual:faceid-guidance/locale/en';
import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CATALOGUE } from '../../src/core/catalogue';
import { entryIds, readCode, readEntry } from '../../src/core/describe';
import {
  CARD_PART,
  FACE_PART,
  type FaceIdPart,
  fileOfKey,
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
  CARD_LOADING,
  createFaceIdI18n,
  FACE_LOADING,
  FACEID_NS,
  hasFaceIdPart,
  hasFaceIdText,
  loadFaceIdDeveloperText,
  loadFaceIdLanguage,
  RESULTS_LOADING,
} from '../../src/react/i18n';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import {
  type FaceIdPackedCatalogue,
  packFaceIdPart,
  unpackFaceIdCatalogue,
  unpackFaceIdPart,
} from '../../src/react/packedCatalogue';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import {
  catalogueKeys,
  catalogueOf,
  endUserPart,
  escapeHtml,
  LANGUAGES,
  partOf,
  text,
  withoutResultPart,
} from './helpers';

afterEach(cleanup);

/** Every packed part module, as the loaders import them: `locales/<lng>/<part>.json?packed`. */
const PACKED = import.meta.glob<readonly unknown[]>('../../locales/*/{face,card,results}.json', {
  query: '?packed',
  import: 'default',
  eager: true,
});
const packedPart = (lng: string, part: FaceIdPart) =>
  PACKED[`../../locales/${lng}/${part.name}.json`];

describe('packed parts', () => {
  test.each(LANGUAGES.flatMap((lng) => PARTS.map((part) => [lng, part.name, part] as const)))(
    '%s %s: the packed part unpacks to exactly its file’s strings',
    (lng, _name, part) => {
      const packed = packedPart(lng, part);
      expect(packed, `${lng}: no ${part.name}.json`).toBeDefined();
      expect(unpackFaceIdPart(packed, part)).toEqual(partOf(catalogueOf(lng), part.name));
    },
  );

  test('faceid-guidance/locales/<lng> is the parts by index, and unpacks to the end-user strings', () => {
    expect(enPacked).toEqual(PARTS.map((part) => packedPart('en', part)));
    expect(unpackFaceIdCatalogue(enPacked)).toEqual(endUserPart(catalogueOf('en')));
  });

  test('a key of another part, or of no part, is reported with the part it belongs in', () => {
    const { misplaced } = packFaceIdPart(
      { ui: { brandNew: 'x', actions: { retake: 'Retake' } }, unknown: { title: 'T' } },
      FACE_PART,
    );
    expect(misplaced).toEqual([
      { key: 'ui.brandNew', belongs: undefined },
      { key: 'ui.actions.retake', belongs: 'card' },
    ]);
  });

  test('every key is in one part only, and the developer diagnostics in none', () => {
    const keys = PARTS.flatMap((part) => part.keys());
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => key.startsWith('developer.'))).toBe(false);
  });

  test('hostile packed values are skipped, never thrown on', () => {
    const hostile = [
      [null, 42, { toString: () => 'x' }, '<b>ok</b>', { one: 7, other: ['x'] }],
      'not an array',
    ] as unknown as FaceIdPackedCatalogue;
    const nested = unpackFaceIdCatalogue(hostile);
    expect(JSON.stringify(nested)).not.toContain('42');
    // Only the one string is kept, under the fourth key of the face part.
    const path = (FACE_PART.keys()[3] as string).split('.');
    expect(
      path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], nested),
    ).toBe('<b>ok</b>');
    expect(JSON.stringify(nested).match(/"[^"]*":"/g)).toHaveLength(1);
    expect(unpackFaceIdCatalogue([] as FaceIdPackedCatalogue)).toEqual({});
  });

  test('a provider accepts packed resources and renders from them at once', () => {
    const code = '66660023';
    render(
      <FaceIdGuidanceProvider lng="en" resources={{ en: enPacked }}>
        <FaceVerifyErrorBanner code={code} />
      </FaceIdGuidanceProvider>,
    );
    expect(screen.getByText(text('en', readCode(code).messageKeys.title))).toBeTruthy();
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
    expect(instance.getResourceBundle('zh-CN', FACEID_NS)).toEqual(
      withoutResultPart(catalogueOf('zh-CN')),
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
      <FaceIdGuidanceProvider lng="en" resources={{ en: enPacked }}>
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

describe('catalogue parts: a page downloads only the parts its components show', () => {
  const ocr = readCode('66661006', { service: 'idCardOcr' });
  const result = readCode('1001', { service: 'detectAuth' });

  /** Spies on every part's loader of `lng`, calling through. */
  function spyLoaders(lng: string) {
    return Object.fromEntries(
      [FACE_LOADING, CARD_LOADING, RESULTS_LOADING].map((loading) => [
        loading.part.name,
        vi.spyOn(loading.loaders as Record<string, () => Promise<unknown>>, lng),
      ]),
    );
  }

  test.each(LANGUAGES)('%s: a face page downloads the face part only', async (lng) => {
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
    } finally {
      vi.restoreAllMocks();
    }
  });

  test('an OCR banner adds the card part, a result banner the results part', async () => {
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
    '%s: packed resources are unpacked when the provider’s instance is made: the first render has every part its components show',
    (lng) => {
      const packed = PARTS.map((part) => packedPart(lng, part)) as FaceIdPackedCatalogue;
      const html = renderToString(
        <FaceIdGuidanceProvider lng={lng} resources={{ [lng]: packed }}>
          <FaceVerifyErrorBanner code="-5018" />
          <OcrErrorBanner service="idCardOcr" code="66661006" />
          <FaceIdResultBanner code="1001" />
        </FaceIdGuidanceProvider>,
      );
      expect(html).toContain(escapeHtml(text(lng, readCode('-5018').messageKeys.title)));
      expect(html).toContain(escapeHtml(text(lng, ocr.messageKeys.title)));
      expect(html).toContain(escapeHtml(text(lng, result.messageKeys.title)));
      expect(html).not.toContain('data-state="loading"');
      const instance = createFaceIdI18n({ [lng]: packed }, lng);
      for (const part of PARTS) expect(hasFaceIdPart(instance, lng, part)).toBe(true);
      expect(instance.getResourceBundle(lng, FACEID_NS)).toEqual(endUserPart(catalogueOf(lng)));
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

describe('a part the host removes', () => {
  test('loads again when a component next needs it', async () => {
    const host = createFaceIdI18n(undefined, 'en');
    await loadFaceIdLanguage(host, 'en', 'card');
    expect(hasFaceIdPart(host, 'en', CARD_PART)).toBe(true);
    host.removeResourceBundle('en', FACEID_NS);
    expect(hasFaceIdPart(host, 'en', CARD_PART)).toBe(false);
    expect(hasFaceIdPart(host, 'en', FACE_PART)).toBe(false);
    await loadFaceIdLanguage(host, 'en', 'card');
    expect(
      hasFaceIdText(host, 'en', readCode('66661006', { service: 'idCardOcr' }).messageKeys.title),
    ).toBe(true);
  });
});
