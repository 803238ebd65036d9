import { describe, expect, it } from 'vitest';
import {
  decodeIdCardWarnings,
  describeCode,
  ID_CARD_WARNINGS,
  MAX_RAW_LENGTH,
  parseBankCardWarnings,
  UNKNOWN_WARNING_KEYS,
} from '../../src/core';
import { seedRows } from '../helpers/seed';

/** An 8-character warning string with '1' at the given 1-based positions. */
const flags = (...positions: number[]) =>
  Array.from({ length: 8 }, (_, i) => (positions.includes(i + 1) ? '1' : '0')).join('');

const positionsOf = (value: unknown) =>
  decodeIdCardWarnings(value).warnings.map((warning) => warning.position);

describe('decodeIdCardWarnings', () => {
  it("reads '00000000' as no warning", () => {
    expect(decodeIdCardWarnings('00000000')).toEqual({
      warnings: [],
      malformed: false,
      raw: '00000000',
    });
  });

  it.each(ID_CARD_WARNINGS.map((entry) => [entry.position, entry] as const))(
    'reads a single 1 at position %i as exactly that catalogue warning',
    (position, entry) => {
      const value = flags(position);
      const { warnings, malformed } = decodeIdCardWarnings(value);
      expect(malformed).toBe(false);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({
        position,
        id: entry.id,
        confirmed: entry.confirmed,
        tips: entry.tips,
        messageKeys: {
          title: `idCardWarnings.${entry.id}.title`,
          description: `idCardWarnings.${entry.id}.description`,
        },
      });
    },
  );

  it('marks positions 7 and 8 unconfirmed, as a generic otherQuality warning', () => {
    for (const position of [7, 8]) {
      const [warning] = decodeIdCardWarnings(flags(position)).warnings;
      expect(warning).toMatchObject({ position, id: 'otherQuality', confirmed: false });
    }
    const confirmed = ID_CARD_WARNINGS.filter((w) => w.confirmed).map((w) => w.position);
    expect(confirmed).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads the official example '10010100' as positions 1, 4 and 6", () => {
    expect(positionsOf('10010100')).toEqual([1, 4, 6]);
  });

  it("reads '11111111' as all 8 warnings, in position order", () => {
    const { warnings } = decodeIdCardWarnings('11111111');
    expect(warnings.map((w) => w.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(warnings.map((w) => w.id)).toEqual(ID_CARD_WARNINGS.map((w) => w.id));
  });

  it.each([
    [10010100, [1, 4, 6]],
    [11111111, [1, 2, 3, 4, 5, 6, 7, 8]],
    [' 10010100 ', [1, 4, 6]],
  ] as const)('accepts %o', (value, positions) => {
    expect(decodeIdCardWarnings(value).malformed).toBe(false);
    expect(positionsOf(value)).toEqual(positions);
  });

  it.each([
    ['7 characters', '1001010'],
    ['9 characters', '100101001'],
    ['a letter', '1001010x'],
    ['an inner space', '1001 0100'],
    ['a digit other than 0/1', '10010102'],
    ['full-width digits', '１００１０１００'],
    ['a trailing NUL', '10010100\u0000'],
    ['a bidi override inside', '1001\u202E0100'],
    ['garbage after 200 spaces', `10010100${' '.repeat(200)}x`],
    ['a 1 MB string of 1s', '1'.repeat(1024 * 1024)],
    ['brackets', '[10010100]'],
    ['"null"', 'null'],
    ['the number 0', 0],
    ['a number that lost its leading zeros', 1001],
    ['a negative number', -10010100],
    ['a fraction', 10010100.5],
    ['a boolean', true],
    ['an object', {}],
    ['an array', []],
    ['an array holding a valid string', ['10010100']],
    ['an object holding a valid string', { warning: '10010100' }],
    ['a function', () => '10010100'],
    ['a symbol', Symbol('10010100')],
  ])('treats %s as malformed, inventing no warning', (_name, value) => {
    const decoded = decodeIdCardWarnings(value);
    expect(decoded.warnings).toEqual([]);
    expect(decoded.malformed).toBe(true);
    expect(Array.from(decoded.raw).length).toBeLessThanOrEqual(MAX_RAW_LENGTH);
  });

  it.each([null, undefined, '', '   '])('treats a missing value %o as no warning', (value) => {
    expect(decodeIdCardWarnings(value)).toEqual({ warnings: [], malformed: false, raw: '' });
  });
});

describe('parseBankCardWarnings', () => {
  const seedWarnings = seedRows().filter((row) => row.service === 'bankCardOcr' && row.warning);
  const codesOf = (value: unknown) =>
    parseBankCardWarnings(value).warnings.map((warning) => warning.code);

  it('has the seed’s bank-card warning table', () => {
    expect(seedWarnings.length).toBeGreaterThan(0);
  });

  it.each(seedWarnings.flatMap((row) => row.codes))(
    'knows seed warning %s as the catalogue’s bank-card warning',
    (code) => {
      const entry = describeCode(code, { service: 'bankCardOcr' });
      expect(entry.kind).toBe('warning');
      const { warnings, malformed } = parseBankCardWarnings(code);
      expect(malformed).toBe(false);
      expect(warnings).toEqual([
        {
          code,
          known: true,
          id: entry.id,
          tips: entry.tips,
          messageKeys: entry.messageKeys,
        },
      ]);
    },
  );

  it.each([
    ['0', []],
    [0, []],
    ['[0]', []],
    ['-9110', ['-9110']],
    [' -9110 ', ['-9110']],
    [-9110, ['-9110']],
    ['[-9110,-9111,-9114]', ['-9110', '-9111', '-9114']],
    ['[-9110, -9111, -9114]', ['-9110', '-9111', '-9114']],
    ['["-9110","-9111"]', ['-9110', '-9111']],
    [
      ['-9110', -9111],
      ['-9110', '-9111'],
    ],
    [
      [['-9110'], ['-9113']],
      ['-9110', '-9113'],
    ],
    ['[0,-9113]', ['-9113']],
    ['[66661009]', ['66661009']],
    ['[]', []],
    [[], []],
    ['', []],
    [null, []],
    [undefined, []],
  ] as const)('reads %o as %o', (value, codes) => {
    const parsed = parseBankCardWarnings(value);
    expect(parsed.malformed).toBe(false);
    expect(parsed.warnings.map((w) => w.code)).toEqual(codes);
    for (const warning of parsed.warnings) expect(warning.known).toBe(true);
  });

  it('drops duplicates, keeping first-seen order', () => {
    expect(codesOf('[-9111,-9110,-9111,-9110]')).toEqual(['-9111', '-9110']);
    expect(codesOf(['-9110', -9110, ' -9110'])).toEqual(['-9110']);
  });

  it.each(['-9999', '[-9999]', -9999])(
    'keeps the unknown warning code in %o as known:false',
    (value) => {
      const parsed = parseBankCardWarnings(value);
      expect(parsed.malformed).toBe(false);
      expect(parsed.warnings).toEqual([
        { code: '-9999', known: false, id: 'unknown', tips: [], messageKeys: UNKNOWN_WARNING_KEYS },
      ]);
    },
  );

  it.each([
    ['an error code of the same table', '-9011'],
    ['a success code of another service', '66661006'],
    ['a gateway code', '400101'],
  ])('does not treat %s (%s) as a known warning', (_name, code) => {
    const [warning] = parseBankCardWarnings(code).warnings;
    expect(warning).toMatchObject({ code, known: false, id: 'unknown' });
  });

  it('reads warnings within the bank-card service (-9110 is not the IDCardOCR meaning)', () => {
    const [warning] = parseBankCardWarnings('-9110').warnings;
    expect(warning?.id).toBe(describeCode('-9110', { service: 'bankCardOcr' }).id);
  });

  it.each([
    ['abc', 'abc', []],
    ['[abc]', '[abc]', []],
    ['[-9110,abc]', '[-9110,abc]', ['-9110']],
    ['-9110x', '-9110x', []],
    ['an object', {}, []],
    ['an array holding an object', [{}], []],
    ['a boolean', true, []],
    ['a fraction', 1.5, []],
    ['a 1 MB string of 9s', '9'.repeat(1024 * 1024), []],
    ['a script tag', '<script>alert(1)</script>', []],
  ] as const)('marks %s malformed and invents nothing', (_name, value, codes) => {
    const parsed = parseBankCardWarnings(value);
    expect(parsed.malformed).toBe(true);
    expect(parsed.warnings.map((w) => w.code)).toEqual(codes);
    expect(Array.from(parsed.raw).length).toBeLessThanOrEqual(MAX_RAW_LENGTH);
  });
});
