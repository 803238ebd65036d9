// A CommonJS host: `require` resolves faceid-guidance's CommonJS entry. Not served; built to check
// that the locales stay out of its first download (they load on demand, as from ES modules).
const { createElement } = require('react');
const { createRoot } = require('react-dom/client');
const { FaceIdGuidanceProvider, FaceVerifyErrorBanner } = require('faceid-guidance');

createRoot(document.getElementById('root')).render(
  createElement(
    FaceIdGuidanceProvider,
    { lng: document.documentElement.lang },
    createElement(FaceVerifyErrorBanner, { code: '400101' }),
  ),
);
