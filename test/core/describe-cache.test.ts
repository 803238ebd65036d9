// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { readCode } from '../../src/core/describe';
import { describeCode } from '../../src/core/describeCode';

describe('describeCode answers are shared and frozen', () => {
  test('the same input in the same service gives the same frozen answer', () => {
    const first = describeCode('-5018');
    expect(describeCode('-5018')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.official)).toBe(true);
    expect(Object.isFrozen(first.codes)).toBe(true);
    expect(() => {
      (first as { code: string }).code = 'changed';
    }).toThrow(TypeError);
    expect(describeCode('-5018').code).toBe('-5018');
  });

  test('the service is part of the key: a colliding code is told apart on every call', () => {
    for (let i = 0; i < 3; i++) {
      expect(describeCode('-1102').id).toBe(readCode('-1102').id);
      expect(describeCode('-1102', { service: 'licenseOcr' }).id).toBe(
        readCode('-1102', { service: 'licenseOcr' }).id,
      );
    }
    expect(describeCode('-1102').id).not.toBe(describeCode('-1102', { service: 'licenseOcr' }).id);
  });

  test('a number and its string give equal answers; objects are never cached', () => {
    expect(describeCode(66660023)).toEqual(describeCode('66660023'));
    const hostile = { toString: () => '-5018' };
    expect(describeCode(hostile)).not.toBe(describeCode(hostile));
  });

  test('answers stay right after the cache fills up and starts over', () => {
    for (let i = 0; i < 1200; i++) describeCode(String(900000 + i));
    expect(describeCode('-5018').id).toBe(readCode('-5018').id);
    expect(describeCode('900001').known).toBe(false);
  });
});
