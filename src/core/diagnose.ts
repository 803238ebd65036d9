import type { EntryId } from './catalogue';
import { type CodeDescription, type DescribeOptions, describeCode } from './describe';
import { hasOwn } from './input';
import { OFFICIAL, SOURCES } from './official';

/** Tencent's own text for a code: 返回信息 and 处理措施, verbatim. For support staff and integrators. */
export interface OfficialText {
  readonly message: string;
  readonly action: string;
}

/** A code's description with what support staff and integrators need beside it. */
export interface CodeDiagnosis extends CodeDescription {
  /** The official text; empty strings for unknown codes. */
  readonly official: OfficialText;
  /** Where an entry that is not in Tencent's main tables is documented; absent for seed rows. */
  readonly source?: string;
}

const NO_OFFICIAL_TEXT: OfficialText = Object.freeze({ message: '', action: '' });

/** Diagnoses by description: `describeCode` shares its answers, so each is diagnosed once. */
const diagnoses = new WeakMap<CodeDescription, CodeDiagnosis>();

/** The official text of a catalogue entry (empty strings for `unknown`, or any other value). */
export function officialText(id: EntryId | 'unknown'): OfficialText {
  // Own ids only: `toString`, or a key of a polluted `Object.prototype`, is no entry.
  if (!hasOwn(OFFICIAL, id)) return NO_OFFICIAL_TEXT;
  const [message, action] = OFFICIAL[id as EntryId];
  return Object.freeze({ message, action });
}

/**
 * `describeCode` plus Tencent's official text (and, for the documented extras, their source): what
 * a support tool or an integrator console shows. Never throws; the answer is frozen.
 *
 * @example diagnoseCode('66660001').official // { message: '不合法请求', action: 'App ID 不存在' }
 */
export function diagnoseCode(code: unknown, options?: DescribeOptions): CodeDiagnosis {
  const description = describeCode(code, options);
  let diagnosis = diagnoses.get(description);
  if (!diagnosis) {
    const source = hasOwn(SOURCES, description.id) ? SOURCES[description.id as EntryId] : undefined;
    // Not `{ ...description, official }`: on V8 (Node 20) a spread followed by a property takes a
    // slow path (see BENCHMARKS.md).
    diagnosis = Object.freeze(
      Object.assign(
        { official: officialText(description.id) },
        description,
        source ? { source } : undefined,
      ),
    );
    diagnoses.set(description, diagnosis);
  }
  return diagnosis;
}
