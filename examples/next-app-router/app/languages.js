/** The languages the switcher offers, each named in its own language. */
export const LANGUAGES = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

/** A shipped language from a search parameter, else zh-CN. */
export function pickLanguage(value) {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value) ? value : 'zh-CN';
}
