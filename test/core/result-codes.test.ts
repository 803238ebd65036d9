/**
 * Every code of the result-code reference data (test/fixtures/tencent-result-codes.md, a copy of
 * `../shared/seed/tencent-result-codes.md` with its sources) against the catalogue: each resolves in
 * the service of its table, as its own entry (not a family fallback), with a text that the row
 * publishes; numbers that collide across tables are told apart.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Service } from '../../src/core';
import { describeCode } from '../../src/core';
import { diagnoseCode } from '../../src/core/diagnostics';
import { normalizeApiCode, normalizeCode } from '../../src/core/input';

const FIXTURE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/tencent-result-codes.md',
);

/** The sections whose tables list codes, and the service each is read in. */
const SECTIONS: readonly (readonly [heading: string, service: Service | 'intention6c'])[] = [
  ['### 1a.', 'detectAuth'],
  ['### 1b.', 'detectAuth'],
  ['### 1c.', 'livenessTag'],
  ['## 2. eKYC', 'detectAuth'],
  ['### 2b.', 'ekycSdk'],
  ['## 3. E证通', 'detectAuth'],
  ['### 4a.', 'idCardWarningCode'],
  ['### 4b.', 'idCardWarningCode'],
  ['### 4c.', 'intlCardWarning'],
  ['## 5. Cloud', 'cloudApi'],
  ['### 6a.', 'intention'],
  ['### 6b.', 'intentionReading'],
  ['### 6c.', 'intention6c'],
];

interface FixtureRow {
  readonly heading: string;
  readonly service: Service;
  readonly code: string;
  /** The row's cells after the code, as published (texts with their annotations). */
  readonly text: string;
}

