/**
 * `describeCode` against a bare `Map.get` of prebuilt answers over the same inputs. Target: the
 * baseline at most 3 times faster. The answers are cached (per service and input), so this measures
 * the cache hit that pages asking about the same few codes get.
 */
import { bench, describe } from 'vitest';
import { describeCode, readCode } from '../src/core/index';
import { answerMaps, BENCH, CODE_CASES, sink } from './cases';

const N = CODE_CASES.length;
const answers = answerMaps();

describe('describeCode', () => {
  bench(
    'baseline: Map.get',
    () => {
      let n = 0;
      for (let i = 0; i < N; i++) {
        const c = CODE_CASES[i];
        n += answers.get(c?.service)?.get(c?.input)?.id.length ?? 0;
      }
      sink.value += n;
    },
    BENCH,
  );

  bench(
    'describeCode',
    () => {
      let n = 0;
      for (let i = 0; i < N; i++) {
        const c = CODE_CASES[i];
        n += describeCode(c?.input, c?.options).id.length;
      }
      sink.value += n;
    },
    BENCH,
  );

  bench(
    'reference: readCode (the same reading, never cached)',
    () => {
      let n = 0;
      for (let i = 0; i < N; i++) {
        const c = CODE_CASES[i];
        n += readCode(c?.input, c?.options).id.length;
      }
      sink.value += n;
    },
    BENCH,
  );
});
