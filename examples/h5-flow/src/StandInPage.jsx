// (2) A stand-in for Tencent's H5 verification page: no camera, no check. The tester picks the
// result Tencent would send back, and the page redirects to the result page with the parameters
// of Tencent's callback (`?code=…&orderNo=…&h5faceId=…`).
import { useId, useState } from 'react';
import { currentFlow, go, MODES, newId, PATHS } from './flow.js';

/** A few of Tencent's codes, each a different kind of next step. */
const CODES = [
  ['0', 'Success'],
  ['-5018', 'No blink seen (retry now)'],
  ['66660023', 'Spoof suspected: backlight, a screen (retry now)'],
  ['3001', 'This browser can’t record video (other browser)'],
  ['66660010', 'Name and ID number don’t match (edit details)'],
  ['66660017', 'No attempts left today (exit)'],
  ['400504', 'Service busy (countdown)'],
  ['999999', 'Unstable connection (retry now)'],
  ['-5015', 'A code the catalogue doesn’t list (generic message)'],
];

export function StandInPage() {
  const flow = currentFlow();
  const [choice, setChoice] = useState('-5018');
  const [other, setOther] = useState('');
  const [orderNo, setOrderNo] = useState(() => `demo-${newId()}`);
  const titleId = useId();
  const otherId = useId();
  const orderId = useId();
  const submit = (event) => {
    event.preventDefault();
    go(PATHS.result, {
      code: choice === 'other' ? other : choice,
      orderNo,
      // Tencent's callback carries one per attempt: the result page counts each attempt once.
      h5faceId: `wb-${newId()}`,
    });
  };
  return (
    <section className="stand-in" aria-labelledby={titleId}>
      <p className="stand-in-badge">Stand-in · not Tencent’s page</p>
      <h2 id={titleId}>Tencent’s H5 verification</h2>
      <p>
        No camera, no face check here. Choose what Tencent would send back: this page then redirects
        to the result page with <code>?code=…&amp;orderNo=…</code>, like Tencent’s callback.
      </p>
      <p className="stand-in-flow">
        Mode: {MODES[flow?.mode ?? 'silent']} · failed attempts so far: {flow?.failures ?? 0}
      </p>
      <form onSubmit={submit} data-stand-in="">
        <fieldset>
          <legend className="stand-in-label">code</legend>
          {CODES.map(([code, label]) => (
            <label key={code} className="stand-in-choice">
              <input
                type="radio"
                name="code"
                value={code}
                checked={choice === code}
                onChange={() => setChoice(code)}
              />
              <span>
                <b>{code}</b> {label}
              </span>
            </label>
          ))}
          <div className="stand-in-choice">
            <input
              type="radio"
              name="code"
              value="other"
              aria-label="Another code"
              checked={choice === 'other'}
              onChange={() => setChoice('other')}
            />
            <label htmlFor={otherId}>Another code</label>
            <input
              id={otherId}
              name="otherCode"
              value={other}
              autoComplete="off"
              onChange={(event) => {
                setOther(event.target.value);
                setChoice('other');
              }}
            />
          </div>
        </fieldset>
        <label htmlFor={orderId} className="stand-in-label">
          orderNo
        </label>
        <input
          id={orderId}
          className="stand-in-field"
          name="orderNo"
          value={orderNo}
          autoComplete="off"
          onChange={(event) => setOrderNo(event.target.value)}
        />
        <button type="submit" className="demo-button">
          Send back to the site
        </button>
      </form>
    </section>
  );
}
