/**
 * `checkFaceVerifyEnvironment`: what can be known before the person starts Tencent's H5 real-time
 * check — a browser or phone where it does not run, a camera the page cannot open — said with the
 * catalogue's own entries (the `environment` service), so that the same copy and components show it.
 *
 * Framework-free, ES2018: reads `navigator` only when no environment is given, and defensively.
 */
import type { FACE_ROWS } from './catalogue';
import { deepFreeze } from './catalogue';
import { type CodeDescription, readEntry } from './describe';
import { readField } from './input';

/** The id of an environment finding: an entry of the `environment` service. */
export type EnvironmentEntryId = (typeof FACE_ROWS)['environment'][number][0];

/** A camera permission state, as the Permissions API reports it. */
export type CameraPermissionState = 'granted' | 'denied' | 'prompt';

/**
 * What the check reads. Given, it is all the check knows (a test, or a server reading the
 * request's `User-Agent` header): a field left out is unknown, and an unknown never blocks. Not
 * given, the check reads the browser it runs in (`navigator`, `isSecureContext`); without a
 * browser (server-side rendering) it knows nothing and passes.
 */
export interface FaceVerifyEnvironment {
  /** The browser's user-agent string (`navigator.userAgent`, or a request's `User-Agent`). */
  readonly userAgent?: string;
  /** Whether the page is a secure context (`https:`, or `localhost`): the page's `isSecureContext`. */
  readonly isSecureContext?: boolean;
  /**
   * Whether the page can reach the camera: `navigator.mediaDevices` itself (present when it has a
   * `getUserMedia` function), or `true` / `false`. `null` reads as absent.
   */
  readonly mediaDevices?: boolean | object | null;
  /**
   * `navigator.permissions`: its `query({ name: 'camera' })` is asked for the camera permission
   * (a query that throws, rejects or takes longer than `permissionTimeout` is unknown).
   */
  readonly permissions?: { query(descriptor: { name: string }): unknown } | null;
  /** The camera permission, when already known (it is then not queried). */
  readonly cameraPermission?: CameraPermissionState;
  /** How long the permission query may take, in milliseconds. @default 1000 */
  readonly permissionTimeout?: number;
}

/** A finding: the entry's description (as `describeCode` answers) and where its rule comes from. */
export interface EnvironmentFinding extends CodeDescription {
  /** The published requirement the rule applies, and its page. */
  readonly source: string;
}

/** What `checkFaceVerifyEnvironment` found. */
export interface EnvironmentCheck {
  /** No blocking finding: the person can be sent into the flow. */
  readonly ok: boolean;
  /** Findings that make the real-time check fail here: show them instead of starting the flow. */
  readonly blocking: readonly EnvironmentFinding[];
  /** Findings that may make it fail (a phone known to lack a video codec): show them, then start. */
  readonly warnings: readonly EnvironmentFinding[];
}

/** What the user-agent string says, as far as the rules need it (`undefined`: it does not say). */
export interface ParsedUserAgent {
  readonly os?: 'ios' | 'android';
  /** The OS version: [major, minor, patch]. */
  readonly osVersion?: readonly [number, number, number];
  readonly browser?: 'wechat' | 'safari' | 'chrome' | 'qqBrowser' | 'ucBrowser' | 'webView';
  /** WeChat's version: [major, minor, patch]. */
  readonly wechatVersion?: readonly [number, number, number];
  /**
   * A Huawei or Honor model token (`HUAWEI VNS-L31`, `Build/HONORHRY-LX1`). Chrome's reduced
   * user agent (`Android 10; K`) names no model: such a phone is not recognized, and passes.
   */
  readonly huawei: boolean;
}

/** What the rules read. */
export interface EnvironmentFacts {
  readonly userAgent?: ParsedUserAgent;
  readonly isSecureContext?: boolean;
  /** Whether the page can call `getUserMedia` (`undefined`: unknown). */
  readonly camera?: boolean;
  readonly cameraPermission?: CameraPermissionState;
}

/** One rule: the entry it finds, whether it blocks, its source, and when it applies. */
export interface EnvironmentRule {
  readonly id: EnvironmentEntryId;
  readonly blocking: boolean;
  /** The published requirement, verbatim, and its page. */
  readonly source: string;
  /** Whether the rule applies; `blocked`: whether an earlier rule already blocks. */
  readonly applies: (facts: EnvironmentFacts, blocked: boolean) => boolean;
}

type Version = readonly [number, number, number];
/** Whether `version` is older than `minimum`. */
function below(version: Version | undefined, minimum: Version): boolean {
  if (!version) return false;
  for (let i = 0; i < 3; i++) {
    if ((version[i] as number) !== minimum[i])
      return (version[i] as number) < (minimum[i] as number);
  }
  return false;
}

