/**
 * A concrete code for each catalogue entry: its first alias, or for a family fallback (`12xx`,
 * `FailedOperation.Action*`) a code of the family that no row lists, found by asking the catalogue.
 */
import { CATALOGUE, type EntryId } from '../../src/core/catalogue';
import { describeCode } from '../../src/core/describe';

export function sampleCode(id: EntryId): string {
  const row = CATALOGUE[id];
  if (!row.family) return row.codes[0] as string;
  for (const pattern of row.codes) {
    const candidates = pattern.endsWith('*')
      ? [`${pattern.slice(0, -1)}Unlisted`, `${pattern.slice(0, -1)}.Unlisted`]
      : ['9', '8', '7', '6', '5', '3', '1', '0'].map((digit) => pattern.replace(/x/g, digit));
    for (const code of candidates) {
      const reading = describeCode(code, { service: row.service });
      if (reading.id === id && reading.family) return code;
    }
  }
  throw new Error(`${id}: no code of its family reads as it`);
}
