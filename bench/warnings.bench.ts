/**
 * OCR warnings: `decodeIdCardWarnings` on 8-character strings and `parseBankCardWarnings` on
 * Tencent's code lists, each against a hand-written decoder giving structurally equal results
 * (checked) from tables prebuilt outside the loop. No target: the ratios are printed for reference.
 */
import { deepStrictEqual } from 'node:assert';
import { bench, describe } from 'vitest';
import {
  type BankCardWarning,
  type BankCardWarnings,
  decodeIdCardWarnings,
  type IdCardWarning,
  type IdCardWarnings,
  parseBankCardWarnings,
  UNKNOWN_WARNING_KEYS,
} from '../src/core/index';
import { BANK_CARD_WARNING_VALUES, BENCH, ID_CARD_WARNING_STRINGS, sink } from './cases';

/** The warning of each position, 1 to 8, as the library describes it (built once). */
const BY_POSITION: readonly IdCardWarning[] = decodeIdCardWarnings('11111111').warnings;

/** Hand-written: one pass over the 8 characters, pushing the prebuilt warning of each `1`. */
function decodeByHand(value: string): IdCardWarnings {
  const text = value.trim();
  const warnings: IdCardWarning[] = [];
  if (text.length !== 8) return { warnings, malformed: text !== '', raw: text };
  for (let i = 0; i < 8; i++) {
    const char = text.charCodeAt(i);
    if (char === 49) warnings.push(BY_POSITION[i] as IdCardWarning);
    else if (char !== 48) return { warnings: [], malformed: true, raw: text };
  }
  return { warnings, malformed: false, raw: text };
}

/** Every known bank-card warning code → its warning, as the library describes it (built once). */
const BANK_WARNINGS = new Map<string, BankCardWarning>();
for (const value of BANK_CARD_WARNING_VALUES) {
  for (const warning of parseBankCardWarnings(value).warnings) {
    if (warning.known) BANK_WARNINGS.set(warning.code, warning);
  }
}

/** Hand-written: strip the brackets, split on commas, look each code up. */
function parseByHand(value: unknown): BankCardWarnings {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const inner = text.charCodeAt(0) === 91 ? text.slice(1, -1) : text;
  const warnings: BankCardWarning[] = [];
  for (const part of inner.split(',')) {
    const code = part.trim();
    if (code === '' || code === '0') continue;
    warnings.push(
      BANK_WARNINGS.get(code) ?? {
        code,
        known: false,
        id: 'unknown',
        tips: [],
        messageKeys: UNKNOWN_WARNING_KEYS,
      },
    );
  }
  return { warnings, malformed: false, raw: text };
}

for (const value of ID_CARD_WARNING_STRINGS) {
  deepStrictEqual(decodeByHand(value), decodeIdCardWarnings(value), `ID card ${value}`);
}
for (const value of BANK_CARD_WARNING_VALUES) {
  deepStrictEqual(parseByHand(value), parseBankCardWarnings(value), `bank card ${value}`);
}

describe('ID-card warnings (8-character strings)', () => {
  bench(
    'baseline: hand-written loop',
    () => {
      let n = 0;
      for (const value of ID_CARD_WARNING_STRINGS) n += decodeByHand(value).warnings.length;
      sink.value += n;
    },
    BENCH,
  );
  bench(
    'decodeIdCardWarnings',
    () => {
      let n = 0;
      for (const value of ID_CARD_WARNING_STRINGS) n += decodeIdCardWarnings(value).warnings.length;
      sink.value += n;
    },
    BENCH,
  );
});

describe('bank-card warnings (code lists)', () => {
  bench(
    'baseline: hand-written split',
    () => {
      let n = 0;
      for (const value of BANK_CARD_WARNING_VALUES) n += parseByHand(value).warnings.length;
      sink.value += n;
    },
    BENCH,
  );
  bench(
    'parseBankCardWarnings',
    () => {
      let n = 0;
      for (const value of BANK_CARD_WARNING_VALUES)
        n += parseBankCardWarnings(value).warnings.length;
      sink.value += n;
    },
    BENCH,
  );
});
