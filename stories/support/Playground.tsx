import { useId, useState } from 'react';
import { readH5Callback } from '../../src/core/callback';
import { SERVICES, type Service } from '../../src/core/catalogue';
import { diagnoseCode } from '../../src/core/diagnose';
import { decodeIdCardWarnings, parseBankCardWarnings } from '../../src/core/warnings';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { BannerFor } from './BannerFor';
import { SERVICE_NAMES } from './services';
import './sheet.css';

const noop = () => {};

export type Detected = 'empty' | 'callback' | 'idCardWarnings' | 'bankCardWarnings' | 'code';

/** What a pasted value is: an H5 callback URL, an ID-card or bank-card warning value, or a code. */
export function detect(input: string, service: Service): Detected {
  const text = input.trim();
  if (text === '') return 'empty';
  if (/[?&#]?\b(code|orderNo|h5faceId)=/.test(text) || /^https?:\/\//i.test(text))
    return 'callback';
  if (/^[01]{8}$/.test(text)) return 'idCardWarnings';
  if (/^\[.*\]$/s.test(text) || /^-?\d+\s*[,，;]/.test(text)) return 'bankCardWarnings';
  const reading = diagnoseCode(text, { service });
  if (service === 'bankCardOcr' && reading.kind === 'warning') return 'bankCardWarnings';
  return 'code';
}

const DETECTED_LABEL: Record<Detected, string> = {
  empty: 'Paste something above.',
  callback: 'An H5 callback URL, read with readH5Callback',
  idCardWarnings: 'An ID-card warning string, read with decodeIdCardWarnings',
  bankCardWarnings: 'A bank-card warning value, read with parseBankCardWarnings',
  code: 'A response code, read with diagnoseCode (describeCode plus the official text)',
};

/** Every handler, so each code shows the action it calls for. */
const HANDLERS = {
  onRetake: noop,
  onRetry: noop,
  onExit: noop,
  onEditDetails: noop,
  onRestart: noop,
  onContactSupport: noop,
};

/** The component a host shows for a code of this service. */
function Banner({ service, code, orderNo }: { service: Service; code: unknown; orderNo?: string }) {
  return <BannerFor service={service} code={code} orderNo={orderNo} {...HANDLERS} />;
}

function Fields({ label, fields }: { label: string; fields: Record<string, unknown> }) {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  return (
    <dl className="sb-fields" aria-label={label}>
      {entries.map(([key, value]) => (
        <div key={key} style={{ display: 'contents' }}>
          <dt>{key}</dt>
          <dd data-field={key}>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function CodeResult({ input, service }: { input: string; service: Service }) {
  const d = diagnoseCode(input, { service });
  return (
    <>
      <Fields
        label="diagnoseCode"
        fields={{
          known: String(d.known),
          malformed: String(d.malformed),
          code: d.code,
          service: d.service,
          id: d.id,
          codes: d.codes.join(' / ') || undefined,
          kind: d.kind,
          audience: d.audience,
          retry: d.retry.type === 'wait' ? `wait ${d.retry.minutes} min` : d.retry.type,
          tips: d.tips.join(', ') || undefined,
          'official.message': d.official.message || undefined,
          'official.action': d.official.action || undefined,
        }}
      />
      <Banner service={service} code={input} />
    </>
  );
}

function Result({ input, service }: { input: string; service: Service }) {
  switch (detect(input, service)) {
    case 'empty':
      return null;
    case 'callback': {
      const callback = readH5Callback(input.trim());
      return (
        <>
          <Fields label="readH5Callback" fields={{ ...callback }} />
          {callback.code !== undefined ? (
            <Banner service={service} code={callback.code} orderNo={callback.orderNo} />
          ) : null}
          {callback.faceCode !== undefined ? (
            <Banner service={service} code={callback.faceCode} orderNo={callback.orderNo} />
          ) : null}
          {callback.willCode !== undefined ? (
            <Banner service={service} code={callback.willCode} orderNo={callback.orderNo} />
          ) : null}
        </>
      );
    }
    case 'idCardWarnings': {
      const decoded = decodeIdCardWarnings(input);
      return (
        <>
          <Fields
            label="decodeIdCardWarnings"
            fields={{
              positions: decoded.warnings.map((w) => w.position).join(', ') || '—',
              ids: decoded.warnings.map((w) => w.id).join(', ') || '—',
            }}
          />
          <OcrWarningList
            service="idCardOcr"
            warnings={input}
            headingLevel={2}
            onRetake={noop}
            onContinue={noop}
          />
        </>
      );
    }
    case 'bankCardWarnings': {
      const parsed = parseBankCardWarnings(input);
      return (
        <>
          <Fields
            label="parseBankCardWarnings"
            fields={{
              codes: parsed.warnings.map((w) => w.code).join(', ') || '—',
              known: parsed.warnings.map((w) => String(w.known)).join(', ') || '—',
              malformed: String(parsed.malformed),
            }}
          />
          <OcrWarningList
            service="bankCardOcr"
            warnings={input}
            headingLevel={2}
            onRetake={noop}
            onContinue={noop}
          />
        </>
      );
    }
    case 'code':
      return <CodeResult input={input} service={service} />;
  }
}

export interface PlaygroundProps {
  /** The pasted value: a code, a warning string, or a full H5 callback URL. */
  input: string;
  /** The service codes are read in. */
  service: Service;
}

/** Paste a code, a warning value or an H5 callback URL, and see what the person would see. */
export function Playground({ input: initialInput, service: initialService }: PlaygroundProps) {
  const [input, setInput] = useState(initialInput);
  const [service, setService] = useState<Service>(initialService);
  const inputId = useId();
  const serviceId = useId();
  const detected = detect(input, service);
  return (
    <div className="sb-playground">
      <form lang="en" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={inputId}>Code, warning value or H5 callback URL</label>
        <textarea
          id={inputId}
          rows={3}
          value={input}
          spellCheck={false}
          onChange={(event) => setInput(event.target.value)}
        />
        <label htmlFor={serviceId}>Service</label>
        <select
          id={serviceId}
          value={service}
          onChange={(event) => setService(event.target.value as Service)}
        >
          {SERVICES.map((value) => (
            <option key={value} value={value}>
              {SERVICE_NAMES[value].name} ({value})
            </option>
          ))}
        </select>
        <output className="sb-detected" data-detected={detected}>
          {DETECTED_LABEL[detected]}
        </output>
      </form>
      <div className="sb-result">
        <Result input={input} service={service} />
      </div>
    </div>
  );
}
