/**
 * What may be shown to the person as a code or a reference (`isCodeShaped`, `isReferenceShaped`):
 * every code the catalogue lists has the shape, so unknown codes of the same shape are shown too;
 * a sentence, a phone number or markup from a crafted link never is.
 */
import { describe, expect, test } from 'vitest';
import { CATALOGUE, type EntryId } from '../../src/core/catalogue';
import { describeCode, readCode } from '../../src/core/describe';
import { isCodeShaped, isReferenceShaped } from '../../src/core/input';
import { sampleCode } from '../helpers/codes';

const entries = Object.keys(CATALOGUE) as EntryId[];

describe('every code of the catalogue has the shape of a code', () => {
  test.each(entries)('%s', (id) => {
    const row = CATALOGUE[id];
    if (row.family && row.codes.some((code) => code.endsWith('*'))) {
      // A Cloud API family (`AuthFailure*`): its codes are dotted names under the family's name.
      const name = `${row.codes[0]?.replace(/\.?\*$/, '')}.Unlisted`;
      expect(describeCode(name, { service: row.service }).id).toBe(id);
      expect(isCodeShaped(name)).toBe(true);
      return;
    }
    const listed = row.family ? [sampleCode(id)] : row.codes;
    for (const code of listed) {
      const shown = readCode(code, { service: row.service }).code;
      expect({ code, shaped: isCodeShaped(shown) }).toEqual({ code, shaped: true });
    }
  });
});

describe('what a crafted link carries is not a code', () => {
  test.each([
    '验证异常请立即致电4001234567领取补偿',
    '4001234567',
    '123456789',
    'Call 4001234567',
    'CallUsNow',
    'CallUsNow.4001234567',
    '<img src=x>',
    'https://evil.example',
    '',
    '-',
    '12xx',
    'FailedOperation.',
  ])('%s', (value) => {
    expect(isCodeShaped(value)).toBe(false);
  });

  test('non-strings are not codes', () => {
    for (const value of [null, undefined, 66660023, {}, ['0']])
      expect(isCodeShaped(value)).toBe(false);
  });
});

describe('references', () => {
  test.each(['FACE20250301000042', 'FACE-2025_03', 'a', 'A'.repeat(64)])('%s is shown', (value) => {
    expect(isReferenceShaped(value)).toBe(true);
  });
  test.each(['', 'A'.repeat(65), 'FACE 2025', '请致电4001234567', '<b>x</b>', 'a.b', null, 42])(
    '%s is not',
    (value) => {
      expect(isReferenceShaped(value)).toBe(false);
    },
  );
});
