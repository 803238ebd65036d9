// The page, for the server (server.js renders it) and the browser (client.js hydrates it).
// Plain `createElement`: the example needs no JSX compiler.
import { FaceIdGuidanceProvider, FaceVerifyErrorBanner } from 'faceid-guidance';
import { createElement as h, useEffect, useState } from 'react';

/** The languages the switcher offers, each named in its own language. */
export const LANGUAGES = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' };

/**
 * @param {{ code: string, lng: string, resources: Record<string, unknown> }} props
 * `resources`: the first language's catalogue, so that the server renders the text and the
 * browser hydrates the same markup. Other languages load when chosen.
 */
export function App({ code, lng: initialLng, resources }) {
  const [lng, setLng] = useState(initialLng);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return h(
    'main',
    { 'data-hydrated': hydrated ? 'true' : 'false' },
    h(
      'nav',
      { 'aria-label': 'Language' },
      Object.entries(LANGUAGES).map(([value, name]) =>
        h(
          'button',
          {
            key: value,
            type: 'button',
            lang: value,
            'aria-pressed': value === lng,
            onClick: () => setLng(value),
          },
          name,
        ),
      ),
    ),
    h(
      FaceIdGuidanceProvider,
      { lng, resources },
      h(FaceVerifyErrorBanner, {
        code,
        onRetry: () => window.location.reload(),
        onContactSupport: () => window.alert('support'),
      }),
    ),
  );
}
