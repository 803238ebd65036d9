/**
 * The copy carries its own language: a page in one language may show the banner in another, and
 * screen readers pick their voice from `lang`.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { LANGUAGES, renderIn } from './helpers';

afterEach(cleanup);

describe.each(LANGUAGES)('%s', (lng) => {
  test('every component root says its language', () => {
    const { container } = renderIn(
      lng,
      <>
        <FaceVerifyErrorBanner code="-5018" />
        <GuidanceTips code="-5018" data-testid="tips" />
        <OcrWarningList warnings="10000000" service="idCardOcr" />
      </>,
    );
    const roots = [
      container.querySelector('.faceid-banner'),
      screen.getByTestId('tips'),
      container.querySelector('.faceid-warnings'),
    ];
    for (const root of roots) expect(root?.getAttribute('lang')).toBe(lng);
  });

  test('a host can still set lang itself', () => {
    const { container } = renderIn(lng, <FaceVerifyErrorBanner code="-5018" lang="x-host" />);
    expect(container.querySelector('.faceid-banner')?.getAttribute('lang')).toBe('x-host');
  });
});
