// The shell: the demo's bar (its name, the language), the page for the path, and the one provider
// every page shares. Each page is a full load (the flow leaves for Tencent's page and comes back),
// so the language is kept in sessionStorage and the path is read once.
import { FaceIdGuidanceProvider } from 'faceid-guidance';
import { useEffect, useId, useState } from 'react';
import { initialLanguage, LANGUAGES, PATHS, saveLanguage } from './flow.js';
import { ResultPage } from './ResultPage.jsx';
import { StandInPage } from './StandInPage.jsx';
import { StartPage } from './StartPage.jsx';

const PAGES = {
  [PATHS.start]: ['start', StartPage],
  [PATHS.standIn]: ['stand-in', StandInPage],
  [PATHS.result]: ['result', ResultPage],
};

export function App() {
  const [lng, setLng] = useState(initialLanguage);
  const [notice, setNotice] = useState('');
  const languageId = useId();
  useEffect(() => saveLanguage(lng), [lng]);
  const [name, Page] = PAGES[window.location.pathname] ?? PAGES[PATHS.start];
  return (
    <FaceIdGuidanceProvider lng={lng}>
      <header className="demo-bar">
        <h1>faceid-guidance demo</h1>
        {/* Named to screen readers; to the eye, each option names itself in its own language. */}
        <label htmlFor={languageId} className="demo-hidden">
          Language
        </label>
        <select id={languageId} value={lng} onChange={(event) => setLng(event.target.value)}>
          {LANGUAGES.map(({ lng: value, name: label }) => (
            <option key={value} value={value} lang={value}>
              {label}
            </option>
          ))}
        </select>
      </header>
      <main data-page={name}>
        <Page notify={setNotice} />
        {notice ? (
          <p className="demo-note" role="status">
            {notice}
          </p>
        ) : null}
      </main>
    </FaceIdGuidanceProvider>
  );
}
