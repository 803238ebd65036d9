import { describe, expect, it } from 'vitest';
import {
  CATALOGUE,
  DEFAULT_SERVICE,
  describeCode,
  type EntryId,
  entryIds,
  readEntry,
  SERVICES,
  type Service,
  type TableEntryId,
  TIPS,
  UNKNOWN_MESSAGE_KEYS,
} from '../../src/core';
import { ID_CARD_WARNINGS, WARNING_COPY } from '../../src/core/catalogue';
import { diagnoseCode, OFFICIAL, SOURCES } from '../../src/core/diagnostics';
import { hasOwn } from '../../src/core/input';
import { SERVICE_PART } from '../../src/core/keys';
import { sampleCode } from '../helpers/codes';
import { type SeedRow, seedPairs, seedRows } from '../helpers/seed';

const rows = seedRows();
const pairs = seedPairs(rows);
const rowName = (row: SeedRow) => `${row.service} ${row.codes.join('/')}`;
const seedRowFor = (service: Service, code: string) =>
  rows.find((row) => row.service === service && row.codes.includes(code));
const idOf = (service: Service, code: string) => diagnoseCode(code, { service }).id;

describe('the seed fixture parser', () => {
  it('yields exactly 74 rows and 87 service/code pairs (the seed, and ID-card OCR 66660015)', () => {
    expect(rows).toHaveLength(74);
    expect(pairs).toHaveLength(87);
  });

  it('finds a table for every service, and no duplicate code within a service', () => {
    expect(new Set(rows.map((row) => row.service))).toEqual(new Set(SERVICES.slice(0, 6)));
    const keys = pairs.map(({ code, row }) => `${row.service}:${code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('describeCode (core) and diagnoseCode (diagnostics)', () => {
  it.each(pairs.map(({ code, row }) => [`${row.service} ${code}`, code, row] as const))(
    '%s: the same description; only diagnoseCode carries the official text',
    (_name, code, row) => {
      const description = describeCode(code, { service: row.service });
      const { official, source, ...rest } = diagnoseCode(code, { service: row.service });
      expect(rest).toEqual(description);
      expect(official).toEqual({ message: row.message, action: row.action });
      expect(source).toBeUndefined();
      expect(description).not.toHaveProperty('official');
    },
  );
});

describe('every seed row resolves to one catalogue entry within its service', () => {
  it.each(rows.map((row) => [rowName(row), row] as const))('%s', (_name, row) => {
    const entries = new Set<string>();
    for (const alias of row.codes) {
      for (const input of [Number(alias), ` ${alias} `]) {
        const d = diagnoseCode(input, { service: row.service });
        expect(d.known).toBe(true);
        expect(d.malformed).toBe(false);
        expect(d.code).toBe(alias);
        expect(d.service).toBe(row.service);
        expect(d.codes).toEqual(row.codes);
        expect(d.official).toEqual({ message: row.message, action: row.action });
        entries.add(d.id);
      }
    }
    expect(entries.size).toBe(1);
  });

  it.each(rows.map((row) => [rowName(row), row] as const))(
    '%s has the kind its table gives',
    (_name, row) => {
      const d = diagnoseCode(row.codes[0], { service: row.service });
      const expected = row.warning ? 'warning' : row.codes.includes('0') ? 'success' : 'error';
      expect(d.kind).toBe(expected);
      if (expected === 'error') expect(d.retry.type).not.toBe('none');
      else expect(d.retry).toEqual({ type: 'none' });
    },
  );

  it('gives every seed row its own entry', () => {
    const ids = rows.map((row) => idOf(row.service, row.codes[0] as string));
    expect(new Set(ids).size).toBe(rows.length);
  });
});

describe('gateway codes resolve in every service', () => {
  const gateway = pairs.filter(({ row }) => row.service === 'gateway');
  it.each(
    gateway.flatMap(({ code, row }) => SERVICES.map((service) => [code, service, row] as const)),
  )('%s read in %s', (code, service, row) => {
    const d = diagnoseCode(code, { service });
    expect(d.known).toBe(true);
    expect(d.service).toBe('gateway');
    expect(d.id).toBe(idOf('gateway', code));
    expect(d.official).toEqual({ message: row.message, action: row.action });
  });
});

describe('the same code in different services is told apart', () => {
  it.each([
    ['-1102', 'faceVerify', 'licenseOcr'],
    ['-1304', 'bankCardOcr', 'licenseOcr'],
    ['66660001', 'faceVerify', 'twoFactor'],
    ['66660002', 'faceVerify', 'twoFactor'],
    ['66660010', 'faceVerify', 'twoFactor'],
    ['66660015', 'faceVerify', 'twoFactor'],
  ] as const)('%s: %s vs %s', (code, a, b) => {
    const first = diagnoseCode(code, { service: a });
    const second = diagnoseCode(code, { service: b });
    expect([first.service, second.service]).toEqual([a, b]);
    expect(first.id).not.toBe(second.id);
    expect(first.codes).toEqual(seedRowFor(a, code)?.codes);
    expect(second.codes).toEqual(seedRowFor(b, code)?.codes);
    expect(first.official.message).toBe(seedRowFor(a, code)?.message);
    expect(second.official.message).toBe(seedRowFor(b, code)?.message);
  });

  const successServices = rows.filter((row) => row.codes.includes('0')).map((row) => row.service);

  it('has a success row for code 0 in the services whose table lists it', () => {
    expect(successServices.length).toBeGreaterThanOrEqual(4);
  });

  it.each(successServices)('0 in %s is that service’s own success entry', (service) => {
    const d = diagnoseCode(0, { service });
    expect(d.kind).toBe('success');
    expect(d.service).toBe(service);
    expect(d.official.message).toBe(seedRowFor(service, '0')?.message);
    const others = successServices.filter((other) => other !== service);
    for (const other of others) expect(idOf(other, '0')).not.toBe(d.id);
  });
});

describe('the default service', () => {
  it('is faceVerify', () => {
    expect(DEFAULT_SERVICE).toBe('faceVerify');
  });

  it.each(['-1102', '66660001', '0', '-1304', '400504'])(
    'reads %s as faceVerify when no service is given',
    (code) => {
      expect(diagnoseCode(code)).toEqual(diagnoseCode(code, { service: 'faceVerify' }));
      expect(diagnoseCode(code, {})).toEqual(diagnoseCode(code, { service: 'faceVerify' }));
    },
  );

  it.each([{ service: 'nope' }, { service: '__proto__' }, { service: 42 }, null, 'licenseOcr'])(
    'falls back to faceVerify for options %j',
    (options) => {
      // biome-ignore lint/suspicious/noExplicitAny: hostile options at runtime.
      expect(diagnoseCode('-1102', options as any)).toEqual(diagnoseCode('-1102'));
    },
  );
});

describe('retry policies', () => {
  it.each([
    ['400504', 'faceVerify', { type: 'wait', minutes: 10 }],
    ['400504', 'idCardOcr', { type: 'wait', minutes: 10 }],
    ['66660017', 'faceVerify', { type: 'notToday' }],
    ['66660010', 'faceVerify', { type: 'correctDetails' }],
    ['66660015', 'faceVerify', { type: 'correctDetails' }],
    ['66660010', 'twoFactor', { type: 'correctDetails' }],
    ['66660015', 'twoFactor', { type: 'correctDetails' }],
    ['66660024', 'faceVerify', { type: 'correctDetails' }],
    ['66660018', 'faceVerify', { type: 'restart' }],
    ['66660022', 'faceVerify', { type: 'restart' }],
  ] as const)('%s in %s', (code, service, retry) => {
    expect(diagnoseCode(code, { service }).retry).toEqual(retry);
  });
});

describe('audiences and message keys', () => {
  it.each([
    ['400101', 'faceVerify'],
    ['66660001', 'faceVerify'],
    ['66660002', 'faceVerify'],
    ['66660001', 'twoFactor'],
    ['66660002', 'twoFactor'],
  ] as const)('integrator-audience %s in %s has a developer key', (code, service) => {
    const d = diagnoseCode(code, { service });
    expect(d.audience).toBe('integrator');
    expect(d.messageKeys.developer).toEqual(expect.stringMatching(/^developer\.\w+$/));
  });

  it.each(entryIds())('%s has the keys of its copy, developer exactly when diagnosed', (id) => {
    const row = CATALOGUE[id];
    const reading = readEntry(id);
    const copy = row.copy.includes('.') ? row.copy : `codes.${row.copy}`;
    expect(reading.messageKeys.title).toBe(`${copy}.title`);
    expect(reading.messageKeys.description).toBe(`${copy}.description`);
    if (reading.audience === 'integrator') expect(row.diagnosed).toBe(true);
    if (row.diagnosed) {
      expect(reading.messageKeys.developer).toBe(`developer.${row.developer}`);
    } else {
      expect(reading.messageKeys.developer).toBeUndefined();
    }
  });

  it.each(entryIds().filter((id) => CATALOGUE[id].copy !== id))(
    '%s shows the copy of an entry of the same kind, in its own service or one a page always has',
    (id) => {
      const row = CATALOGUE[id];
      if (row.copy.startsWith('idCardWarnings.')) {
        expect(row.kind).toBe('warning');
        return;
      }
      const other = CATALOGUE[row.copy as EntryId];
      expect(other.copy).toBe(row.copy);
      expect(other.kind).toBe(row.kind);
      // A page loads the face part (gateway, face, two-factor) and the part of its own service.
      const part = SERVICE_PART[other.service];
      expect(part === 'face' || part === SERVICE_PART[row.service]).toBe(true);
    },
  );
});

describe('warning copy', () => {
  it('WARNING_COPY holds every warning of the 8-character string, once', () => {
    for (const { id } of ID_CARD_WARNINGS) expect(WARNING_COPY).toContain(id);
    expect(new Set(WARNING_COPY).size).toBe(WARNING_COPY.length);
  });
});

describe('catalogue entries', () => {
  const seedIds = new Set<EntryId | 'unknown'>(
    rows.map((row) => idOf(row.service, row.codes[0] as string)),
  );

  const tableIds = entryIds().filter((id) => hasOwn(OFFICIAL, id));

  it('the six WeBank-style tables have their official texts per entry', () => {
    expect(tableIds.length).toBeGreaterThan(80);
  });

  it.each(entryIds())('%s: tips are in TIPS', (id) => {
    const row = CATALOGUE[id];
    for (const tip of row.tips) expect(TIPS).toContain(tip);
    expect(new Set(row.tips).size).toBe(row.tips.length);
  });

  it.each(tableIds)('%s: a source exactly when not in the seed', (id) => {
    const row = CATALOGUE[id];
    const source = SOURCES[id as TableEntryId];
    const diagnosis = diagnoseCode(row.codes[0], { service: row.service });
    if (seedIds.has(id)) {
      expect(source).toBeUndefined();
      expect(diagnosis).not.toHaveProperty('source');
    } else {
      expect(source).toEqual(expect.stringMatching(/\S/));
      expect(diagnosis.source).toBe(source);
    }
  });

  it.each(entryIds().filter((id) => !CATALOGUE[id].family))(
    '%s resolves back to itself through each of its codes, with an official text',
    (id) => {
      const row = CATALOGUE[id];
      for (const code of row.codes) {
        const d = diagnoseCode(code, { service: row.service });
        expect(d.id).toBe(id);
        expect(d.family).toBeUndefined();
        expect(d.official.message).not.toBe('');
      }
    },
  );

  it.each(entryIds().filter((id) => CATALOGUE[id].family))(
    '%s: an unlisted code of its family reads as it, marked as a family, with no official text',
    (id) => {
      const d = diagnoseCode(sampleCode(id), { service: CATALOGUE[id].service });
      expect(d).toMatchObject({ id, known: true, family: true, official: { message: '' } });
      expect(d.source).toMatch(/family/);
    },
  );

  it('does not shadow any seed code with an extra', () => {
    for (const { code, row } of pairs) {
      expect(seedIds.has(idOf(row.service, code))).toBe(true);
    }
  });
});

describe('codes the catalogue does not know', () => {
  const seedCodes = new Set(pairs.map(({ code }) => code));

  it.each(['12345', '-7777', '66669999', 123456789])(
    'unknown %s in a valid format → known:false, malformed:false, fallback keys',
    (code) => {
      expect(seedCodes.has(String(code))).toBe(false);
      for (const service of SERVICES) {
        const d = diagnoseCode(code, { service });
        expect(d).toMatchObject({
          known: false,
          malformed: false,
          code: String(code),
          id: 'unknown',
          codes: [],
          service,
          official: { message: '', action: '' },
        });
        expect(d.messageKeys).toEqual(UNKNOWN_MESSAGE_KEYS);
      }
    },
  );

  it.each([
    ['66661006', 'faceVerify', 'idCardOcr'],
    ['-9110', 'faceVerify', 'bankCardOcr'],
    ['-1301', 'bankCardOcr', 'licenseOcr'],
    ['66660008', 'faceVerify', 'twoFactor'],
  ] as const)('%s read as %s (it belongs to %s) is unknown', (code, service, owner) => {
    expect(seedRowFor(owner, code)).toBeDefined();
    expect(seedRowFor(service, code)).toBeUndefined();
    const d = diagnoseCode(code, { service });
    expect(d).toMatchObject({ known: false, malformed: false, id: 'unknown', service });
    expect(d.messageKeys).toEqual(UNKNOWN_MESSAGE_KEYS);
  });
});

describe('the catalogue’s entries are typed objects', () => {
  it.each(entryIds())('%s: its codes are a list of aliases (or patterns), none empty', (id) => {
    const { codes } = CATALOGUE[id];
    expect(Array.isArray(codes)).toBe(true);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/^\S+$/);
    expect(Object.isFrozen(codes)).toBe(true);
  });
});
