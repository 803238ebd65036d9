import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { CATALOGUE, type EntryId, type Service } from '../../src/core/catalogue';
import { SUPPORTED_LANGUAGES } from '../../src/react/i18n';
import { sampleCode } from '../../test/helpers/codes';
import { BannerFor } from './BannerFor';
import { FIXED_NOW } from './fixtures';
import { LanguageLabel } from './LanguageLabel';
import './sheet.css';

const noop = () => {};

/** Every handler: each entry shows the actions its retry policy calls for. */
export const DESK_HANDLERS = {
  onRetry: noop,
  onRetake: noop,
  onExit: noop,
  onEditDetails: noop,
  onRestart: noop,
  onContactSupport: noop,
};

/** WeChat's in-app viewport on a 320-px phone (iPhone SE 1), status and title bars taken off. */
export const FOLD = { width: 320, height: 504 } as const;

/** The services a banner shows (OCR and environment warnings are no banner). */
export const BANNER_ENTRIES: readonly EntryId[] = (Object.keys(CATALOGUE) as EntryId[]).filter(
  (id) => CATALOGUE[id].kind !== 'warning' && CATALOGUE[id].service !== 'environment',
);

/** `code — id`, the entry's first code (a family's sample code). */
export function entryLabel(id: EntryId): string {
  return `${sampleCode(id)} — ${id}`;
}

/**
 * A phone screen: 320 px wide, at least 504 px tall, with the page's 16-px margins. The WeChat
 * fold is drawn at 504 px; what runs below it stays visible under a hatch. A badge says when the
 * first primary action is below the fold (measured again whenever the screen resizes: fonts).
 */
export function PhoneScreen({ label, children }: { label: ReactNode; children: ReactNode }) {
  const screen = useRef<HTMLDivElement>(null);
  const [below, setBelow] = useState(false);
  useLayoutEffect(() => {
    const element = screen.current as HTMLDivElement;
    const measure = () => {
      const primary = element.querySelector('[data-variant="primary"]');
      const bottom = primary
        ? primary.getBoundingClientRect().bottom - element.getBoundingClientRect().top
        : 0;
      setBelow(bottom > FOLD.height);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <figure className="sb-cell" data-below-fold={below ? '' : undefined}>
      <figcaption>
        {label}
        {below ? <strong className="sb-badge"> ⚠ action below the fold</strong> : null}
      </figcaption>
      <div ref={screen} className="sb-phone" data-phone="">
        {children}
        <div className="sb-fold" aria-hidden="true">
          <span className="sb-fold-label">WeChat fold · {FOLD.height} px</span>
        </div>
      </div>
    </figure>
  );
}

export interface CodeGridProps {
  /** The catalogue entries (rows), each shown with its first code. */
  entries: EntryId[];
  /** Which attempt (3: escalated advice). */
  attempt?: number;
}

/** For each entry, every shipped language side by side, each on its own 320 × 504 screen. */
export function CodeGrid({ entries, attempt = 1 }: CodeGridProps) {
  const rows = (Array.isArray(entries) ? entries : []).filter((id) => id in CATALOGUE);
  return (
    <div className="sb-desk">
      {rows.map((id) => {
        const service: Service = CATALOGUE[id].service;
        const code = sampleCode(id);
        return (
          <section key={id} className="sb-desk-row" data-entry={id} aria-labelledby={`desk-${id}`}>
            <h2 id={`desk-${id}`}>
              <code>{code}</code> {id} <span className="sb-muted">({service})</span>
            </h2>
            <div className="sb-desk-cells">
              {SUPPORTED_LANGUAGES.map((lng) => (
                <PhoneScreen key={lng} label={<LanguageLabel lng={lng} />}>
                  <div data-language={lng}>
                    <BannerFor
                      service={service}
                      code={code}
                      lng={lng}
                      attempt={attempt}
                      now={FIXED_NOW}
                      headingLevel={3}
                      {...DESK_HANDLERS}
                    />
                  </div>
                </PhoneScreen>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}

export interface StatesProps {
  code: string;
  service: Service;
}

/** A code of `service` with a wait: its own when it has one, else the gateway's rate limit. */
function waitCodeOf(code: string, service: Service): string {
  const entry = (Object.keys(CATALOGUE) as EntryId[]).find(
    (id) => CATALOGUE[id].service === service && CATALOGUE[id].codes.includes(code),
  );
  return entry && typeof CATALOGUE[entry].retry === 'number' ? code : '400504';
}

/** The success code of a service's table, else DetectAuth's `0`. */
function successCodeOf(service: Service): string {
  const entry = (Object.keys(CATALOGUE) as EntryId[]).find(
    (id) => CATALOGUE[id].service === service && CATALOGUE[id].kind === 'success',
  );
  return entry ? sampleCode(entry) : '0';
}

/** The states a person meets for one code, side by side, in the toolbar's language. */
export function States({ code, service }: StatesProps) {
  const waitCode = waitCodeOf(code, service);
  const states = [
    { state: 'first', label: 'First attempt', props: { code, attempt: 1 } },
    { state: 'escalated', label: 'Escalated (attempt 3)', props: { code, attempt: 3 } },
    {
      state: 'waiting',
      label: waitCode === code ? 'Waiting (9:05 left)' : `Waiting (${waitCode}: 9:05 left)`,
      props: { code: waitCode, retryAt: FIXED_NOW + 9 * 60_000 + 5_000 },
    },
    { state: 'success', label: 'Success', props: { code: successCodeOf(service) } },
  ];
  return (
    <div className="sb-desk-cells">
      {states.map(({ state, label, props }) => (
        <PhoneScreen key={state} label={label}>
          <div data-state-of={state}>
            <BannerFor service={service} now={FIXED_NOW} {...DESK_HANDLERS} {...props} />
          </div>
        </PhoneScreen>
      ))}
    </div>
  );
}