const ios = (facts: EnvironmentFacts) => facts.userAgent?.os === 'ios';
const android = (facts: EnvironmentFacts) => facts.userAgent?.os === 'android';
const browser = (facts: EnvironmentFacts) => facts.userAgent?.browser;

/**
 * The rules, in order (sources written out, not interpolated: a bundler then drops the table from
 * pages that never call the check): each from Tencent's published table (§5 of the project's fact sheet) or,
 * for the camera and the page, from the web platform's own requirements. Whatever they do not
 * name passes: an unknown browser is never blocked on a guess.
 */
export const ENVIRONMENT_RULES: readonly EnvironmentRule[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'environmentInsecurePage',
    blocking: true,
    source:
      'getUserMedia is exposed only in secure contexts (https): w3.org/TR/mediacapture-streams, w3.org/TR/permissions',
    applies: (facts) => facts.isSecureContext === false,
  },
  {
    id: 'environmentWechatIosTooOld',
    blocking: true,
    source:
      "iOS | WeChat's built-in browser | iOS 14.3+ and WeChat 6.5+: tencentcloud.com/document/product/1061/46851",
    applies: (facts) =>
      ios(facts) &&
      browser(facts) === 'wechat' &&
      (below(facts.userAgent?.osVersion, [14, 3, 0]) ||
        below(facts.userAgent?.wechatVersion, [6, 5, 0])),
  },
  {
    id: 'environmentIosSafariTooOld',
    blocking: true,
    source:
      'iOS | Safari | iOS 11.1.2+ and Safari 11+: tencentcloud.com/document/product/1061/46851',
    applies: (facts) =>
      ios(facts) && browser(facts) === 'safari' && below(facts.userAgent?.osVersion, [11, 1, 2]),
  },
  {
    id: 'environmentIosChromeTooOld',
    blocking: true,
    source: 'iOS | Chrome | iOS 14.3+: tencentcloud.com/document/product/1061/46851',
    applies: (facts) =>
      ios(facts) && browser(facts) === 'chrome' && below(facts.userAgent?.osVersion, [14, 3, 0]),
  },
  {
    id: 'environmentQqBrowser',
    blocking: true,
    source:
      'Android | other browsers | Android 7+: Chrome supported; QQ Browser and UC Browser not supported: tencentcloud.com/document/product/1061/46851',
    applies: (facts) => android(facts) && browser(facts) === 'qqBrowser',
  },
  {
    id: 'environmentUcBrowser',
    blocking: true,
    source:
      'Android | other browsers | Android 7+: Chrome supported; QQ Browser and UC Browser not supported: tencentcloud.com/document/product/1061/46851',
    applies: (facts) => android(facts) && browser(facts) === 'ucBrowser',
  },
  {
    // WeChat's own browser on Android is "supported", with no version named: not blocked.
    id: 'environmentAndroidTooOld',
    blocking: true,
    source:
      'Android | built-in browsers | Android 7+; Android | other browsers | Android 7+: tencentcloud.com/document/product/1061/46851',
    applies: (facts) =>
      android(facts) && browser(facts) !== 'wechat' && below(facts.userAgent?.osVersion, [7, 0, 0]),
  },
  {
    id: 'environmentHuaweiChrome',
    blocking: false,
    source:
      'Chrome and Chrome-WebView-based browsers on Huawei devices lack H.264 and cannot run the real-time check: tencentcloud.com/document/product/1061/46851',
    applies: (facts) =>
      android(facts) &&
      facts.userAgent?.huawei === true &&
      (browser(facts) === 'chrome' || browser(facts) === 'webView'),
  },
  {
    // A browser the table already blocks has no camera either: that finding says why.
    id: 'environmentNoCamera',
    blocking: true,
    source:
      'navigator.mediaDevices.getUserMedia is missing, so the real-time check cannot record (front-end codes 3001, 3005): w3.org/TR/mediacapture-streams, w3.org/TR/permissions',
    applies: (facts, blocked) => facts.camera === false && !blocked,
  },
  {
    id: 'environmentCameraDenied',
    blocking: true,
    source:
      'the camera permission is denied (front-end code 3004): w3.org/TR/mediacapture-streams, w3.org/TR/permissions',
    applies: (facts, blocked) => facts.cameraPermission === 'denied' && !blocked,
  },
] as const satisfies readonly EnvironmentRule[]);

/** Longer than any browser's: not read (an unknown passes). */
const MAX_USER_AGENT = 4096;

