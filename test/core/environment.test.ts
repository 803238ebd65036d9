/**
 * `checkFaceVerifyEnvironment` against Tencent's published table of where the H5 real-time check
 * runs (§5 of test/fixtures/tencent-official-sources.md, a copy of the project's fact sheet; source
 * tencentcloud.com/document/product/1061/46851), with the real user-agent strings each rule covers.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  checkFaceVerifyEnvironment,
  describeCode,
  type EnvironmentCheck,
  type FaceVerifyEnvironment,
} from '../../src/core';
import { CATALOGUE } from '../../src/core/catalogue';
import { diagnoseCode } from '../../src/core/diagnostics';
import {
  ENVIRONMENT_RULES,
  type EnvironmentEntryId,
  parseUserAgent,
} from '../../src/core/environment';

const HERE = dirname(fileURLToPath(import.meta.url));
const FACT_SHEET = readFileSync(join(HERE, '../fixtures/tencent-official-sources.md'), 'utf8');
/** §5, as plain text: emphasis dropped, lines joined. */
const SECTION_START = FACT_SHEET.indexOf('\n## 5. ');
const SECTION_END = FACT_SHEET.indexOf('\n## ', SECTION_START + 1);
const TABLE_SECTION = FACT_SHEET.slice(SECTION_START, SECTION_END === -1 ? undefined : SECTION_END)
  .replace(/\*+/g, '')
  .replace(/\s+/g, ' ');
const TABLE_URL = 'tencentcloud.com/document/product/1061/46851';

const ids = (check: EnvironmentCheck) => ({
  blocking: check.blocking.map((finding) => finding.id),
  warnings: check.warnings.map((finding) => finding.id),
});

type Expected = readonly EnvironmentEntryId[];

