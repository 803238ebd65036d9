// (3) The page Tencent redirects back to: the callback read with `readH5Callback`, the banner with
// the failed attempts of this flow so far (kept across the redirects: the advice escalates from
// the third), "Try again" back to Tencent's page, "Start again" / "Exit" back to the start.
import { FaceVerifyErrorBanner } from 'faceid-guidance';
import { readH5Callback } from 'faceid-guidance/core';
import { useState } from 'react';
import { countCallback, go, PATHS, startFlow } from './flow.js';

export function ResultPage({ notify }) {
  // Read and counted once per page load (the count ignores a reload: see countCallback).
  const [{ callback, flow }] = useState(() => {
    const read = readH5Callback(window.location.href);
    return { callback: read, flow: countCallback(read, window.location.search) };
  });
  const startOver = () => {
    startFlow(flow.mode);
    go(PATHS.start);
  };
  return (
    <>
      {/* The redirect's code is for display only: your server's query is the trusted result. */}
      <FaceVerifyErrorBanner
        code={callback.code}
        orderNo={callback.orderNo}
        attempt={flow.failures}
        focusOnMount
        onRetry={() => go(PATHS.standIn)}
        onRestart={startOver}
        onExit={startOver}
        onEditDetails={() => notify('Here your app opens its form for the name and ID number.')}
        onContactSupport={() => notify('Here your app opens its support channel.')}
      />
      <div className="demo-controls">
        <span>Failed attempts in this flow: {flow.failures}</span>
        <button type="button" className="demo-link" onClick={startOver}>
          Start over
        </button>
      </div>
    </>
  );
}
