/**
 * The principles of the guidance, pinned over the whole catalogue rather than case by case:
 * escalation respects whose problem it is, and every policy reaches support; file failures are not
 * met with camera-handling advice alone; every service has its success entry.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  CATALOGUE,
  type EntryId,
  entryIds,
  readCode,
  readEntry,
  SERVICES,
  type Service,
} from '../../src/core';
import type { TableEntryId } from '../../src/core/catalogue';
import { OFFICIAL } from '../../src/core/diagnostics';
import { hasOwn } from '../../src/core/input';
import { BannerFor } from '../../stories/support/BannerFor';
import { sampleCode } from '../helpers/codes';
import { LANGUAGES, type Language, renderIn, text } from './helpers';

const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => {
  cleanup();
  warn.mockClear();
});

/** The banner that shows codes of `service`, with every handler and `attempt` failures. */
function banner(code: string, service: Service, attempt: number) {
  const handlers = {
    onRetry: () => {},
    onRetake: () => {},
    onRestart: () => {},
    onEditDetails: () => {},
    onExit: () => {},
    onContactSupport: () => {},
  };
  return <BannerFor service={service} code={code} attempt={attempt} now={0} {...handlers} />;
}

const errors = entryIds().filter((id) => CATALOGUE[id].kind === 'error');
const firstCode = sampleCode;
/** Where an entry is shown: its service, or face verification for the gateway. */
const shownIn = (id: EntryId): Service =>
  CATALOGUE[id].service === 'gateway' ? 'faceVerify' : CATALOGUE[id].service;

const cases = (ids: readonly EntryId[]) =>
  LANGUAGES.flatMap((lng) => ids.map((id) => [lng, id] as [Language, EntryId]));

/** The escalation suggestions a capture problem (light, framing, camera) may make. */
const captureAdvice = (lng: Language) => [
  text(lng, 'ui.escalation.brighterPlace'),
  text(lng, 'ui.escalation.anotherDevice'),
];

const escalationItems = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.faceid-escalation li'), (item) => item.textContent);

describe('escalation respects whose problem it is', () => {
  const integration = errors.filter((id) => CATALOGUE[id].audience !== 'user');

  test.each(cases(integration))(
    '%s %s: no “another phone” or “brighter place” for an integration, service or identity fault',
    (lng, id) => {
      const { container } = renderIn(lng, banner(firstCode(id), shownIn(id), 5));
      const items = escalationItems(container);
      expect(items.length).toBeGreaterThan(0);
      for (const advice of captureAdvice(lng)) expect(items).not.toContain(advice);
    },
  );

  test.each(LANGUAGES)('%s: nor for the unknown-code fallback', (lng) => {
    // Every service whose codes a banner shows (warning codes are listed, not shown as failures).
    const shown = SERVICES.filter(
      (s) => s !== 'gateway' && s !== 'idCardWarningCode' && s !== 'intlCardWarning',
    );
    for (const service of shown) {
      const { container } = renderIn(lng, banner('12345678', service, 5));
      expect(container.querySelector('[data-id="unknown"]')).not.toBeNull();
      const items = escalationItems(container);
      expect(items).toContain(text(lng, 'ui.escalation.contactSupport'));
      for (const advice of captureAdvice(lng)) expect(items).not.toContain(advice);
      cleanup();
    }
  });

  const noCaptureAdvice = errors.filter(
    (id) =>
      CATALOGUE[id].audience === 'user' &&
      (CATALOGUE[id].diagnosed || CATALOGUE[id].tips.every((tip) => tip === 'network')),
  );

  test('a file failure or a connection problem is no capture problem', () => {
    expect(noCaptureAdvice).toEqual(
      expect.arrayContaining(['gatewayNetworkUnstable', 'faceVerifyVideoInvalid']),
    );
  });

  test.each(cases(noCaptureAdvice))('%s %s: no “brighter place”', (lng, id) => {
    const { container } = renderIn(lng, banner(firstCode(id), shownIn(id), 5));
    const items = escalationItems(container);
    expect(items).toContain(text(lng, 'ui.escalation.contactSupport'));
    expect(items).not.toContain(text(lng, 'ui.escalation.brighterPlace'));
  });

  test.each(LANGUAGES)("%s: the code's own top tip stays when the advice escalates", (lng) => {
    for (const id of errors.filter((e) => CATALOGUE[e].audience !== 'integrator')) {
      const top = CATALOGUE[id].tips[0];
      if (!top || top === 'network') continue;
      const { container } = renderIn(lng, banner(firstCode(id), shownIn(id), 5));
      expect({ id, first: escalationItems(container)[0] }).toEqual({
        id,
        first: text(lng, `tips.${top}`),
      });
      cleanup();
    }
  });

  test.each(LANGUAGES)(
    '%s: a voice failure gets voice advice, not light or another phone',
    (lng) => {
      const voice = errors.filter(
        (id) =>
          CATALOGUE[id].audience === 'user' &&
          CATALOGUE[id].retry === 'now' &&
          CATALOGUE[id].tips.includes('readDigitsAloud'),
      );
      expect(voice.length).toBeGreaterThan(0);
      for (const id of voice) {
        const { container } = renderIn(lng, banner(firstCode(id), shownIn(id), 3));
        const items = escalationItems(container);
        expect(items).toContain(text(lng, 'tips.quietPlace'));
        expect(items).toContain(text(lng, 'tips.readDigitsAloud'));
        for (const advice of captureAdvice(lng)) expect(items).not.toContain(advice);
        cleanup();
      }
    },
  );

  test.each(LANGUAGES)('%s: a face that did not match is told only the holder can pass', (lng) => {
    const mismatch = errors.filter(
      (id) => CATALOGUE[id].retry === 'now' && CATALOGUE[id].tips[0] === 'selfOnly',
    );
    expect(mismatch.length).toBeGreaterThan(0);
    for (const id of mismatch) {
      const { container } = renderIn(lng, banner(firstCode(id), shownIn(id), 3));
      const items = escalationItems(container);
      expect(items).toEqual([
        text(lng, 'tips.selfOnly'),
        text(lng, 'ui.escalation.contactSupport'),
      ]);
      cleanup();
    }
  });

  test.each(LANGUAGES)('%s: a capture problem may still suggest them', (lng) => {
    const { container } = renderIn(lng, banner('-5018', 'faceVerify', 3));
    expect(escalationItems(container)).toEqual(
      expect.arrayContaining(captureAdvice(lng).concat(text(lng, 'ui.escalation.contactSupport'))),
    );
  });
});

