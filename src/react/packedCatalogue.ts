import {
  CARD_ROWS,
  CARD_TIPS,
  FACE_ROWS,
  FACE_TIPS,
  forEachEntry,
  GATEWAY_ROWS,
  RESULT_ROWS,
  type RowsByService,
  type Service,
  type Tip,
  WARNING_COPY,
} from '../core/catalogue.ts';
import type { DeveloperKey, MessageKey } from '../core/describe.ts';
import { hasOwn, isArray, ownValue } from '../core/input.ts';

/**
 * A `faceid` catalogue as shipped to phones: its strings alone, in two parts (see `FaceIdPart`),
 * each in the order of its part's keys, `null` where a locale has no such key (a plural form it
 * does not use). The keys are known to the library already (they come from the code catalogue),
 * so a locale file need not repeat them: that keeps every locale well under 4 KB gzipped.
 */
export type FaceIdPackedCatalogue = readonly (readonly (string | null)[])[];

/** A `faceid` catalogue as i18next holds it: nested objects of strings. */
export interface FaceIdNestedCatalogue {
  readonly [key: string]: string | FaceIdNestedCatalogue;
}

/**
 * A part of every locale's end-user strings. The base part is what face verification shows (the
 * gateway, face and two-factor entries, their tips, the interface); the card part is OCR's (its
 * entries, card tips, ID-card warnings, warning lists) and the few strings no face component shows. A face page's bundle holds only the base
 * part's keys, and unpacks only that part: the card part stays packed until an OCR component asks.
 */
export interface FaceIdPart {
  /** Its place in a packed catalogue. */
  readonly index: number;
  /** A key of the part: when an instance holds it, the part is unpacked there. */
  readonly sentinel: string;
  /** The part's keys, in packing order (worked out once, on first use). */
  readonly keys: () => readonly string[];
}

/** The copy keys of the entries that have their own copy (others show a same-meaning entry's). */
function entryKeys(rows: RowsByService): string[] {
  const keys: string[] = [];
  forEachEntry(rows, (id, entry) => {
    if (entry.copy === id) keys.push(`codes.${id}.title`, `codes.${id}.description`);
  });
  return keys;
}

function definePart(index: number, sentinel: string, list: () => string[]): FaceIdPart {
  let keys: readonly string[] | undefined;
  return {
    index,
    sentinel,
    keys: () => {
      keys ??= list();
      return keys;
    },
  };
}

/** The interface strings every component needs (beside the face entries and tips). */
const BASE_UI_KEYS = [
  'ui.actions.retry',
  'ui.actions.restart',
  'ui.actions.contactSupport',
  'ui.actions.exit',
  'ui.actions.editDetails',
  'ui.actions.copy',
  'ui.actions.copied',
  'ui.wait.countdown',
  'ui.wait.ready',
  'ui.support.code',
  'ui.support.reference',
  'ui.tipsHeading',
  'ui.escalation.title',
  'ui.escalation.brighterPlace',
  'ui.escalation.anotherDevice',
  'ui.escalation.checkDocument',
  'ui.escalation.tryLater',
  'ui.escalation.contactSupport',
] as const;

/** Face verification, the gateway and the interface: what every component needs. */
export const BASE_PART: FaceIdPart = /* @__PURE__ */ definePart(0, 'unknown.title', () => [
  'unknown.title',
  'unknown.description',
  ...BASE_UI_KEYS,
  ...FACE_TIPS.map((tip) => `tips.${tip}`),
  ...entryKeys({ ...GATEWAY_ROWS, ...FACE_ROWS }),
]);

/** The interface strings of OCR, and those no face component shows. */
const CARD_UI_KEYS = [
  'meta.languageName',
  'ui.loading',
  'ui.actions.retake',
  'ui.actions.useValidCard',
  'ui.actions.continueAnyway',
  'ui.escalation.validDocument',
  'ui.warnings.heading_one',
  'ui.warnings.heading_other',
  'ui.warnings.passNote',
  'ui.warnings.blockingNote',
  'ui.sides.idCardFront',
  'ui.sides.idCardBack',
  'ui.sides.front',
  'ui.sides.back',
] as const;

