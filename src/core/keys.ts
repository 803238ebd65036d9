/**
 * Every key of the `faceid` namespace, and the part of a locale that holds it: the one module that
 * builds message keys. The core's answers (`describeCode`, the warning decoders), the components,
 * the packed locales, the build plugin and the tests all take their keys from here.
 *
 * A locale is a folder with one file per part (`locales/<lng>/face.json`, `card.json`,
 * `results.json`, `developer.json`): a page downloads only the parts its components show. Which
 * part a code's strings live in is decided by its service (`SERVICE_PART`, one line per service);
 * the interface strings by the lists below.
 */
import {
  CARD_ROWS,
  CARD_TIPS,
  type EntryId,
  FACE_ROWS,
  FACE_TIPS,
  forEachEntry,
  GATEWAY_ROWS,
  RESULT_ROWS,
  type RowsByService,
  type Service,
  type Tip,
  WARNING_COPY,
  type WarningCopyId,
} from './catalogue.ts';

/** A title or description key in the `faceid` namespace: a code's, an ID-card warning's, the fallback's. */
export type MessageKey =
  | `codes.${EntryId}.${'title' | 'description'}`
  | `idCardWarnings.${WarningCopyId}.${'title' | 'description'}`
  | `unknown.${'title' | 'description' | 'descriptionNoCode'}`;

/** An integrator diagnostic's key in the `faceid` namespace. */
export type DeveloperKey = `developer.${EntryId | 'unknown'}`;

/** A tip's key in the `faceid` namespace. */
export type TipKey = `tips.${Tip}`;

/** The title and description keys of a copy: `codes.<id>` or `idCardWarnings.<id>`. */
export function copyKeys(copy: string): {
  readonly title: MessageKey;
  readonly description: MessageKey;
} {
  const base = copy.includes('.') ? copy : `codes.${copy}`;
  return {
    title: `${base}.title` as MessageKey,
    description: `${base}.description` as MessageKey,
  };
}

/** The key of an ID-card warning's copy, as a copy reference (`idCardWarnings.<id>`). */
export function warningCopy(id: WarningCopyId): `idCardWarnings.${WarningCopyId}` {
  return `idCardWarnings.${id}`;
}

/** The integrator diagnostic's key of an entry (or of the unknown-code fallback). */
export function developerKey(id: EntryId | 'unknown'): DeveloperKey {
  return `developer.${id}`;
}

/** A tip's key. */
export function tipKey(tip: Tip): TipKey {
  return `tips.${tip}`;
}

/** An action button's label key (`ui.actions.retry`). */
export function actionKey<A extends string>(action: A): `ui.actions.${A}` {
  return `ui.actions.${action}`;
}

/** The parts of a locale, each a file (`locales/<lng>/<part>.json`) and a download of its own. */
export type FaceIdPartName = 'face' | 'card' | 'results';

/**
 * The i18next namespace of each file of a locale: `faceid` (face verification, the gateway,
 * two-factor and the interface: what every component shows), `faceid-card` (OCR and card
 * warnings), `faceid-results` (DetectAuth / eKYC / 意愿核身 results, Cloud API errors) and
 * `faceid-developer` (the integrator diagnostics, never downloaded by production pages). The keys
 * inside are the files' own (`codes.faceVerifyNoBlink.title` in `faceid`).
 */
export const NAMESPACES = {
  face: 'faceid',
  card: 'faceid-card',
  results: 'faceid-results',
  developer: 'faceid-developer',
} as const;

/** A namespace of faceid-guidance. */
export type FaceIdNamespace = (typeof NAMESPACES)[keyof typeof NAMESPACES];

/** The end-user namespaces: what `addFaceIdResources` loads when no namespaces are named. */
export const END_USER_NAMESPACES: readonly FaceIdNamespace[] = [
  NAMESPACES.face,
  NAMESPACES.card,
  NAMESPACES.results,
];

