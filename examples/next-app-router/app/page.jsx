// A Server Component: it imports the provider straight from faceid-guidance (a client module) and
// passes the page's language and its catalogue, so that the server HTML holds the text.
import { FaceIdGuidanceProvider } from 'faceid-guidance';
import en from 'faceid-guidance/locales/en';
import zhCN from 'faceid-guidance/locales/zh-CN';
import zhTW from 'faceid-guidance/locales/zh-TW';
import { pickLanguage } from './languages';
import { VerificationResult } from './VerificationResult';

const CATALOGUES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export default async function Page({ searchParams }) {
  // The H5 flow redirects back with ?code=…&orderNo=…: read them from the request, not `window`.
  const { code, lng } = await searchParams;
  const language = pickLanguage(lng);
  return (
    <main>
      {/* Only this language's catalogue reaches the browser; others load when chosen. */}
      <FaceIdGuidanceProvider lng={language} resources={{ [language]: CATALOGUES[language] }}>
        <VerificationResult code={typeof code === 'string' ? code : ''} lng={language} />
      </FaceIdGuidanceProvider>
    </main>
  );
}
