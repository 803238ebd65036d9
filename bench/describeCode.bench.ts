/**
 * `describeCode` against a bare `Map.get` of prebuilt answers over the same inputs. Target: the
 * baseline at most 3 times faster. bench/describeCode-steps.bench.ts breaks the cost down.
 */
import { bench, describe } from 'vitest';
import { describeCode } from '../src/core/index';
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
});