/** The namespaces a code of `service` is read in: `faceid`, and its service's own if another. */
export function namespacesOfService(service: Service): readonly FaceIdNamespace[] {
  const part: FaceIdPartName = SERVICE_PART[service];
  return part === 'face' ? [NAMESPACES.face] : [NAMESPACES.face, NAMESPACES[part]];
}

/**
 * The part that holds a service's entries (`codes.<id>.*`). A new service is one line here; its
 * entries' strings then belong in that part's file of every locale (the build and the tests say so).
 */
export const SERVICE_PART = {
  gateway: 'face',
  faceVerify: 'face',
  twoFactor: 'face',
  idCardOcr: 'card',
  bankCardOcr: 'card',
  licenseOcr: 'card',
  idCardWarningCode: 'card',
  intlCardWarning: 'card',
  detectAuth: 'results',
  livenessTag: 'results',
  faceIdLivenessTag: 'results',
  ekycSdk: 'results',
  intention: 'results',
  intentionReading: 'results',
  intentionResult: 'results',
  intentionAnswer: 'results',
  cloudApi: 'results',
  environment: 'face',
} as const satisfies Record<Service, FaceIdPartName>;

/** The interface strings of the face part: what every component needs. */
const FACE_UI_KEYS = [
  'ui.actions.retry',
  'ui.actions.restart',
  'ui.actions.contactSupport',
  'ui.actions.exit',
  'ui.actions.editDetails',
  'ui.actions.copy',
  'ui.actions.copied',
  'ui.wait.countdown',
  'ui.wait.time',
  'ui.wait.ready',
  'ui.support.code',
  'ui.support.reference',
  'ui.tipsHeading',
  'ui.moreTips',
  'ui.escalation.title',
  'ui.escalation.brighterPlace',
  'ui.escalation.anotherDevice',
  'ui.escalation.checkDocument',
  'ui.escalation.tryLater',
  'ui.escalation.contactSupport',
  'ui.loading',
  'ui.floor.success',
  'ui.floor.warning',
  'ui.checklist.title',
  'ui.checklist.start',
  'ui.actions.continue',
  'ui.support.copyHint',
] as const;

/**
 * The interface strings of the card part: OCR's, and those no face component shows (the language's
 * own name, a loading label for hosts). A key takes whatever plural forms its language has
 * (`ui.warnings.heading_one`, `_few`, `_many`, `_other`…): it is listed once, without a suffix.
 */
const CARD_UI_KEYS = [
  'meta.languageName',
  'ui.actions.retake',
  'ui.actions.useValidCard',
  'ui.actions.continueAnyway',
  'ui.escalation.validDocument',
  'ui.warnings.heading',
  'ui.warnings.passNote',
  'ui.warnings.blockingNote',
  'ui.sides.idCardFront',
  'ui.sides.idCardBack',
  'ui.sides.front',
  'ui.sides.back',
] as const;

/**
 * The bundled floor: a generic title per kind, the action labels (the next step), a wait's time
 * left, the support code line and a loading label, in every shipped language, inside the
 * components' code (about 2 KB gzipped for ten languages). They show
 * while the language loads and after every download of it failed, so that the page is never blank
 * nor in another language. Each stays in its own file too (the build copies it from there).
 */
export const FLOOR_KEYS = [
  'unknown.title',
  'ui.floor.success',
  'ui.floor.warning',
  'ui.loading',
  'ui.actions.retry',
  'ui.actions.restart',
  'ui.actions.contactSupport',
  'ui.actions.exit',
  'ui.actions.editDetails',
  'ui.actions.retake',
  'ui.actions.useValidCard',
  'ui.support.code',
  'ui.actions.continue',
  // A wait's next step: the time left ("9 min 52 s"), then that trying again is open.
  'ui.wait.time',
  'ui.wait.ready',
] as const;

/**
 * The checklist's own floor: its title and its one way on (Start), bundled with the checklist
 * only (a page without it does not download them).
 */
export const CHECKLIST_FLOOR_KEYS = ['ui.checklist.title', 'ui.checklist.start'] as const;

/** A key of the bundled floor. */
export type FloorKey = (typeof FLOOR_KEYS)[number];

