import { describe, expect, it } from 'vitest';
import {
  describeCode,
  MAX_RAW_LENGTH,
  normalizeCode,
  readCode,
  toRawText,
  UNKNOWN_MESSAGE_KEYS,
} from '../../src/core';

const ELLIPSIS = '…';
const chars = (text: string) => Array.from(text).length;

describe('normalizeCode accepts integers and integer strings (input.ts contract)', () => {
  it.each([
    [66660023, '66660023'],
    ['66660023', '66660023'],
    ['66660023 ', '66660023'],
    [' -5018 ', '-5018'],
    ['\t-5018\n', '-5018'],
    ['\u3000-5018\u00a0', '-5018'],
    [-5018, '-5018'],
    ['+0', '0'],
    ['-0', '0'],
    [-0, '0'],
    ['00', '0'],
    ['+66660023', '66660023'],
    // Leading zeros are dropped, as documented.
    ['0066660023', '66660023'],
    ['-007', '-7'],
    [66660023n, '66660023'],
    [-1304n, '-1304'],
    ['999999999999', '999999999999'],
  ] as const)('%o → %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each<unknown>([
    '',
    ' ',
    '+',
    '-',
    '--5',
    '+-5',
    '- 5',
    '5 5',
    '1.0',
    '1e3',
    '0x10',
    '١٢٣',
    '６６６６００２３',
    '1234567890123',
    'null',
    'undefined',
    'NaN',
    '__proto__',
    '<script>alert(1)</script>',
    '66660023;',
    `${' '.repeat(70)}0`,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    2 ** 53,
    1e21,
    null,
    undefined,
    true,
    {},
    [],
    [66660023],
    { valueOf: () => 66660023 },
    () => 0,
    Symbol('0'),
  ])('%o is not a code', (input) => {
    expect(normalizeCode(input)).toBeUndefined();
  });
});

describe('toRawText keeps a short, printable form of anything', () => {
  it.each([
    ['  abc  ', 'abc'],
    ['a\u0000b\u0007c\u001bd\u007fe\u0085f', 'abcdef'],
    ['pay\u202Egnp.exe', 'paygnp.exe'],
    ['a\u200eb\u200fc\u2066d\u2069e\u061cf', 'abcdef'],
    ['\u202E  66660023  \u202C', '66660023'],
    [42, '42'],
    [-0.5, '-0.5'],
    [12n, '12'],
    [false, 'false'],
    [null, ''],
    [undefined, ''],
    [[1, 2], '[array]'],
    [{ code: 1 }, '[object]'],
    [Object.create(null), '[object]'],
    [() => 1, '[function]'],
    [Symbol('x'), '[symbol]'],
  ] as const)('%o → %o', (input, expected) => {
    expect(toRawText(input)).toBe(expected);
  });

  it(`truncates to ${MAX_RAW_LENGTH} characters, the … that marks the cut included`, () => {
    const exact = 'x'.repeat(MAX_RAW_LENGTH);
    expect(toRawText(exact)).toBe(exact);
    expect(toRawText(`${exact}y`)).toBe(`${exact.slice(1)}${ELLIPSIS}`);
  });

  it('counts characters, never splitting a surrogate pair', () => {
    const raw = toRawText('😀'.repeat(100));
    expect(raw).toBe(`${'😀'.repeat(MAX_RAW_LENGTH - 1)}${ELLIPSIS}`);
  });

  it.each([
    ['zero-width space, joiner and non-joiner', '66\u200b66\u200d00\u200c23', '66660023'],
    ['soft hyphen and word joiner', '-50\u00ad18\u2060', '-5018'],
    ['byte-order marks', '\ufeff-5018\ufeff', '-5018'],
    ['Arabic letter mark, interlinear annotation', '-50\u061c18\ufff9', '-5018'],
    ['tag characters', 'abc\u{e0041}\u{e007f}', 'abc'],
  ])('strips invisible format characters (\\p{Cf}): %s', (_name, input, expected) => {
    expect(toRawText(input)).toBe(expected);
  });

  it.each([
    ['a lone high surrogate', 'a\ud800b', 'ab'],
    ['a lone low surrogate', 'a\udc00b', 'ab'],
    ['two low surrogates', '1\udc00\udc002', '12'],
    ['a reversed pair', '\ude00\ud83d', ''],
    ['a pair, kept', '\ud83d\ude00', '😀'],
  ])('removes %s: the text is well-formed', (_name, input, expected) => {
    expect(toRawText(input)).toBe(expected);
  });

  it('never cuts a long string inside a surrogate pair', () => {
    // The first cut (4 × MAX_RAW_LENGTH code units) falls between the halves of the last emoji;
    // the controls before it are stripped, so that emoji would show.
    const input = `${'\u0000'.repeat(MAX_RAW_LENGTH * 4 - 1)}😀😀`;
    const raw = toRawText(input);
    expect(raw).toBe('');
    expect(toRawText(`${'\u0000'.repeat(MAX_RAW_LENGTH * 4 - 2)}😀😀`)).toBe('😀');
  });

  // Its cost is the bench's to measure (never a timed unit test): it cuts before cleaning.
  it('reads a 1 MB string into a short one', () => {
    const huge = `  ${'9'.repeat(1024 * 1024)}`;
    const raw = toRawText(huge);
    expect(raw).toBe(`${'9'.repeat(MAX_RAW_LENGTH - 1)}${ELLIPSIS}`);
  });

  it('calls no method of the value', () => {
    const hostile = {
      toString() {
        throw new Error('toString');
      },
      valueOf() {
        throw new Error('valueOf');
      },
      [Symbol.toPrimitive]() {
        throw new Error('toPrimitive');
      },
    };
    expect(toRawText(hostile)).toBe('[object]');
  });
});