function versionOf(match: RegExpExecArray | null): Version | undefined {
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}

/**
 * Apps and browsers that show Chrome's or Safari's tokens but are not Chrome or Safari (their
 * support is not published: they pass).
 */
const OTHER_BROWSERS =
  /\b(?:EdgA|EdgiOS|OPR|OPT|OPiOS|FxiOS|Firefox|SamsungBrowser|HuaweiBrowser|HeyTapBrowser|VivoBrowser|MiuiBrowser|XiaoMi|Quark|baiduboxapp|baidubrowser|YaBrowser|DingTalk|AlipayClient|Weibo|QQ\/\d|MQQBrowser|UCBrowser|UCWEB|MicroMessenger|wxwork|Line\/|FBAN|FBAV|Instagram|GSA)\b/;

/** What a user-agent string says about the OS, the browser and a Huawei phone. Never throws. */
export function parseUserAgent(userAgent: string): ParsedUserAgent | undefined {
  if (userAgent.length === 0 || userAgent.length > MAX_USER_AGENT) return undefined;
  const iosVersion =
    /\b(?:iPhone|iPad|iPod)\b.*?\bOS (\d{1,3})_(\d{1,3})(?:_(\d{1,3}))? like Mac OS X/.exec(
      userAgent,
    );
  const androidVersion = /\bAndroid (\d{1,3})(?:\.(\d{1,3}))?(?:\.(\d{1,3}))?/.exec(userAgent);
  const os = iosVersion ? 'ios' : androidVersion ? 'android' : undefined;
  if (!os) return { huawei: false };
  const wechat = /\bMicroMessenger\/(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?/.exec(userAgent);
  let kind: ParsedUserAgent['browser'];
  if (wechat) kind = 'wechat';
  else if (os === 'android' && /\bMQQBrowser\//.test(userAgent) && !/\bQQ\/\d/.test(userAgent))
    kind = 'qqBrowser';
  else if (os === 'android' && /\b(?:UCBrowser|UCWEB)/.test(userAgent)) kind = 'ucBrowser';
  else if (os === 'ios' && /\bCriOS\/\d/.test(userAgent)) kind = 'chrome';
  else if (
    os === 'ios' &&
    !OTHER_BROWSERS.test(userAgent) &&
    / Version\/\d[\d.]* Mobile\/\w+ Safari\/[\d.]+$/.test(userAgent)
  )
    kind = 'safari';
  else if (os === 'android' && !OTHER_BROWSERS.test(userAgent) && /\bChrome\/\d/.test(userAgent))
    kind = /; wv\)/.test(userAgent) ? 'webView' : 'chrome';
  return {
    os,
    osVersion: versionOf(iosVersion ?? androidVersion),
    ...(kind ? { browser: kind } : {}),
    ...(wechat ? { wechatVersion: versionOf(wechat) } : {}),
    huawei: os === 'android' && /\b(?:HUAWEI|HONOR)/i.test(userAgent),
  };
}

const PERMISSION_STATES: readonly string[] = ['granted', 'denied', 'prompt'];
const DEFAULT_TIMEOUT = 1000;

function permissionState(value: unknown): CameraPermissionState | undefined {
  return typeof value === 'string' && PERMISSION_STATES.includes(value)
    ? (value as CameraPermissionState)
    : undefined;
}

/** `getUserMedia` reachable through a `mediaDevices` value (`undefined`: unknown). Never throws. */
function cameraOf(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === null) return false;
  if (typeof value !== 'object' && typeof value !== 'function') return undefined;
  try {
    return typeof (value as { getUserMedia?: unknown }).getUserMedia === 'function';
  } catch {
    return undefined;
  }
}

/** The camera permission from `permissions.query`, or `undefined` (unsupported, failed, too slow). */
function queryCamera(
  permissions: unknown,
  timeout: number,
): Promise<CameraPermissionState | undefined> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (state: CameraPermissionState | undefined) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve(state);
    };
    try {
      const query = (permissions as { query?: unknown } | null | undefined)?.query;
      if (typeof query !== 'function') return done(undefined);
      timer = setTimeout(() => done(undefined), timeout);
      const answer: unknown = query.call(permissions, { name: 'camera' });
      Promise.resolve(answer).then(
        (status) => {
          try {
            done(permissionState((status as { state?: unknown } | null | undefined)?.state));
          } catch {
            done(undefined);
          }
        },
        () => done(undefined),
      );
    } catch {
      done(undefined);
    }
  });
}

