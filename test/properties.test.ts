/**
 * Property tests: 10 000 generated inputs for each public function of faceid-guidance/core and
 * /diagnostics and each pure helper of the React entry. None may throw, and every answer is
 * well-formed: raw text (codes, warning strings, callback values) is at most MAX_RAW_LENGTH code
 * points (callback references at most 128) with no control or invisible format character, and no
 * string anywhere holds a lone surrogate. (Tencent's official texts may hold line breaks.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  decodeIdCardWarnings,
  describeCode,
  entryIds,
  MAX_RAW_LENGTH,
  normalizeApiCode,
  normalizeCode,
  parseBankCardWarnings,
  readCode,
  readEntry,
  readH5Callback,
  readResult,
  SERVICES,
  toRawText,
} from '../src/core';
import { diagnoseCode, officialText } from '../src/core/diagnostics';
import { PARTS } from '../src/core/keys';
import { resolveLanguage, SUPPORTED_LANGUAGES } from '../src/react/i18n';
import { copyCatalogue } from '../src/react/resources';

const catalogueKeys = () => PARTS.flatMap((part) => part.keys());

const RUNS = { numRuns: 10_000 };

const LONE_SURROGATE = /\p{Cs}/u;
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/** Raw text as shown to support: short, printable, well-formed. */
function isRaw(text: unknown, max = MAX_RAW_LENGTH): boolean {
  return (
    typeof text === 'string' &&
    Array.from(text).length <= max &&
    !INVISIBLE.test(text) &&
    !LONE_SURROGATE.test(text)
  );
}

/** No string in `value`, however deep, holds a lone surrogate. */
function wellFormed(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (value === null || typeof value !== 'object' || depth > 8) return true;
  return Object.values(value).every((child) => wellFormed(child, depth + 1));
}

