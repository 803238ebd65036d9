import { describe, expect, it } from 'vitest';
import {
  describeCode,
  ID_CARD_WARNINGS,
  type ResultReading,
  type ResultWarning,
  readResult,
} from '../../src/core';

const codesOf = (reading: ResultReading) => reading.codes.map(({ code }) => code);
const idWarnings = (reading: ResultReading) =>
  reading.warnings.map((w) => (w.service === 'idCardOcr' ? [w.side, w.position, w.id] : [w.code]));
const idOfPosition = (position: number) => ID_CARD_WARNINGS[position - 1]?.id;

describe('queryfacerecord (server query)', () => {
  it('reads the string code, in faceVerify', () => {
    const reading = readResult({
      code: '66660004',
      msg: '无法确认为同一人',
      bizSeqNo: '22010820001',
      result: { orderNo: 'o-1', liveRate: '99', similarity: '31.2', occurredTime: '20240101' },
    });
    expect(reading).toEqual({
      shape: 'faceRecord',
      service: 'faceVerify',
      codes: [{ code: '66660004', field: 'code', service: 'faceVerify' }],
      warnings: [],
      malformed: false,
    });
  });

  it('reads a success with a null result', () => {
    const reading = readResult({ code: '0', msg: '请求成功', result: null });
    expect(reading.shape).toBe('faceRecord');
    expect(codesOf(reading)).toEqual(['0']);
  });

  it('keeps an unreadable code as raw text and flags it', () => {
    const reading = readResult({ code: '<b>oops</b>', msg: '' });
    expect(reading.codes).toEqual([{ code: '<b>oops</b>', field: 'code', service: 'faceVerify' }]);
    expect(reading.malformed).toBe(true);
  });
});

describe('idcardocrapp', () => {
  it('reads warning and multiWarning, deduplicated', () => {
    const reading = readResult({
      code: '0',
      msg: '请求成功',
      result: { name: '张三', warning: '10000000', multiWarning: '10010100' },
    });
    expect(reading.shape).toBe('idCardOcr');
    expect(reading.service).toBe('idCardOcr');
    expect(reading.codes).toEqual([{ code: '0', field: 'code', service: 'idCardOcr' }]);
    expect(
      reading.warnings.map((w) => (w as ResultWarning & { position: number }).position),
    ).toEqual([1, 4, 6]);
    for (const warning of reading.warnings) {
      expect(warning.service).toBe('idCardOcr');
      expect(warning.id).toBe(idOfPosition((warning as { position: number }).position));
      expect('side' in warning).toBe(false);
    }
    expect(reading.malformed).toBe(false);
  });

  it("reads '00000000' as no warning", () => {
    const reading = readResult({
      code: '0',
      result: { warning: '00000000', multiWarning: '00000000' },
    });
    expect(reading.warnings).toEqual([]);
    expect(reading.malformed).toBe(false);
  });

  it('flags a malformed warning string without inventing warnings', () => {
    const reading = readResult({ code: '0', result: { multiWarning: '1001x' } });
    expect(reading.shape).toBe('idCardOcr');
    expect(reading.warnings).toEqual([]);
    expect(reading.malformed).toBe(true);
  });

  it('reads an error code, in idCardOcr', () => {
    const reading = readResult({ code: '66661006', result: { warning: '', multiWarning: '' } });
    expect(codesOf(reading)).toEqual(['66661006']);
    expect(describeCode(reading.codes[0]?.code, reading).known).toBe(true);
  });
});

describe('bankcardocrapp', () => {
  it("reads warningCode and multiWarningCode '[-9110,-9111]', deduplicated", () => {
    const reading = readResult({
      code: '0',
      result: { bankcardNo: '6222', warningCode: '-9110', multiWarningCode: '[-9110,-9111]' },
    });
    expect(reading.shape).toBe('bankCardOcr');
    expect(reading.service).toBe('bankCardOcr');
    expect(reading.codes).toEqual([{ code: '0', field: 'code', service: 'bankCardOcr' }]);
    expect(idWarnings(reading)).toEqual([['-9110'], ['-9111']]);
    for (const warning of reading.warnings) {
      if (warning.service !== 'bankCardOcr') throw new Error(`unexpected ${warning.service}`);
      expect(warning.id).toBe(describeCode(warning.code, { service: 'bankCardOcr' }).id);
    }
  });

  it("reads '0' as no warning", () => {
    const reading = readResult({ code: '0', result: { warningCode: '0', multiWarningCode: '0' } });
    expect(reading.shape).toBe('bankCardOcr');
    expect(reading.warnings).toEqual([]);
  });

  it('accepts an array from an SDK', () => {
    const reading = readResult({ code: '0', result: { multiWarningCode: [-9113, '-9114'] } });
    expect(idWarnings(reading)).toEqual([['-9113'], ['-9114']]);
  });
});

