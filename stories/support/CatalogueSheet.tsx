import { useId } from 'react';
import {
  type Audience,
  CATALOGUE,
  type EntryId,
  ID_CARD_WARNINGS,
  type Kind,
  type Service,
} from '../../src/core/catalogue';
import { diagnoseCode } from '../../src/core/diagnose';
import { ID_CARD_WARNING_OFFICIAL } from '../../src/core/official';
import { OcrWarningList } from '../../src/react/OcrWarningList';
import { useFaceIdTranslation } from '../../src/react/useFaceIdGuidance';
import { sampleCode } from '../../test/helpers/codes';
import { BannerFor } from './BannerFor';
import { FIXED_NOW } from './fixtures';
import { SERVICE_NAMES } from './services';
import './sheet.css';

const noop = () => {};

/** Every handler, so that each entry shows the action its retry policy calls for. */
const HANDLERS = {
  onExit: noop,
  onEditDetails: noop,
  onRestart: noop,
  onContactSupport: noop,
};

type Group = 'success' | Audience | 'warning';

const GROUPS: readonly { readonly group: Group; readonly title: string }[] = [
  { group: 'success', title: 'Success' },
  { group: 'user', title: 'The person can fix it (audience: user)' },
  { group: 'identity', title: 'Identity data (audience: identity)' },
  { group: 'integrator', title: 'Integration problems (audience: integrator)' },
  { group: 'warning', title: 'Warnings: the photo passes with a remark' },
];

function groupOf(kind: Kind, audience: Audience): Group {
  return kind === 'success' ? 'success' : kind === 'warning' ? 'warning' : audience;
}

/** The entries a service's table defines, in catalogue order. */
export function entriesOf(service: Service): EntryId[] {
  return (Object.keys(CATALOGUE) as EntryId[]).filter((id) => CATALOGUE[id].service === service);
}

/** The component that shows an entry to the person, as a host would use it. */
function UserCopy({ service, code }: { service: Service; code: string }) {
  const reading = diagnoseCode(code, { service });
  // An environment warning (checkFaceVerifyEnvironment's) is shown before the flow, as a banner.
  if (reading.kind === 'warning' && service !== 'environment') {
    return (
      <OcrWarningList
        service={service as 'bankCardOcr' | 'idCardWarningCode' | 'intlCardWarning'}
        warnings={code}
        headingLevel={4}
        onRetake={noop}
        onContinue={noop}
      />
    );
  }
  return (
    <BannerFor
      service={service}
      code={code}
      now={FIXED_NOW}
      headingLevel={4}
      onRetry={noop}
      onRetake={noop}
      {...HANDLERS}
    />
  );
}

function EntryCard({ id }: { id: EntryId }) {
  const headingId = useId();
  // `text` finds a key in whichever faceid-guidance namespace holds it (here the diagnostics).
  const { text } = useFaceIdTranslation();
  const row = CATALOGUE[id];
  const codes = row.codes;
  // A family fallback is shown with a code of its family that no table lists.
  const sample = sampleCode(id);
  const reading = diagnoseCode(sample, { service: row.service });
  const retry =
    reading.retry.type === 'wait' ? `wait ${reading.retry.minutes} min` : reading.retry.type;
  return (
    <article className="sb-entry" aria-labelledby={headingId} data-entry={id}>
      <header className="sb-entry-header">
        <h3 id={headingId} className="sb-entry-id">
          {id}
        </h3>
        <ul className="sb-codes" aria-label="Codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p className="sb-badges">
          <span data-badge="kind">{reading.kind}</span>
          <span data-badge="audience">{reading.audience}</span>
          <span data-badge="retry">retry: {retry}</span>
        </p>
      </header>
      <div className="sb-entry-body">
        <div className="sb-user">
          <UserCopy service={row.service} code={sample} />
        </div>
        <dl className="sb-official">
          <dt>Official message (返回信息)</dt>
          <dd lang="zh-CN" data-official="message">
            {reading.official.message}
          </dd>
          {reading.english ? (
            <>
              <dt>Official English</dt>
              <dd lang="en" data-official="english">
                {reading.english}
              </dd>
            </>
          ) : null}
          {reading.variants?.map((variant) => (
            <dd key={variant} data-official="variant">
              Also published: {variant}
            </dd>
          ))}
          {reading.billed ? (
            <>
              <dt>Billed (as published)</dt>
              <dd data-official="billed">{reading.billed.join(' · ')}</dd>
            </>
          ) : null}
          {reading.official.action ? (
            <>
              <dt>Official action (处理措施)</dt>
              <dd lang="zh-CN" data-official="action">
                {reading.official.action}
              </dd>
            </>
          ) : null}
          {reading.messageKeys.developer ? (
            <>
              <dt>Developer diagnostic (console, never shown to users)</dt>
              <dd data-developer="">
                {text(reading.messageKeys.developer, {
                  code: reading.code,
                  service: reading.service,
                })}
              </dd>
            </>
          ) : null}
          {reading.source ? (
            <>
              <dt>Source</dt>
              <dd>{reading.source}</dd>
            </>
          ) : null}
        </dl>
      </div>
    </article>
  );
}