/** [what, user agent, blocking, warnings]: each rule of the table, and what it must let pass. */
// biome-ignore format: one user agent per line
const USER_AGENTS: readonly (readonly [string, string, Expected, Expected])[] = [
  // iOS | WeChat's built-in browser | iOS 14.3+ and WeChat 6.5+
  ['iOS 13.5 WeChat 8.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.1(0x1800012a) NetType/WIFI Language/zh_CN', ['environmentWechatIosTooOld'], []],
  ['iOS 12.4 WeChat 7.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/7.0.12(0x17000c2d) NetType/4G Language/zh_CN', ['environmentWechatIosTooOld'], []],
  ['iOS 14.2 WeChat 8.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.0(0x18000029) NetType/WIFI Language/zh_CN', ['environmentWechatIosTooOld'], []],
  ['iOS 14.3 WeChat 8.0', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.2(0x18000231) NetType/4G Language/zh_CN', [], []],
  ['iOS 17.4 WeChat 8.0.47', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN', [], []],
  ['iOS 14.3 WeChat 6.3 (older than 6.5)', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/6.3.9 NetType/WIFI Language/zh_CN', ['environmentWechatIosTooOld'], []],
  ['iPad iOS 13.3 WeChat', 'Mozilla/5.0 (iPad; CPU OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/7.0.10(0x17000a21) NetType/WIFI Language/zh_CN', ['environmentWechatIosTooOld'], []],
  // iOS | Safari | iOS 11.1.2+ and Safari 11+
  ['iOS 10.3.3 Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Version/10.0 Mobile/14G60 Safari/602.1', ['environmentIosSafariTooOld'], []],
  ['iOS 11.0 Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/604.1.38 (KHTML, like Gecko) Version/11.0 Mobile/15A372 Safari/604.1', ['environmentIosSafariTooOld'], []],
  ['iOS 11.1.1 Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_1_1 like Mac OS X) AppleWebKit/604.3.5 (KHTML, like Gecko) Version/11.0 Mobile/15B150 Safari/604.1', ['environmentIosSafariTooOld'], []],
  ['iOS 11.1.2 Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_1_2 like Mac OS X) AppleWebKit/604.3.5 (KHTML, like Gecko) Version/11.0 Mobile/15B202 Safari/604.1', [], []],
  ['iOS 12.4 Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1', [], []],
  ['iPad iOS 11.0 Safari', 'Mozilla/5.0 (iPad; CPU OS 11_0 like Mac OS X) AppleWebKit/604.1.34 (KHTML, like Gecko) Version/11.0 Mobile/15A5341f Safari/604.1', ['environmentIosSafariTooOld'], []],
  // iOS | Chrome | iOS 14.3+
  ['iOS 14.2 Chrome', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/87.0.4280.77 Mobile/15E148 Safari/604.1', ['environmentIosChromeTooOld'], []],
  ['iOS 12.1 Chrome', 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/71.0.3578.89 Mobile/15E148 Safari/605.1', ['environmentIosChromeTooOld'], []],
  ['iOS 14.4 Chrome', 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/88.0.4324.152 Mobile/15E148 Safari/604.1', [], []],
  // Other iOS browsers: not in the table, they pass.
  ['iOS 12.0 Firefox', 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/14.0b12646 Mobile/16A366 Safari/605.1.15', [], []],
  ['iOS 11.0 Edge', 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/604.1.38 (KHTML, like Gecko) Version/11.0 EdgiOS/42.1.1.0 Mobile/15A372 Safari/604.1', [], []],
  // Android | WeChat's built-in browser | supported
  ['Android 10 WeChat (XWeb)', 'Mozilla/5.0 (Linux; Android 10; MI 8 Build/QKQ1.190828.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2691 MMWEBSDK/200901 Mobile Safari/537.36 MMWEBID/6207 MicroMessenger/7.0.19.1760(0x27001334) Process/toolsmp WeChat/arm64 NetType/WIFI Language/zh_CN ABI/arm64', [], []],
  ['Android 6 WeChat on Huawei (TBS, MQQBrowser token)', 'Mozilla/5.0 (Linux; Android 6.0; HUAWEI MT7-TL10 Build/HuaweiMT7-TL10; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.132 MQQBrowser/6.2 TBS/044409 Mobile Safari/537.36 MicroMessenger/6.7.3.1360(0x2607033A) NetType/WIFI Language/zh_CN', [], []],
  // Android | built-in / other browsers | Android 7+
  ['Android 6.0.1 Chrome', 'Mozilla/5.0 (Linux; Android 6.0.1; SM-G920F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.157 Mobile Safari/537.36', ['environmentAndroidTooOld'], []],
  ['Android 5.1 Samsung Internet', 'Mozilla/5.0 (Linux; Android 5.1.1; SAMSUNG SM-J320F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/9.2 Chrome/67.0.3396.87 Mobile Safari/537.36', ['environmentAndroidTooOld'], []],
  ['Android 7.0 Chrome', 'Mozilla/5.0 (Linux; Android 7.0; SM-G930V) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/59.0.3071.125 Mobile Safari/537.36', [], []],
  ['Android 13 Chrome', 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36', [], []],
  ['Android 10 Chrome, reduced user agent', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36', [], []],
  // Android | other browsers | QQ Browser and UC Browser not supported
  ['Android 10 QQ Browser', 'Mozilla/5.0 (Linux; U; Android 10; zh-cn; PCT-AL10 Build/HUAWEIPCT-AL10) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/10.8 Mobile Safari/537.36', ['environmentQqBrowser'], []],
  ['Android 11 QQ Browser', 'Mozilla/5.0 (Linux; U; Android 11; zh-cn; V2055A Build/RP1A.200720.012) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/89.0.4389.72 MQQBrowser/12.1 Mobile Safari/537.36 COVC/045913', ['environmentQqBrowser'], []],
  ['Android 9 UC Browser', 'Mozilla/5.0 (Linux; U; Android 9; zh-CN; Redmi Note 7 Build/PKQ1.180904.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/12.8.5.1085 Mobile Safari/537.36', ['environmentUcBrowser'], []],
  ['Android 6 UC Browser', 'Mozilla/5.0 (Linux; U; Android 6.0.1; en-US; SM-J700F Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/57.0.2987.108 UCBrowser/13.0.0.1288 Mobile Safari/537.36', ['environmentUcBrowser', 'environmentAndroidTooOld'], []],
  ['Android 10 QQ app (not QQ Browser)', 'Mozilla/5.0 (Linux; Android 10; V1938T Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/77.0.3865.120 MQQBrowser/6.2 TBS/045713 Mobile Safari/537.36 V1_AND_SQ_8.5.5_1630_YYB_D QQ/8.5.5.5105 NetType/WIFI WebP/0.3.0 Pixel/1080', [], []],
  // Chrome and Chrome-WebView-based browsers on Huawei devices lack H.264: a warning
  ['Android 9 Chrome on a HUAWEI', 'Mozilla/5.0 (Linux; Android 9; HUAWEI VNS-L31) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.99 Mobile Safari/537.36', [], ['environmentHuaweiChrome']],
  ['Android 10 WebView on a HONOR', 'Mozilla/5.0 (Linux; Android 10; HRY-LX1 Build/HONORHRY-LX1; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/88.0.4324.93 Mobile Safari/537.36', [], ['environmentHuaweiChrome']],
  ['Android 10 Huawei Browser (a built-in browser)', 'Mozilla/5.0 (Linux; Android 10; HMA-AL00; HMSCore 5.0.4.301) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/83.0.4103.106 HuaweiBrowser/11.0.4.302 Mobile Safari/537.36', [], []],
  ['Android 10 WeChat on a HUAWEI', 'Mozilla/5.0 (Linux; Android 10; ELE-AL00 Build/HUAWEIELE-AL00; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.62 XWEB/2693 MMWEBSDK/201001 Mobile Safari/537.36 MMWEBID/1 MicroMessenger/7.0.20.1781(0x2700143B) Process/toolsmp WeChat/arm64 NetType/4G Language/zh_CN ABI/arm64', [], []],
  // Not in the table: they pass (never blocked on a guess).
  ['Windows Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36', [], []],
  ['macOS Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15', [], []],
  ['Windows WeChat', 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13)', [], []],
  ['an unknown browser', 'SomeBrowser/1.0 (Linux; KaiOS 2.5)', [], []],
  ['empty', '', [], []],
  ['garbage', '\u0000\u202e<script>alert(1)</script>', [], []],
  ['a sentence naming them all', 'not MicroMessenger/ nor CriOS nor Android nor iPhone OS', [], []],
];

describe('the rules come from the published table', () => {
  it('the fixture holds §5 and its page', () => {
    expect(TABLE_SECTION).toContain('| iOS | Safari | iOS 11.1.2+ and Safari 11+ |');
    expect(FACT_SHEET).toContain(`## 5. Where Tencent's H5 real-time check runs (${TABLE_URL})`);
  });

  it.each(ENVIRONMENT_RULES.filter((rule) => rule.source.endsWith(TABLE_URL)))(
    '$id: every cell its source quotes is in §5',
    (rule) => {
      const quote = rule.source.slice(0, -`: ${TABLE_URL}`.length);
      for (const cell of quote.split(/ \| |; /)) expect(TABLE_SECTION).toContain(cell);
    },
  );

  it.each(ENVIRONMENT_RULES)('$id: an entry of the environment service, with a source', (rule) => {
    expect(CATALOGUE[rule.id].service).toBe('environment');
    expect(rule.source).toMatch(/(tencentcloud\.com|w3\.org)\//);
  });

  it('every entry of the environment service has a rule', () => {
    const entries = Object.keys(CATALOGUE).filter(
      (id) => CATALOGUE[id as EnvironmentEntryId].service === 'environment',
    );
    expect(ENVIRONMENT_RULES.map((rule) => rule.id).sort()).toEqual(entries.sort());
  });

  it('the only warning is Huawei’s; the only integrator finding is the insecure page', () => {
    expect(ENVIRONMENT_RULES.filter((rule) => !rule.blocking).map((rule) => rule.id)).toEqual([
      'environmentHuaweiChrome',
    ]);
    expect(
      ENVIRONMENT_RULES.filter((rule) => CATALOGUE[rule.id].audience === 'integrator').map(
        (rule) => rule.id,
      ),
    ).toEqual(['environmentInsecurePage']);
  });
});

describe('user agents', () => {
  it.each(USER_AGENTS)('%s', async (_, userAgent, blocking, warnings) => {
    const check = await checkFaceVerifyEnvironment({ userAgent });
    expect(ids(check)).toEqual({ blocking: [...blocking], warnings: [...warnings] });
    expect(check.ok).toBe(blocking.length === 0);
  });

  it('a user agent longer than any browser’s is not read (1 MB)', async () => {
    const huge = `Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) ${'A'.repeat(1 << 20)} Version/11.0 Mobile/15A372 Safari/604.1`;
    const started = performance.now();
    expect(ids(await checkFaceVerifyEnvironment({ userAgent: huge }))).toEqual({
      blocking: [],
      warnings: [],
    });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('parses what the rules read', () => {
    expect(parseUserAgent(USER_AGENTS[0]?.[1] as string)).toEqual({
      os: 'ios',
      osVersion: [13, 5, 1],
      browser: 'wechat',
      wechatVersion: [8, 0, 1],
      huawei: false,
    });
    expect(parseUserAgent('')).toBeUndefined();
  });
});

describe('the page and the camera', () => {
  it('an insecure page blocks, as the integrator’s finding, with a diagnostic', async () => {
    const check = await checkFaceVerifyEnvironment({ isSecureContext: false, mediaDevices: false });
    expect(ids(check)).toEqual({ blocking: ['environmentInsecurePage'], warnings: [] });
    const [finding] = check.blocking;
    expect(finding).toMatchObject({
      audience: 'integrator',
      code: 'Environment.InsecurePage',
      messageKeys: {
        title: 'codes.environmentInsecurePage.title',
        developer: 'developer.environmentInsecurePage',
      },
    });
  });

  it.each([
    [false, ['environmentNoCamera']],
    [null, ['environmentNoCamera']],
    [{}, ['environmentNoCamera']],
    [{ getUserMedia: 'no' }, ['environmentNoCamera']],
    [true, []],
    [{ getUserMedia: () => undefined }, []],
    [undefined, []],
  ] as const)('mediaDevices %j → %j', async (mediaDevices, blocking) => {
    const check = await checkFaceVerifyEnvironment({
      isSecureContext: true,
      mediaDevices: mediaDevices as FaceVerifyEnvironment['mediaDevices'],
    });
    expect(ids(check).blocking).toEqual(blocking);
  });

  it('a browser the table blocks is not also reported without a camera', async () => {
    const check = await checkFaceVerifyEnvironment({
      userAgent: USER_AGENTS[0]?.[1] as string,
      isSecureContext: true,
      mediaDevices: false,
    });
    expect(ids(check).blocking).toEqual(['environmentWechatIosTooOld']);
  });

  it.each([
    ['denied', ['environmentCameraDenied']],
    ['prompt', []],
    ['granted', []],
    ['unheard-of', []],
  ] as const)('a camera permission %s → %j', async (state, blocking) => {
    const permissions = { query: vi.fn(async () => ({ state })) };
    const queried = await checkFaceVerifyEnvironment({ mediaDevices: true, permissions });
    expect(ids(queried).blocking).toEqual(blocking);
    expect(permissions.query).toHaveBeenCalledWith({ name: 'camera' });
    const given = await checkFaceVerifyEnvironment({
      cameraPermission: state as FaceVerifyEnvironment['cameraPermission'],
    });
    expect(ids(given).blocking).toEqual(blocking);
  });

  it('a permission already known is not queried', async () => {
    const permissions = { query: vi.fn(async () => ({ state: 'denied' })) };
    const check = await checkFaceVerifyEnvironment({ cameraPermission: 'granted', permissions });
    expect(check.ok).toBe(true);
    expect(permissions.query).not.toHaveBeenCalled();
  });

  it.each([
    [
      'throws',
      () => {
        throw new TypeError("'camera' is not a valid value for enumeration PermissionName");
      },
    ],
    ['rejects', () => Promise.reject(new TypeError('camera'))],
    ['answers nothing', () => undefined],
    [
      'answers a hostile status',
      () => ({
        get state() {
          throw new Error('no');
        },
      }),
    ],
  ])('a permissions.query that %s is unknown: it passes', async (_, query) => {
    const check = await checkFaceVerifyEnvironment({ mediaDevices: true, permissions: { query } });
    expect(check).toEqual({ ok: true, blocking: [], warnings: [] });
  });

  it('a permissions.query that hangs is timed out', async () => {
    const started = performance.now();
    const check = await checkFaceVerifyEnvironment({
      mediaDevices: true,
      permissions: { query: () => new Promise(() => undefined) },
      permissionTimeout: 30,
    });
    expect(check.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('the default timeout is a second', async () => {
    vi.useFakeTimers();
    try {
      const pending = checkFaceVerifyEnvironment({
        permissions: { query: () => new Promise(() => undefined) },
      });
      await vi.advanceTimersByTimeAsync(1000);
      expect((await pending).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('findings read as catalogue entries', () => {
  it('a finding is describeCode’s answer for its code, with its source', async () => {
    const check = await checkFaceVerifyEnvironment({
      userAgent: USER_AGENTS.find(([what]) => what === 'Android 9 UC Browser')?.[1] as string,
    });
    const [finding] = check.blocking;
    const { source, ...description } = finding as NonNullable<typeof finding>;
    expect(description).toEqual({ ...describeCode(finding?.code, { service: 'environment' }) });
    expect(source).toMatch(/QQ Browser and UC Browser not supported/);
    expect(description).toMatchObject({
      id: 'environmentUcBrowser',
      kind: 'error',
      audience: 'user',
      retry: { type: 'restart' },
      tips: ['otherBrowser'],
    });
    expect(Object.isFrozen(check)).toBe(true);
    expect(Object.isFrozen(finding)).toBe(true);
  });

  it('the Huawei warning is a warning entry', () => {
    expect(describeCode('Environment.HuaweiChrome', { service: 'environment' }).kind).toBe(
      'warning',
    );
  });

  it('diagnoseCode gives the published requirement and its page', () => {
    const d = diagnoseCode('Environment.WechatIosTooOld', { service: 'environment' });
    expect(d.official.message).toContain('iOS 14.3+ and WeChat 6.5+');
    expect(d.source).toContain(TABLE_URL);
  });
});

describe('without an environment', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('on a server (Node.js’s navigator, no document) only the user agent is read: it passes', async () => {
    vi.stubGlobal('document', undefined);
    vi.stubGlobal('navigator', { userAgent: 'Node.js/22' });
    expect(await checkFaceVerifyEnvironment()).toEqual({ ok: true, blocking: [], warnings: [] });
  });

  it('with no navigator at all, it passes', async () => {
    vi.stubGlobal('navigator', undefined);
    expect((await checkFaceVerifyEnvironment()).ok).toBe(true);
  });

  it('in a browser, reads navigator, isSecureContext and the camera permission', async () => {
    vi.stubGlobal('document', {});
    vi.stubGlobal('isSecureContext', true);
    vi.stubGlobal('navigator', {
      userAgent: USER_AGENTS.find(([what]) => what === 'Android 10 QQ Browser')?.[1],
      mediaDevices: { getUserMedia: () => undefined },
      permissions: { query: async () => ({ state: 'denied' }) },
    });
    expect(ids(await checkFaceVerifyEnvironment())).toEqual({
      blocking: ['environmentQqBrowser'],
      warnings: [],
    });
  });

  it('in a browser without mediaDevices (an old one), no camera', async () => {
    vi.stubGlobal('document', {});
    vi.stubGlobal('navigator', { userAgent: 'SomeBrowser/1.0' });
    expect(ids(await checkFaceVerifyEnvironment()).blocking).toEqual(['environmentNoCamera']);
  });

  it('in an insecure page', async () => {
    vi.stubGlobal('document', {});
    vi.stubGlobal('isSecureContext', false);
    vi.stubGlobal('navigator', { userAgent: 'SomeBrowser/1.0' });
    expect(ids(await checkFaceVerifyEnvironment()).blocking).toEqual(['environmentInsecurePage']);
  });

  // Chrome 66 and iOS 12.0 have no `globalThis` (Chrome 71 and Safari 12.1 added it): the very
  // browsers the check exists to block must still be read there.
  async function checkWithoutGlobalThis(): Promise<ReturnType<typeof ids>> {
    const scope = globalThis;
    const descriptor = Object.getOwnPropertyDescriptor(scope, 'globalThis');
    delete (scope as { globalThis?: unknown }).globalThis;
    try {
      return ids(await checkFaceVerifyEnvironment());
    } finally {
      if (descriptor) Object.defineProperty(scope, 'globalThis', descriptor);
    }
  }

  it.each([
    ['iOS 12.4 WeChat 7.0', { getUserMedia: () => undefined }, ['environmentWechatIosTooOld']],
    ['iOS 12.4 Safari', undefined, ['environmentNoCamera']],
  ])('without globalThis (%s), the browser is still read', async (what, mediaDevices, blocking) => {
    vi.stubGlobal('document', {});
    vi.stubGlobal('navigator', {
      userAgent: USER_AGENTS.find(([name]) => name === what)?.[1],
      ...(mediaDevices ? { mediaDevices } : {}),
    });
    expect(ids(await checkFaceVerifyEnvironment())).toEqual({ blocking, warnings: [] });
    expect(await checkWithoutGlobalThis()).toEqual({ blocking, warnings: [] });
    expect(typeof globalThis.globalThis).toBe('object');
  });

  it('a navigator whose properties throw: it passes', async () => {
    vi.stubGlobal('document', {});
    vi.stubGlobal(
      'navigator',
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile');
          },
        },
      ),
    );
    expect((await checkFaceVerifyEnvironment()).ok).toBe(true);
  });
});

describe('never throws', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('get');
      },
      getOwnPropertyDescriptor() {
        throw new Error('descriptor');
      },
      has() {
        throw new Error('has');
      },
      ownKeys() {
        throw new Error('ownKeys');
      },
    },
  );
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Mozilla/5.0'],
    ['an array', ['userAgent']],
    ['a function', () => undefined],
    ['a hostile proxy', hostile],
    ['a revoked proxy', revocable.proxy],
    ['a user agent that is not a string', { userAgent: { toString: () => 'iPhone OS 11_0' } }],
    [
      'a getter that throws',
      {
        get userAgent() {
          throw new Error('x');
        },
      },
    ],
    ['hostile fields', { mediaDevices: hostile, permissions: hostile, isSecureContext: 'no' }],
    ['a permissions object that is a proxy', { mediaDevices: true, permissions: revocable.proxy }],
    ['an inherited user agent', Object.create({ userAgent: USER_AGENTS[0]?.[1] })],
    [
      'a negative timeout',
      { permissions: { query: () => new Promise(() => undefined) }, permissionTimeout: -1 },
    ],
  ])('%s', async (_, env) => {
    const check = await checkFaceVerifyEnvironment(env as FaceVerifyEnvironment);
    expect(check).toEqual({ ok: true, blocking: [], warnings: [] });
  });
});