/** An interface key, as i18next takes it: without a plural suffix (`ui.warnings.heading`). */
export type FaceIdUiKey = (typeof FACE_UI_KEYS | typeof CARD_UI_KEYS)[number];

/** Every key of the `faceid` namespace that faceid-guidance reads (`text()` takes these). */
export type FaceIdKey = MessageKey | DeveloperKey | TipKey | FaceIdUiKey;

/** A part of every locale's end-user strings: one file per locale, one i18next namespace. */
export interface FaceIdPart {
  /** Its file (`locales/<lng>/<name>.json`). */
  readonly name: FaceIdPartName;
  /** Its i18next namespace. */
  readonly ns: FaceIdNamespace;
  /** The part's keys, without plural suffixes (worked out once, on first use). */
  readonly keys: () => readonly string[];
}

/**
 * The copy keys of the entries of `rows` that have their own copy. Each part reads the row groups
 * of its services (`SERVICE_PART`; a test holds the two together): reading the map here would put
 * it in every bundle.
 */
function entryKeysOf(rows: RowsByService): string[] {
  const keys: string[] = [];
  forEachEntry(rows, (id, entry) => {
    if (entry.copy !== id) return;
    const { title, description } = copyKeys(id);
    keys.push(title, description);
  });
  return keys;
}

function definePart(name: FaceIdPartName, list: () => string[]): FaceIdPart {
  let keys: readonly string[] | undefined;
  return {
    name,
    ns: NAMESPACES[name],
    keys: () => {
      keys ??= list();
      return keys;
    },
  };
}

/**
 * Face verification, the gateway, two-factor and the interface: what every component shows. Its
 * rows are the gateway's and face verification's only, so that a face page bundles no other rows.
 */
export const FACE_PART: FaceIdPart = /* @__PURE__ */ definePart('face', () => [
  'unknown.title',
  'unknown.description',
  'unknown.descriptionNoCode',
  ...FACE_UI_KEYS,
  ...FACE_TIPS.map(tipKey),
  ...entryKeysOf({ ...GATEWAY_ROWS, ...FACE_ROWS }),
]);

/** OCR and warning codes: card entries and tips, ID-card warnings, the warning list's interface. */
export const CARD_PART: FaceIdPart = /* @__PURE__ */ definePart('card', () => [
  ...CARD_UI_KEYS,
  ...CARD_TIPS.map(tipKey),
  ...entryKeysOf(CARD_ROWS),
  ...([] as string[]).concat(
    ...WARNING_COPY.map((id) => {
      const { title, description } = copyKeys(warningCopy(id));
      return [title, description];
    }),
  ),
]);

/**
 * DetectAuth / eKYC / 意愿核身 results and Cloud API errors: the copy of their entries that no
 * face entry words already (the others point to face copy).
 */
export const RESULTS_PART: FaceIdPart = /* @__PURE__ */ definePart('results', () =>
  entryKeysOf(RESULT_ROWS),
);

/** Every part: a fourth part is one more entry (and its `definePart`, and its namespace). */
export const PARTS: readonly FaceIdPart[] = [FACE_PART, CARD_PART, RESULTS_PART];

/** The CLDR plural categories, as i18next suffixes keys with them. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A key without its plural suffix (`ui.warnings.heading_few` → `ui.warnings.heading`). */
export function withoutPlural(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

/** The file a key belongs in: a part's name, or `developer`. */
export type FaceIdFileName = FaceIdPartName | 'developer';

let owners: Map<string, FaceIdPartName> | undefined;

/**
 * The file of every key (the build and the tests): `developer.*` is `developer`; any other key is
 * its part's, plural forms included. `undefined`: faceid-guidance reads no such key.
 */
export function fileOfKey(key: string): FaceIdFileName | undefined {
  if (key.startsWith('developer.')) return 'developer';
  if (!owners) {
    owners = new Map();
    for (const part of PARTS) for (const own of part.keys()) owners.set(own, part.name);
  }
  return owners.get(key) ?? owners.get(withoutPlural(key));
}
