// The same page without `resources`: the provider loads the language itself, and with `suspense`
// the server waits for it (streaming SSR), so the HTML Next sends holds the text.
import { FaceIdGuidanceProvider } from 'faceid-guidance';
import { pickLanguage } from '../languages';
import { VerificationResult } from '../VerificationResult';

export default async function StreamingPage({ searchParams }) {
  const { code, lng } = await searchParams;
  const language = pickLanguage(lng);
  return (
    <main>
      <FaceIdGuidanceProvider lng={language} suspense>
        <VerificationResult code={typeof code === 'string' ? code : ''} lng={language} />
      </FaceIdGuidanceProvider>
    </main>
  );
}