describe('every policy reaches “Contact support” after repeated failures', () => {
  test.each(cases(errors))('%s %s', (lng, id) => {
    renderIn(lng, banner(firstCode(id), shownIn(id), 3));
    expect(
      screen.getByRole('button', { name: text(lng, 'ui.actions.contactSupport') }),
    ).toBeTruthy();
  });

  test.each(LANGUAGES)('%s: the unknown-code fallback too', (lng) => {
    renderIn(lng, banner('not a code', 'faceVerify', 3));
    expect(
      screen.getByRole('button', { name: text(lng, 'ui.actions.contactSupport') }),
    ).toBeTruthy();
  });

  test.each(LANGUAGES)('%s: an expired ID card offers one retake, then a valid document', (lng) => {
    const { rerender } = renderIn(lng, banner('66661003', 'idCardOcr', 1));
    expect(screen.getByRole('button', { name: text(lng, 'ui.actions.retake') })).toBeTruthy();
    expect(screen.getByText(text(lng, 'tips.validCard'))).toBeTruthy();
    rerender(banner('66661003', 'idCardOcr', 2));
    expect(screen.queryByRole('button', { name: text(lng, 'ui.actions.retake') })).toBeNull();
    expect(screen.getByRole('button', { name: text(lng, 'ui.actions.useValidCard') })).toBeTruthy();
    expect(screen.getByText(text(lng, 'ui.escalation.validDocument'))).toBeTruthy();
    expect(
      screen.getByRole('button', { name: text(lng, 'ui.actions.contactSupport') }),
    ).toBeTruthy();
  });
});

describe('file and decoding failures', () => {
  // Found from Tencent's own words for each entry, not from a list kept beside the catalogue.
  const FILE_WORDS = /解码|编码|解析|格式|类型错误|图片为空|文件|视频不合法/;
  const fileFailures = entryIds().filter(
    // The six WeBank-style tables, whose official texts are per entry.
    (id) =>
      CATALOGUE[id].audience === 'user' &&
      hasOwn(OFFICIAL, id) &&
      FILE_WORDS.test(OFFICIAL[id as TableEntryId].join(' ')),
  );
  /** Tips about holding or pointing the camera: they cannot mend a file. */
  const CAMERA_HANDLING = new Set(['holdSteady', 'focus', 'distance', 'faceInFrame', 'alignCard']);

  test('are found in every OCR service and in face verification', () => {
    const services = new Set(fileFailures.map((id) => CATALOGUE[id].service));
    expect([...services].sort()).toEqual(['faceVerify', 'idCardOcr', 'licenseOcr']);
    expect(fileFailures).toEqual(
      expect.arrayContaining([
        'faceVerifyVideoInvalid',
        'idCardImageUnreadable',
        'licenseImageUnreadable',
        'licenseImageEmpty',
        'licenseImageInvalid',
      ]),
    );
  });

  test.each(fileFailures)('%s advises the in-page camera, not only camera handling', (id) => {
    const { tips } = CATALOGUE[id];
    expect(tips).toContain('inPageCamera');
    expect(tips.some((tip) => !CAMERA_HANDLING.has(tip))).toBe(true);
  });

  test.each(fileFailures)('%s has a developer diagnostic (encoding, format, size)', (id) => {
    expect(readEntry(id).messageKeys.developer).toBe(`developer.${id}`);
  });
});

describe('every service has a success entry for code 0', () => {
  // Not the lists: liveness refusal reasons and warning codes have no success code, and Cloud
  // API 3.0 answers success with no `Error` at all; the environment check's findings are a list
  // too (no finding is its success).
  const LISTS: readonly Service[] = [
    'environment',
    'livenessTag',
    'faceIdLivenessTag',
    'idCardWarningCode',
    'intlCardWarning',
    'cloudApi',
  ];
  test.each(SERVICES.filter((service) => service !== 'gateway' && !LISTS.includes(service)))(
    '%s',
    (service) => {
      const reading = readCode('0', { service });
      expect(reading.family).toBeUndefined();
      expect(reading).toMatchObject({
        known: true,
        kind: 'success',
        service,
        retry: { type: 'none' },
      });
    },
  );
});
