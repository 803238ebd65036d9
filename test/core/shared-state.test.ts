/**
 * What one caller does with an answer must not change what the next caller reads: the catalogue
 * and every table the entries export are frozen at load, `readCode` answers are the caller's own
 * copies, and `describeCode` answers are frozen whatever the input.
 */

import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  decodeIdCardWarnings,
  describeCode,
  entryIds,
  ID_CARD_WARNINGS,
  parseBankCardWarnings,
  readCode,
  readEntry,
  SERVICES,
  TIPS,
  UNKNOWN_MESSAGE_KEYS,
  UNKNOWN_WARNING_KEYS,
} from '../../src/core';
import { ID_CARD_WARNING_OFFICIAL, OFFICIAL, SOURCES } from '../../src/core/diagnostics';
import { sampleCode } from '../helpers/codes';

/** Whether `value` and everything it holds is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

const snapshot = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the shared tables are frozen at load', () => {
  it.each([
    ['CATALOGUE', CATALOGUE],
    ['ID_CARD_WARNINGS', ID_CARD_WARNINGS],
    ['SERVICES', SERVICES],
    ['TIPS', TIPS],
    ['UNKNOWN_MESSAGE_KEYS', UNKNOWN_MESSAGE_KEYS],
    ['UNKNOWN_WARNING_KEYS', UNKNOWN_WARNING_KEYS],
    ['OFFICIAL', OFFICIAL],
    ['SOURCES', SOURCES],
    ['ID_CARD_WARNING_OFFICIAL', ID_CARD_WARNING_OFFICIAL],
  ])('%s', (_name, table) => {
    expect(deeplyFrozen(table)).toBe(true);
  });
});

describe('readCode answers are the caller’s own', () => {
  it('a changed answer changes no later answer, nor the catalogue', () => {
    const catalogue = snapshot(CATALOGUE);
    for (const id of entryIds()) {
      const entry = CATALOGUE[id];
      const code = sampleCode(id);
      const first = readCode(code, { service: entry.service }) as unknown as {
        tips: string[];
        codes: string[];
        retry: { type: string };
        messageKeys: { title: string };
      };
      const clean = snapshot(first) as typeof first;
      first.tips.push('light');
      first.codes.push('1');
      first.retry.type = 'none';
      first.messageKeys.title = 'hacked';
      expect(readCode(code, { service: entry.service })).toEqual(clean);
      expect(describeCode(code, { service: entry.service })).toEqual(clean);
      expect(readEntry(id)).toMatchObject({ tips: entry.tips, retry: clean.retry });
    }
    expect(snapshot(CATALOGUE)).toEqual(catalogue);
  });

  it('the unknown answer shares nothing either', () => {
    const keys = snapshot(UNKNOWN_MESSAGE_KEYS);
    const first = readCode('no code') as {
      messageKeys: { title: string };
      retry: { type: string };
    };
    expect(Object.isFrozen(first.messageKeys)).toBe(false);
    first.messageKeys.title = 'hacked';
    first.retry.type = 'none';
    expect(readCode('no code')).toMatchObject({ messageKeys: keys, retry: { type: 'now' } });
    expect(UNKNOWN_MESSAGE_KEYS).toEqual(keys);
  });

  it('warning answers copy their tips and keys', () => {
    const warnings = snapshot(ID_CARD_WARNINGS);
    const decoded = decodeIdCardWarnings('11111111').warnings as unknown as { tips: string[] }[];
    for (const warning of decoded) warning.tips.push('light');
    expect(snapshot(ID_CARD_WARNINGS)).toEqual(warnings);
    expect(decodeIdCardWarnings('11111111').warnings.map((w) => w.tips)).toEqual(
      ID_CARD_WARNINGS.map((w) => w.tips),
    );

    const unknown = parseBankCardWarnings('-1').warnings[0] as unknown as {
      messageKeys: { title: string };
    };
    unknown.messageKeys.title = 'hacked';
    expect(UNKNOWN_WARNING_KEYS.title).not.toBe('hacked');
    expect(parseBankCardWarnings('-1').warnings[0]?.messageKeys).toEqual(UNKNOWN_WARNING_KEYS);
  });
});

describe('describeCode answers are frozen, cached or not', () => {
  it.each([
    ['a long string', `-5018${' '.repeat(40)}`],
    ['a malformed long string', 'x'.repeat(100)],
    ['a bigint', -5018n],
    ['a boolean', true],
    ['null', null],
    ['undefined', undefined],
    ['an object', { code: '-5018' }],
    ['an array', ['-5018']],
  ])('%s', (_name, input) => {
    expect(deeplyFrozen(describeCode(input))).toBe(true);
  });

  it('a long string of a known code reads as the short one', () => {
    expect(describeCode(`-5018${' '.repeat(40)}`)).toEqual(describeCode('-5018'));
  });
});

describe('readEntry', () => {
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'nope'])(
    '%s is no entry: it reads as the code given',
    (id) => {
      expect(readEntry(id as never)).toEqual(readCode(undefined));
      expect(readEntry(id as never, '-5018')).toEqual(readCode('-5018'));
    },
  );

  it('keeps the code it is given, cleaned like any raw code', () => {
    expect(readEntry('faceVerifyNoBlink', ' -5018 ').code).toBe('-5018');
    expect(readEntry('faceVerifyNoBlink', '\u202Eabc').code).toBe('abc');
  });
});
