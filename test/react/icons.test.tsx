/**
 * The tip drawings are a chunk of their own: the boxes render at once, the drawings fill in when
 * the chunk has loaded, and server markup never depends on whether it has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, waitFor } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test } from 'vitest';
import { TIPS } from '../../src/core/catalogue';
import { readCode } from '../../src/core/describe';
import { FaceVerifyErrorBanner } from '../../src/react/FaceVerifyErrorBanner';
import { GuidanceTips } from '../../src/react/GuidanceTips';
import { GLYPHS } from '../../src/react/glyphs';
import { loadFaceIdIcons } from '../../src/react/icons';
import { renderIn, withLanguage } from './helpers';

afterEach(cleanup);

describe('tip drawings', () => {
  test('every tip has its own drawing', () => {
    const drawings = TIPS.map((tip) => GLYPHS[tip]);
    for (const d of drawings) expect(d).toMatch(/^M[\d.\s,a-zA-Z-]+$/);
    expect(new Set(drawings).size).toBe(TIPS.length);
  });

  test('every drawing is a tip of the catalogue: none is left over', () => {
    expect(Object.keys(GLYPHS).sort()).toEqual([...TIPS].sort());
  });

  test('the drawings are sized by their attributes too (engines without :where())', async () => {
    await loadFaceIdIcons();
    const { container } = renderIn('en', <GuidanceTips tips={TIPS} />);
    await waitFor(() =>
      expect(container.querySelectorAll('svg path[d]')).toHaveLength(TIPS.length),
    );
    for (const svg of container.querySelectorAll('svg')) {
      expect(svg.getAttribute('viewBox')).toBe('0 0 24 24');
      expect(svg.getAttribute('width')).toBe('24');
      expect(svg.getAttribute('height')).toBe('24');
    }
  });

  test('their strokes are set by a rule that engines without :where() keep', () => {
    // Without these a path is filled black: in those engines every drawing would be a blot.
    const css = readFileSync(join(import.meta.dirname, '../../src/react/styles.css'), 'utf8');
    const plain = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/(?:^|\n)\.faceid-icon \{([^}]*)\}/);
    expect(plain?.[1]).toMatch(/fill: none;/);
    expect(plain?.[1]).toMatch(/stroke: currentColor;/);
    expect(plain?.[1]).toMatch(/stroke-width: 2;/);
  });

  test("a banner's tips get their drawings once the chunk arrives", async () => {
    const { tips } = readCode('-5018');
    const { container } = renderIn('en', <FaceVerifyErrorBanner code="-5018" />);
    const paths = () =>
      tips.map((tip) => container.querySelector(`[data-tip="${tip}"] svg path`)?.getAttribute('d'));
    await waitFor(() => expect(paths()).toEqual(tips.map((tip) => GLYPHS[tip])));
  });

  test('server markup has the boxes without drawings, loaded or not', async () => {
    await loadFaceIdIcons();
    const Wrapper = withLanguage('en');
    const html = renderToString(
      <Wrapper>
        <GuidanceTips tips={['light', 'cardFront']} />
      </Wrapper>,
    );
    expect(html.match(/<svg class="faceid-icon"/g)).toHaveLength(2);
    expect(html).not.toContain(GLYPHS.light);
    expect(html).toContain('<path></path>');
  });

  test('loading is shared and resolves once', async () => {
    const first = loadFaceIdIcons();
    expect(loadFaceIdIcons()).toBe(first);
    await expect(first).resolves.toBeUndefined();
  });
});