function IdCardWarningCards() {
  return (
    <div className="sb-group">
      <h2>ID-card warning string positions (warning, multiWarning)</h2>
      {ID_CARD_WARNINGS.map((warning) => {
        const value = '00000000'
          .split('')
          .map((bit, index) => (index === warning.position - 1 ? '1' : bit))
          .join('');
        return (
          <article
            key={warning.position}
            className="sb-entry"
            aria-label={`Position ${warning.position}: ${warning.id}`}
            data-warning-position={warning.position}
          >
            <header className="sb-entry-header">
              <h3 className="sb-entry-id">
                {warning.position}: {warning.id}
              </h3>
              <ul className="sb-codes" aria-label="Warning string">
                <li>
                  <code>{value}</code>
                </li>
              </ul>
              <p className="sb-badges">
                <span data-badge="kind">warning</span>
                <span data-badge="confirmed">
                  {warning.confirmed ? 'documented' : 'undocumented'}
                </span>
              </p>
            </header>
            <div className="sb-entry-body">
              <div className="sb-user">
                <OcrWarningList
                  service="idCardOcr"
                  warnings={value}
                  headingLevel={4}
                  onRetake={noop}
                  onContinue={noop}
                />
              </div>
              <dl className="sb-official">
                <dt>Official meaning</dt>
                <dd lang="zh-CN" data-official="message">
                  {ID_CARD_WARNING_OFFICIAL[warning.position]}
                </dd>
              </dl>
            </div>
          </article>
        );
      })}
    </div>
  );
}

/**
 * The designers' review sheet of one service: every entry of its table, one card per meaning
 * (alias codes together), the user-facing component beside Tencent's official text.
 */
export function CatalogueSheet({ service }: { service: Service }) {
  const entries = entriesOf(service);
  const names = SERVICE_NAMES[service];
  return (
    <div className="sb-sheet">
      <h1>
        {names.name} <span lang="zh-CN">{names.official}</span>
      </h1>
      <p className="sb-lead">
        {entries.length} entries, {entries.reduce((sum, id) => sum + CATALOGUE[id].codes.length, 0)}{' '}
        codes.
        {service === 'gateway' ? ' Gateway codes resolve in every service.' : ''}
      </p>
      {GROUPS.map(({ group, title }) => {
        const ids = entries.filter(
          (id) => groupOf(CATALOGUE[id].kind, CATALOGUE[id].audience) === group,
        );
        if (ids.length === 0) return null;
        return (
          <div key={group} className="sb-group">
            <h2>{title}</h2>
            {ids.map((id) => (
              <EntryCard key={id} id={id} />
            ))}
          </div>
        );
      })}
      {service === 'idCardOcr' ? <IdCardWarningCards /> : null}
    </div>
  );
}