/** An interface key, as i18next takes it: without a plural suffix (`ui.warnings.heading`). */
export type FaceIdUiKey = WithoutPlural<(typeof BASE_UI_KEYS | typeof CARD_UI_KEYS)[number]>;
type WithoutPlural<K extends string> =
  K extends `${infer Key}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Key : K;

/** Every key of the `faceid` namespace that faceid-guidance reads (`text()` takes these). */
export type FaceIdKey = MessageKey | DeveloperKey | `tips.${Tip}` | FaceIdUiKey;

/**
 * OCR: card entries and tips, ID-card warnings, the warning list's interface; and the strings no
 * face component shows (the language's own name, a loading label for hosts).
 */
export const CARD_PART: FaceIdPart = /* @__PURE__ */ definePart(1, 'ui.actions.retake', () => [
  ...CARD_UI_KEYS,
  ...CARD_TIPS.map((tip) => `tips.${tip}`),
  ...entryKeys(CARD_ROWS),
  ...WARNING_COPY.flatMap((id) => [
    `idCardWarnings.${id}.title`,
    `idCardWarnings.${id}.description`,
  ]),
]);

/**
 * DetectAuth / eKYC / 意愿核身 results and Cloud API errors: the copy of their entries that no
 * face entry words already (the others point to face copy, in the base part).
 */
export const RESULT_PART: FaceIdPart = /* @__PURE__ */ definePart(
  2,
  'codes.detectAuthServiceError.title',
  () => entryKeys(RESULT_ROWS),
);

const PARTS = [BASE_PART, CARD_PART, RESULT_PART];

/** The part that holds the copy of a service's entries beside the base part (`null`: none). */
export function partOfService(service: Service): FaceIdPart | null {
  return hasOwn(CARD_ROWS, service) ? CARD_PART : hasOwn(RESULT_ROWS, service) ? RESULT_PART : null;
}

/**
 * Every end-user key of a `faceid` catalogue, part by part in packing order. Developer diagnostics
 * (`developer.*`) ship apart, loaded only when needed.
 */
export function faceIdCatalogueKeys(): readonly string[] {
  return PARTS.flatMap((part) => part.keys());
}

/** Whether a value is a packed catalogue (an array) rather than a nested one. */
export function isPackedCatalogue(value: unknown): value is FaceIdPackedCatalogue {
  return isArray(value);
}

const paths = new WeakMap<FaceIdPart, readonly (readonly string[])[]>();

/**
 * Adds one part of a packed catalogue to `into` (nested, as i18next holds it). Non-strings are
 * skipped; a part that is not an array adds nothing. Only own elements are read and the objects
 * made have no prototype, so a polluted `Object.prototype` neither adds strings nor takes them.
 */
export function unpackFaceIdPart(
  packed: FaceIdPackedCatalogue,
  part: FaceIdPart,
  into: Record<string, unknown> = Object.create(null),
): FaceIdNestedCatalogue {
  const strings = ownValue(packed, part.index);
  if (!isArray(strings)) return into as FaceIdNestedCatalogue;
  // Split once: servers unpack a catalogue for each request's provider.
  let split = paths.get(part);
  if (!split) {
    split = part.keys().map((key) => key.split('.'));
    paths.set(part, split);
  }
  for (let i = 0; i < split.length; i++) {
    const value = ownValue(strings, i);
    if (typeof value !== 'string') continue;
    const path = split[i] as readonly string[];
    let node = into;
    for (let depth = 0; depth < path.length - 1; depth++) {
      const key = path[depth] as string;
      // `into` has no prototype (unless a caller gave one), nor have the nodes made here.
      node[key] ??= Object.create(null);
      node = node[key] as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = value;
  }
  return into as FaceIdNestedCatalogue;
}

/** Expands a whole packed catalogue into the nested form i18next holds (objects without prototype). */
export function unpackFaceIdCatalogue(packed: FaceIdPackedCatalogue): FaceIdNestedCatalogue {
  const root: Record<string, unknown> = Object.create(null);
  for (const part of PARTS) unpackFaceIdPart(packed, part, root);
  return root as FaceIdNestedCatalogue;
}

/**
 * Packs a nested catalogue (build time). Returns the keys it could not place, so that the build can
 * refuse a locale whose strings would be lost; `developer.*` is not packed (it ships apart).
 */
export function packFaceIdCatalogue(catalogue: FaceIdNestedCatalogue): {
  packed: (string | null)[][];
  unplaced: string[];
} {
  const flat = new Map<string, string>();
  const walk = (node: FaceIdNestedCatalogue, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat.set(prefix + key, value);
      else if (value !== null && typeof value === 'object') walk(value, `${prefix + key}.`);
    }
  };
  const { developer: _developer, ...user } = catalogue;
  walk(user, '');
  const packed = PARTS.map((part) => {
    const strings = part.keys().map((key) => flat.get(key) ?? null);
    while (strings.length > 0 && strings[strings.length - 1] === null) strings.pop();
    return strings;
  });
  const placed = new Set(faceIdCatalogueKeys());
  return { packed, unplaced: [...flat.keys()].filter((key) => !placed.has(key)) };
}
