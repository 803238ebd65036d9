import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import CATALOGUES from 'virtual:faceid-guidance/catalogues';
import { describe, expect, it } from 'vitest';
import {
  EXPANSION,
  LONG_TOKEN,
  pseudoLocalize,
  pseudoLocalizeText,
} from '../../stories/support/pseudo';

type Nested = { [key: string]: string | Nested };

function entries(value: Nested, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([key, inner]) =>
    typeof inner === 'string'
      ? [[`${prefix}${key}`, inner] as [string, string]]
      : entries(inner, `${prefix}${key}.`),
  );
}

const variables = (text: string) =>
  (text.match(/\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>/g) ?? []).sort();
const length = (text: string) => Array.from(text).length;

const en = CATALOGUES.en ?? {};

describe.each([false, true])('pseudoLocalize (rtl: %s)', (rtl) => {
  const source = entries(en as Nested);
  const pseudo = new Map(entries(pseudoLocalize(en as Nested, { rtl })));

  it('keeps every key, plural suffixes included, and no other', () => {
    expect([...pseudo.keys()]).toEqual(source.map(([key]) => key));
  });

  it('keeps {{variables}}, $t() nesting and markup exactly', () => {
    for (const [key, text] of source)
      expect(variables(pseudo.get(key) ?? '')).toEqual(variables(text));
    const nested = pseudoLocalizeText('See $t(ui.more) and <b>{{ count }}</b> items', { rtl });
    expect(nested).toContain('$t(ui.more)');
    expect(nested).toContain('<b>{{ count }}</b>');
  });

  it('grows strings of 10 characters or more by 40 % at least, in brackets, accented', () => {
    for (const [key, text] of source) {
      const out = pseudo.get(key) ?? '';
      if (length(text) >= 10)
        expect(length(out), key).toBeGreaterThanOrEqual(length(text) * EXPANSION);
      expect(out.startsWith('[') && out.endsWith(']'), key).toBe(true);
      expect(out, key).not.toMatch(/ {2}/);
      expect(out.replace(/\{\{[^}]*\}\}/g, ''), key).not.toMatch(/[aeiou]/);
    }
  });

  it('has one long unbroken token at most per string', () => {
    for (const out of pseudo.values()) {
      expect(out.split(LONG_TOKEN).length - 1).toBeLessThanOrEqual(1);
    }
  });

  it(rtl ? 'mirrors text runs, not the variables' : 'adds no direction controls', () => {
    const out = pseudoLocalizeText('Code: {{code}}', { rtl });
    if (rtl) expect(out).toMatch(/^\[\u202e[^{]*\u202c\{\{code\}\}/);
    else expect(out).not.toMatch(/[\u202a-\u202e]/);
  });
});

describe('styles.css', () => {
  it('uses logical properties only: no left or right outside comments', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/react/styles.css'), 'utf8');
    const code = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(code.match(/[^;{}]*\b(left|right)\b[^;{}]*/g) ?? []).toEqual([]);
    for (const css of ['../../.storybook/preview.css', '../../stories/support/sheet.css']) {
      const text = readFileSync(join(import.meta.dirname, css), 'utf8').replace(
        /\/\*[\s\S]*?\*\//g,
        '',
      );
      expect(text.match(/[^;{}]*\b(left|right)\b[^;{}]*/g) ?? [], css).toEqual([]);
    }
  });
});
