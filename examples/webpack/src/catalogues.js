// One dynamic import per language: webpack makes each a chunk of its own, and a page downloads
// only the language it shows.
const LOADERS = {
  'zh-CN': () => import('faceid-guidance/locales/zh-CN'),
  'zh-TW': () => import('faceid-guidance/locales/zh-TW'),
  en: () => import('faceid-guidance/locales/en'),
};

/** A shipped language from a query parameter, else zh-CN. @param {string | null} value */
export function pickLanguage(value) {
  return value !== null && Object.hasOwn(LOADERS, value) ? value : 'zh-CN';
}

/** @param {string} lng */
export async function loadCatalogue(lng) {
  return (await LOADERS[pickLanguage(lng)]()).default;
}