function parse(markdown: string): FixtureRow[] {
  const rows: FixtureRow[] = [];
  let section: (typeof SECTIONS)[number] | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      section = SECTIONS.find(([heading]) => line.startsWith(heading));
      continue;
    }
    if (!section || !line.startsWith('| ') || line.startsWith('| code') || /^\|[-\s|]+$/.test(line))
      continue;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    const raw = (cells[0] as string).replace(/`/g, '');
    const text = cells.slice(1).join(' | ');
    const service: Service =
      section[1] === 'intention6c'
        ? text.includes('ResultCode[]')
          ? 'intentionAnswer'
          : 'intentionResult'
        : section[1];
    const code = service === 'cloudApi' ? normalizeApiCode(raw) : normalizeCode(raw);
    if (code === undefined) throw new Error(`${section[0]}: not a code: ${raw}`);
    rows.push({ heading: section[0], service, code, text });
  }
  return rows;
}

const rows = parse(readFileSync(FIXTURE, 'utf8'));
const sentence = (text: string) => text.replace(/[。.,，\s]+$/u, '');

describe('the result-code fixture', () => {
  it('holds every table', () => {
    for (const [heading] of SECTIONS) {
      expect(
        rows.some((row) => row.heading === heading),
        heading,
      ).toBe(true);
    }
    expect(rows.length).toBeGreaterThan(290);
  });
});

describe.each(SECTIONS.map(([heading]) => heading))('%s', (heading) => {
  it.each(
    rows
      .filter((row) => row.heading === heading)
      .map((row) => [row.service, row.code, row] as const),
  )('%s %s resolves to its own entry, with a text this row publishes', (service, code, row) => {
    const d = diagnoseCode(code, { service });
    expect(d.known).toBe(true);
    expect(d.family).toBeUndefined();
    expect(d.service).toBe(service);
    const texts = [d.official.message, d.english ?? '', ...(d.variants ?? [])].filter(Boolean);
    expect(texts.length).toBeGreaterThan(0);
    // A row may be cut in the stored copy, or annotate its text: one published text of the code is
    // in the row, or (cut rows) starts like it.
    const cut = row.text.includes('…');
    const found = texts.some(
      (text) =>
        row.text.includes(sentence(text)) ||
        (cut && sentence(text).startsWith(row.text.split('…')[0]?.trim() ?? '\u0000')),
    );
    expect(found, `${texts.join(' / ')} in "${row.text}"`).toBe(true);
  });
});

describe('numbers that collide across tables are told apart (§7)', () => {
  it.each([
    [
      '3001',
      'faceVerify',
      'faceVerifyBrowserNoRecording',
      'intentionReading',
      'intentionReadingFaceOutOfFrame',
    ],
    ['-1101', 'faceVerify', 'faceVerifyNoFaceFound', 'detectAuth', 'unknown'],
    ['1101', 'detectAuth', 'detectAuthVoiceNotRecognized', 'faceVerify', 'unknown'],
    [
      '-1',
      'intention',
      'intentionParameterError',
      'intentionReading',
      'intentionReadingSystemError',
    ],
    [
      '-2',
      'intention',
      'intentionSystemError',
      'intentionReading',
      'intentionReadingParameterError',
    ],
    [
      '-1',
      'intentionResult',
      'intentionResultFailed',
      'intentionAnswer',
      'intentionAnswerMismatch',
    ],
    ['-999', 'intention', 'intentionManualCheck', 'ekycSdk', 'ekycSdkNotFinished'],
    ['2004', 'detectAuth', 'detectAuthPhotoExtractFailed', 'ekycSdk', 'ekycSdkImageSize'],
    ['2017', 'detectAuth', 'detectAuthRecordsUnavailable', 'ekycSdk', 'ekycSdkFaceIncomplete'],
    ['1201', 'detectAuth', 'detectAuthLight', 'ekycSdk', 'ekycSdkLight'],
    ['-9108', 'idCardWarningCode', 'idCardCodePhotocopy', 'intlCardWarning', 'intlCardBlurry'],
    [
      '-9109',
      'idCardWarningCode',
      'idCardCodeDateInvalid',
      'intlCardWarning',
      'intlCardCheckNotEnabled',
    ],
    ['-9104', 'idCardWarningCode', 'idCardCodeTemporary', 'intlCardWarning', 'intlCardEdited'],
    ['0', 'detectAuth', 'detectAuthSuccess', 'livenessTag', 'unknown'],
  ] as const)('%s: %s → %s, %s → %s', (code, a, idA, b, idB) => {
    expect(describeCode(code, { service: a }).id).toBe(idA);
    expect(describeCode(code, { service: b }).id).toBe(idB);
  });

  it('eKYC WarnCardInfos read the same with or without the minus sign', () => {
    for (const code of ['9101', '9102', '9103', '9104', '9107', '9108', '9109']) {
      expect(describeCode(code, { service: 'intlCardWarning' }).id).toBe(
        describeCode(`-${code}`, { service: 'intlCardWarning' }).id,
      );
    }
  });

  it('billing is reported as published: 1002 billed in Plus, not in E证通 or eKYC H5', () => {
    expect(diagnoseCode(1002, { service: 'detectAuth' }).billed).toEqual(
      expect.arrayContaining([expect.stringMatching(/^P: 是/), 'E: 否', 'H: N']),
    );
  });
});

describe('family fallbacks: an unlisted code of a known section is not the generic unknown', () => {
  it.each([
    ['1299', 'detectAuth', 'detectAuthFamilyAction', 'user'],
    ['1150', 'detectAuth', 'detectAuthFamilyVoice', 'user'],
    ['2099', 'detectAuth', 'detectAuthFamilyCompare', 'user'],
    ['99', 'detectAuth', 'detectAuthFamilySystem', 'integrator'],
    ['FailedOperation.ActionTurnHead', 'cloudApi', 'cloudApiFamilyAction', 'user'],
    ['UnauthorizedOperation.NewReason', 'cloudApi', 'cloudApiFamilyAccess', 'integrator'],
    ['InvalidParameterValue.Other', 'cloudApi', 'cloudApiFamilyParameter', 'integrator'],
    ['-9199', 'idCardWarningCode', 'idCardCodeFamily', 'user'],
  ] as const)('%s in %s → %s', (code, service, id, audience) => {
    expect(describeCode(code, { service })).toMatchObject({
      id,
      audience,
      known: true,
      family: true,
    });
  });

  it('a code outside every family stays unknown', () => {
    expect(describeCode('123456', { service: 'detectAuth' }).id).toBe('unknown');
    expect(describeCode('Nonsense.Code', { service: 'cloudApi' }).id).toBe('unknown');
  });
});