describe('getOcrResult (front and back)', () => {
  it('reads the codes and warnings of each side', () => {
    const reading = readResult({
      code: '0',
      msg: 'success',
      result: {
        frontCode: '0',
        backCode: '66661007',
        frontMultiWarning: '10000100',
        backMultiWarning: '00010000',
      },
    });
    expect(reading.shape).toBe('ocrResult');
    expect(reading.service).toBe('idCardOcr');
    expect(reading.codes).toEqual([
      { code: '0', field: 'code', service: 'idCardOcr' },
      { code: '0', field: 'result.frontCode', service: 'idCardOcr', side: 'front' },
      { code: '66661007', field: 'result.backCode', service: 'idCardOcr', side: 'back' },
    ]);
    expect(idWarnings(reading)).toEqual([
      ['front', 1, idOfPosition(1)],
      ['front', 6, idOfPosition(6)],
      ['back', 4, idOfPosition(4)],
    ]);
  });

  it('reads frontWarnCode/backWarnCode and keeps the same position on both sides', () => {
    const reading = readResult({
      code: '0',
      result: {
        frontCode: '0',
        backCode: '0',
        frontWarnCode: '00000001',
        frontMultiWarning: '00000001',
        backWarnCode: '00000001',
      },
    });
    expect(idWarnings(reading)).toEqual([
      ['front', 8, 'otherQuality'],
      ['back', 8, 'otherQuality'],
    ]);
  });

  it('works with only one side present', () => {
    const reading = readResult({ code: '0', result: { frontCode: -1102 } });
    expect(reading.shape).toBe('ocrResult');
    expect(reading.codes).toEqual([
      { code: '0', field: 'code', service: 'idCardOcr' },
      { code: '-1102', field: 'result.frontCode', service: 'idCardOcr', side: 'front' },
    ]);
  });
});

