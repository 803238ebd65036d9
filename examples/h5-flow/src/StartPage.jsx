// (1) The start screen: what to prepare for the chosen liveness mode, after the environment check.
// "Start verification" begins a flow (the attempt count at zero) and leaves for Tencent's page.
import { FaceVerifyChecklist } from 'faceid-guidance';
import { useId, useState } from 'react';
import { currentFlow, go, MODES, PATHS, startFlow } from './flow.js';

export function StartPage({ notify }) {
  const [mode, setMode] = useState(() => currentFlow()?.mode ?? 'silent');
  const modeId = useId();
  return (
    <>
      <div className="demo-controls">
        <label htmlFor={modeId}>Liveness mode (your server’s RuleId)</label>
        <select id={modeId} value={mode} onChange={(event) => setMode(event.target.value)}>
          {Object.entries(MODES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <FaceVerifyChecklist
        mode={mode}
        onStart={() => {
          startFlow(mode);
          // In your app: location.assign(the H5 URL your server got from DetectAuth).
          go(PATHS.standIn);
        }}
        onContactSupport={() => notify('Here your app opens its support channel.')}
      />
    </>
  );
}
