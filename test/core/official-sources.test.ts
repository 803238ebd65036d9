/**
 * The facts of test/fixtures/tencent-official-sources.md (a copy of the project's fact sheet, read
 * against Tencent's SDKs and documentation pages, with its sources) against `readResult` and the
 * catalogue: which number space each response field is in (§1), the rows Tencent has reworded or
 * added (§2), the codes removed from the SDKs that older integrations still return (§3) and the
 * Cloud API common errors (§4). Every expectation is taken from the fixture's own rows.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type NestedCatalogue,
  readLocale,
  shippedLocales,
} from '../../scripts/support/locales.mjs';
import { describeCode, readResult, type Service } from '../../src/core';
import { diagnoseCode } from '../../src/core/diagnostics';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');
const FIXTURE = readFileSync(join(HERE, '../fixtures/tencent-official-sources.md'), 'utf8');

/** A locale's integrator diagnostic for an entry. */
function developerText(lng: string, id: string): string {
  const section = readLocale(ROOT, lng).developer as NestedCatalogue | undefined;
  const text = section?.[id];
  return typeof text === 'string' ? text : '';
}

/** The text of section `## n.` up to the next one. */
function section(n: number): string {
  const start = FIXTURE.indexOf(`\n## ${n}.`);
  const end = FIXTURE.indexOf('\n## ', start + 1);
  if (start < 0) throw new Error(`no section ${n}`);
  return FIXTURE.slice(start, end < 0 ? undefined : end);
}

/** The body rows of the tables of a section, as cells. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .replace(/\\\|/g, '¦')
        .split('|')
        .map((cell) => cell.trim().replace(/¦/g, '|')),
    )
    .slice(1);
}

/** The §1 row whose first cell names `field`. */
function fieldRow(field: string): string[] {
  const row = tableRows(section(1)).find((cells) => cells[0]?.includes(field));
  if (!row) throw new Error(`no §1 row for ${field}`);
  return row;
}