describe('GetDetectInfoEnhanced / GetDetectInfo (DetectAuth)', () => {
  const enhanced = (errCode: unknown) => ({
    Text: {
      ErrCode: errCode,
      ErrMsg: '光线不佳',
      IdCard: '1101**',
      LivenessDetail: [
        { Errcode: 1201, IsNeedCharge: false },
        { Errcode: 0, IsNeedCharge: true },
      ],
    },
    IdCardData: null,
    BestFrame: null,
    RequestId: 'r-1',
  });

  it.each([
    ['with the Response wrapper', { Response: enhanced(1201) }],
    ['without the Response wrapper', enhanced(1201)],
  ])('reads Text.ErrCode and each detail’s Errcode in detectAuth %s', (_name, value) => {
    const reading = readResult(value);
    expect(reading.shape).toBe('detectInfo');
    expect(reading.service).toBe('detectAuth');
    expect(reading.codes).toEqual([
      { code: '1201', field: 'Text.ErrCode', service: 'detectAuth' },
      { code: '1201', field: 'Text.LivenessDetail[0].Errcode', service: 'detectAuth' },
      { code: '0', field: 'Text.LivenessDetail[1].Errcode', service: 'detectAuth' },
    ]);
    expect(reading.malformed).toBe(false);
    // 1201 is a DetectAuth capture problem, not a face-verification code.
    const first = reading.codes[0];
    expect(describeCode(first?.code, first).id).toBe('detectAuthLight');
  });

  it('reports billing (IsNeedCharge) per attempt, and the RequestId', () => {
    const reading = readResult({ Response: enhanced(0) });
    expect(reading.billing).toEqual([
      { field: 'Text.LivenessDetail[0].IsNeedCharge', charged: false },
      { field: 'Text.LivenessDetail[1].IsNeedCharge', charged: true },
    ]);
    expect(reading.requestId).toBe('r-1');
  });

  it('flags an IsNeedCharge that is not a boolean as malformed', () => {
    const reading = readResult({
      Text: { ErrCode: 0, LivenessDetail: [{ Errcode: 0, IsNeedCharge: 'yes' }] },
    });
    expect(reading.billing).toBeUndefined();
    expect(reading.malformed).toBe(true);
  });

  it('reads a number ErrCode 0', () => {
    const reading = readResult({ Response: enhanced(0) });
    expect(reading.codes[0]).toEqual({ code: '0', field: 'Text.ErrCode', service: 'detectAuth' });
  });

  it('reads a null ErrCode as no code, not as malformed', () => {
    const reading = readResult({ Response: { Text: { ErrCode: null, ErrMsg: null } } });
    expect(reading).toMatchObject({ shape: 'detectInfo', codes: [], malformed: false });
  });

  it('parses DetectInfo given as a JSON string (legacy GetDetectInfo)', () => {
    const reading = readResult({
      Response: {
        DetectInfo: JSON.stringify({ Text: { ErrCode: 2006, ErrMsg: '姓名和身份证号不匹配' } }),
        RequestId: 'r-2',
      },
    });
    expect(reading.shape).toBe('detectInfo');
    expect(reading.codes).toEqual([{ code: '2006', field: 'Text.ErrCode', service: 'detectAuth' }]);
  });

  it('reads a DetectDetail list beside DetectInfo', () => {
    const reading = readResult({ DetectDetail: [{ Errcode: 0 }, { Errcode: 1102 }] });
    expect(reading.shape).toBe('detectInfo');
    expect(reading.codes).toEqual([
      { code: '0', field: 'DetectDetail[0].Errcode', service: 'detectAuth' },
      { code: '1102', field: 'DetectDetail[1].Errcode', service: 'detectAuth' },
    ]);
  });

  it('reads each field in its own number space: liveness tags, 意愿核身, ID-card warning codes', () => {
    const reading = readResult({
      Response: {
        Text: { ErrCode: 1004, LivenessInfoTag: ['01', '07'] },
        IdCardData: { WarnInfos: [-9101, -9106], BackWarnInfos: [-9107] },
        IntentionQuestionResult: {
          FinalResultDetailCode: -301,
          FinalResultCode: '-1',
          ResultCode: ['0', '-1'],
        },
        IntentionActionResult: { FinalResultDetailCode: -102 },
        IntentionVerifyData: { ErrorCode: -17 },
      },
    });
    const codes = reading.codes.map(({ code, service }) => [
      service,
      code,
      describeCode(code, { service }).id,
    ]);
    expect(codes).toEqual([
      ['detectAuth', '1004', 'detectAuthLivenessFailed'],
      ['livenessTag', '1', 'livenessTagEyesClosed'],
      ['livenessTag', '7', 'livenessTagReflection'],
      ['intention', '-301', 'intentionNotConfirmed'],
      ['intentionResult', '-1', 'intentionResultFailed'],
      ['intentionAnswer', '0', 'intentionAnswerMatched'],
      ['intentionAnswer', '-1', 'intentionAnswerMismatch'],
      ['intention', '-102', 'intentionMultipleFaces'],
      ['intentionReading', '-17', 'intentionReadingNotRecognized'],
    ]);
    expect(
      reading.warnings.map((w) => [w.service, w.side, 'code' in w ? w.code : '', w.id]),
    ).toEqual([
      ['idCardWarningCode', 'front', '-9101', 'idCardCodeBorderIncomplete'],
      ['idCardWarningCode', 'front', '-9106', 'idCardCodeEdited'],
      ['idCardWarningCode', 'back', '-9107', 'idCardCodeGlare'],
    ]);
  });

  it('tells GetEidResult (E证通) by its EidInfo', () => {
    const reading = readResult({ Response: { Text: { ErrCode: 0 }, EidInfo: { EidCode: 'x' } } });
    expect(reading).toMatchObject({ shape: 'eidResult', service: 'detectAuth' });
  });

  it('ignores DetectInfo that is not JSON', () => {
    expect(readResult({ DetectInfo: 'not json {' }).shape).toBe('unknown');
  });
});

