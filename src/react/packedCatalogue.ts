import { ID_CARD_WARNINGS, TIPS } from '../core/catalogue.ts';
import { entryIds } from '../core/describe.ts';
import { isArray } from '../core/input.ts';

/**
 * A `faceid` catalogue as shipped to phones: its strings alone, in the order of
 * `faceIdCatalogueKeys()`, `null` where a locale has no such key (a plural form it does not use).
 * The keys are known to the library already (they come from the code catalogue), so a locale file
 * need not repeat them: that keeps every locale well under 4 KB gzipped.
 */
export type FaceIdPackedCatalogue = readonly (string | null)[];

/** A `faceid` catalogue as i18next holds it: nested objects of strings. */
export interface FaceIdNestedCatalogue {
  readonly [key: string]: string | FaceIdNestedCatalogue;
}

/** The keys that do not come from the code catalogue, in packing order. */
const OTHER_KEYS = [
  'meta.languageName',
  'unknown.title',
  'unknown.description',
  'ui.actions.retry',
  'ui.actions.retake',
  'ui.actions.restart',
  'ui.actions.contactSupport',
  'ui.actions.continueAnyway',
  'ui.actions.exit',
  'ui.actions.editDetails',
  'ui.actions.copy',
  'ui.actions.copied',
  'ui.wait.minutes_one',
  'ui.wait.minutes_other',
  'ui.wait.countdown',
  'ui.wait.ready',
  'ui.support.code',
  'ui.support.reference',
  'ui.tipsHeading',
  'ui.escalation.title',
  'ui.escalation.anotherDevice',
  'ui.escalation.brighterPlace',
  'ui.escalation.contactSupport',
  'ui.warnings.heading_one',
  'ui.warnings.heading_other',
  'ui.warnings.passNote',
  'ui.warnings.blockingNote',
  'ui.sides.idCardFront',
  'ui.sides.idCardBack',
  'ui.sides.front',
  'ui.sides.back',
  'ui.loading',
];

let keys: readonly string[] | undefined;

/**
 * Every end-user key of a `faceid` catalogue, in packing order: each entry's title and description,
 * each tip, each ID-card warning, then the interface strings. Developer diagnostics (`developer.*`)
 * ship apart, loaded only when needed.
 */
export function faceIdCatalogueKeys(): readonly string[] {
  keys ??= [
    ...entryIds().flatMap((id) => [`codes.${id}.title`, `codes.${id}.description`]),
    ...TIPS.map((tip) => `tips.${tip}`),
    ...[...new Set(ID_CARD_WARNINGS.map((w) => w.id))].flatMap((id) => [
      `idCardWarnings.${id}.title`,
      `idCardWarnings.${id}.description`,
    ]),
    ...OTHER_KEYS,
  ];
  return keys;
}

/** Whether a value is a packed catalogue (an array) rather than a nested one. */
export function isPackedCatalogue(value: unknown): value is FaceIdPackedCatalogue {
  return isArray(value);
}

/** Expands a packed catalogue into the nested form i18next holds. Non-strings are skipped. */
export function unpackFaceIdCatalogue(packed: FaceIdPackedCatalogue): FaceIdNestedCatalogue {
  const root: Record<string, unknown> = {};
  faceIdCatalogueKeys().forEach((key, i) => {
    const value = packed[i];
    if (typeof value !== 'string') return;
    const path = key.split('.');
    const last = path.pop() as string;
    let node = root;
    for (const part of path) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[last] = value;
  });
  return root as FaceIdNestedCatalogue;
}

/**
 * Packs a nested catalogue (build time). Returns the keys it could not place, so that the build can
 * refuse a locale whose strings would be lost; `developer.*` is not packed (it ships apart).
 */
export function packFaceIdCatalogue(catalogue: FaceIdNestedCatalogue): {
  packed: (string | null)[];
  unplaced: string[];
} {
  const flat = new Map<string, string>();
  const walk = (node: FaceIdNestedCatalogue, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') flat.set(prefix + key, value);
      else walk(value, `${prefix + key}.`);
    }
  };
  const { developer: _developer, ...user } = catalogue;
  walk(user, '');
  const order = faceIdCatalogueKeys();
  const packed = order.map((key) => flat.get(key) ?? null);
  while (packed.length > 0 && packed[packed.length - 1] === null) packed.pop();
  return { packed, unplaced: [...flat.keys()].filter((key) => !order.includes(key)) };
}
