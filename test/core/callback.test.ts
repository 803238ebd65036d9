import { describe, expect, it } from 'vitest';
import { describeCode, MAX_RAW_LENGTH, readH5Callback } from '../../src/core';

/** The longest query text read from a string, URL or URLSearchParams (see `readH5Callback`). */
const HREF_CAP = 8192;

const query = 'code=0&orderNo=a&newSign=s1&code=-5018&orderNo=b&newSign=s2';

/** Redirects whose parameters repeat, each in every form: all must read alike. */
const FIRST_VALUE_FORMS: readonly [string, readonly Parameters<typeof readH5Callback>[0][]][] = [
  [
    'repeated in the query',
    [
      `https://x/?${query}`,
      `?${query}`,
      query,
      new URL(`https://x/?${query}`),
      new URLSearchParams(query),
      { code: ['0', '-5018'], orderNo: ['a', 'b'], newSign: ['s1', 's2'] },
    ],
  ],
  [
    'in the main query and in the fragment',
    [
      'https://x/?code=0&orderNo=a&newSign=s1#/r?code=-5018&orderNo=b&newSign=s2',
      new URL('https://x/?code=0&orderNo=a&newSign=s1#/r?code=-5018&orderNo=b&newSign=s2'),
      new URLSearchParams('code=0&orderNo=a&newSign=s1&code=-5018&orderNo=b&newSign=s2'),
    ],
  ],
];

const SIGNATURE = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678';
const QUERY = `code=66660023&orderNo=order-001&h5faceId=face-9&newSignature=${SIGNATURE}&liveRate=87`;
const EXPECTED = {
  code: '66660023',
  orderNo: 'order-001',
  h5faceId: 'face-9',
  signature: SIGNATURE,
  liveRate: '87',
};

describe('readH5Callback reads the redirect parameters from any form of the URL', () => {
  it.each([
    ['a full URL string', `https://example.com/done?${QUERY}`],
    ['a URL string with a fragment', `https://example.com/done?${QUERY}#top`],
    ['a URL', new URL(`https://example.com/done?${QUERY}`)],
    ['URLSearchParams', new URLSearchParams(QUERY)],
    ['a bare query string', QUERY],
    ['a query string with its ?', `?${QUERY}`],
    ['a hash-router URL', `https://example.com/#/done?${QUERY}`],
    ['a hash-router URL as URL', new URL(`https://example.com/app/#/done?${QUERY}`)],
  ])('%s', (_name, input) => {
    expect(readH5Callback(input)).toEqual(EXPECTED);
  });

  it('reads the hash-router example', () => {
    expect(readH5Callback('https://x/#/done?code=0&orderNo=1')).toEqual({
      code: '0',
      orderNo: '1',
    });
  });

  it('prefers the main query over the fragment’s', () => {
    expect(readH5Callback('https://x/?code=0#/done?code=66660023&orderNo=2')).toEqual({
      code: '0',
      orderNo: '2',
    });
  });

  it('leaves a code in the callback for describeCode to read', () => {
    const { code } = readH5Callback('https://x/?code=%2066660023%20');
    expect(describeCode(code).id).toBe(describeCode('66660023').id);
  });
});

describe('signatures', () => {
  it('reads newSign (PC flow) as the signature', () => {
    expect(readH5Callback(`?code=0&newSign=${SIGNATURE}`).signature).toBe(SIGNATURE);
  });

  it('reads newSignature (mobile H5) as the signature, and prefers it to newSign', () => {
    expect(readH5Callback(`?newSignature=${SIGNATURE}`).signature).toBe(SIGNATURE);
    expect(readH5Callback(`?newSign=other&newSignature=${SIGNATURE}`).signature).toBe(SIGNATURE);
  });

  it('keeps long order numbers and ids whole, up to a bound', () => {
    const orderNo = 'o'.repeat(100);
    expect(readH5Callback(`?orderNo=${orderNo}`).orderNo).toBe(orderNo);
    const cut = readH5Callback(`?h5faceId=${'f'.repeat(1000)}`).h5faceId ?? '';
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(1000);
  });

  it('keeps a 40-character signature whole', () => {
    expect(SIGNATURE).toHaveLength(40);
    const { signature } = readH5Callback(`https://x/?newSignature=${SIGNATURE}`);
    expect(signature).toBe(SIGNATURE);
    expect(signature).not.toContain('…');
  });
});

describe('意愿核身 codes', () => {
  it('reads faceCode and willCode', () => {
    expect(readH5Callback('?code=0&faceCode=-5018&willCode=0&orderNo=7')).toEqual({
      code: '0',
      faceCode: '-5018',
      willCode: '0',
      orderNo: '7',
    });
  });
});