describe('GetWebVerificationResultIntl (eKYC H5)', () => {
  it('reads ErrorCode and each attempt in detectAuth, WarnCardInfos in intlCardWarning', () => {
    const reading = readResult({
      Response: {
        ErrorCode: 1409,
        ErrorMsg: 'Verification process timed out',
        VerificationDetailList: [
          { ErrorCode: 1201, LivenessErrorCode: 1201, CompareErrorCode: null },
        ],
        OCRResult: [{ WarnCardInfos: [9101, 9108] }],
        RequestId: 'r-3',
      },
    });
    expect(reading.shape).toBe('webVerificationIntl');
    expect(reading.codes).toEqual([
      { code: '1409', field: 'ErrorCode', service: 'detectAuth' },
      { code: '1201', field: 'VerificationDetailList[0].ErrorCode', service: 'detectAuth' },
      { code: '1201', field: 'VerificationDetailList[0].LivenessErrorCode', service: 'detectAuth' },
    ]);
    expect(reading.warnings.map((w) => w.id)).toEqual([
      'intlCardBorderOrCovered',
      'intlCardBlurry',
    ]);
    expect(describeCode('1409', { service: 'detectAuth' }).id).toBe('detectAuthTimedOut');
  });
});

describe('GetSdkVerificationResult (eKYC App SDK)', () => {
  it('reads Result and CompareResults in ekycSdk, where 2017 is an occlusion, not an upgrade', () => {
    const reading = readResult({
      Result: '2017',
      CompareResults: [{ ErrorCode: '2017', LiveErrorCode: '0', CompareErrorCode: '2017' }],
      CardVerifyResults: [{ WarnCardInfos: [-9102] }],
    });
    expect(reading.shape).toBe('sdkVerification');
    expect(reading.codes.map(({ field, service }) => [field, service])).toEqual([
      ['Result', 'ekycSdk'],
      ['CompareResults[0].ErrorCode', 'ekycSdk'],
      ['CompareResults[0].LiveErrorCode', 'ekycSdk'],
      ['CompareResults[0].CompareErrorCode', 'ekycSdk'],
    ]);
    expect(describeCode('2017', { service: 'ekycSdk' }).id).toBe('ekycSdkFaceIncomplete');
    expect(describeCode('2017', { service: 'detectAuth' }).id).toBe('detectAuthRecordsUnavailable');
    expect(reading.warnings.map((w) => w.id)).toEqual(['intlCardPhotocopy']);
  });
});

describe('a Cloud API 3.0 error (Response.Error)', () => {
  it('reads Error.Code as a string code in cloudApi, with the RequestId', () => {
    const reading = readResult({
      Response: {
        Error: { Code: 'FailedOperation.ActionLightDark', Message: '光线太暗。' },
        RequestId: 'eac6b301-a322-493a-8e36-83b295459397',
      },
    });
    expect(reading).toMatchObject({
      shape: 'apiError',
      service: 'cloudApi',
      codes: [
        { code: 'FailedOperation.ActionLightDark', field: 'Error.Code', service: 'cloudApi' },
      ],
      requestId: 'eac6b301-a322-493a-8e36-83b295459397',
      malformed: false,
    });
    expect(describeCode('FailedOperation.ActionLightDark', { service: 'cloudApi' }).id).toBe(
      'cloudApiLight',
    );
  });

  it('keeps markup in Error.Code as raw text, flagged', () => {
    const reading = readResult({ Response: { Error: { Code: '<img src=x>' } } });
    expect(reading.codes[0]?.code).toBe('<img src=x>');
    expect(reading.malformed).toBe(true);
  });
});

describe('GetFaceIdResult', () => {
  it.each([
    ['bare', { Result: '0', Description: '成功', LiveStatus: '0' }],
    ['with the Response wrapper', { Response: { Result: '0', Description: '成功' } }],
  ])("reads {Result: '0'} %s in detectAuth (慧眼), not faceVerify", (_name, value) => {
    const reading = readResult(value);
    expect(reading).toEqual({
      shape: 'faceIdResult',
      service: 'detectAuth',
      codes: [{ code: '0', field: 'Result', service: 'detectAuth' }],
      warnings: [],
      malformed: false,
    });
  });
});

describe('unknown shapes', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty object', {}],
    ['a string', '{"code":"0"}'],
    ['a number', 0],
    ['an array', [{ code: '0' }]],
    ['an object without known fields', { status: 'ok', data: { errorCode: 1 } }],
    ['a Response that is not an object', { Response: 42 }],
    ['Object.create(null)', Object.create(null)],
  ])('%s → unknown, no codes', (_name, value) => {
    expect(readResult(value)).toEqual({
      shape: 'unknown',
      service: 'faceVerify',
      codes: [],
      warnings: [],
      malformed: false,
    });
  });

  it('does not invoke getters', () => {
    const value = Object.defineProperty({}, 'code', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(readResult(value)).toMatchObject({ shape: 'unknown', codes: [] });
  });
});