// Inputs: what URLs, JSON and careless callers give, lone surrogates and format characters included.
const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\ud800', '\udfff', '\u200b', '\u202e', '\ufeff', '\u0000', '-', '9'),
    maxLength: 60,
  }),
);
const codeText = fc.oneof(
  fc.constantFrom(...entryIds().flatMap((id) => CATALOGUE[id].codes)),
  fc.stringMatching(/^\s*[+-]?0*\d{1,14}\s*$/),
  fc.tuple(unicodeText, fc.integer(), unicodeText).map(([a, n, b]) => `${a}${n}${b}`),
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53, -(2 ** 60)),
);
const primitive = fc.oneof(
  codeText,
  unicodeText,
  number,
  fc.bigInt(),
  fc.boolean(),
  fc.constantFrom(null, undefined, Symbol('x'), () => 0),
);
const anything = fc.oneof(
  { weight: 4, arbitrary: primitive },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      maxKeys: 4,
      withBigInt: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
    }),
  },
  { weight: 1, arbitrary: fc.array(primitive, { maxLength: 20 }) },
);
const service = fc.oneof(fc.constantFrom(...SERVICES), primitive);
const options = fc.oneof(fc.constant(undefined), fc.record({ service }), anything);
const result = fc.oneof(
  anything,
  fc.record({ code: anything, result: fc.dictionary(fc.string({ maxLength: 20 }), anything) }),
  fc.record({
    code: anything,
    result: fc.record(
      { frontCode: anything, backCode: anything, frontMultiWarning: anything, warning: anything },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    Response: fc.record(
      {
        Text: fc.record({ ErrCode: anything, LivenessDetail: fc.array(anything) }),
        DetectInfo: fc.oneof(anything, fc.json()),
        DetectDetail: fc.array(fc.record({ Errcode: anything })),
        Result: anything,
      },
      { requiredKeys: [] },
    ),
  }),
);
const NAMES = ['code', 'orderNo', 'h5faceId', 'newSignature', 'newSign', 'liveRate', 'faceCode'];
const pairs = fc.array(fc.tuple(fc.constantFrom(...NAMES, 'x'), fc.oneof(unicodeText, codeText)), {
  maxLength: 8,
});
const callback = fc.oneof(
  anything,
  pairs.map((p) => `https://x/?${new URLSearchParams(p)}`),
  pairs.map((p) => `https://x/#/r?${new URLSearchParams(p)}`),
  pairs.map((p) => new URLSearchParams(p)),
  pairs.map((p) => new URL(`https://x/?${new URLSearchParams(p)}`)),
  // A query string written by hand: raw `%`, lone surrogates, format characters.
  fc.tuple(fc.constantFrom(...NAMES), unicodeText).map(([name, value]) => `?${name}=${value}`),
  fc.dictionary(fc.constantFrom(...NAMES, 'x'), fc.oneof(unicodeText, fc.array(unicodeText))),
);

function isReading(reading: ReturnType<typeof describeCode>): boolean {
  return (
    // Raw text, or a Cloud API error code or environment finding (dotted names, up to 64 characters).
    (isRaw(reading.code) ||
      ((reading.service === 'cloudApi' || reading.service === 'environment') &&
        isRaw(reading.code, 64))) &&
    SERVICES.includes(reading.service) &&
    reading.messageKeys.title.length > 0 &&
    wellFormed(reading)
  );
}

describe('10 000 inputs each: never throws, well-formed answers', () => {
  it('describeCode', () => {
    fc.assert(
      fc.property(anything, options, (code, o) => isReading(describeCode(code, o as never))),
      RUNS,
    );
  });

  it('readCode', () => {
    fc.assert(
      fc.property(anything, options, (code, o) => isReading(readCode(code, o as never))),
      RUNS,
    );
  });

  it('readEntry', () => {
    const id = fc.oneof(fc.constantFrom(...entryIds()), fc.string({ maxLength: 20 }), primitive);
    fc.assert(
      fc.property(id, anything, (i, code) => isReading(readEntry(i as never, code as never))),
      RUNS,
    );
  });

  it('diagnoseCode', () => {
    fc.assert(
      fc.property(anything, options, (code, o) => {
        const diagnosis = diagnoseCode(code, o as never);
        return isReading(diagnosis) && typeof diagnosis.official.message === 'string';
      }),
      RUNS,
    );
  });

  it('officialText', () => {
    const id = fc.oneof(fc.constantFrom(...entryIds(), 'unknown'), primitive);
    fc.assert(
      fc.property(id, (i) => {
        const text = officialText(i as never);
        return typeof text.message === 'string' && typeof text.action === 'string';
      }),
      RUNS,
    );
  });

  it('normalizeCode', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const code = normalizeCode(value);
        return code === undefined || (isRaw(code) && /^-?\d+$/.test(code));
      }),
      RUNS,
    );
  });

  it('toRawText', () => {
    const max = fc.integer({ min: 1, max: 200 });
    fc.assert(
      fc.property(
        anything,
        max,
        (value, m) => isRaw(toRawText(value)) && isRaw(toRawText(value, m), m),
      ),
      RUNS,
    );
  });

  it('decodeIdCardWarnings', () => {
    const warning = fc.oneof(anything, fc.stringMatching(/^\s*[01]{6,9}\s*$/));
    fc.assert(
      fc.property(warning, (value) => {
        const decoded = decodeIdCardWarnings(value);
        return isRaw(decoded.raw) && decoded.warnings.length <= 8 && wellFormed(decoded);
      }),
      RUNS,
    );
  });

  it('parseBankCardWarnings', () => {
    const list = fc.oneof(
      anything,
      fc.array(codeText, { maxLength: 20 }).map((codes) => `[${codes.join(',')}]`),
    );
    fc.assert(
      fc.property(list, (value) => {
        const parsed = parseBankCardWarnings(value);
        return (
          isRaw(parsed.raw) && parsed.warnings.every((w) => isRaw(w.code)) && wellFormed(parsed)
        );
      }),
      RUNS,
    );
  });

  it('readResult', () => {
    fc.assert(
      fc.property(result, options, (value, o) => {
        const reading = readResult(value, o as never);
        return (
          SERVICES.includes(reading.service) &&
          // Cloud API codes (`Error.Code`, a string `Result`) are names of up to 64 characters,
          // kept whole when an override reads them in another service.
          reading.codes.every(
            (c) => isRaw(c.code) || (normalizeApiCode(c.code) === c.code && isRaw(c.code, 64)),
          ) &&
          wellFormed(reading)
        );
      }),
      RUNS,
    );
  });

  it('readH5Callback', () => {
    fc.assert(
      fc.property(callback, (input) => {
        const { code, faceCode, willCode, liveRate, ...references } = readH5Callback(
          input as never,
        );
        return (
          [code, faceCode, willCode, liveRate].every((v) => v === undefined || isRaw(v)) &&
          Object.values(references).every((v) => isRaw(v, 128))
        );
      }),
      RUNS,
    );
  });

  it('resolveLanguage', () => {
    const tag = fc.oneof(
      fc.constantFrom('zh', 'zh-HK', 'zh_TW', 'zh-Hant-MO', 'EN-us', 'toString', '__proto__'),
      fc.stringMatching(/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,2}$/),
      anything,
    );
    fc.assert(
      fc.property(tag, anything, (requested, fallback) =>
        SUPPORTED_LANGUAGES.includes(resolveLanguage(requested, fallback as never)),
      ),
      RUNS,
    );
  });

  it('copyCatalogue (resources given to a provider, downloaded namespaces)', () => {
    const node = fc.letrec((tie) => ({
      tree: fc.dictionary(
        fc.oneof(
          fc.constantFrom('__proto__', 'constructor', 'toString', 'codes', 'title'),
          unicodeText,
        ),
        fc.oneof(unicodeText, primitive, anything, tie('tree')),
        { maxKeys: 6 },
      ),
    })).tree;
    // Chains of up to 40 objects over a tree: always some past the six levels copied.
    const deep = fc
      .tuple(node, fc.array(fc.constantFrom('codes', 'next', '__proto__'), { maxLength: 40 }))
      .map(([leaf, path]) => path.reduce<unknown>((tree, key) => ({ [key]: tree }), leaf));
    fc.assert(
      fc.property(fc.oneof(node, deep, anything), (value) => {
        const { strings } = copyCatalogue(value);
        // Every leaf is a string, in objects without prototype, at most 6 levels deep.
        const sound = (tree: object, depth: number): boolean =>
          depth <= 6 &&
          Object.getPrototypeOf(tree) === null &&
          Object.values(tree).every(
            (child) =>
              typeof child === 'string' ||
              (typeof child === 'object' && child !== null && sound(child, depth + 1)),
          );
        return sound(strings, 1);
      }),
      RUNS,
    );
  });

  it("entryIds and the parts' keys take nothing and answer the same", () => {
    expect(entryIds()).toEqual(Object.keys(CATALOGUE));
    expect(new Set(catalogueKeys()).size).toBe(catalogueKeys().length);
  });
});
