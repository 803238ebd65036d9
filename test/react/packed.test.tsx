/**
 * Locales ship packed (end-user strings only, keys implied) and the developer diagnostics apart.
 * These tests hold the packed form to the locale files themselves, and check that the diagnostics
 * load when, and only when, an integration code is shown.
 */
import { cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import enPacked from '../../locales/en/faceid.json?packed';
import { readCode } from '../../src/core/describe';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import {
  createFaceIdI18n,
  FACEID_NS,
  hasFaceIdText,
  loadFaceIdDeveloperText,
  loadFaceIdLanguage,
} from '../../src/react/i18n';
import {
  faceIdCatalogueKeys,
  packFaceIdCatalogue,
  unpackFaceIdCatalogue,
} from '../../src/react/packedCatalogue';
import { useFaceIdGuidance } from '../../src/react/useFaceIdGuidance';
import { CATALOGUES, endUserPart, LANGUAGES, text } from './helpers';

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
    const hostile = [null, 42, { toString: () => 'x' }, '<b>ok</b>'] as unknown as string[];
    const nested = unpackFaceIdCatalogue(hostile);
    expect(JSON.stringify(nested)).not.toContain('42');
    expect(Object.keys(nested)).toEqual(['codes']);
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
    await loadFaceIdLanguage(instance, 'zh-CN');
    expect(hasFaceIdText(instance, 'zh-CN', 'unknown.title')).toBe(true);
    expect(hasFaceIdText(instance, 'zh-CN', 'developer.unknown')).toBe(false);
    await loadFaceIdDeveloperText(instance, 'zh-CN');
    expect(instance.getResourceBundle('zh-CN', FACEID_NS)).toEqual(CATALOGUES['zh-CN']);
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
