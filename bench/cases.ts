/**
 * The inputs every benchmark iteration runs through. Codes are facts of Tencent's tables (and the
 * README), not read from the catalogue's internals, so that a rewrite of its data representation
 * does not change what is measured.
 */
import {
  type CodeDescription,
  type DescribeOptions,
  describeCode,
  type Service,
} from '../src/core/index';

/** Vitest bench (tinybench) options for every benchmark: long enough to settle on 2 noisy cores. */
export const BENCH = { time: 1500, warmupTime: 300 };

export interface CodeCase {
  readonly input: unknown;
  readonly service: Service | undefined;
  /** Built once: the loop passes the same options object a caller would keep. */
  readonly options: DescribeOptions | undefined;
}

const make = (input: unknown, service?: Service): CodeCase => ({
  input,
  service,
  options: service === undefined ? undefined : { service },
});

/**
 * A realistic mix: mostly known codes as strings (URL parameters, JSON), some numbers and padded
 * strings, aliases, gateway codes read in another service, and a few unknown or malformed values.
 */
export const CODE_CASES: readonly CodeCase[] = [
  // face verification, the default service (strings, numbers, padding, aliases, success)
  make('-5018'),
  make(-5018),
  make(' -5018 '),
  make('66660023'),
  make('66660036'),
  make('-5025'),
  make(66660004),
  make('-4007', 'faceVerify'),
  make('0'),
  make('66660010', 'faceVerify'),
  make('-1101'),
  make('-1102'),
  make('3004'),
  make('66660017'),
  // gateway codes read within a service
  make('400504'),
  make('999998', 'idCardOcr'),
  make('400101', 'gateway'),
  // OCR and two-factor
  make('66661006', 'idCardOcr'),
  make('66661008', 'idCardOcr'),
  make('-9110', 'bankCardOcr'),
  make('-9011', 'bankCardOcr'),
  make(-1304, 'bankCardOcr'),
  make('66660009', 'twoFactor'),
  make('66660015', 'twoFactor'),
  make('-1102', 'licenseOcr'),
  make('-1300', 'licenseOcr'),
  // unknown and malformed
  make('12345'),
  make('-9999', 'bankCardOcr'),
  make('<script>'),
  make(''),
  make(null),
  make(1.5),
];

/** 8-character ID-card warning strings (`warning`, `multiWarning`…): none, one, several, all. */
export const ID_CARD_WARNING_STRINGS: readonly string[] = [
  '00000000',
  '00000000',
  '10000000',
  '00010000',
  '10010100',
  '01000010',
  '00100001',
  '11111111',
];

/** Bank-card warning values (`warningCode`, `multiWarningCode`) as Tencent returns them. */
export const BANK_CARD_WARNING_VALUES: readonly unknown[] = [
  '0',
  '-9110',
  -9113,
  '[-9110,-9111,-9114]',
  '[-9112]',
  '66661009',
  '[-9110, -9999]',
  '0',
];

/**
 * The describeCode baseline: the same question (service, raw input) answered from Maps built once,
 * service → (raw input → the very answer `describeCode` gives). Two `Map.get`s, no other work.
 */
export type AnswerMaps = Map<Service | undefined, Map<unknown, CodeDescription>>;

export function answerMaps(): AnswerMaps {
  const answers: AnswerMaps = new Map();
  for (const { input, service, options } of CODE_CASES) {
    const byInput = answers.get(service) ?? new Map<unknown, CodeDescription>();
    answers.set(service, byInput);
    byInput.set(input, describeCode(input, options));
  }
  return answers;
}

/** Keeps results observable so that the engine cannot drop the measured work. */
export const sink = { value: 0 };