describe('describeCode on untrusted input', () => {
  it.each([
    [66660023, '66660023'],
    ['66660023', '66660023'],
    [' -5018 ', '-5018'],
    ['0066660023', '66660023'],
    ['+0', '0'],
    ['-0', '0'],
  ] as const)('%o resolves as %s', (input, code) => {
    const d = describeCode(input);
    expect(d).toMatchObject({ known: true, malformed: false, code });
    expect(d.id).toBe(describeCode(code).id);
  });

  it.each([
    ['__proto__', '__proto__'],
    ['constructor', 'constructor'],
    ['toString', 'toString'],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['null', 'null'],
    ['undefined', 'undefined'],
    ['', ''],
    ['   ', ''],
    [' \u202E6666\u0000 ', '6666'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [null, ''],
    [undefined, ''],
    [{}, '[object]'],
    [[], '[array]'],
    [['-5018'], '[array]'],
    [() => '-5018', '[function]'],
    [Symbol('-5018'), '[symbol]'],
  ] as const)('%o is malformed, kept as raw %o', (input, raw) => {
    const d = describeCode(input);
    expect(d).toMatchObject({
      known: false,
      malformed: true,
      code: raw,
      id: 'unknown',
      codes: [],
    });
    expect(d.messageKeys).toEqual(UNKNOWN_MESSAGE_KEYS);
  });

  it('does not let "__proto__" or "constructor" reach an entry via the prototype chain', () => {
    for (const code of ['__proto__', 'constructor', 'hasOwnProperty']) {
      expect(readCode(code).known).toBe(false);
      expect(readCode(code, { service: 'gateway' }).known).toBe(false);
    }
  });

  it('truncates a long malformed value with …', () => {
    const d = describeCode(`  ${'a'.repeat(MAX_RAW_LENGTH + 10)}  `);
    expect(d.malformed).toBe(true);
    expect(d.code).toBe(`${'a'.repeat(MAX_RAW_LENGTH - 1)}${ELLIPSIS}`);
  });

  it.each([
    ['digits', '6'.repeat(1024 * 1024)],
    ['text', `<img src=x onerror=alert(1)>${'x'.repeat(1024 * 1024)}`],
    ['a code padded with 1 MB of spaces', `${' '.repeat(1024 * 1024)}66660023`],
  ])('a 1 MB string of %s is malformed and short', (_name, huge) => {
    const d = describeCode(huge);
    expect(d.known).toBe(false);
    expect(d.malformed).toBe(true);
    expect(chars(d.code)).toBeLessThanOrEqual(MAX_RAW_LENGTH);
  });

  it('removes control and bidi characters from a malformed value', () => {
    const d = describeCode('ab\u202Ecd\u0000ef\u2067gh');
    expect(d.code).toBe('abcdefgh');
  });

  it('ignores hostile options', () => {
    const getter = Object.defineProperty({}, 'service', {
      get() {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('get');
        },
        getOwnPropertyDescriptor() {
          throw new Error('getOwnPropertyDescriptor');
        },
      },
    );
    for (const options of [getter, proxy, Object.create(null)]) {
      expect(describeCode('-5018', options).id).toBe(describeCode('-5018').id);
    }
  });
});
