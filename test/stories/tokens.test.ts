import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseRgb } from '../../stories/support/contrast';
import { parseTokens, TOKEN_PAIRS, TOKEN_ROLES } from '../../stories/support/tokens';

describe('contrastRatio (WCAG 2)', () => {
  it('gives the published ratios', () => {
    expect(contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
    // #767676 on white is the lightest grey at 4.5:1; #777777 falls just short.
    expect(contrastRatio('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).toBeLessThan(4.5);
    // Symmetric.
    expect(contrastRatio('rgb(255, 255, 255)', 'rgb(11, 99, 197)')).toBeCloseTo(
      contrastRatio('rgb(11, 99, 197)', 'rgb(255, 255, 255)'),
      10,
    );
  });

  it('composites a translucent foreground over the background', () => {
    expect(contrastRatio('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')).toBe(1);
    expect(contrastRatio('rgb(0 0 0 / 50%)', 'rgb(255, 255, 255)')).toBeCloseTo(
      contrastRatio('rgb(127.5, 127.5, 127.5)', 'rgb(255, 255, 255)'),
      10,
    );
  });

  it('gives NaN for what it cannot read, never a passing number', () => {
    expect(parseRgb('oklch(0.5 0.1 200)')).toBeUndefined();
    expect(contrastRatio('red', 'rgb(255, 255, 255)')).toBeNaN();
  });
});

describe('the tokens of styles.css', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/react/styles.css'), 'utf8');
  const declared = new Set(Array.from(css.matchAll(/var\((--faceid-[\w-]+)/g), (m) => m[1]));
  // The stylesheet itself: the unit project's Vite leaves CSS imports (even `?raw`) empty.
  const TOKENS = parseTokens(css);

  it('lists every public custom property the stylesheet reads, once', () => {
    const listed = TOKENS.flatMap((token) =>
      [token.base, token.dark, token.large].flatMap((value) => (value ? [value.variable] : [])),
    );
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(declared);
  });

  it('has a role for every token, and every colour is in a contrast pair', () => {
    expect(TOKENS.length).toBeGreaterThan(10);
    expect(TOKENS.filter((token) => !TOKEN_ROLES[token.name]).map((t) => t.name)).toEqual([]);
    const paired = new Set(TOKEN_PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    expect(TOKENS.filter((t) => t.colour && !paired.has(t.name)).map((t) => t.name)).toEqual([]);
  });

  it('reads defaults, the dark palette and large text', () => {
    const [text] = parseTokens(
      ':where(.a) { --_faceid-text: var(--faceid-text, #111); }\n' +
        ':where(.b) { --_faceid-text: var(--faceid-dark-text,#eee); --_faceid-gap: var(--faceid-large-gap, 16px); }',
    );
    expect(text).toEqual({
      name: 'text',
      colour: true,
      base: { variable: '--faceid-text', fallback: '#111' },
      dark: { variable: '--faceid-dark-text', fallback: '#eee' },
    });
  });
});