describe('missing and untrusted parameters', () => {
  it('leaves missing parameters undefined', () => {
    const callback = readH5Callback('https://x/done?orderNo=1');
    expect(callback).toEqual({ orderNo: '1' });
    expect(callback.code).toBeUndefined();
    expect(callback.signature).toBeUndefined();
    expect(callback.faceCode).toBeUndefined();
    expect(callback.willCode).toBeUndefined();
    expect(readH5Callback('https://x/done')).toEqual({});
    expect(readH5Callback('')).toEqual({});
  });

  it('keeps an empty parameter as an empty string', () => {
    expect(readH5Callback('?code=&orderNo=1')).toEqual({ code: '', orderNo: '1' });
  });

  it('trims values and removes control and bidi characters', () => {
    expect(readH5Callback('?code=%20-5018%00%E2%80%AE%0A').code).toBe('-5018');
  });

  it('keeps hostile text as text', () => {
    const callback = readH5Callback(
      '?code=%3Cscript%3Ealert(1)%3C%2Fscript%3E&orderNo=__proto__&__proto__=1',
    );
    expect(callback.code).toBe('<script>alert(1)</script>');
    expect(callback.orderNo).toBe('__proto__');
    expect(Object.getPrototypeOf(callback)).toBe(Object.prototype);
    expect(describeCode(callback.code)).toMatchObject({ known: false, malformed: true });
  });

  it('truncates a huge code to a support reference', () => {
    const callback = readH5Callback(`https://x/?code=${'9'.repeat(1024 * 1024)}`);
    expect(Array.from(callback.code ?? '').length).toBeLessThanOrEqual(MAX_RAW_LENGTH);
    expect(callback.code?.endsWith('…')).toBe(true);
  });

  it('reads a huge string without throwing', () => {
    const huge = `https://x/?orderNo=1&${'a=b&'.repeat(300_000)}code=0`;
    expect(() => readH5Callback(huge)).not.toThrow();
    expect(readH5Callback(huge).orderNo).toBe('1');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 66660023],
    ['a Map', new Map([['code', '0']])],
    ['an array', ['code=0']],
    ['a function', () => 'code=0'],
    ['a symbol', Symbol('code=0')],
    [
      'an object with a throwing toString',
      {
        toString() {
          throw new Error('toString');
        },
      },
    ],
    [
      'a throwing Proxy',
      new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error('getPrototypeOf');
          },
          get() {
            throw new Error('get');
          },
        },
      ),
    ],
    ['a fake URLSearchParams', Object.create(URLSearchParams.prototype)],
  ])('returns an empty result for %s', (_name, input) => {
    // biome-ignore lint/suspicious/noExplicitAny: values a JavaScript caller could pass.
    expect(readH5Callback(input as any)).toEqual({});
  });
});

describe('Next.js searchParams: a plain object of strings and arrays', () => {
  it('reads the fields of a plain object', () => {
    expect(readH5Callback({ code: '66660004', orderNo: 'x' })).toEqual({
      code: '66660004',
      orderNo: 'x',
    });
    expect(readH5Callback(Object.fromEntries(new URLSearchParams(QUERY)))).toEqual(EXPECTED);
  });

  it('takes the first value of an array, as of a repeated query parameter', () => {
    expect(readH5Callback({ code: ['0', '-5018'], orderNo: undefined })).toEqual({ code: '0' });
    expect(readH5Callback({ code: [], newSign: ['a', 'b'] })).toEqual({ signature: 'a' });
  });

  it('cleans and cuts the values like query values', () => {
    const callback = readH5Callback({
      code: `\u202E${'9'.repeat(100)}`,
      h5faceId: 'f'.repeat(1000),
    });
    expect(Array.from(callback.code ?? '')).toHaveLength(MAX_RAW_LENGTH);
    expect(callback.code?.startsWith('9')).toBe(true);
    expect((callback.h5faceId ?? '').length).toBeLessThan(1000);
  });

  it('ignores what is not a string, and inherited or accessor fields', () => {
    const withGetter = Object.defineProperty({}, 'code', { get: () => '0', enumerable: true });
    expect(readH5Callback(withGetter)).toEqual({});
    expect(readH5Callback(Object.create({ code: '0' }))).toEqual({});
    expect(readH5Callback({ code: 0, orderNo: { x: 1 }, h5faceId: [1] } as never)).toEqual({});
  });
});

describe('one rule for repeated parameters, in every form: the first value wins', () => {
  it.each(FIRST_VALUE_FORMS)('%s', (_name, forms) => {
    const [first, ...others] = forms.map((form) => readH5Callback(form));
    expect(first).toEqual({ code: '0', orderNo: 'a', signature: 's1' });
    for (const other of others) expect(other).toEqual(first);
  });
});

describe('a long href', () => {
  it(`is read up to its first ${HREF_CAP} characters, as a string, URL or URLSearchParams`, () => {
    const padding = 'a=b&'.repeat(150_000);
    const early = `https://x/?code=0&orderNo=1&${padding}willCode=5`;
    const late = `https://x/?${padding}code=0`;
    for (const href of [early, late]) {
      const forms = [href, new URL(href), new URL(href).searchParams];
      const [text, ...others] = forms.map((form) => readH5Callback(form));
      for (const other of others) expect(other).toEqual(text);
    }
    expect(readH5Callback(new URL(early))).toEqual({ code: '0', orderNo: '1' });
    expect(readH5Callback(new URL(late))).toEqual({});
  });
});
