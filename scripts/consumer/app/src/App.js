import { FaceIdGuidanceProvider, FaceVerifyErrorBanner } from 'faceid-guidance';
import en from 'faceid-guidance/locales/en';
import zhCN from 'faceid-guidance/locales/zh-CN';
import { createElement } from 'react';

/** The code every render shows: a failed liveness check. */
export const CODE = '66660023';

/** Both catalogues from the first render: the server renders the text, not the loading state. */
const resources = { 'zh-CN': zhCN, en };

/** @param {{ lng: string }} props */
export function App({ lng }) {
  return createElement(
    FaceIdGuidanceProvider,
    { lng, resources },
    createElement(FaceVerifyErrorBanner, { code: CODE }),
  );
}
