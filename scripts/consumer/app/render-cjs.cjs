// CommonJS: requires faceid-guidance (Node's `require` condition), renders on the server and
// writes what it rendered as JSON.
const { writeFileSync } = require('node:fs');
const { createElement } = require('react');
const { renderToString } = require('react-dom/server');
const { FaceIdGuidanceProvider, FaceVerifyErrorBanner } = require('faceid-guidance');
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

writeFileSync(
  process.argv[2] ?? 'render-cjs.json',
  JSON.stringify({
    resolved: require.resolve('faceid-guidance'),
    messageKeys: describeCode(CODE).messageKeys,
    html: { 'zh-CN': render('zh-CN'), en: render('en') },
  }),
);
