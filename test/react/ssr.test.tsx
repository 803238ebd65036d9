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
import { DEFAULT_LANGUAGE } from '../../src/react/i18n';
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
      waitLine(lng, '10:00'),
      text(lng, readCode('66661006', { service: 'idCardOcr' }).messageKeys.title),
      text(lng, 'ui.actions.retake'),
      text(lng, 'idCardWarnings.borderIncomplete.title'),
      text(lng, 'ui.actions.continueAnyway'),
      text(lng, 'tips.light'),
    ]) {
      expect(html).toContain(escapeHtml(expected));
    }
    // The support lines, each code and reference in a <bdi> (its own direction in right-to-left).
    for (const [key, value] of [
      ['ui.support.code', '-5018'],
      ['ui.support.reference', 'ORDER-42'],
      ['ui.support.code', '400504'],
      ['ui.support.code', '66661006'],
    ] as const) {
      const name = key === 'ui.support.code' ? 'code' : 'reference';
      const [before = '', after = ''] = text(lng, key, { [name]: '\u0000' }).split('\u0000');
      expect(html).toContain(
        `<span>${escapeHtml(before)}<bdi dir="ltr">${value}</bdi>${escapeHtml(after)}`,
      );
    }
    expect(html).toContain('role="alert"');
    expect(html).toContain('role="status"');
    expect(html).toContain('data-state="ready"');
    expect(html).toContain('type="button"');
    // The copy button needs the browser (the clipboard, or selecting by hand): it only appears after
    // hydration.
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
      // The code's tips as empty boxes (the final layout's size), hidden from screen readers; the
      // loading line in the description's place.
      const tips = readCode('-5018')
        .tips.slice(0, 3)
        .map((tip) => `<li class="faceid-tip" data-tip="${tip}">`);
      const skeleton = html.match(/<ul aria-hidden="true" class="faceid-tips">.*?<\/ul>/g) ?? [];
      expect(skeleton).toHaveLength(2);
      for (const list of skeleton) {
        expect(list.match(/<li [^>]*>/g)).toEqual(tips);
        expect(list).not.toMatch(/<span>[^<]/);
      }
      expect(
        html.match(/class="faceid-description faceid-loading" role="status">([^<]*)</g),
      ).toEqual(
        // With the provider in English; without one, in the default language.
        ['en', DEFAULT_LANGUAGE].map(
          (lng) =>
            `class="faceid-description faceid-loading" role="status">${text(lng, 'ui.loading')}<`,
        ),
      );
      // GuidanceTips on its own renders nothing until its copy is there.
      expect(html.match(/faceid-tips/g)).toHaveLength(2);
      // The warning list (no provider: the default language): the floor's title, busy, no
      // warnings until their copy is there.
      const warnings = html.slice(html.indexOf('class="faceid-warnings"'));
      expect(warnings).toMatch(/^class="faceid-warnings"[^>]*aria-busy="true"/);
      expect(warnings).toContain(`>${text(DEFAULT_LANGUAGE, 'ui.floor.warning')}</h3>`);
      expect(warnings).not.toContain('faceid-warning-items');
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
