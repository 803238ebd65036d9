import { deepFreeze, type TableEntryId } from './catalogue';

/**
 * The official Tencent texts for each entry, verbatim from the seed tables (rows Tencent has since
 * reworded or added, as its pages read today: `test/fixtures/faceid-response-codes.md`): 返回信息 (message) and
 * 处理措施 (action; `<br>` written as a line break, `-` where the table has none, empty where the
 * table has no such column). For support staff and integrators, never for end users.
 *
 * Kept apart from the catalogue so that bundles that only show end-user copy can leave it out.
 */
export const OFFICIAL: Readonly<Record<TableEntryId, readonly [message: string, action: string]>> =
  /* @__PURE__ */ deepFreeze({
    gatewaySignatureInvalid: ['不合法的请求', '签名校验不通过'],
    gatewaySessionExpired: ['不合法的请求', '登录态失效'],
    gatewayAccessDenied: ['服务器拒绝访问此接口', '需要仔细核对请求获取 Token 或 ticket 参数'],
    gatewayVersionInvalid: ['请求上送版本参数错误', '需要仔细核对请求获取 Token 或 ticket 参数'],
    gatewayRateLimited: ['请求访问频率过高', '同一个 App ID，10分钟只能成功请求一次 Token'],
    gatewayRequestTooLarge: [
      '请求参数提过大',
      '检查上送的报文大小，尤其是包含图片和文件的报文，不能超过接口要求大小',
    ],
    faceVerifySuccess: ['人脸验证成功', '-'],
    faceVerifyAppIdNotFound: ['不合法请求', 'App ID 不存在'],
    faceVerifyServiceExpired: ['服务已过有效期', '服务已经过了有效期，请联系相关人员'],
    faceVerifyNotSamePerson: ['无法确认为同一人', '人脸比对相似度得分不够'],
    faceVerifyNoPhotoOnRecord: ['无照片信息，无法比对', '权威数据源无照片'],
    faceVerifyNameIdMismatch: ['姓名和身份证不一致，请确认', '姓名和身份证不匹配'],
    faceVerifyNoResult: ['无此查询结果', '当前订单或用户无人脸验证结果'],
    faceVerifyNameOrIdInvalid: [
      '姓名或身份证不合法',
      '身份证或姓名非法，后台校验身份证有效性，同时也校验姓名',
    ],
    faceVerifyVideoInvalid: ['视频格式或大小不合法', '文件或视频不合法'],
    faceVerifyDailyLimit: ['验证次数超限', '当日用户验证次数超限'],
    faceVerifyTimedOut: ['操作超时，请退出重试', '无此 ID 的用户身份信息，针对 H5 刷脸的信息'],
    faceVerifySystemTimeout: ['网络不给力，请稍后重试', '系统超时，请您稍后再试'],
    faceVerifyDigitsExpired: [
      '动态数字失效,请重新验证',
      '在缓存的唇语失效，需要重新拉取，用于 PaaS 接口',
    ],
    faceVerifySpoofSuspected: [
      '请确保本人操作且正脸对框',
      '防攻击活体检测不通过(包含翻拍、模型等)',
    ],
    faceVerifyIdNumberNotFound: ['无此证件号码', '权威数据源返回无此证件号码'],
    faceVerifyLightCheckFailed: [
      '请确保本人操作且正脸对框',
      '光线活体识别不通过，按照如下提示再次尝试：\n1. 请确保光线充足\n2. 请确保人脸正对框内\n3. 请确保脸部无遮挡',
    ],
    faceVerifyServiceNotSupported: ['不支持此类型服务', '不支持此类型服务'],
    faceVerifyTooManyFaces: ['图片中人脸数超限；请确保最多只有两张脸；', '图片中人脸数超限'],
    faceVerifySelfieUnreadable: [
      '未识别到人脸;请确保正脸对框且清晰完整;',
      '自拍照照片编码问题，无法解析，可以尝试重新拍照或上传可靠自拍照比对',
    ],
    faceVerifyMultipleFaces: ['照片出现多张脸', '比对照片采集到多张脸'],
    faceVerifyNoFaceFound: [
      '未识别到人脸;请确保正脸对框且清晰完整;',
      '按照如下提示再次尝试：\n1. 请确保光线充足\n2. 请确保人脸正对框内\n3. 请确保脸部无遮挡',
    ],
    faceVerifyReferencePhotoUnreadable: [
      '比对源照片问题,无法解析',
      '提供的比对源照片编码问题，无法解析，可以尝试如下：如果是合作伙伴自带数据源，请确保数据源照片',
    ],
    faceVerifyVideoAbnormal: [
      '视频异常；请重新录制',
      '按照如下提示再次尝试：\n1. 请确保光线充足\n2. 请确保人脸正对框内\n3. 请确保脸部无遮挡',
    ],
    faceVerifyDistance: [
      '离屏幕太近或太远；录制时，确保人脸清晰完整',
      '离屏幕太近或太远；录制时，确保人脸清晰完整',
    ],
    faceVerifyVoiceNotHeard: ['声音未能识别；请大声慢读一遍数字；', '录制时，普通话大声读数字'],
    faceVerifyNoFaceInVideo: [
      '视频中人脸检测不到；录制时，确保人脸清晰完整',
      '按照如下提示再次尝试：\n1. 请确保光线充足\n2. 请确保人脸正对框内\n3. 请确保脸部无遮挡',
    ],
    faceVerifyDigitsNotRecognized: ['声音未能识别；请大声慢读一遍数字', '录制时，普通话大声读数字'],
    faceVerifyFaceNotDetected: ['未识别到人脸；请保持本人操作且正脸对框', '视频中未检测到人脸'],
    faceVerifyNoBlink: ['未识别到眨眼；录制时请保持正脸对框且眨眼', '录制视频时需配合做眨眼动作'],
    faceVerifyLivenessFailed: [
      '请确保本人操作且正脸对框',
      '活体识别不通过，按照如下提示再次尝试：\n1. 请确保光线充足；\n2. 请确保人脸正对框内；\n3. 请确保脸部无遮挡',
    ],
    idCardSuccess: ['身份证识别成功', '-'],
    idCardResultNotFound: ['OCR 结果查询不到', '身份证识别无结果，确认订单号是否正确'],
    idCardUnrecognized: ['请调整角度,保持清晰', '识别错误,非身份证件或图像质量问题,需重新识别'],
    idCardExpired: ['身份证已失效', '未能识别，不支持失效身份证'],
    idCardDateInvalid: ['身份证日期不正确', '未能识别'],
    idCardImageUnreadable: ['图像解码异常', '未能识别，需重新识别'],
    idCardNotFrontSide: ['非身份证人像面', '未能识别，需重新更换到人像面'],
    idCardNotBackSide: ['非身份证国徽面', '未能识别，需重新更换到国徽面'],
    idCardNameOrNumberUnreadable: [
      '姓名或身份证号未能识别',
      '姓名或身份证号识别结果为空，或有效性校验不通过：如身份证号码不满足18位、身份证号码奇偶校验不通过、姓名只有一个汉字等情况',
    ],
    idCardFileFormatInvalid: ['格式有误', '请上传图片格式'],
    idCardMediaAbnormal: ['视频或图片异常', '视频或图片异常,请更换图片重试'],
    idCardInvalid: ['身份证有误，请重拍', '未能识别，需重新识别'],
    idCardAuthorityUnreadable: ['签发机关未能识别', '未能识别签发机关，需重新识别'],
    bankCardSuccess: ['银行卡识别成功', '-'],
    bankCardParameterTooLong: ['参数过长', '订单号长度为不超过32位，确认订单号是否正确'],
    bankCardUnrecognized: ['银行卡 OCR 识别失败', '未能识别，需重新识别'],
    bankCardBlurry: ['图片模糊', '未能识别，需确保图片对焦成功'],
    bankCardNotFound: ['不是银行卡', '未能识别，未找到银行卡'],
    bankCardNumberInvalid: ['卡号不合法', '未能识别，需避免图片反光或遮挡'],
    bankCardWarningDateInvalid: ['无效的日期信息', ''],
    bankCardWarningBorderIncomplete: ['边框不完整', ''],
    bankCardWarningPhotocopy: ['银行卡复印件', ''],
    bankCardWarningScreenPhoto: ['银行卡翻拍件', ''],
    bankCardWarningExpired: ['银行卡已过期', ''],
    twoFactorSuccess: ['请求成功', '-'],
    twoFactorAppIdNotFound: ['不合法请求', 'App ID 不存在'],
    twoFactorServiceExpired: ['服务已过有效期', '服务已经过了有效期，请联系相关人员'],
    twoFactorServiceFailed: ['服务处理失败,请稍后再试', '联系腾讯云处理'],
    twoFactorNameIdMismatch: ['姓名和身份证不一致，请确认', '姓名和身份证不匹配'],
    twoFactorNameOrIdInvalid: [
      '姓名或身份证不合法',
      '身份证或姓名非法，后台校验身份证有效性，同时也校验姓名',
    ],
    licenseImageUnreadable: ['图片解码失败', ''],
    licenseImageEmpty: ['图片为空', ''],
    licenseParameterEmpty: ['参数为空', ''],
    licenseParameterTooLong: ['参数过长', ''],
    licenseTypeInvalid: ['请求 type 错误，不是 0，1，2', ''],
    licenseRecognitionFailed: ['OCR 识别失败', ''],
    licenseImageInvalid: ['图片无效，图片类型错误', ''],
    licensePreprocessingFailed: ['预处理失败', ''],
    // Extras (domain brief §4), with the text of their source.
    gatewayAuthenticationFailed: ['身份验证不通过', ''],
    gatewayRequestLimitExceeded: ['请求超过最大限制', ''],
    gatewayChecksumInvalid: ['文件校验值错误', ''],
    gatewayNetworkUnstable: ['网络不给力，请稍后再试', ''],
    faceVerifyBrowserNoRecording: ['该浏览器不支持视频录制', ''],
    faceVerifyLoginStateLost: ['登录态异常/cookie 缺失', ''],
    faceVerifyInterrupted: ['人脸核身中途中断', ''],
    faceVerifyCameraDenied: ['无摄像头权限', ''],
    faceVerifyBrowserNoRealtime: ['该浏览器不支持实时检测模式', ''],
    faceVerifyRequestBodyInvalid: ['报文包体问题', '重新进入'],
    idCardProcessingFailed: ['处理失败', ''],
    idCardEncryptionFailed: ['加解密失败', '退出重试'],
    bankCardWarningGlare: ['银行卡反光', ''],
    licenseSuccess: ['请求成功', '-'],
  });

