import { CHECKLIST_FLOOR } from 'virtual:faceid-guidance/floor';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useId, useState } from 'react';
import { FACE_ROWS, type FaceTip, forEachEntry } from '../core/catalogue';
import {
  checkFaceVerifyEnvironment,
  type EnvironmentCheck,
  type EnvironmentEntryId,
} from '../core/environment';
import { isArray, ownItems, ownValue, readField } from '../core/input';
import { CHECKLIST_FLOOR_KEYS, copyKeys, type FaceIdNamespace, tipKey } from '../core/keys';
import { FaceVerifyErrorBanner } from './FaceVerifyErrorBanner';
import { TipList } from './GuidanceTips';
import { headingTag, type Layout, layoutOf } from './heading';
import { type FaceIdText, floorOf } from './i18n';
import { statusGlyph } from './icons';
import { useFaceIdStrings } from './useFaceIdGuidance';

/** The checklist's namespace: the interface's. */
const FACE_ONLY: readonly FaceIdNamespace[] = ['faceid'];

/** Tencent's H5 liveness modes: silent, actions (blink…), reading digits aloud, colour flashes. */
export type FaceVerifyMode = 'silent' | 'action' | 'digits' | 'reflect';

/**
 * What to prepare for each mode: the catalogue's own tips (each with its drawing), five at most so
 * that the start button stays on a 320 × 504 screen. Light, nothing on the face and staying on the
 * page for every mode; the mode's own needs in place of the generic ones.
 */
export const CHECKLIST_TIPS: Readonly<Record<FaceVerifyMode, readonly FaceTip[]>> =
  /* @__PURE__ */ Object.freeze({
    silent: ['light', 'noOcclusion', 'noGlasses', 'eyeLevel', 'stayOnPage'],
    action: ['light', 'noOcclusion', 'eyeLevel', 'blink', 'stayOnPage'],
    digits: ['light', 'noOcclusion', 'quietPlace', 'readDigitsAloud', 'stayOnPage'],
    reflect: ['screenBrightness', 'evenLight', 'noOcclusion', 'eyeLevel', 'stayOnPage'],
  });

export interface FaceVerifyChecklistProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'title' | 'role'> {
  /** The liveness mode the verification was created with. Anything else reads as `'silent'`. @default 'silent' */
  mode?: FaceVerifyMode;
  /** Called by "Start verification": send the person to Tencent's H5 URL here. */
  onStart?: () => void;
  /**
   * Offered beside a blocking finding only support can solve (a page served without https), as
   * "Contact support".
   */
  onContactSupport?: () => void;
  /**
   * The environment check's result (`checkFaceVerifyEnvironment`), when the host has it (a server
   * reading the request's `User-Agent`, a test, a story). Left out (or not a check result), the
   * component runs the check itself after mounting; "Start" waits for it.
   */
  environment?: EnvironmentCheck;
  /** The heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Part of the page's content, or the whole page (Start pinned to the bottom). @default 'banner' */
  layout?: Layout;
  /** Overrides the provider's language. */
  lng?: string;
}

const MODES: readonly unknown[] = ['silent', 'action', 'digits', 'reflect'];

interface Finding {
  readonly id: EnvironmentEntryId;
  readonly code: string;
}

/** The catalogue's environment entries, read once (on the first check result read). */
let environmentEntries: readonly Finding[] | undefined;

/** A finding the catalogue knows, by its id or code (a host's object may hold anything). */
function knownFinding(value: unknown): Finding | undefined {
  if (!environmentEntries) {
    const entries: Finding[] = [];
    forEachEntry({ environment: FACE_ROWS.environment }, (id, { codes }) => {
      entries.push({ id: id as EnvironmentEntryId, code: codes[0] as string });
    });
    environmentEntries = entries;
  }
  const id = readField(value, 'id');
  const code = readField(value, 'code');
  return environmentEntries.find((entry) => entry.id === id || entry.code === code);
}

interface ReadCheck {
  readonly blocking: readonly Finding[];
  readonly warnings: readonly Finding[];
}

