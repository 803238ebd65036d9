import {
  FaceIdGuidanceProvider,
  FaceIdResultBanner,
  FaceVerifyChecklist,
  FaceVerifyErrorBanner,
  GuidanceTips,
  OcrErrorBanner,
  OcrWarningList,
} from 'faceid-guidance';
import 'faceid-guidance/styles.css';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

// Every component, in the language of `?lng=`, its catalogue loaded on demand (no `resources`).
const lng = new URLSearchParams(location.search).get('lng') || 'zh-CN';
const noop = () => {};
createRoot(document.getElementById('root')).render(
  h(
    FaceIdGuidanceProvider,
    { lng },
    h(FaceVerifyErrorBanner, { code: '-5018', onRetry: noop, 'data-field': 'face' }),
    h(OcrErrorBanner, {
      service: 'idCardOcr',
      code: '66661006',
      onRetake: noop,
      'data-field': 'ocr',
    }),
    h(FaceIdResultBanner, { code: '1004', onRetry: noop, 'data-field': 'result' }),
    h(OcrWarningList, {
      service: 'bankCardOcr',
      warnings: '-9114',
      onRetake: noop,
      onContinue: noop,
      'data-field': 'warnings',
    }),
    h(GuidanceTips, { code: '-5018', 'data-field': 'tips' }),
    // A clean check result (the shape `checkFaceVerifyEnvironment` answers): headless Chromium may
    // have no camera, which the component's own check would block on.
    h(FaceVerifyChecklist, {
      mode: 'digits',
      environment: { ok: true, blocking: [], warnings: [] },
      onStart: noop,
      'data-field': 'checklist',
    }),
  ),
);
