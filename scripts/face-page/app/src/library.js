import { FaceIdGuidanceProvider, FaceVerifyErrorBanner } from 'faceid-guidance';
import { readH5Callback } from 'faceid-guidance/core';
import 'faceid-guidance/styles.css';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

// The page Tencent's H5 flow comes back to: the code from the callback URL, the language from the
// host's own parameter, the strings downloaded on demand (no `resources`).
const lng = new URLSearchParams(location.search).get('lng') || 'en';
const { code, orderNo } = readH5Callback(location.href);
createRoot(document.getElementById('root')).render(
  h(
    FaceIdGuidanceProvider,
    { lng },
    h(FaceVerifyErrorBanner, { code, orderNo, onRetry: () => history.back() }),
  ),
);
