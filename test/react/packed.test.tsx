/**
 * Locales ship packed (end-user strings only, keys implied) and the developer diagnostics apart.
 * These tests hold the packed form to the locale files themselves, and check that the diagnostics
 * load when, and only when, an integration code is shown.
 */
import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import enPacked from '../../locales/en/faceid.json?packed';
import { CATALOGUE, RESULT_ROWS } from '../../src/core/catalogue';
import { entryIds, readCode, readEntry } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import {
  createFaceIdI18n,
  FACEID_NS,
  hasFaceIdPart,
  hasFaceIdText,
  loadFaceIdDeveloperText,
  loadFaceIdLanguage,
} from '../../src/react/i18n';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import {
  BASE_PART,
  CARD_PART,
  type FaceIdPackedCatalogue,
  faceIdCatalogueKeys,
  packFaceIdCatalogue,
  RESULT_PART,
  unpackFaceIdCatalogue,
} from '../../src/react/packedCatalogue';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import {
  CATALOGUES,
  catalogueKeys,
  endUserPart,
  escapeHtml,
  LANGUAGES,
  text,
  withoutResultPart,
} from './helpers';

afterEach(cleanup);

describe('packed catalogues', () => {
  test.each(LANGUAGES)('%s: packing places every end-user key and unpacks to the file', (lng) => {
    const { packed, unplaced } = packFaceIdCatalogue(CATALOGUES[lng]);
    expect(unplaced).toEqual([]);
    expect(unpackFaceIdCatalogue(packed)).toEqual(endUserPart(CATALOGUES[lng]));
  });

  test('the packed module the loaders import is the packed locale file', () => {
    expect(enPacked).toEqual(packFaceIdCatalogue(CATALOGUES.en).packed);
    expect(unpackFaceIdCatalogue(enPacked)).toEqual(endUserPart(CATALOGUES.en));
  });

  test('a key no locale knows is reported, not dropped silently', () => {
    const { unplaced } = packFaceIdCatalogue({ ...CATALOGUES.en, ui: { brandNew: 'x' } });
    expect(unplaced).toEqual(['ui.brandNew']);
  });

  test('every key is unique and the developer diagnostics are not among them', () => {
    const keys = faceIdCatalogueKeys();
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.some((key) => key.startsWith('developer.'))).toBe(false);
  });

  test('hostile packed values are skipped, never thrown on', () => {
    const hostile = [
      [null, 42, { toString: () => 'x' }, '<b>ok</b>'],
      'not an array',
    ] as unknown as FaceIdPackedCatalogue;
    const nested = unpackFaceIdCatalogue(hostile);
    expect(JSON.stringify(nested)).not.toContain('42');
    // Only the one string is kept, under the fourth key of the base part.
    const path = (BASE_PART.keys()[3] as string).split('.');
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
    await loadFaceIdLanguage(instance, 'zh-CN', CARD_PART);
    expect(hasFaceIdText(instance, 'zh-CN', 'unknown.title')).toBe(true);
    expect(hasFaceIdText(instance, 'zh-CN', 'developer.unknown')).toBe(false);
    await loadFaceIdDeveloperText(instance, 'zh-CN');
    expect(instance.getResourceBundle('zh-CN', FACEID_NS)).toEqual(
      withoutResultPart(CATALOGUES['zh-CN']),
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

describe('catalogue parts: a face page unpacks no OCR strings', () => {
  const ocr = readCode('66661006', { service: 'idCardOcr' });

  test.each(LANGUAGES)(
    '%s: the face banner renders from the base part; an OCR component unpacks its part during its first render',
    (lng) => {
      const packed = packFaceIdCatalogue(CATALOGUES[lng]).packed;
      const instance = createFaceIdI18n({ [lng]: packed }, lng);
      const face = renderToString(
        <FaceIdGuidanceProvider lng={lng} resources={{ [lng]: packed }}>
          <FaceVerifyErrorBanner code="-5018" />
        </FaceIdGuidanceProvider>,
      );
      expect(face).toContain(escapeHtml(text(lng, readCode('-5018').messageKeys.title)));
      // The provider's instance holds the base part only, until something asks for more.
      expect(hasFaceIdText(instance, lng, 'unknown.title')).toBe(true);
      expect(hasFaceIdText(instance, lng, ocr.messageKeys.title)).toBe(false);
      expect(hasFaceIdPart(instance, lng, CARD_PART)).toBe(true);
      expect(hasFaceIdText(instance, lng, ocr.messageKeys.title)).toBe(true);
      expect(instance.getResourceBundle(lng, FACEID_NS)).toEqual(
        withoutResultPart(endUserPart(CATALOGUES[lng])),
      );

      // Server rendering: no effects run, so the OCR strings must be there in the first render.
      const both = renderToString(
        <FaceIdGuidanceProvider lng={lng} resources={{ [lng]: packed }}>
          <FaceVerifyErrorBanner code="-5018" />
          <OcrErrorBanner service="idCardOcr" code="66661006" />
        </FaceIdGuidanceProvider>,
      );
      expect(both).toContain(escapeHtml(text(lng, ocr.messageKeys.title)));
      expect(both).not.toContain('data-state="loading"');
    },
  );

  test('the base part holds the face, gateway and two-factor copy; the card part OCR’s; the result part the rest', () => {
    const base = new Set(BASE_PART.keys());
    const card = new Set(CARD_PART.keys());
    const result = new Set(RESULT_PART.keys());
    for (const key of base) expect(card.has(key) || result.has(key)).toBe(false);
    for (const key of card) expect(result.has(key)).toBe(false);
    for (const id of entryIds()) {
      const { service, messageKeys, tips } = readEntry(id);
      const face = service === 'gateway' || service === 'faceVerify' || service === 'twoFactor';
      const part = face ? base : service in RESULT_ROWS ? result : card;
      // An entry's copy is in its part, or in the base part, which every page has.
      expect(part.has(messageKeys.title) || base.has(messageKeys.title), id).toBe(true);
      if (CATALOGUE[id].copy === id) expect(part.has(messageKeys.title), id).toBe(true);
      // Face and result pages carry face tips only.
      for (const tip of tips) {
        if (part !== card) expect(base.has(`tips.${tip}`), `${id}: ${tip}`).toBe(true);
      }
    }
    // Every key of every locale has its place (each plural form some locale uses).
    const inLocales = new Set(
      LANGUAGES.flatMap((lng) => catalogueKeys(endUserPart(CATALOGUES[lng]))),
    );
    expect([...base, ...card, ...result].sort()).toEqual([...inLocales].sort());
  });
});
