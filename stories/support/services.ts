import type { Service } from '../../src/core/catalogue';

/** How the stories name each service: English, and the title of Tencent's table. */
export const SERVICE_NAMES: Record<Service, { readonly name: string; readonly official: string }> =
  {
    gateway: { name: 'Access gateway', official: '接入前置服务' },
    faceVerify: { name: 'Face verification', official: '人脸验证' },
    idCardOcr: { name: 'ID card OCR', official: '身份证 OCR 识别' },
    bankCardOcr: { name: 'Bank card OCR', official: '银行卡 OCR 识别' },
    twoFactor: { name: 'Two-factor check', official: '二要素识别' },
    licenseOcr: { name: 'Licence OCR', official: '驾驶证、行驶证 OCR 识别' },
    detectAuth: { name: 'DetectAuth / E证通 / eKYC H5 results', official: '慧眼人脸核身返回码' },
    livenessTag: { name: 'Liveness refusal reasons (LivenessInfoTag)', official: '活体拒绝原因' },
    ekycSdk: { name: 'eKYC App SDK results', official: 'eKYC App SDK 错误码' },
    intention: { name: 'Intention check: questions / nod', official: '意愿核身（问答、点头）' },
    intentionReading: { name: 'Intention check: reading aloud', official: '意愿核身（朗读）' },
    intentionResult: { name: 'Intention check: final result', official: '意愿核身最终结果' },
    intentionAnswer: { name: 'Intention check: each answer', official: '意愿核身答案匹配' },
    cloudApi: { name: 'Cloud API 3.0 errors', official: 'API 3.0 错误码' },
    idCardWarningCode: { name: 'ID-card warning codes', official: '身份证告警码' },
    intlCardWarning: { name: 'eKYC card warnings (WarnCardInfos)', official: 'eKYC 证件告警' },
    faceIdLivenessTag: {
      name: 'FaceID SDK liveness refusal reasons (GetFaceIdResult.LivenessInfoTag)',
      official: '慧眼 SDK 活体拒绝原因',
    },
    environment: {
      name: 'Environment check before the flow (checkFaceVerifyEnvironment)',
      official: 'H5 实时检测支持的浏览器',
    },
  };
