'use client';

// The interactive part: the banner with its handlers, and a language switcher that changes the
// URL (the server then renders the page in that language; the provider loads it on demand).
import { FaceVerifyErrorBanner } from 'faceid-guidance';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { LANGUAGES } from './languages';

export function VerificationResult({ code, lng }) {
  const router = useRouter();
  const pathname = usePathname();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const choose = (value) => {
    const params = new URLSearchParams({ code, lng: value });
    router.replace(`${pathname}?${params}`);
  };
  return (
    <div data-hydrated={hydrated ? 'true' : 'false'}>
      <nav aria-label="Language">
        {Object.entries(LANGUAGES).map(([value, name]) => (
          <button
            key={value}
            type="button"
            lang={value}
            aria-pressed={value === lng}
            onClick={() => choose(value)}
          >
            {name}
          </button>
        ))}
      </nav>
      <FaceVerifyErrorBanner
        code={code}
        onRetry={() => window.location.reload()}
        onContactSupport={() => window.alert('support')}
      />
    </div>
  );
}
