/**
 * The locale files (locales/<lng>/face.json, card.json, results.json, developer.json) against the
 * catalogue and against zh-CN, the source locale. Locales are discovered from the directory, so a
 * new one is checked without editing this. A locale that builds on another (`locale.json`
 * `extends`) is checked as it ships: its base's strings under its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  baseLocale,
  LOCALE_FILES,
  misplacedKeys,
  readLocale,
} from '../scripts/vite-plugin-faceid-locales';
import {
  CATALOGUE,
  decodeIdCardWarnings,
  type EntryId,
  entryIds,
  readEntry,
  SERVICES,
  type Service,
  TIPS,
  UNKNOWN_MESSAGE_KEYS,
  UNKNOWN_WARNING_KEYS,
  WARNING_COPY,
} from '../src/core';
import type { TableEntryId } from '../src/core/catalogue';
import { OFFICIAL } from '../src/core/diagnostics';
import { hasOwn } from '../src/core/input';
import type { FaceIdNestedCatalogue } from '../src/react/resources';

const SOURCE = 'zh-CN';
const LOCALES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../locales');
const ROOT = join(LOCALES_DIR, '..');

const LOCALES = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function load(lng: string): Record<string, Json> {
  return readLocale(ROOT, lng) as Record<string, Json>;
}

function readOwn(path: string): Record<string, Json> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, Json>) : {};
}

/** Dot paths of every leaf, with the leaf value. */
function flatten(value: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const RESOURCES = new Map(LOCALES.map((lng) => [lng, load(lng)] as const));
const FLAT = new Map(LOCALES.map((lng) => [lng, flatten(RESOURCES.get(lng) ?? {})] as const));
const strings = (lng: string): [string, string][] =>
  [...(FLAT.get(lng) ?? [])].filter(
    (pair): pair is [string, string] => typeof pair[1] === 'string',
  );

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

/** Base key → the plural forms present (empty for a plain key). */
function pluralForms(lng: string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of FLAT.get(lng)?.keys() ?? []) {
    const base = baseKey(key);
    const set = forms.get(base) ?? new Set<string>();
    const form = PLURAL_SUFFIX.exec(key)?.[1];
    if (form) set.add(form);
    forms.set(base, set);
  }
  return forms;
}

const VARIABLE = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;
function variables(lng: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const [key, value] of strings(lng)) {
    const base = baseKey(key);
    const set = found.get(base) ?? new Set<string>();
    for (const match of value.matchAll(VARIABLE)) set.add(match[1] as string);
    found.set(base, set);
  }
  return found;
}

const sorted = (set: Iterable<string> | undefined) => [...(set ?? [])].sort();
const others = LOCALES.filter((lng) => lng !== SOURCE);

