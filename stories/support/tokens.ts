/**
 * The theming tokens, read from the library's stylesheet: each private `--_faceid-*` copy reads a
 * public token with a default (`var(--faceid-text, #1f2328)`), the dark palette `--faceid-dark-*`,
 * large text `--faceid-large-*`. The Introduction's table and the Tokens page are drawn from here,
 * so a token added to `styles.css` shows up in both (and its test asks for its role and pairs).
 */
import stylesheet from '../../src/react/styles.css?raw';

export interface TokenValue {
  /** The public custom property (`--faceid-dark-text`). */
  readonly variable: string;
  /** Its default in `styles.css`. */
  readonly fallback: string;
}

export interface Token {
  /** The token's name without prefix (`text`, `on-accent`, `font-size`). */
  readonly name: string;
  /** Whether it is a colour (its default is a `#` colour). */
  readonly colour: boolean;
  readonly base: TokenValue;
  /** In the dark palette. */
  readonly dark?: TokenValue;
  /** In the large-text mode. */
  readonly large?: TokenValue;
}

/** Every token of a stylesheet, in its order of first declaration. */
export function parseTokens(css: string): Token[] {
  const byName = new Map<string, { base?: TokenValue; dark?: TokenValue; large?: TokenValue }>();
  for (const [, name = '', variable = '', fallback = ''] of css.matchAll(
    /--_faceid-([\w-]+)\s*:\s*var\(\s*(--faceid-[\w-]+)\s*,\s*([^;]+?)\s*\)\s*;/g,
  )) {
    const slot =
      variable === `--faceid-dark-${name}`
        ? 'dark'
        : variable === `--faceid-large-${name}`
          ? 'large'
          : 'base';
    const entry = byName.get(name) ?? {};
    entry[slot] ??= { variable, fallback };
    byName.set(name, entry);
  }
  const tokens: Token[] = [];
  for (const [name, { base, dark, large }] of byName) {
    if (!base) continue;
    tokens.push({
      name,
      colour: /^#[\da-f]{3,8}$/i.test(base.fallback),
      base,
      ...(dark ? { dark } : {}),
      ...(large ? { large } : {}),
    });
  }
  return tokens;
}

/** The library's tokens. */
export const TOKENS: readonly Token[] = parseTokens(stylesheet);

/** What each token is for (the Introduction's and the Tokens page's "Role" column). */
export const TOKEN_ROLES: Readonly<Record<string, string>> = {
  'font-size': 'Text size',
  'line-height': 'Line height',
  radius: 'Corner radius of the cards',
  gap: 'Spacing between parts',
  touch: 'Minimum touch target (buttons, disclosure)',
  surface: 'Card and start-screen background',
  text: 'Body text',
  muted: 'Secondary text; a disabled button',
  border: 'Card outline, button borders',
  error: 'Status stripe and icon of an error',
  warning: 'Status stripe and icon of a warning',
  success: 'Status stripe and icon of a success',
  identity:
    'Status stripe and mark of an identity problem (details, document, a face that did not match)',
  accent: 'Buttons, tip icons, the stripe of a wait',
  'on-accent': 'Text on a primary button',
  focus: 'Focus ring',
};

/** A colour pair the components draw, and the WCAG minimum it must meet. */
export interface TokenPair {
  readonly foreground: string;
  readonly background: string;
  /** Where the components draw it. */
  readonly use: string;
  /** 4.5 for text (WCAG 1.4.3), 3 for icons, stripes and focus rings (1.4.11), 0 for decoration. */
  readonly minimum: 4.5 | 3 | 0;
}

/** Every colour pair of `styles.css`, each colour token in at least one. */
export const TOKEN_PAIRS: readonly TokenPair[] = [
  { foreground: 'text', background: 'surface', use: 'Titles and body text', minimum: 4.5 },
  {
    foreground: 'muted',
    background: 'surface',
    use: 'Secondary text, a disabled button’s label',
    minimum: 4.5,
  },
  {
    foreground: 'accent',
    background: 'surface',
    use: 'A secondary button’s label and border, tip icons',
    minimum: 4.5,
  },
  { foreground: 'on-accent', background: 'accent', use: 'A primary button’s label', minimum: 4.5 },
  { foreground: 'error', background: 'surface', use: 'Error stripe and icon', minimum: 3 },
  { foreground: 'warning', background: 'surface', use: 'Warning stripe and icon', minimum: 3 },
  { foreground: 'success', background: 'surface', use: 'Success stripe and icon', minimum: 3 },
  {
    foreground: 'identity',
    background: 'surface',
    use: 'Identity-problem stripe and mark',
    minimum: 3,
  },
  { foreground: 'focus', background: 'surface', use: 'Focus ring', minimum: 3 },
  {
    foreground: 'border',
    background: 'surface',
    use: 'Card outline (decoration: the stripe, the icon and the buttons’ own colours carry the meaning)',
    minimum: 0,
  },
];
