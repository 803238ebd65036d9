/**
 * The code picker of the banner stories: a select control whose options come from the catalogue,
 * not free text. Each entry of the services a banner reads gives one option, its first code (a
 * family's sample code), labelled `code — id`.
 */
import type { InputType } from 'storybook/internal/types';
import { CATALOGUE, type EntryId, type Service } from '../../src/core/catalogue';
import { sampleCode } from '../../test/helpers/codes';

export interface CodeOption {
  readonly code: string;
  readonly id: EntryId;
  readonly service: Service;
}

/**
 * One option per entry of `services` (in catalogue order, warnings left out: no banner shows them),
 * its first code. A code two services share (`0`, `-1102`) is listed once: under the first service
 * given, the one the story's `service` control should then be set to.
 */
export function codeOptions(services: readonly Service[]): CodeOption[] {
  const seen = new Set<string>();
  const options: CodeOption[] = [];
  for (const service of services) {
    for (const id of Object.keys(CATALOGUE) as EntryId[]) {
      const row = CATALOGUE[id];
      if (row.service !== service || row.kind === 'warning') continue;
      const code = sampleCode(id);
      if (seen.has(code)) continue;
      seen.add(code);
      options.push({ code, id, service });
    }
  }
  return options;
}

/** The `code` arg type: a select of `codeOptions(services)`, each labelled `code — id`. */
export function codeArgType(services: readonly Service[]): InputType {
  const options = codeOptions(services);
  const many = services.length > 1;
  return {
    options: options.map((option) => option.code),
    control: {
      type: 'select',
      labels: Object.fromEntries(
        options.map(({ code, id, service }) => [
          code,
          many ? `${code} — ${id} (${service})` : `${code} — ${id}`,
        ]),
      ),
    },
    description: `The code, from the catalogue of ${services.join(', ')}: its first code per entry (the Playground takes any text).`,
  };
}