/** `01 text, 02 text…` → [['1', text]…] (numbers normalized as the catalogue reads them). */
function numbered(text: string): [string, string][] {
  return [...text.matchAll(/(\d{2}) ([^,，(…]+?)(?=,|，| \(|…|$)/g)].map((match) => [
    String(Number(match[1])),
    (match[2] as string).trim(),
  ]);
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]);

describe('§1 which number space a response field is in', () => {
  it('GetFaceIdResult.Result is a DetectAuth (慧眼) code: the CLI example reads there', () => {
    const cell = fieldRow('GetFaceIdResult.Result')[1] as string;
    const example = JSON.parse(/\{"Result"[^}]*\}/.exec(cell)?.[0] ?? '{}');
    expect(example.Result).toBe('1004');
    for (const value of [example, { Response: { ...example, RequestId: 'r-1' } }]) {
      const reading = readResult(value);
      expect(reading).toMatchObject({ shape: 'faceIdResult', service: 'detectAuth' });
      const [code] = reading.codes;
      expect(code).toEqual({ code: '1004', field: 'Result', service: 'detectAuth' });
      expect(describeCode(code?.code, code)).toMatchObject({ known: true, service: 'detectAuth' });
      expect(describeCode(code?.code, code).family).toBeUndefined();
    }
  });

  it('GetFaceIdResultIntl.Result: the shape cannot tell, { service: ekycSdk } decides', () => {
    const codes = (fieldRow('GetFaceIdResultIntl.Result')[1] as string)
      .split(/\s*\/\s*/)
      .map((cell) => /^-?\d+/.exec(cell)?.[0])
      .filter((code): code is string => code !== undefined);
    expect(codes).toEqual(expect.arrayContaining(['0', '1001', '2017', '-999']));
    for (const code of codes) {
      const reading = readResult({ Result: code, Description: '' }, { service: 'ekycSdk' });
      expect(reading.codes).toEqual([{ code, field: 'Result', service: 'ekycSdk' }]);
      expect(describeCode(code, { service: 'ekycSdk' }).known).toBe(true);
    }
    // 2017 tells the two spaces apart: an occlusion in the SDK, a records outage in DetectAuth.
    expect(describeCode('2017', readResult({ Result: '2017' }, { service: 'ekycSdk' })).id).toBe(
      'ekycSdkFaceIncomplete',
    );
  });

  const apiRow = tableRows(section(1)).find((cells) => cells[1]?.includes('成功情况返回Success'));
  const apis = backticked(apiRow?.[0] ?? '');

  it('lists the APIs that answer in Cloud API strings', () => {
    expect(apis).toEqual(expect.arrayContaining(['LivenessCompare', 'CheckIdCardInformation']));
  });

  it.each(apis)('%s: { Result: "Success" } is a success of cloudApi', (_api) => {
    const reading = readResult({ Result: 'Success', Description: '成功', RequestId: 'r-2' });
    expect(reading).toMatchObject({
      shape: 'apiResult',
      service: 'cloudApi',
      codes: [{ code: 'Success', field: 'Result', service: 'cloudApi' }],
      requestId: 'r-2',
      malformed: false,
    });
    expect(describeCode('Success', { service: 'cloudApi' })).toMatchObject({
      known: true,
      kind: 'success',
      retry: { type: 'none' },
    });
  });

  it.each(apis)('%s: { Result: "FailedOperation.ActionLightDark" } reads in cloudApi', (_api) => {
    const reading = readResult({ Response: { Result: 'FailedOperation.ActionLightDark' } });
    expect(reading.shape).toBe('apiResult');
    const [code] = reading.codes;
    expect(describeCode(code?.code, code).id).toBe('cloudApiLight');
  });

  it('CheckIdCardInformation.Warnings are ID-card warning codes; OcrWarningOccurred is a retake', () => {
    const example = /"(-\d+\|-\d+)"/.exec(fieldRow('CheckIdCardInformation.Warnings')[1] ?? '');
    const warnings = example?.[1];
    expect(warnings).toBe('-9101|-9106');
    const code = backticked(fieldRow('FailedOperation.OcrWarningOccurred')[0] ?? '')[0];
    const reading = readResult({ Result: code, Description: '出现OCR告警', Warnings: warnings });
    expect(reading.shape).toBe('apiResult');
    expect(
      reading.warnings.map((warning) =>
        warning.service === 'idCardOcr' ? [] : [warning.code, warning.service, warning.known],
      ),
    ).toEqual([
      ['-9101', 'idCardWarningCode', true],
      ['-9106', 'idCardWarningCode', true],
    ]);
    // "the card photo tripped a configured warning": the person's to fix, not a service fault.
    const d = diagnoseCode(code, { service: 'cloudApi' });
    expect(d).toMatchObject({
      known: true,
      audience: 'user',
      kind: 'error',
      retry: { type: 'now' },
    });
    expect(d.family).toBeUndefined();
    expect(d.official.message).toBe('出现OCR告警');
  });

  const tagCell = fieldRow('GetFaceIdResult.LivenessInfoTag');
  const ownTags = numbered(tagCell[1] as string);
  const textTags = new Map(numbered((tagCell[2] as string).split('numbering of')[1] ?? ''));

  it('GetFaceIdResult.LivenessInfoTag has 13 reasons; Text.LivenessInfoTag another numbering', () => {
    expect(ownTags).toHaveLength(13);
    expect(textTags.get('8')).toBe('中途换人');
  });

  it.each(ownTags)('GetFaceIdResult LivenessInfoTag %s: %s, read by readResult', (code, text) => {
    const tag = code.padStart(2, '0');
    const reading = readResult({ Result: '1002', Name: '', IdCard: '', LivenessInfoTag: tag });
    expect(reading.codes).toEqual([
      { code: '1002', field: 'Result', service: 'detectAuth' },
      { code, field: 'LivenessInfoTag', service: 'faceIdLivenessTag' },
    ]);
    const d = diagnoseCode(tag, { service: 'faceIdLivenessTag' });
    expect(d).toMatchObject({
      known: true,
      service: 'faceIdLivenessTag',
      official: { message: text },
    });
    expect(d.family).toBeUndefined();
    // From 04 on the same number means another thing in Text.LivenessInfoTag.
    const other = textTags.get(code);
    if (Number(code) >= 4 && other) {
      expect(diagnoseCode(tag, { service: 'livenessTag' }).official.message).not.toBe(text);
    }
  });

  it('the small spaces of IdCardVerification & co. are never read as faceVerify', () => {
    expect(fieldRow('IdCardVerification')[2]).toMatch(/never read them as `faceVerify`/);
    expect(readResult({ Result: '-1', Description: '' }).service).not.toBe('faceVerify');
  });
});

const SERVICE_NAMES: Readonly<Record<string, Service>> = {
  'ID-card OCR': 'idCardOcr',
  'bank-card OCR': 'bankCardOcr',
  'H5 face flow': 'faceVerify',
  DetectAuth: 'detectAuth',
};

