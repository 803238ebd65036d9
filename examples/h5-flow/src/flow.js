// What the demo keeps across the redirects to Tencent's page and back: the flow under way (its
// liveness mode and how many attempts failed) and the language, in sessionStorage (one tab, one
// flow). The redirect carries only what Tencent's callback carries: code, orderNo, h5faceId.
// Nothing newer than Chrome 66 / iOS 12 has (no Object.hasOwn, at, replaceAll…): the demo runs on
// the phones the checklist stops, so that they see why.
import { describeCode, resolveLanguage, SUPPORTED_LANGUAGES } from 'faceid-guidance/core';

const FLOW = 'faceid-guidance-demo:flow';
const LANGUAGE = 'faceid-guidance-demo:lng';

function load(key) {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

function save(key, value) {
  try {
    sessionStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage turned off: each page starts afresh (the count restarts at each result).
  }
}

/** Tencent's H5 liveness modes, as `FaceVerifyChecklist` takes them. */
export const MODES = {
  silent: 'Silent',
  action: 'Actions (blink…)',
  digits: 'Read digits aloud',
  reflect: 'Colour flashes',
};

/** A mode `FaceVerifyChecklist` takes. */
export const isMode = (value) => Object.keys(MODES).includes(value);

/** A short random id (no `crypto.randomUUID`: a phone on the LAN over http has none). */
export const newId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The flow under way, if the stored one is whole. */
export function currentFlow() {
  const flow = load(FLOW);
  return flow !== null &&
    typeof flow === 'object' &&
    typeof flow.id === 'string' &&
    isMode(flow.mode) &&
    Number.isInteger(flow.failures) &&
    Array.isArray(flow.counted)
    ? flow
    : undefined;
}

/** A new flow ("Start verification", "Start over"): the count starts at zero. */
export function startFlow(mode) {
  const flow = { id: newId(), mode: isMode(mode) ? mode : 'silent', failures: 0, counted: [] };
  save(FLOW, flow);
  return flow;
}

/**
 * Counts the callback on this page once: a failure adds one, a success ends the count. The key is
 * the attempt's `h5faceId` (Tencent's is one per attempt; the stand-in makes one), else the whole
 * query: reloading the result page counts nothing twice. A link opened without a flow starts one.
 */
export function countCallback(callback, query) {
  const flow = currentFlow() ?? startFlow('silent');
  const key = callback.h5faceId || query;
  if (!flow.counted.includes(key)) {
    const success = describeCode(callback.code).kind === 'success';
    flow.failures = success ? 0 : flow.failures + 1;
    flow.counted = [...flow.counted, key].slice(-20);
    save(FLOW, flow);
  }
  return flow;
}

/** The switcher's names, each in its own language; a shipped language not named here shows its tag. */
const NAMES = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文（台灣）',
  'zh-HK': '繁體中文（香港）',
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  th: 'ไทย',
  vi: 'Tiếng Việt',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
};

/** Every language the package ships, named. */
export const LANGUAGES = [
  ...Object.keys(NAMES).filter((lng) => SUPPORTED_LANGUAGES.includes(lng)),
  ...SUPPORTED_LANGUAGES.filter((lng) => !(lng in NAMES)),
].map((lng) => ({ lng, name: NAMES[lng] ?? lng }));

/** The language chosen in this tab, else the browser's (resolved to a shipped one). */
export function initialLanguage() {
  const saved = load(LANGUAGE);
  return SUPPORTED_LANGUAGES.includes(saved) ? saved : resolveLanguage(navigator.language);
}

export const saveLanguage = (lng) => save(LANGUAGE, lng);

/** The pages: the start screen, the stand-in for Tencent's page, the page Tencent redirects to. */
export const PATHS = { start: '/', standIn: '/tencent-stand-in', result: '/result' };

/** A full navigation, as the redirects to and from Tencent's page are. */
export function go(path, params) {
  window.location.assign(params ? `${path}?${new URLSearchParams(params)}` : path);
}
