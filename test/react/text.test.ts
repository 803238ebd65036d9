// @vitest-environment node
/**
 * `faceIdText`, the components' direct lookup, against i18next's own `t` over the locale files:
 * plural forms, variables and keys must read the same, whatever the host instance's settings.
 */
import { createInstance } from 'i18next';
import { describe, expect, test } from 'vitest';
import type { FaceIdKey } from '../../src/core/keys';
import { FACEID_NS, faceIdText } from '../../src/react/i18n';
import { catalogueKeys, catalogueOf, LANGUAGES, resourcesOf, text } from './helpers';

/** A host instance with settings that would garble the catalogue through its own `t`. */
function hostInstance() {
  const host = createInstance();
  void host.init({
    lng: 'en',
    resources: {},
    initAsync: false,
    keySeparator: ':',
    nsSeparator: '|',
    interpolation: { prefix: '%{', suffix: '}', escapeValue: true },
  });
  for (const lng of LANGUAGES) {
    for (const [ns, strings] of Object.entries(resourcesOf(lng))) {
      host.addResourceBundle(lng, ns, strings);
    }
  }
  return host;
}

const VALUES = { code: '<b>-5018</b>', reference: 'order 1', time: '09:59', service: 'gateway' };

describe.each(LANGUAGES)('faceIdText in %s', (lng) => {
  const read = faceIdText(hostInstance(), lng);
  // Plural forms read through their base key with a `count`.
  const keys = [
    ...new Set(
      catalogueKeys(catalogueOf(lng)).map((key) =>
        key.replace(/_(zero|one|two|few|many|other)$/, ''),
      ),
    ),
  ];

  test.each(keys)('%s reads as i18next renders it from the locale file', (key) => {
    // Every key of the locale file is a key `text()` is typed to take.
    const typed = key as FaceIdKey;
    if (key === 'ui.warnings.heading') {
      for (const count of [0, 1, 2, 5, 21]) {
        expect(read(typed, { count })).toBe(text(lng, key, { count }));
      }
    } else {
      // Values are never escaped: React escapes what it renders.
      expect(read(typed, VALUES)).toBe(text(lng, key, VALUES));
    }
  });

  test('a missing key reads as empty, never as the key', () => {
    // Keys no locale has, as a host's JavaScript could still pass them.
    expect(read('codes.nothingHere.title' as FaceIdKey)).toBe('');
    expect(read('ui.wait.nothing' as FaceIdKey, { count: 2 })).toBe('');
  });

  test('a variable without a value stays as written', () => {
    expect(read('ui.support.code', {})).toContain('{{code}}');
  });

  test('a value named like an Object property is not taken from the prototype', () => {
    expect(read('ui.support.code', Object.create({ code: 'inherited' }))).not.toContain(
      'inherited',
    );
  });
});

describe('faceIdText keeps up with the instance', () => {
  test('a string changed or removed in the store reads anew; languages stay apart', () => {
    const host = hostInstance();
    const en = faceIdText(host, 'en');
    const before = en('ui.actions.retry');
    expect(before).toBe(text('en', 'ui.actions.retry'));
    host.addResource('en', FACEID_NS, 'ui.actions.retry', 'Retry, changed', { keySeparator: '.' });
    expect(en('ui.actions.retry')).toBe('Retry, changed');
    expect(faceIdText(host, 'zh-CN')('ui.actions.retry')).toBe(text('zh-CN', 'ui.actions.retry'));
    host.removeResourceBundle('en', FACEID_NS);
    // Removed: the bundled floor's label, in English still.
    expect(en('ui.actions.retry')).toBe(text('en', 'ui.actions.retry'));
    expect(en('ui.escalation.title')).toBe('');
  });
});
