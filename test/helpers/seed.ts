/**
 * Reads the seed tables (test/fixtures/faceid-response-codes.md, a copy of Tencent's FaceID
 * response-code tables) so that tests compare the catalogue against the source data itself.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Service } from '../../src/core';

export interface SeedRow {
  readonly service: Service;
  /** The alias codes of the row's first cell, in table order. */
  readonly codes: readonly string[];
  /** 返回信息 (错误码说明 in the licence table), verbatim. */
  readonly message: string;
  /** 处理措施 verbatim with `<br>` as `\n`; `''` where the table has no such column. */
  readonly action: string;
  /** True for the bank-card 告警码 table: warnings, not response codes. */
  readonly warning: boolean;
}

export const SEED_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '../fixtures/faceid-response-codes.md',
);

/** The six `###` headings of the seed, in order, and the service each table belongs to. */
const HEADINGS: readonly (readonly [heading: string, service: Service])[] = [
  ['接入前置服务响应码', 'gateway'],
  ['人脸验证响应码', 'faceVerify'],
  ['身份证 OCR 识别响应码', 'idCardOcr'],
  ['银行卡 OCR 识别响应码', 'bankCardOcr'],
  ['二要素识别响应码', 'twoFactor'],
  ['驾驶证、行驶证 OCR 识别响应码', 'licenseOcr'],
];

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

const isSeparator = (line: string) => /^\|[\s|:-]*\|?$/.test(line.trim());

/** Parses seed markdown into one row per table row (header and separator lines excluded). */
export function parseSeed(markdown: string): SeedRow[] {
  const rows: SeedRow[] = [];
  let service: Service | undefined;
  let inTable = false;
  let columns = 0;
  let warning = false;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      const found = HEADINGS.find(([text]) => text === heading[1]);
      if (!found) throw new Error(`Unexpected seed heading: ${heading[1]}`);
      service = found[1];
      inTable = false;
      continue;
    }
    if (!line.trim().startsWith('|')) {
      inTable = false;
      continue;
    }
    if (!service) throw new Error(`Table row before any heading: ${line}`);
    if (!inTable) {
      // The header row: 返回码 (response codes) or 告警码 (bank-card warnings).
      const header = cells(line);
      inTable = true;
      columns = header.length;
      warning = header[0] === '告警码';
      continue;
    }
    if (isSeparator(line)) continue;
    const [codes = '', message = '', action = ''] = cells(line);
    rows.push({
      service,
      codes: codes.split('/').map((code) => code.trim()),
      message,
      action: warning || columns < 3 ? '' : action.replace(/<br\s*\/?>/g, '\n'),
      warning,
    });
  }
  return rows;
}

/** The rows of the seed fixture. */
export function seedRows(): SeedRow[] {
  return parseSeed(readFileSync(SEED_PATH, 'utf8'));
}

/** Every (service, code) pair of the seed, one per alias. */
export function seedPairs(rows: readonly SeedRow[] = seedRows()) {
  return rows.flatMap((row) => row.codes.map((code) => ({ code, row })));
}
