// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { FACE_ROWS, GATEWAY_ROWS, type Row, type Service } from '../../src/core/catalogue';
import { createCodeReader, describeCode, readCode } from '../../src/core/describe';
import { diagnoseCode } from '../../src/core/diagnose';

describe('describeCode answers are shared and frozen', () => {
  test('the same input in the same service gives the same frozen answer', () => {
    const first = describeCode('-5018');
    expect(describeCode('-5018')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.messageKeys)).toBe(true);
    expect(Object.isFrozen(first.retry)).toBe(true);
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

  test('a missing code (null, undefined) is cached like any primitive', () => {
    for (const missing of [null, undefined, true]) {
      expect(describeCode(missing)).toBe(describeCode(missing));
      expect(describeCode(missing)).toEqual(readCode(missing));
      expect(Object.isFrozen(describeCode(missing))).toBe(true);
    }
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

describe('diagnoseCode answers are shared and frozen too', () => {
  test('one diagnosis per description, frozen with its official text', () => {
    const first = diagnoseCode('66660001');
    expect(diagnoseCode('66660001')).toBe(first);
    expect(diagnoseCode(66660001)).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.official)).toBe(true);
    expect(first.official.message).not.toBe('');
  });

  test('hostile input gets a fresh diagnosis with empty official text', () => {
    const hostile = { toString: () => '66660001' };
    const diagnosis = diagnoseCode(hostile);
    expect(diagnosis).toMatchObject({ known: false, official: { message: '', action: '' } });
    expect(diagnoseCode(hostile)).not.toBe(diagnosis);
  });
});

describe('a reader over some rows (what FaceVerifyErrorBanner reads with)', () => {
  const face = createCodeReader(() => ({ ...GATEWAY_ROWS, ...FACE_ROWS }));

  test('reads the gateway, face and two-factor codes exactly as describeCode does', () => {
    const rows = { ...GATEWAY_ROWS, ...FACE_ROWS };
    for (const [service, list] of Object.entries(rows) as [Service, readonly Row[]][]) {
      for (const [, codes] of list) {
        for (const code of codes.split('/')) {
          for (const asked of service === 'gateway'
            ? (['faceVerify', 'twoFactor'] as const)
            : [service]) {
            expect(face.describe(code, { service: asked })).toEqual(
              describeCode(code, { service: asked }),
            );
            expect(face.read(` ${code} `, { service: asked })).toEqual(
              readCode(code, { service: asked }),
            );
          }
        }
      }
    }
  });

  test('reads the codes of other services as unknown, keeping the code', () => {
    expect(describeCode('66661006', { service: 'idCardOcr' }).known).toBe(true);
    expect(face.describe('66661006', { service: 'idCardOcr' })).toMatchObject({
      known: false,
      code: '66661006',
      id: 'unknown',
    });
    // Gateway codes still resolve there, as in every service.
    expect(face.describe('400504', { service: 'idCardOcr' }).id).toBe(
      describeCode('400504', { service: 'idCardOcr' }).id,
    );
  });
});