/** A check result read defensively: `undefined` when `value` is not one. */
function readCheck(value: unknown): ReadCheck | undefined {
  const blocking = ownValue(value, 'blocking');
  const warnings = ownValue(value, 'warnings');
  if (!isArray(blocking) || !isArray(warnings)) return undefined;
  const known = (items: unknown) =>
    (ownItems(items, 16) ?? []).map(knownFinding).filter((f) => f !== undefined);
  return { blocking: known(blocking), warnings: known(warnings) };
}

/**
 * The start screen before the redirect to Tencent's H5 verification: what to prepare for the
 * chosen mode (a list, each item with its drawing), the environment check's warnings above it, and
 * one "Start verification" button that calls `onStart`. A blocking finding (a browser where the
 * check cannot run) takes the screen's place with its fix: no start button then.
 *
 * @example <FaceVerifyChecklist mode="digits" onStart={() => location.assign(h5Url)} />
 */
export const FaceVerifyChecklist = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  FaceVerifyChecklistProps
>(function FaceVerifyChecklist(
  { mode, onStart, onContactSupport, environment, headingLevel, layout, lng, className, ...rest },
  ref,
) {
  const given = readCheck(environment);
  const [checked, setChecked] = useState<ReadCheck | undefined>(undefined);
  const titleId = useId();
  const needsCheck = given === undefined;
  useEffect(() => {
    if (!needsCheck) return;
    let live = true;
    checkFaceVerifyEnvironment().then((result) => {
      if (live) setChecked(readCheck(result));
    });
    return () => {
      live = false;
    };
  }, [needsCheck]);
  // Before the strings are there, and after every download of them failed: the floor's title
  // and Start, in the page's language (no tips, which have no floor copy).
  const strings = useFaceIdStrings(lng, FACE_ONLY);
  const { ready, error, language } = strings;
  const floor = floorOf(CHECKLIST_FLOOR, CHECKLIST_FLOOR_KEYS, language);
  const text: FaceIdText = (key, values) => strings.text(key, values) || floor(key);

  const check = given ?? checked;
  const chosen = (MODES.includes(mode) ? mode : 'silent') as FaceVerifyMode;
  const Heading = headingTag(headingLevel, 2);
  const blocking = check?.blocking[0];
  const classes =
    typeof className === 'string' && className
      ? `faceid-checklist ${className}`
      : 'faceid-checklist';
  const state = blocking
    ? 'blocked'
    : !check
      ? 'checking'
      : check.warnings.length
        ? 'warning'
        : 'ok';

  // A browser where the check cannot run: its fix instead of the checklist and its button.
  if (blocking) {
    return (
      <FaceVerifyErrorBanner
        {...rest}
        ref={ref}
        className={classes}
        data-mode={chosen}
        data-environment={state}
        code={blocking.code}
        service="environment"
        lng={language}
        headingLevel={headingLevel}
        layout={layout}
        onContactSupport={typeof onContactSupport === 'function' ? onContactSupport : undefined}
      />
    );
  }

  const start = typeof onStart === 'function' ? onStart : undefined;
  const tips = ready ? CHECKLIST_TIPS[chosen].map((tip) => ({ tip, text: text(tipKey(tip)) })) : [];
  return (
    <div
      lang={language}
      {...rest}
      ref={ref}
      className={classes}
      data-mode={chosen}
      data-environment={state}
      data-layout={layoutOf(layout)}
      aria-busy={!ready && error === undefined ? 'true' : undefined}
    >
      {(ready ? check?.warnings : undefined)?.map((warning) => {
        const keys = copyKeys(warning.id);
        return (
          <div
            key={warning.id}
            className="faceid-message faceid-checklist-warning"
            role="status"
            data-id={warning.id}
          >
            {statusGlyph('warning')}
            <p>
              <strong>{text(keys.title)}</strong> <span>{text(keys.description)}</span>
            </p>
          </div>
        );
      })}
      <Heading id={titleId} className="faceid-title">
        {text('ui.checklist.title')}
      </Heading>
      <TipList tips={tips} aria-labelledby={titleId} />
      <div className="faceid-actions">
        <button
          type="button"
          className="faceid-button"
          data-variant="primary"
          onClick={start}
          // Until the check has answered: a browser it blocks must not start.
          disabled={!check}
        >
          {text('ui.checklist.start')}
        </button>
      </div>
    </div>
  );
});
