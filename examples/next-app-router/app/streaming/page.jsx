// The same page without `resources`: the provider loads the language itself. Whether the server
// HTML holds the text here depends on the provider suspending while it loads (streaming SSR).
import { FaceIdGuidanceProvider } from 'faceid-guidance';
import { pickLanguage } from '../languages';
import { VerificationResult } from '../VerificationResult';

export default async function StreamingPage({ searchParams }) {
  const { code, lng } = await searchParams;
  const language = pickLanguage(lng);
  return (
    <main>
      <FaceIdGuidanceProvider lng={language}>
        <VerificationResult code={typeof code === 'string' ? code : ''} lng={language} />
      </FaceIdGuidanceProvider>
    </main>
  );
}
