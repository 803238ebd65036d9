/**
 * Where `describeCode`'s time goes, with public functions only, and two prototypes of fixes
 * (checked to give the very same answers). Not a target: a guide for whoever optimizes `src/core`.
 *
 * Rows, over the same inputs as bench/describeCode.bench.ts:
 * - `normalizeCode`: the input check and normalization alone;
 * - `lookup model`: normalization plus the catalogue index as it is built today (`service:code`
 *   string keys, then `gateway:code`), replicated here from public data;
 * - `lookup alt`: the same with nested Maps (service → code → id): no key string to build and hash;
 * - `readEntry`: building a reading for the known inputs, from their precomputed entry id;
 * - `readCode` (everything but the official text) and `describeCode`;
 * - prototypes: `describeCode` with `Object.assign` instead of `{ ...reading, official }`, and a
 *   bounded cache of frozen answers per service and raw input.
 */
import { deepStrictEqual } from 'node:assert';
import { bench, describe } from 'vitest';
import {
  type CodeDescription,
  type DescribeOptions,
  describeCode,
  type EntryId,
  entryIds,
  normalizeCode,
  OFFICIAL,
  type OfficialText,
  readCode,
  readEntry,
  SERVICES,
  type Service,
} from '../src/core/index';
import { answerMaps, BENCH, CODE_CASES, sink } from './cases';

const N = CODE_CASES.length;
const answers = answerMaps();

const index = new Map<string, EntryId>();
const nested = new Map<Service, Map<string, EntryId>>();
for (const id of entryIds()) {
  const { service, codes } = readEntry(id);
  const byCode = nested.get(service) ?? new Map<string, EntryId>();
  nested.set(service, byCode);
  for (const code of codes) {
    index.set(`${service}:${code}`, id);
    byCode.set(code, id);
  }
}
const gateway = nested.get('gateway') as Map<string, EntryId>;
const serviceOf: Service[] = CODE_CASES.map(({ service }) => service ?? 'faceVerify');
/** The entry id and normalized code of each known input, for `readEntry` alone. */
const known = CODE_CASES.map(({ input, options }) => {
  const reading = readCode(input, options);
  return reading.id === 'unknown' ? undefined : { id: reading.id, code: reading.code };
});

const NO_OFFICIAL_TEXT: OfficialText = Object.freeze({ message: '', action: '' });

/** Prototype 1: today's `describeCode`, with `Object.assign` in place of the object spread. */
function describeAssign(code: unknown, options?: DescribeOptions): CodeDescription {
  const reading = readCode(code, options);
  if (reading.id === 'unknown') return Object.assign({}, reading, { official: NO_OFFICIAL_TEXT });
  const [message, action] = OFFICIAL[reading.id];
  return Object.assign({}, reading, { official: { message, action } });
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * Prototype 2: frozen answers cached per service and raw input (strings of at most 16 characters
 * and numbers; at most 512 per service, so hostile input cannot grow it), computed once.
 */
const MAX_CACHED = 512;
const cache = new Map<Service, Map<unknown, CodeDescription>>(
  SERVICES.map((service) => [service, new Map()]),
);
function describeCached(code: unknown, options?: DescribeOptions): CodeDescription {
  const requested = options?.service;
  const service = requested !== undefined && cache.has(requested) ? requested : 'faceVerify';
  const byInput = cache.get(service) as Map<unknown, CodeDescription>;
  const hit = byInput.get(code);
  if (hit) return hit;
  const description = deepFreeze(describeAssign(code, { service }));
  if (
    byInput.size < MAX_CACHED &&
    (typeof code === 'number' || (typeof code === 'string' && code.length <= 16))
  ) {
    byInput.set(code, description);
  }
  return description;
}

for (const { input, options } of CODE_CASES) {
  const expected = describeCode(input, options);
  deepStrictEqual(describeAssign(input, options), expected, `prototype 1 differs on ${input}`);
  deepStrictEqual(describeCached(input, options), expected, `prototype 2 differs on ${input}`);
  deepStrictEqual(describeCached(input, options), expected, `prototype 2 differs on ${input}`);
}

/** One benchmark: `step` applied to every input, adding up a number so nothing is dropped. */
function each(step: (i: number) => number): () => void {
  return () => {
    let n = 0;
    for (let i = 0; i < N; i++) n += step(i);
    sink.value += n;
  };
}

describe('describeCode steps', () => {
  bench(
    'baseline: Map.get',
    each((i) => {
      const c = CODE_CASES[i];
      return answers.get(c?.service)?.get(c?.input)?.id.length ?? 0;
    }),
    BENCH,
  );
  bench(
    'normalizeCode',
    each((i) => normalizeCode(CODE_CASES[i]?.input)?.length ?? 0),
    BENCH,
  );
  bench(
    'normalizeCode + lookup model',
    each((i) => {
      const code = normalizeCode(CODE_CASES[i]?.input);
      if (code === undefined) return 0;
      return (index.get(`${serviceOf[i]}:${code}`) ?? index.get(`gateway:${code}`))?.length ?? 0;
    }),
    BENCH,
  );
  bench(
    'normalizeCode + lookup alt (nested Maps)',
    each((i) => {
      const code = normalizeCode(CODE_CASES[i]?.input);
      if (code === undefined) return 0;
      const service = serviceOf[i] as Service;
      return (nested.get(service)?.get(code) ?? gateway.get(code))?.length ?? 0;
    }),
    BENCH,
  );
  bench(
    'readEntry (known inputs, id given)',
    each((i) => {
      const entry = known[i];
      return entry ? readEntry(entry.id, entry.code).id.length : 0;
    }),
    BENCH,
  );
  bench(
    'readCode',
    each((i) => {
      const c = CODE_CASES[i];
      return readCode(c?.input, c?.options).id.length;
    }),
    BENCH,
  );
  bench(
    'describeCode',
    each((i) => {
      const c = CODE_CASES[i];
      return describeCode(c?.input, c?.options).id.length;
    }),
    BENCH,
  );
  bench(
    'prototype 1: Object.assign instead of spread',
    each((i) => {
      const c = CODE_CASES[i];
      return describeAssign(c?.input, c?.options).id.length;
    }),
    BENCH,
  );
  bench(
    'prototype 2: cached frozen answers',
    each((i) => {
      const c = CODE_CASES[i];
      return describeCached(c?.input, c?.options).id.length;
    }),
    BENCH,
  );
});