describe('§2 rows whose official text changed or that the seed tables lack', () => {
  const rows = tableRows(section(2)).map(([service, code, text, source]) => ({
    service: SERVICE_NAMES[service as string] as Service,
    code: code as string,
    text: text as string,
    source: source as string,
  }));

  it('covers the four services', () => {
    expect(new Set(rows.map((row) => row.service))).toEqual(new Set(Object.values(SERVICE_NAMES)));
  });

  it.each(
    rows.filter((row) => row.service !== 'detectAuth').map((row) => [row.service, row.code, row]),
  )('%s %s reads as Tencent’s page does today', (service, code, row) => {
    const [message, action] = row.text.replace(/\s*\([^)]*\)\s*$/, '').split(/\s+\/\s+/);
    const d = diagnoseCode(code, { service: service as Service });
    expect(d).toMatchObject({ known: true, service });
    expect(d.family).toBeUndefined();
    expect(d.official.message).toBe(message);
    if (action) expect(d.official.action).toBe(action);
  });

  it('ID-card OCR 66661010 is a file-format problem, not alignment', () => {
    const d = describeCode('66661010', { service: 'idCardOcr' });
    expect(d.tips).not.toContain('alignCard');
    expect(d.messageKeys.developer).toBeDefined();
  });

  it('300101 arrives on the H5 redirect: read in faceVerify, not unknown', () => {
    expect(describeCode('300101').known).toBe(true);
    expect(readResult({ code: '300101' }).codes[0]?.service).toBe('faceVerify');
  });

  const disputed = rows.filter((row) => row.service === 'detectAuth');

  it.each(disputed.map((row) => [row.code, row]))(
    'DetectAuth %s: every page’s text is published, and the diagnostic says the pages disagree',
    (code, row) => {
      const pages = [...row.text.matchAll(/\[(1007\/\d+)\] ([^;]+)/g)];
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const d = diagnoseCode(code, { service: 'detectAuth' });
      const texts = [d.official.message, ...(d.variants ?? [])];
      for (const [, , text] of pages) {
        const expected = (text as string).trim();
        expect(texts.some((each) => expected.startsWith(each.replace(/[。.]$/, '')))).toBe(true);
      }
      const key = d.messageKeys.developer?.replace(/^developer\./, '') ?? '';
      for (const lng of shippedLocales(ROOT)) {
        const developer = developerText(lng, key);
        expect(developer, lng).not.toBe('');
        for (const [, page] of pages) expect(developer, lng).toContain(page);
      }
    },
  );
});

describe('§3 codes removed from the SDKs, still returned by older integrations', () => {
  const rows = tableRows(section(3)).map(([codes, text, what]) => ({
    codes: backticked(codes as string),
    text: text as string,
    what: what as string,
  }));

  it('lists VerificationFail, CompareFail, UnOpenError and the integration problems', () => {
    expect(rows.flatMap((row) => row.codes)).toHaveLength(12);
  });

  it.each(rows.flatMap((row) => row.codes.map((code) => [code, row] as const)))(
    '%s is known, with its last published text, in the family the fixture says',
    (code, row) => {
      const d = diagnoseCode(code, { service: 'cloudApi' });
      expect(d).toMatchObject({ known: true, service: 'cloudApi' });
      expect(d.family).toBeUndefined();
      expect(d.official.message).not.toBe('');
      expect(d.source).toMatch(/removed/);
      if (/outcome/.test(row.what)) {
        expect(d.audience).not.toBe('integrator');
        const like = /like `([^`]+)`/.exec(row.what)?.[1];
        if (like) expect(d.id).toBe(describeCode(like, { service: 'cloudApi' }).id);
      } else {
        expect(d.audience).toBe('integrator');
      }
      if (/retrying cannot help/.test(row.what)) expect(d.retry.type).not.toBe('now');
    },
  );
});

describe('§4 Cloud API common errors (公共错误码)', () => {
  const text = section(4).replace(/\s+/g, ' ');
  const named = [...text.matchAll(/`(\w+)` ([^·`]+?)\s*(?=·|— plus|$)/g)].map(
    (match) => [match[1] as string, (match[2] as string).trim()] as const,
  );
  const families = backticked(text.slice(text.indexOf('plus the'))).map((family) =>
    (family as string).replace(/\(Value\)|\(\.\*\)|\.\*$/g, ''),
  );

  it('names twenty codes and the families', () => {
    expect(named).toHaveLength(20);
    expect(families).toEqual(expect.arrayContaining(['AuthFailure', 'MissingParameter']));
  });

  it.each(named)('%s (%s): known, the integrator’s, with a diagnostic and its text', (code, zh) => {
    const d = diagnoseCode(code, { service: 'cloudApi' });
    expect(d).toMatchObject({ known: true, audience: 'integrator', service: 'cloudApi' });
    expect(d.family).toBeUndefined();
    expect(d.messageKeys.developer).toBeDefined();
    expect([d.official.message, ...(d.variants ?? [])].map((t) => t.replace(/。$/, ''))).toContain(
      zh,
    );
  });

  it.each(families)('any %s… code is the integrator’s', (family) => {
    for (const code of [family, `${family}.Unlisted`]) {
      const d = describeCode(code, { service: 'cloudApi' });
      expect(d).toMatchObject({ known: true, audience: 'integrator' });
      expect(d.messageKeys.developer).toBeDefined();
    }
  });
});
