// CommonJS: requires faceid-guidance (Node's `require` condition), renders on the server and
// writes what it rendered as JSON, with each language's title as loaded on demand (`import()` from
// the CommonJS entry).
const { writeFileSync } = require('node:fs');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const { createInstance } = require('i18next');
const {
  addFaceIdResources,
  FaceIdGuidanceProvider,
  FaceVerifyErrorBanner,
} = require('faceid-guidance');
const { describeCode } = require('faceid-guidance/core');
const en = require('faceid-guidance/locales/en').default;
const zhCN = require('faceid-guidance/locales/zh-CN').default;

const CODE = '66660023';
const resources = { 'zh-CN': zhCN, en };

/** @param {string} lng */
function render(lng) {
  return renderToString(
    createElement(
      FaceIdGuidanceProvider,
      { lng, resources },
      createElement(FaceVerifyErrorBanner, { code: CODE }),
    ),
  );
}

/** A language's title, loaded on demand into a host instance (no `resources`). @param {string} lng */
async function loadedTitle(lng) {
  const i18n = createInstance();
  await i18n.init({ lng, resources: {} });
  await addFaceIdResources(i18n, [lng]);
  return i18n.t(describeCode(CODE).messageKeys.title, { ns: 'faceid', lng });
}

(async () => {
  writeFileSync(
    process.argv[2] ?? 'render-cjs.json',
    JSON.stringify({
      resolved: require.resolve('faceid-guidance'),
      messageKeys: describeCode(CODE).messageKeys,
      html: { 'zh-CN': render('zh-CN'), en: render('en') },
      loaded: { 'zh-CN': await loadedTitle('zh-CN'), en: await loadedTitle('en') },
    }),
  );
})();