describe('the locale files', () => {
  it(`include ${SOURCE} (the source), zh-TW and en`, () => {
    expect(LOCALES).toEqual(expect.arrayContaining([SOURCE, 'zh-TW', 'en']));
  });

  it.each(LOCALES)('%s has one file per part and diagnostics, of strings only', (lng) => {
    for (const file of LOCALE_FILES) {
      const path = join(LOCALES_DIR, lng, `${file}.json`);
      expect(existsSync(path), path).toBe(true);
      const own = flatten(readOwn(path));
      const notStrings = [...own].filter(([, value]) => typeof value !== 'string');
      expect(notStrings, path).toEqual([]);
    }
    expect(FLAT.get(lng)?.size ?? 0).toBeGreaterThan(0);
  });

  it.each(LOCALES)('%s has every key in the file of its part', (lng) => {
    const misplaced = LOCALE_FILES.flatMap((file) => {
      const path = join(LOCALES_DIR, lng, `${file}.json`);
      return misplacedKeys(path, file, readOwn(path) as FaceIdNestedCatalogue);
    });
    expect(misplaced).toEqual([]);
  });

  it.each(LOCALES)(
    '%s: a base it builds on is a shipped locale without a base of its own',
    (lng) => {
      const base = baseLocale(ROOT, lng);
      if (base === undefined) return;
      expect(LOCALES).toContain(base);
      expect(baseLocale(ROOT, base)).toBeUndefined();
    },
  );

  it.each(LOCALES)('%s has no empty strings', (lng) => {
    const empty = strings(lng)
      .filter(([, value]) => value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe(`every locale has ${SOURCE}’s keys`, () => {
  it.each(others)('%s: same keys after removing plural suffixes', (lng) => {
    const source = sorted(pluralForms(SOURCE).keys());
    const target = sorted(pluralForms(lng).keys());
    expect({ missing: source.filter((key) => !target.includes(key)) }).toEqual({ missing: [] });
    expect({ extra: target.filter((key) => !source.includes(key)) }).toEqual({ extra: [] });
  });

  it.each(LOCALES)('%s: each plural key has exactly the forms its language needs', (lng) => {
    const required = sorted(new Intl.PluralRules(lng).resolvedOptions().pluralCategories);
    const wrong: Record<string, string[]> = {};
    for (const [key, forms] of pluralForms(lng)) {
      if (forms.size > 0 && sorted(forms).join() !== required.join()) wrong[key] = sorted(forms);
    }
    expect({ required, wrong }).toEqual({ required, wrong: {} });
  });

  it.each(others)('%s: each key has the same {{variables}} as in zh-CN', (lng) => {
    const source = variables(SOURCE);
    const target = variables(lng);
    const different: Record<string, { [SOURCE]: string[]; other: string[] }> = {};
    for (const [key, vars] of target) {
      if (!source.has(key)) continue;
      if (sorted(vars).join() !== sorted(source.get(key)).join()) {
        different[key] = { [SOURCE]: sorted(source.get(key)), other: sorted(vars) };
      }
    }
    expect(different).toEqual({});
  });
});

describe(`${SOURCE} covers the catalogue and nothing else`, () => {
  const source = RESOURCES.get(SOURCE) ?? {};
  const section = (name: string) => {
    const value = source[name];
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  };

  it('has one codes.<id> per catalogue entry with its own copy (the others show theirs)', () => {
    const own = entryIds().filter((id) => CATALOGUE[id].copy === id);
    expect(section('codes').sort()).toEqual(own.sort());
  });

  it('has developer.<id> exactly for the diagnostics entries show, and unknown', () => {
    const shown = new Set(
      entryIds()
        .filter((id) => CATALOGUE[id].diagnosed)
        .map((id) => CATALOGUE[id].developer),
    );
    expect(section('developer').sort()).toEqual([...shown, 'unknown'].sort());
  });

  it('has idCardWarnings.<id> exactly for WARNING_COPY', () => {
    expect(section('idCardWarnings').sort()).toEqual([...WARNING_COPY].sort());
  });

  it('has tips.<tip> exactly for TIPS', () => {
    expect(section('tips').sort()).toEqual([...TIPS].sort());
  });
});

/** Every key the core hands to the UI. */
function catalogueKeys(): string[] {
  const keys = new Set<string>();
  for (const id of entryIds()) {
    const { title, description, developer } = readEntry(id).messageKeys;
    keys.add(title).add(description);
    if (developer) keys.add(developer);
  }
  for (const tip of TIPS) keys.add(`tips.${tip}`);
  for (const warning of decodeIdCardWarnings('11111111').warnings) {
    keys.add(warning.messageKeys.title).add(warning.messageKeys.description);
  }
  for (const messageKeys of [UNKNOWN_MESSAGE_KEYS, UNKNOWN_WARNING_KEYS]) {
    keys.add(messageKeys.title).add(messageKeys.description);
    if (messageKeys.developer) keys.add(messageKeys.developer);
  }
  return [...keys];
}

function translator(lng: string) {
  const i18n = createInstance();
  void i18n.init({
    lng,
    fallbackLng: false,
    ns: ['faceid'],
    defaultNS: 'faceid',
    resources: { [lng]: { faceid: RESOURCES.get(lng) ?? {} } },
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
  });
  return i18n;
}

describe.each(LOCALES)('every catalogue key resolves with i18next in %s', (lng) => {
  const i18n = translator(lng);
  it.each(catalogueKeys())('%s', (key) => {
    expect(i18n.exists(key)).toBe(true);
    const text = i18n.t(key, { code: '-5018', service: 'faceVerify' });
    expect(typeof text).toBe('string');
    expect(text.trim()).not.toBe('');
    expect(text).not.toBe(key);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });
});

const ENGLISH_JARGON = [
  'App ID',
  'AppID',
  'token',
  'ticket',
  'signature',
  'API',
  'parameter',
  'order number',
  'data source',
  'SDK',
  'OCR',
  'H5',
  'liveness',
  'cookie',
  'server',
  'backend',
  'request',
  'service provider',
  'configuration',
  'configure',
  'authorization',
  'authorisation',
  'authorize',
  'authorise',
];
const CHINESE_JARGON = [
  ['签名', '簽名'],
  ['参数', '參數'],
  ['订单', '訂單'],
  ['接口'],
  ['介面'],
  ['数据源', '資料來源', '數據源'],
  ['令牌'],
  ['权杖', '權杖'],
  ['票据', '票據'],
  ['后台', '後台'],
  ['服务器', '伺服器'],
  ['编码', '編碼'],
  ['解码', '解碼'],
  ['活体', '活體'],
  ['报文', '報文'],
  ['凭证', '憑證'],
  ['登录态', '登錄態', '登入態'],
  ['请求', '請求'],
  ['配置'],
  ['授权', '授權'],
  ['服务商', '服務商'],
].flat();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENGLISH_PATTERNS = ENGLISH_JARGON.map(
  (word) =>
    [
      word,
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}s?(?![\\p{L}\\p{N}])`, 'iu'),
    ] as const,
);

/** Strings the end user may see: everything outside `developer.`. */
const endUserStrings = (lng: string) =>
  strings(lng).filter(([key]) => !key.startsWith('developer.'));

describe.each(LOCALES)('end-user strings in %s carry no jargon', (lng) => {
  it('no English jargon words', () => {
    const found: string[] = [];
    for (const [key, value] of endUserStrings(lng)) {
      for (const [word, pattern] of ENGLISH_PATTERNS) {
        if (pattern.test(value)) found.push(`${key}: "${word}" in "${value}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no Chinese jargon words (simplified or traditional)', () => {
    const found: string[] = [];
    for (const [key, value] of endUserStrings(lng)) {
      for (const word of CHINESE_JARGON) {
        if (value.includes(word)) found.push(`${key}: "${word}" in "${value}"`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** Entries a user can meet in one flow: the service's own and the gateway's. */
function groups(): [string, EntryId[]][] {
  const ids = entryIds();
  const of = (...services: Service[]) =>
    ids.filter((id) => (services as string[]).includes(CATALOGUE[id].service));
  return [
    ...SERVICES.filter((service) => service !== 'gateway').map(
      (service) => [service, of(service, 'gateway')] as [string, EntryId[]],
    ),
    // Face verification and the two-factor check run in one flow: told apart too, except entries
    // that carry the same meaning (the same official text) in both.
    ['faceVerify + twoFactor', of('faceVerify', 'twoFactor', 'gateway')],
  ];
}

/** Official texts that are one sentence, told apart only by trailing punctuation (-5008, -5010). */
const sentence = (text: string) => text.replace(/[；;。.,，\s]+$/u, '');
/** The official text of an entry of the six WeBank-style tables (the result services' are per code). */
const tableText = (id: EntryId) =>
  hasOwn(OFFICIAL, id) ? OFFICIAL[id as TableEntryId] : undefined;
const sameMeaning = (a: EntryId, b: EntryId) => {
  const [first, second] = [tableText(a), tableText(b)];
  return (
    !!first &&
    !!second &&
    sentence(first[0]) === sentence(second[0]) &&
    sentence(first[1]) === sentence(second[1])
  );
};

describe('entries a user can meet together, with the same official text', () => {
  const pairs = [
    ...new Set(
      groups().flatMap(([, ids]) =>
        ids.flatMap((a, i) =>
          ids
            .slice(i + 1)
            .filter((b) => sameMeaning(a, b))
            .map((b) => `${a} ${b}`),
        ),
      ),
    ),
  ].map((pair) => pair.split(' ') as [EntryId, EntryId]);

  it('include the two “声音未能识别” codes (-5008, -5010)', () => {
    expect(pairs).toContainEqual(['faceVerifyVoiceNotHeard', 'faceVerifyDigitsNotRecognized']);
  });

  it.each(pairs)('%s and %s have the same policy and tips', (a, b) => {
    const [first, second] = [CATALOGUE[a], CATALOGUE[b]];
    expect([second.kind, second.audience, second.retry, second.tips]).toEqual([
      first.kind,
      first.audience,
      first.retry,
      first.tips,
    ]);
  });

  it.each(LOCALES.flatMap((lng) => pairs.map(([a, b]) => [lng, a, b] as const)))(
    '%s: %s and %s read the same',
    (lng, a, b) => {
      const flat = FLAT.get(lng);
      for (const field of ['title', 'description']) {
        expect(flat?.get(`codes.${b}.${field}`)).toBe(flat?.get(`codes.${a}.${field}`));
      }
    },
  );
});

describe.each(LOCALES)('entries a user can meet together read differently in %s', (lng) => {
  const flat = FLAT.get(lng) ?? new Map<string, Json>();
  it.each(
    groups().flatMap(([group, ids]) =>
      (['title', 'description'] as const).map((field) => [group, field, ids] as const),
    ),
  )('%s: no two entries share a %s', (_group, field, ids) => {
    // Entries that show one entry's copy (the same meaning in two services, a family and its
    // members) share it on purpose: texts are compared copy by copy.
    const seen = new Map<string, EntryId>();
    const clashes: string[] = [];
    for (const id of new Set(ids.map((each) => CATALOGUE[each].copy as EntryId))) {
      const text = flat.get(`codes.${id}.${field}`);
      if (typeof text !== 'string') continue;
      const normalized = text.trim();
      const other = seen.get(normalized);
      if (other && !sameMeaning(other, id)) clashes.push(`${other} = ${id}: "${normalized}"`);
      else seen.set(normalized, id);
    }
    expect(clashes).toEqual([]);
  });
});

/** Characters that exist only in Simplified Chinese: a Traditional locale must not use them. */
const SIMPLIFIED_ONLY = [
  ...'这们请证码网过对时说录摄确认验脸个为与开无图号话读数现败续间输检测机关页统务边线头',
];
const TRADITIONAL = LOCALES.filter((lng) => /^zh-(TW|HK|MO|Hant)/i.test(lng));

describe.each(TRADITIONAL)('%s is a Traditional Chinese translation', (lng) => {
  it(`differs from ${SOURCE} in most strings (not a copy)`, () => {
    const source = new Map(strings(SOURCE));
    const shared = strings(lng).filter(([key]) => source.has(key));
    const same = shared.filter(([key, value]) => source.get(key) === value).map(([key]) => key);
    expect(shared.length).toBeGreaterThan(0);
    expect(same.length, `identical to ${SOURCE}: ${same.join(', ')}`).toBeLessThan(
      shared.length / 2,
    );
  });

  it('uses no Simplified-only characters', () => {
    const found: string[] = [];
    for (const [key, value] of strings(lng)) {
      const chars = SIMPLIFIED_ONLY.filter((char) => value.includes(char));
      if (chars.length > 0) found.push(`${key}: ${chars.join('')}`);
    }
    expect(found).toEqual([]);
  });
});

describe(`${SOURCE} end-user copy`, () => {
  it('addresses the person as 您 (the register of Mainland finance and government eKYC)', () => {
    const familiar = endUserStrings(SOURCE)
      .filter(([, value]) => value.includes('你'))
      .map(([key, value]) => `${key}: ${value}`);
    expect(familiar).toEqual([]);
  });

  it('uses no slang (网络不给力, 出了点问题…)', () => {
    const slang = ['不给力', '出了点问题', '搞定', '亲，'];
    const found = endUserStrings(SOURCE).flatMap(([key, value]) =>
      slang.filter((word) => value.includes(word)).map((word) => `${key}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it('ends every code description with a concrete next step (请…)', () => {
    const source = RESOURCES.get(SOURCE) ?? {};
    const without = strings(SOURCE)
      .filter(([key]) => /^(codes\.\w+|unknown)\.description$/.test(key))
      .filter(([, value]) => !/请[^。；]*。$/.test(value))
      .map(([key, value]) => `${key}: ${value}`);
    expect(Object.keys(source).length).toBeGreaterThan(0);
    expect(without).toEqual([]);
  });
});

/** Per locale: its support term, wrong alternatives, jargon, script (`locales/<lng>/terms.json`). */
interface LocaleTerms {
  readonly support: string;
  readonly forbiddenSupport: readonly string[];
  readonly jargon?: readonly string[];
  readonly script: string;
  /** For an overlay: its base's words, and the words it says instead. */
  readonly replaces?: Readonly<Record<string, string>>;
  /**
   * The terms the copy settled on, per concept: the word it uses (found in the copy) and the
   * wrong alternatives it must not say (case-insensitive substrings of no end-user string).
   */
  readonly terms?: Readonly<
    Record<string, { readonly use: string; readonly avoid: readonly string[] }>
  >;
}
const termsOf = (lng: string): LocaleTerms =>
  readOwn(join(LOCALES_DIR, lng, 'terms.json')) as unknown as LocaleTerms;

describe.each(LOCALES)('%s has its terms', (lng) => {
  it('locales/<lng>/terms.json: a support term and a script', () => {
    const terms = termsOf(lng);
    expect(typeof terms.support).toBe('string');
    expect(terms.support.length).toBeGreaterThan(0);
    expect(() => new RegExp(terms.script, 'u')).not.toThrow();
    expect(Array.isArray(terms.forbiddenSupport)).toBe(true);
  });
});

describe.each(LOCALES)('one term for one thing in %s', (lng) => {
  it('the support action and the copy say the same', () => {
    const { support, forbiddenSupport } = termsOf(lng);
    const flat = FLAT.get(lng);
    expect(String(flat?.get('ui.actions.contactSupport')).toLowerCase()).toContain(support);
    const others = endUserStrings(lng).flatMap(([key, value]) =>
      forbiddenSupport
        .filter((word) => value.toLowerCase().includes(word.toLowerCase()))
        .map((word) => `${key}: ${word}`),
    );
    expect(others).toEqual([]);
  });

  it('no integrator words of the language', () => {
    const found = endUserStrings(lng).flatMap(([key, value]) =>
      (termsOf(lng).jargon ?? [])
        .filter((word) => value.toLowerCase().includes(word.toLowerCase()))
        .map((word) => `${key}: "${word}" in "${value}"`),
    );
    expect(found).toEqual([]);
  });

  it('every end-user string is written in its script', () => {
    const script = new RegExp(termsOf(lng).script, 'u');
    const outside = endUserStrings(lng)
      .filter(([, value]) => !script.test(value.replace(VARIABLE, '')))
      .map(([key, value]) => `${key}: ${value}`);
    expect(outside).toEqual([]);
  });

  it("an overlay says its own words where its base's differ", () => {
    const replaces = termsOf(lng).replaces ?? {};
    const found = endUserStrings(lng).flatMap(([key, value]) =>
      Object.entries(replaces)
        .filter(([base]) => value.includes(base))
        .map(([base, own]) => `${key}: "${base}" (say "${own}") in "${value}"`),
    );
    expect(found).toEqual([]);
  });
});

/** Concepts every locale settles and pins: the recurring confusions. */
const REQUIRED_TERMS = [
  'idCard',
  'thisVerification',
  // WeChat's menu item to leave WeChat: "在浏览器打开" on Android, "在Safari中打开" on iPhone.
  'wechatOpenInBrowser',
  'wechatOpenInSafari',
] as const;

describe.each(LOCALES)('the settled terms of %s (terms.json terms)', (lng) => {
  const terms = termsOf(lng).terms ?? {};
  const entries = Object.entries(terms);
  const lower = endUserStrings(lng).map(([key, value]) => [key, value.toLowerCase()] as const);

  it('has a terms object with the required concepts, each a use and what to avoid', () => {
    expect(entries.length).toBeGreaterThan(0);
    expect({ missing: REQUIRED_TERMS.filter((concept) => !hasOwn(terms, concept)) }).toEqual({
      missing: [],
    });
    const malformed = entries
      .filter(
        ([, term]) =>
          typeof term?.use !== 'string' ||
          term.use.trim() === '' ||
          !Array.isArray(term.avoid) ||
          term.avoid.some((word) => typeof word !== 'string' || word.trim() === ''),
      )
      .map(([concept]) => concept);
    expect(malformed).toEqual([]);
  });

  it('uses each settled term in at least one end-user string', () => {
    const unused = entries
      .filter(([, term]) => typeof term?.use === 'string')
      .filter(([, term]) => !lower.some(([, value]) => value.includes(term.use.toLowerCase())))
      .map(([concept, term]) => `${concept}: "${term.use}"`);
    expect(unused).toEqual([]);
  });

  it('says none of the alternatives it avoids', () => {
    const found = entries.flatMap(([concept, term]) =>
      (Array.isArray(term?.avoid) ? term.avoid : [])
        .filter((word) => typeof word === 'string' && word.trim() !== '')
        .flatMap((word) =>
          endUserStrings(lng)
            .filter(([, value]) => value.toLowerCase().includes(word.toLowerCase()))
            .map(
              ([key, value]) => `${key}: "${word}" in "${value}" (${concept}: say "${term.use}")`,
            ),
        ),
    );
    expect(found).toEqual([]);
  });
});

describe('developer diagnostics are one checklist, translated', () => {
  const items = (text: unknown) =>
    [...String(text).matchAll(/(?:^|[：:；;,，]\s?)(\d)\.\s/gu)].map((match) => match[1]);
  const keys = [...(FLAT.get(SOURCE) ?? new Map()).keys()].filter((key) =>
    key.startsWith('developer.'),
  );

  it.each(keys)(`%s: a numbered checklist in ${SOURCE}`, (key) => {
    const numbers = items(FLAT.get(SOURCE)?.get(key));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
  });

  it.each(others.flatMap((lng) => keys.map((key) => [lng, key] as const)))(
    `%s %s: the same items as ${SOURCE}`,
    (lng, key) => {
      expect(items(FLAT.get(lng)?.get(key))).toEqual(items(FLAT.get(SOURCE)?.get(key)));
    },
  );

  it.each(LOCALES)('%s: 400101 names the single-use NONCE ticket', (lng) => {
    expect(FLAT.get(lng)?.get('developer.gatewaySignatureInvalid')).toMatch(/NONCE ticket/);
  });

  it.each(LOCALES)(
    '%s: 400102 gives the token refresh rule (20 minutes, one minute overlap)',
    (lng) => {
      expect(FLAT.get(lng)?.get('developer.gatewaySessionExpired')).toMatch(/20/);
    },
  );

  it.each(LOCALES)('%s: the unknown fallback asks to check the service passed', (lng) => {
    expect(FLAT.get(lng)?.get('developer.unknown')).toMatch(/service/);
  });
});

describe('a wait is worded true before and after it ends', () => {
  // The countdown line and the button tell the time left and when it is over; a description that
  // points at the countdown ("once the countdown ends") reads wrong once it has ended. Each
  // locale's word for a countdown, as the copy would use it.
  const COUNTDOWN: Readonly<Record<string, RegExp>> = {
    en: /countdown/i,
    'zh-CN': /倒计时/,
    'zh-TW': /倒數/,
    'zh-HK': /倒數/,
    ja: /カウントダウン/,
    ko: /카운트다운|대기 시간이 끝나면/,
    th: /นับถอยหลัง/,
    vi: /đếm ngược/i,
    id: /hitung mundur/i,
    ms: /kiraan detik/i,
  };
  const waits = entryIds().filter((id) => readEntry(id).retry.type === 'wait');

  it('has wait entries and a word for every locale', () => {
    expect(waits.length).toBeGreaterThan(0);
    expect(Object.keys(COUNTDOWN).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.flatMap((lng) => waits.map((id) => [lng, id] as const)))(
    '%s %s: the description does not point at the countdown',
    (lng, id) => {
      const key = readEntry(id).messageKeys.description;
      const description = FLAT.get(lng)?.get(key);
      expect(typeof description).toBe('string');
      expect(description).not.toMatch(COUNTDOWN[lng] as RegExp);
    },
  );
});