/** The facts of a given environment (own fields only), or of the browser the code runs in. */
function readEnvironment(env: unknown, given: boolean) {
  if (given) {
    const userAgent = readField(env, 'userAgent');
    const secure = readField(env, 'isSecureContext');
    const timeout = readField(env, 'permissionTimeout');
    return {
      userAgent: typeof userAgent === 'string' ? userAgent : undefined,
      isSecureContext: typeof secure === 'boolean' ? secure : undefined,
      camera: cameraOf(readField(env, 'mediaDevices')),
      cameraPermission: permissionState(readField(env, 'cameraPermission')),
      permissions: readField(env, 'permissions'),
      timeout:
        typeof timeout === 'number' && timeout >= 0 && timeout <= 60_000
          ? timeout
          : DEFAULT_TIMEOUT,
    };
  }
  let userAgent: unknown;
  let secure: unknown;
  let camera: boolean | undefined;
  let permissions: unknown;
  try {
    // The page's globals by name: Chrome 66 and iOS 12.0, which this check exists to block, have
    // no ES2020 name for the global object (Chrome 71 and Safari 12.1 added it).
    secure = typeof isSecureContext === 'undefined' ? undefined : isSecureContext;
    const found: unknown = typeof navigator === 'undefined' ? undefined : navigator;
    if (found && typeof found === 'object') {
      const scoped = found as {
        userAgent?: unknown;
        mediaDevices?: unknown;
        permissions?: unknown;
      };
      userAgent = scoped.userAgent;
      // A page (Node.js has a `navigator` too, without a camera nor a document): there, no
      // `mediaDevices` is no camera (an old browser, or an insecure page).
      if (typeof document === 'object' && document !== null) {
        camera = cameraOf(scoped.mediaDevices ?? null);
        permissions = scoped.permissions;
      }
    }
  } catch {
    // A hostile global: what was read so far stands.
  }
  return {
    userAgent: typeof userAgent === 'string' ? userAgent : undefined,
    isSecureContext: typeof secure === 'boolean' ? secure : undefined,
    camera,
    cameraPermission: undefined,
    permissions,
    timeout: DEFAULT_TIMEOUT,
  };
}

function finding(rule: EnvironmentRule): EnvironmentFinding {
  return deepFreeze({ ...readEntry(rule.id), source: rule.source });
}

const PASS: EnvironmentCheck = /* @__PURE__ */ deepFreeze({ ok: true, blocking: [], warnings: [] });

/**
 * Checks, before the person starts, whether Tencent's H5 real-time check can run here: the
 * browser and OS against Tencent's published table (iOS WeChat 14.3+, Safari iOS 11.1.2+, Chrome
 * on iOS 14.3+, Android 7+, no QQ / UC Browser on Android; Chrome on Huawei phones a warning), the
 * page's secure context, the camera API and, where the browser says, the camera permission.
 * Async and never throws; what it cannot read passes.
 *
 * Each finding is a catalogue entry of the `environment` service (`describeCode`'s answer, with
 * the rule's `source`): render it as any code, e.g.
 * `useFaceIdGuidance(finding.code, { service: 'environment' })`.
 *
 * @param env What to check (a server: `{ userAgent: request.headers['user-agent'] }`); the
 *   browser the code runs in when left out.
 * @example const { ok, blocking } = await checkFaceVerifyEnvironment();
 */
export async function checkFaceVerifyEnvironment(
  env?: FaceVerifyEnvironment,
): Promise<EnvironmentCheck> {
  try {
    const read = readEnvironment(env, env !== undefined);
    let cameraPermission = read.cameraPermission;
    if (
      cameraPermission === undefined &&
      read.isSecureContext !== false &&
      read.camera !== false &&
      read.permissions !== undefined
    ) {
      cameraPermission = await queryCamera(read.permissions, read.timeout);
    }
    const facts: EnvironmentFacts = {
      ...(read.userAgent === undefined ? {} : { userAgent: parseUserAgent(read.userAgent) }),
      ...(read.isSecureContext === undefined ? {} : { isSecureContext: read.isSecureContext }),
      ...(read.camera === undefined ? {} : { camera: read.camera }),
      ...(cameraPermission === undefined ? {} : { cameraPermission }),
    };
    const blocking: EnvironmentFinding[] = [];
    const warnings: EnvironmentFinding[] = [];
    for (const rule of ENVIRONMENT_RULES) {
      if (!rule.applies(facts, blocking.length > 0)) continue;
      (rule.blocking ? blocking : warnings).push(finding(rule));
    }
    if (blocking.length === 0 && warnings.length === 0) return PASS;
    return deepFreeze({ ok: blocking.length === 0, blocking, warnings });
  } catch {
    return PASS;
  }
}
