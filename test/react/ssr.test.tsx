// @vitest-environment node
/**
 * Server rendering: no DOM, no window. With preloaded resources the markup is complete; without,
 * it is the loading placeholder.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { readCode } from '../../src/core/describe';
import { MAX_RAW_LENGTH } from '../../src/core/input';
import { FaceIdGuidanceProvider } from '../../src/react/FaceIdGuidanceProvider';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { OcrErrorBanner } from '../../src/react/OcrErrorBanner';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { ALL_RESOURCES, escapeHtml, LANGUAGES, resourcesOf, text, waitLine } from './helpers';

test('runs without a DOM', () => {
  expect(typeof document).toBe('undefined');
  expect(typeof window).toBe('undefined');
});

describe.each(LANGUAGES)('renderToString in %s', (lng) => {
  test('every component renders its full markup from preloaded resources', () => {
    const reading = readCode('-5018');
    const html = renderToString(
      <StrictMode>
        <FaceIdGuidanceProvider lng={lng} resources={{ [lng]: resourcesOf(lng) }}>
          <FaceVerifyErrorBanner code="-5018" orderNo="ORDER-42" onRetry={() => {}} />
          <FaceVerifyErrorBanner code="400504" now={0} onRetry={() => {}} />
          <OcrErrorBanner service="idCardOcr" code="66661006" onRetake={() => {}} />
          <OcrWarningList service="idCardOcr" warnings="10000000" onContinue={() => {}} />
          <GuidanceTips tips={['light']} />
        </FaceIdGuidanceProvider>
      </StrictMode>,
    );
    for (const expected of [
      text(lng, reading.messageKeys.title),
      text(lng, reading.messageKeys.description),
      text(lng, `tips.${reading.tips[0]}`),
      text(lng, 'ui.actions.retry'),
      text(lng, 'ui.support.code', { code: '-5018' }),
      text(lng, 'ui.support.reference', { reference: 'ORDER-42' }),
      waitLine(lng, '10:00'),
      text(lng, readCode('66661006', { service: 'idCardOcr' }).messageKeys.title),
      text(lng, 'ui.actions.retake'),
      text(lng, 'idCardWarnings.borderIncomplete.title'),
      text(lng, 'ui.actions.continueAnyway'),
      text(lng, 'tips.light'),
    ]) {
      expect(html).toContain(escapeHtml(expected));
    }
    expect(html).toContain('role="alert"');
    expect(html).toContain('role="status"');
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('type="button"');
    // The copy button needs the clipboard: it only appears after hydration.
    expect(html).not.toContain(escapeHtml(text(lng, 'ui.actions.copy')));
  });
});

describe('renderToString edge cases', () => {
  test('hostile codes are escaped and truncated', () => {
    const html = renderToString(
      <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code="<img src=x onerror=alert(1)>" />
        <FaceVerifyErrorBanner code={'B'.repeat(1_000_000)} />
        <FaceVerifyErrorBanner code="__proto__" />
      </FaceIdGuidanceProvider>,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`${'B'.repeat(MAX_RAW_LENGTH - 1)}…`);
    expect(html).not.toContain('B'.repeat(MAX_RAW_LENGTH));
    expect(html.length).toBeLessThan(20_000);
    expect(html.split(escapeHtml(text('en', 'unknown.title')))).toHaveLength(4);
  });

  test('without preloaded resources, the loading placeholder; without a provider, too', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const html = renderToString(
        <>
          <FaceIdGuidanceProvider lng="en">
            <FaceVerifyErrorBanner code="-5018" />
          </FaceIdGuidanceProvider>
          <FaceVerifyErrorBanner code="-5018" />
          <GuidanceTips code="-5018" />
          <OcrWarningList service="idCardOcr" warnings="10000000" />
        </>,
      );
      expect(html.match(/data-state="loading"/g)).toHaveLength(2);
      expect(html).toContain('aria-busy="true"');
      expect(html).not.toContain('faceid-tips');
      expect(html).not.toContain('faceid-warnings');
    } finally {
      warn.mockRestore();
    }
  });

  test('ids are unique across instances', () => {
    const html = renderToString(
      <FaceIdGuidanceProvider lng="en" resources={ALL_RESOURCES}>
        <FaceVerifyErrorBanner code="-5018" orderNo="A" />
        <FaceVerifyErrorBanner code="-5018" orderNo="A" />
        <OcrWarningList service="bankCardOcr" warnings="-9110" />
      </FaceIdGuidanceProvider>,
    );
    const ids = Array.from(html.matchAll(/\sid="([^"]+)"/g), (match) => match[1]);
    expect(ids.length).toBe(5);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