/** Official Chinese meaning of each ID-card warning position (domain brief §2). */
export const ID_CARD_WARNING_OFFICIAL: Readonly<Record<number, string>> =
  /* @__PURE__ */ Object.freeze({
    1: '身份证边框不完整',
    2: '身份证复印件',
    3: '身份证日期不合法',
    4: '身份证翻拍件',
    5: '临时身份证',
    6: '身份证框内遮挡',
    7: '未公开（未确认）',
    8: '未公开（未确认）',
  });

/**
 * Where each entry that is not in Tencent's main tables is documented (the extras of the domain
 * brief §4). Seed rows have none.
 */
export const SOURCES: Readonly<Partial<Record<TableEntryId, string>>> =
  /* @__PURE__ */ Object.freeze({
    gatewayAuthenticationFailed: 'WeBank OCR SDK documentation (gateway codes)',
    gatewayRequestLimitExceeded: 'WeBank OCR SDK documentation (gateway codes)',
    gatewayChecksumInvalid: 'WeBank OCR SDK documentation (gateway codes)',
    gatewayNetworkUnstable: 'WeBank OCR SDK documentation (gateway codes)',
    faceVerifyBrowserNoRecording:
      'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
    faceVerifyLoginStateLost: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
    faceVerifyInterrupted: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
    faceVerifyCameraDenied: 'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
    faceVerifyBrowserNoRealtime:
      'H5 front-end codes, cloud.tencent.com/document/product/1007/61074',
    idCardProcessingFailed:
      'ID-card OCR error codes, cloud.tencent.com/document/product/1007/47902',
    idCardEncryptionFailed:
      'ID-card OCR error codes, cloud.tencent.com/document/product/1007/47902',
    faceVerifyRequestBodyInvalid:
      'H5 redirect codes, cloud.tencent.com/document/product/1007/61074, 1007/114178, 655/14370',
    bankCardWarningGlare:
      'bank-card OCR page, cloud.tencent.com/document/product/1007 (-9112 银行卡反光)',
    licenseSuccess:
      'the licence table lists errors only; FaceID server APIs answer code "0" with msg "请求成功" on success (e.g. cloud.tencent.com/document/product/1007/57613), as in every other service',
  });
