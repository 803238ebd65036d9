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
  };
