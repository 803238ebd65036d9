import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CodeDescription,
  decodeIdCardWarnings,
  describeCode,
  MAX_RAW_LENGTH,
  parseBankCardWarnings,
  readCode,
  readH5Callback,
  readResult,
  SERVICES,
} from '../../src/core';
import { diagnoseCode } from '../../src/core/diagnostics';

const RUNS = { numRuns: 300 };
const chars = (text: string) => Array.from(text).length;
const short = (text: string) => chars(text) <= MAX_RAW_LENGTH;

const boom = () => {
  throw new Error('hostile');
};

/** Values whose every reflective operation throws, or that hide throwing getters. */
function hostileValues(): unknown[] {
  const traps: ProxyHandler<object> = {
    get: boom,
    set: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    defineProperty: boom,
    deleteProperty: boom,
    isExtensible: boom,
    preventExtensions: boom,
    setPrototypeOf: boom,
    apply: boom,
    construct: boom,
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();
  const getters = Object.create(null, {
    code: { get: boom, enumerable: true },
    result: { get: boom, enumerable: true },
    Response: { get: boom, enumerable: true },
    service: { get: boom, enumerable: true },
  });
  const primitives = {
    toString: boom,
    valueOf: boom,
    [Symbol.toPrimitive]: boom,
    [Symbol.iterator]: boom,
  };
  return [
    new Proxy({}, traps),
    new Proxy([], traps),
    new Proxy(() => 0, traps),
    new Proxy(new URLSearchParams('code=0'), traps),
    revoked.proxy,
    revokedArray.proxy,
    getters,
    primitives,
    Object.create(null),
    Object.create(getters),
    { code: getters, result: new Proxy({}, traps), Response: revoked.proxy },
    { Response: { Text: new Proxy({}, traps), DetectDetail: new Proxy([], traps) } },
    { DetectDetail: new Proxy([{ Errcode: 0 }], traps) },
    { code: '0', result: { multiWarningCode: new Proxy(['-9110'], traps) } },
    { code: '0', result: { frontCode: revoked.proxy, frontMultiWarning: primitives } },
    [new Proxy([], traps), revokedArray.proxy, primitives],
    Object.create(URLSearchParams.prototype),
    Object.create(URL.prototype),
  ];
}

const HOSTILE = hostileValues();

/**
 * Hostile values inside plain containers, where the code under test meets them. (fast-check itself
 * probes each generated top-level value, which a revoked Proxy would not survive: the top-level
 * hostile values are tested one by one below.)
 */
const nestedHostile = fc
  .tuple(
    fc.nat({ max: HOSTILE.length - 1 }),
    fc.constantFrom('array', 'code', 'result', 'Response', 'Text', 'DetectInfo', 'service'),
  )
  .map(([i, where]): unknown => {
    const value = HOSTILE[i];
    switch (where) {
      case 'array':
        return [value, '-9110'];
      case 'result':
        return { code: '0', result: value };
      case 'Text':
        return { Response: { Text: value } };
      default:
        return { [where]: value };
    }
  });

/** Anything at all, hostile values and strings included. */
const anyValue = fc.oneof(
  nestedHostile,
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.stringMatching(/^\s*[+-]?\d{1,14}\s*$/),
);

const anyOptions = fc.oneof(
  anyValue,
  fc.record({ service: fc.oneof(fc.constantFrom(...SERVICES), anyValue) }),
);

function expectReading(reading: CodeDescription) {
  expect(typeof reading.code).toBe('string');
  expect(short(reading.code)).toBe(true);
  expect(SERVICES).toContain(reading.service);
  for (const key of [reading.messageKeys.title, reading.messageKeys.description]) {
    expect(typeof key).toBe('string');
    expect(key.length).toBeGreaterThan(0);
  }
  if (reading.messageKeys.developer !== undefined) {
    expect(reading.messageKeys.developer.length).toBeGreaterThan(0);
  }
}

describe('never throws on anything', () => {
  it('describeCode: a short code and non-empty message keys', () => {
    fc.assert(
      fc.property(anyValue, anyOptions, (value, options) => {
        // biome-ignore lint/suspicious/noExplicitAny: untyped callers pass anything.
        const d = describeCode(value, options as any);
        expectReading(d);
        expect(typeof diagnoseCode(value, options as never).official.message).toBe('string');
      }),
      RUNS,
    );
  });

  it('readCode: a short code and non-empty message keys', () => {
    fc.assert(
      fc.property(anyValue, anyOptions, (value, options) => {
        // biome-ignore lint/suspicious/noExplicitAny: untyped callers pass anything.
        expectReading(readCode(value, options as any));
      }),
      RUNS,
    );
  });

  it('decodeIdCardWarnings: at most 8 warnings and a short raw', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const decoded = decodeIdCardWarnings(value);
        expect(decoded.warnings.length).toBeLessThanOrEqual(8);
        expect(short(decoded.raw)).toBe(true);
        if (decoded.malformed) expect(decoded.warnings).toEqual([]);
      }),
      RUNS,
    );
  });

  it('parseBankCardWarnings: short codes, message keys and raw', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const parsed = parseBankCardWarnings(value);
        expect(short(parsed.raw)).toBe(true);
        const codes = parsed.warnings.map((w) => w.code);
        expect(new Set(codes).size).toBe(codes.length);
        for (const warning of parsed.warnings) {
          expect(short(warning.code)).toBe(true);
          expect(warning.messageKeys.title.length).toBeGreaterThan(0);
          expect(warning.messageKeys.description.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('readH5Callback: short codes', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        // biome-ignore lint/suspicious/noExplicitAny: untyped callers pass anything.
        const callback = readH5Callback(value as any);
        for (const code of [callback.code, callback.faceCode, callback.willCode]) {
          if (code !== undefined) expect(short(code)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('readH5Callback: short codes from any query text', () => {
    const param = fc.constantFrom('code', 'faceCode', 'willCode', 'newSign', 'orderNo', 'x');
    const query = fc
      .array(fc.tuple(param, fc.string({ unit: 'binary', maxLength: 200 })), { maxLength: 6 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(query, fc.constantFrom('', 'https://x/?', 'https://x/#/r?'), (q, prefix) => {
        const callback = readH5Callback(`${prefix}${q}`);
        for (const code of [callback.code, callback.faceCode, callback.willCode]) {
          if (code !== undefined) expect(short(code)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('readResult: short codes, known shape or unknown', () => {
    fc.assert(
      fc.property(anyValue, anyOptions, (value, options) => {
        // biome-ignore lint/suspicious/noExplicitAny: untyped callers pass anything.
        const reading = readResult(value, options as any);
        expect(SERVICES).toContain(reading.service);
        for (const { code } of reading.codes) expect(short(code)).toBe(true);
        if (reading.shape === 'unknown') expect(reading.codes).toEqual([]);
      }),
      RUNS,
    );
  });

  it('readResult: result-like objects with arbitrary field values', () => {
    const field = fc.oneof(anyValue, fc.string({ maxLength: 40 }), fc.integer());
    const shaped = fc.oneof(
      fc.record({ code: field, msg: field, result: fc.dictionary(fc.string(), field) }),
      fc.record({
        code: field,
        result: fc.record({ warning: field, multiWarning: field }, { requiredKeys: [] }),
      }),
      fc.record({
        code: field,
        result: fc.record({ warningCode: field, multiWarningCode: field }, { requiredKeys: [] }),
      }),
      fc.record({
        code: field,
        result: fc.record(
          {
            frontCode: field,
            backCode: field,
            frontMultiWarning: field,
            backMultiWarning: field,
            frontWarnCode: field,
            backWarnCode: field,
          },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        Response: fc.record(
          {
            Text: fc.record({ ErrCode: field, LivenessDetail: fc.array(field) }),
            DetectInfo: fc.oneof(field, fc.json()),
            DetectDetail: fc.oneof(field, fc.array(fc.record({ Errcode: field }))),
            Result: field,
          },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(shaped, (value) => {
        const reading = readResult(value);
        for (const { code } of reading.codes) expect(short(code)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('hostile values, one by one', () => {
  it.each(HOSTILE.map((value, i) => [i, value] as const))('value #%i', (_i, value) => {
    expectReading(describeCode(value, value as never));
    expect(() => decodeIdCardWarnings(value)).not.toThrow();
    expect(() => parseBankCardWarnings(value)).not.toThrow();
    expect(() => readH5Callback(value as never)).not.toThrow();
    expect(() => readResult(value, value as never)).not.toThrow();
  });

  it('survives deeply nested arrays of warnings', () => {
    let nested: unknown = ['-9110'];
    for (let i = 0; i < 100_000; i += 1) nested = [nested];
    expect(() => parseBankCardWarnings(nested)).not.toThrow();
    expect(() => readResult({ code: '0', result: { multiWarningCode: nested } })).not.toThrow();
  });

  it('survives a deeply nested JSON DetectInfo', () => {
    const deep = `{"Text":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect(() => readResult({ DetectInfo: deep })).not.toThrow();
  });
});