describe('options.service', () => {
  it('overrides the service inferred from the shape', () => {
    expect(readResult({ code: '-1102' }, { service: 'licenseOcr' }).service).toBe('licenseOcr');
    expect(
      readResult({ code: '0', result: { warning: '00000000' } }, { service: 'bankCardOcr' })
        .service,
    ).toBe('bankCardOcr');
    expect(readResult({}, { service: 'twoFactor' }).service).toBe('twoFactor');
  });

  it('replaces the main service only: fields of other number spaces keep theirs', () => {
    const reading = readResult(
      { Text: { ErrCode: 1201, LivenessInfoTag: '01' } },
      { service: 'ekycSdk' },
    );
    expect(reading.codes.map(({ service }) => service)).toEqual(['ekycSdk', 'livenessTag']);
  });

  it('lets describeCode read the codes in that service', () => {
    const reading = readResult({ code: '-1102' }, { service: 'licenseOcr' });
    const code = reading.codes[0]?.code;
    expect(describeCode(code, reading).service).toBe('licenseOcr');
    expect(describeCode(code, reading).id).not.toBe(describeCode(code).id);
  });

  it.each([{ service: 'nope' }, { service: null }, { service: 7 }])(
    'ignores an invalid override %o',
    (options) => {
      const value = { code: '0', result: { warning: '00000000' } };
      // biome-ignore lint/suspicious/noExplicitAny: invalid options a JavaScript caller could pass.
      expect(readResult(value, options as any).service).toBe('idCardOcr');
    },
  );
});

describe('Cloud API 3.0 results in Result (LivenessCompare, CheckIdCardInformation…)', () => {
  it.each([
    ['Success', 'cloudApiSuccess'],
    ['FailedOperation.LivessDetectFail', 'cloudApiLivenessFailed'],
    ['FailedOperation.OcrWarningOccurred', 'cloudApiOcrWarning'],
  ])('a string Result %s is read in cloudApi (%s), never faceVerify', (code, id) => {
    const reading = readResult({ Response: { Result: code, Description: '', RequestId: 'r' } });
    expect(reading).toMatchObject({ shape: 'apiResult', service: 'cloudApi', malformed: false });
    expect(reading.codes).toEqual([{ code, field: 'Result', service: 'cloudApi' }]);
    expect(describeCode(code, reading).id).toBe(id);
  });

  it('reads Warnings as ID-card warning codes, beside a numeric Result too', () => {
    for (const Result of ['FailedOperation.OcrWarningOccurred', '0', undefined]) {
      const reading = readResult({ Result, Warnings: '-9103|-9105' });
      expect(reading.warnings.map((w) => (w.service === 'idCardOcr' ? '' : w.code))).toEqual([
        '-9103',
        '-9105',
      ]);
      expect(reading.warnings.every((w) => w.service === 'idCardWarningCode')).toBe(true);
    }
  });

  it('reads GetFaceIdResult.LivenessInfoTag in its own service, Result in detectAuth', () => {
    const reading = readResult({ Result: '1004', LivenessInfoTag: '09', IdCard: '', Name: '' });
    expect(reading.codes).toEqual([
      { code: '1004', field: 'Result', service: 'detectAuth' },
      { code: '9', field: 'LivenessInfoTag', service: 'faceIdLivenessTag' },
    ]);
    // 09 is 反光校验未通过 here, 人脸质量过差 in Text.LivenessInfoTag.
    expect(describeCode('09', { service: 'faceIdLivenessTag' }).id).toBe('faceIdTagReflection');
    expect(describeCode('09', { service: 'livenessTag' }).id).toBe('livenessTagPoorQuality');
  });

  it('{ service: ekycSdk } reads GetFaceIdResultIntl; the tags keep their own service', () => {
    const reading = readResult({ Result: '2004', LivenessInfoTag: '01' }, { service: 'ekycSdk' });
    expect(reading.codes.map(({ service }) => service)).toEqual(['ekycSdk', 'faceIdLivenessTag']);
  });
});
