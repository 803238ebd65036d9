/**
 * `explain`, the CLI's pure core: every input kind, against the reference data (the seed tables
 * of test/fixtures/faceid-response-codes.md, the fact sheet's rows) and the locale files.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLocale } from '../../scripts/support/locales.mjs';
import { classify, clean, explain, type NestedStrings, renderText } from '../../src/cli/explain';
import { SUPPORTED_LANGUAGES } from '../../src/core';
import { seedPairs } from '../helpers/seed';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STRINGS = new Map<string, NestedStrings>(
  SUPPORTED_LANGUAGES.map((lng) => [lng, readLocale(ROOT, lng) as NestedStrings]),
);
const strings = (lng: string) => STRINGS.get(lng) as NestedStrings;

/** A locale string by dotted key, straight from the locale files. */
function text(lng: string, key: string): string {
  let node: unknown = strings(lng);
  for (const part of key.split('.')) node = (node as Record<string, unknown>)?.[part];
  return typeof node === 'string' ? node : '';
}

describe('a code given alone', () => {
  it.each(seedPairs().map(({ code, row }) => [row.service, code, row] as const))(
    '%s %s: the seed row’s official text, the end-user copy of its entry, known',
    (service, code, row) => {
      const report = explain(code, { lng: 'zh-CN', service }, strings('zh-CN'));
      expect(report).toMatchObject({ input: 'code', known: true, service, serviceChosen: true });
      const [explained] = report.codes;
      expect(explained?.official.message).toBe(row.message);
      expect(explained?.user.title).not.toBe(text('zh-CN', 'unknown.title'));
      expect(explained?.user.title).not.toBe('');
    },
  );

  it.each(SUPPORTED_LANGUAGES)('%s: the copy, tips and actions of the language', (lng) => {
    const [explained] = explain('-5018', { lng }, strings(lng)).codes;
    expect(explained?.user.title).toBe(text(lng, 'codes.faceVerifyNoBlink.title'));
    expect(explained?.user.description).toBe(text(lng, 'codes.faceVerifyNoBlink.description'));
    expect(explained?.user.tips).toEqual(
      ['blink', 'noGlasses', 'faceInFrame'].map((tip) => text(lng, `tips.${tip}`)),
    );
    expect(explained?.user.actions).toEqual([text(lng, 'ui.actions.retry')]);
  });

  it('an integrator code carries its checklist, with the code filled in', () => {
    const [explained] = explain('ActionOffline', { lng: 'en' }, strings('en')).codes;
    expect(explained).toMatchObject({ service: 'cloudApi', audience: 'integrator', known: true });
    expect(explained?.integrator).toContain('ActionOffline');
    expect(explained?.integrator).not.toMatch(/\{\{/);
    expect(explained?.official).toMatchObject({ message: '接口已下线' });
    expect(explained?.official.source).toMatch(/1007\/31063/);
  });

  it('a Cloud API string is read in cloudApi, a number in faceVerify, unless --service says', () => {
    expect(explain('FailedOperation.ActionLightDark', { lng: 'en' }, strings('en')).service).toBe(
      'cloudApi',
    );
    expect(explain('1201', { lng: 'en' }, strings('en')).service).toBe('faceVerify');
    const chosen = explain('1201', { lng: 'en', service: 'detectAuth' }, strings('en'));
    expect(chosen).toMatchObject({ service: 'detectAuth', serviceChosen: true, known: true });
    expect(chosen.codes[0]?.id).toBe('detectAuthLight');
  });

  it('an unknown code gets the fallback, its checklist, and the services that know it', () => {
    const report = explain('1201', { lng: 'en' }, strings('en'));
    expect(report.known).toBe(false);
    const [explained] = report.codes;
    expect(explained?.user.title).toBe(text('en', 'unknown.title'));
    expect(explained?.integrator).toContain('1201');
    expect(explained?.knownIn).toEqual(
      expect.arrayContaining([
        { service: 'detectAuth', id: 'detectAuthLight' },
        { service: 'ekycSdk', id: 'ekycSdkLight' },
      ]),
    );
    expect(renderText(report)).toMatch(/pass --service/);
  });

  it('a code with a documented dispute says so (DetectAuth 1007)', () => {
    const report = explain('1007', { lng: 'en', service: 'detectAuth' }, strings('en'));
    const rendered = renderText(report);
    expect(rendered).toContain('1007/31082');
    expect(rendered).toContain('1007/101997');
    expect(rendered).toContain('设备疑似被劫持');
  });
});

describe('an H5 callback URL', () => {
  const url =
    'https://example.com/back?code=66660023&orderNo=o-42&h5faceId=wb-1&newSignature=0123456789abcdef&liveRate=85';

  it('shows the fields read and explains the code', () => {
    const report = explain(url, { lng: 'zh-CN' }, strings('zh-CN'));
    expect(report).toMatchObject({
      input: 'callback',
      service: 'faceVerify',
      known: true,
      fields: { orderNo: 'o-42', h5faceId: 'wb-1', liveRate: '85', signature: '(present)' },
    });
    expect(report.codes.map(({ field, code }) => [field, code])).toEqual([['code', '66660023']]);
    expect(renderText(report)).not.toContain('0123456789abcdef');
  });

  it('reads the 意愿核身 faceCode and willCode, and a bare query string', () => {
    const report = explain('?code=0&faceCode=0&willCode=0', { lng: 'en' }, strings('en'));
    expect(report.codes.map(({ field }) => field)).toEqual(['code', 'faceCode', 'willCode']);
  });

  it('with no code: the fallback', () => {
    expect(explain('https://example.com/?orderNo=1', { lng: 'en' }, strings('en'))).toMatchObject({
      input: 'unreadable',
      known: false,
    });
  });
});

describe('a server response (JSON)', () => {
  it.each([
    [
      'GetFaceIdResult',
      { Response: { Result: '1004', LivenessInfoTag: '04', Name: '', RequestId: 'r-1' } },
      'faceIdResult',
      [
        ['Result', 'detectAuth', 'detectAuthLivenessFailed'],
        ['LivenessInfoTag', 'faceIdLivenessTag', 'faceIdTagSpoofSuspected'],
      ],
    ],
    [
      'LivenessCompare',
      { Response: { Result: 'Success', Description: '成功', RequestId: 'r-2' } },
      'apiResult',
      [['Result', 'cloudApi', 'cloudApiSuccess']],
    ],
    [
      'CheckIdCardInformation',
      { Result: 'FailedOperation.OcrWarningOccurred', Warnings: '-9102|-9106' },
      'apiResult',
      [['Result', 'cloudApi', 'cloudApiOcrWarning']],
    ],
    [
      'an API error',
      { Response: { Error: { Code: 'IpNotInWhitelist', Message: '' }, RequestId: 'r-3' } },
      'apiError',
      [['Error.Code', 'cloudApi', 'cloudApiIpDenied']],
    ],
    [
      'queryfacerecord',
      { code: '66660004', msg: '', result: { orderNo: 'o-9', bizSeqNo: 'b-1' } },
      'faceRecord',
      [['code', 'faceVerify', 'faceVerifyNotSamePerson']],
    ],
  ] as const)('%s: the shape, each code in its service', (_name, value, shape, codes) => {
    const report = explain(JSON.stringify(value), { lng: 'en' }, strings('en'));
    expect(report).toMatchObject({ input: 'result', shape, known: true });
    expect(report.codes.map(({ field, service, id }) => [field, service, id])).toEqual(codes);
  });

  it('shows the fields read: requestId, orderNo, bizSeqNo', () => {
    const report = explain(
      JSON.stringify({ code: '0', msg: '', result: { orderNo: 'o-9', bizSeqNo: 'b-1' } }),
      { lng: 'en' },
      strings('en'),
    );
    expect(report.fields).toEqual({ orderNo: 'o-9', bizSeqNo: 'b-1' });
    expect(
      explain(
        JSON.stringify({ Response: { Result: 'Success', RequestId: 'req-7' } }),
        { lng: 'en' },
        strings('en'),
      ).fields,
    ).toEqual({ requestId: 'req-7' });
  });

  it('explains the warnings in the language', () => {
    const report = explain(
      JSON.stringify({ Result: 'FailedOperation.OcrWarningOccurred', Warnings: '-9102|-9106' }),
      { lng: 'ja' },
      strings('ja'),
    );
    expect(report.warnings.map(({ code, title }) => [code, title])).toEqual([
      ['-9102', text('ja', 'idCardWarnings.photocopy.title')],
      ['-9106', text('ja', 'idCardWarnings.edited.title')],
    ]);
  });

  it.each([
    ['not JSON', '{"Result": '],
    ['JSON of no known shape', '{"hello": "world"}'],
  ])('%s: the fallback, not known', (_name, input) => {
    expect(explain(input, { lng: 'en' }, strings('en'))).toMatchObject({
      input: 'unreadable',
      known: false,
    });
  });
});

describe('what is echoed is safe', () => {
  it.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['an escape sequence', '\u001b[31mred\u001b[0m'],
    ['a bidirectional override', 'abc\u202Edef'],
    ['a long value', 'x'.repeat(10_000)],
  ])('%s is never echoed raw', (_name, input) => {
    for (const candidate of [input, `https://e.com/?code=1&orderNo=${encodeURIComponent(input)}`]) {
      const report = explain(candidate, { lng: 'en' }, strings('en'));
      for (const output of [renderText(report), JSON.stringify(report)]) {
        expect(output.replace(/\n/g, ' ')).not.toMatch(/[<>\p{Cc}\p{Cf}]/u);
        expect(output).not.toContain('x'.repeat(100));
      }
    }
  });

  it('clean keeps ordinary references as they are', () => {
    expect(clean(' o-42 ')).toBe('o-42');
    expect(clean('<b>')).toBe('‹b›');
  });
});

describe('classify', () => {
  it.each([
    ['66660023', 'code'],
    [' -5018 ', 'code'],
    ['FailedOperation.ActionLightDark', 'code'],
    ['Success', 'code'],
    ['https://example.com/?code=0', 'callback'],
    ['code=0&orderNo=1', 'callback'],
    ['{"code":"0"}', 'result'],
    ['', undefined],
    ['hello world', undefined],
    ['FailedOperation.Action*', undefined],
  ] as const)('%j → %s', (input, kind) => {
    expect(classify(input)).toBe(kind);
  });
});
