import { CATALOGUE, type EntryId, type Service, type TableEntryId } from './catalogue';
import { type CodeDescription, type DescribeOptions, describeCode } from './describe';
import { hasOwn, ownValue } from './input';
import { OFFICIAL, SOURCES } from './official';
import { type PublishedText, RESULT_OFFICIAL, RESULT_SOURCES } from './resultOfficial';

/** Tencent's own text for a code: 返回信息 and 处理措施, verbatim. For support staff and integrators. */
export interface OfficialText {
  readonly message: string;
  readonly action: string;
}

/** A code's description with what support staff and integrators need beside it. */
export interface CodeDiagnosis extends CodeDescription {
  /**
   * The official text; empty strings for unknown codes and family fallbacks. For the result-code
   * services (`detectAuth`, `cloudApi`…) `message` is the Chinese text where Tencent publishes one,
   * else the English one, and `action` is empty (those tables have no 处理措施).
   */
  readonly official: OfficialText;
  /** Tencent's English text, where published (eKYC, the App SDKs, Cloud API). */
  readonly english?: string;
  /** Other texts published for the same code (another page, an older copy, the SDK's comment). */
  readonly variants?: readonly string[];
  /** Whether the attempt is billed, as each source publishes it (`P: 是`, `H: N`); absent when none does. */
  readonly billed?: readonly string[];
  /**
   * Where the entry is documented: for the extras of the WeBank tables, and for every code of the
   * result-code services (its pages, `; `-separated), and what a family fallback stands for.
   */
  readonly source?: string;
}

const NO_OFFICIAL_TEXT: OfficialText = Object.freeze({ message: '', action: '' });

/** Diagnoses by description: `describeCode` shares its answers, so each is diagnosed once. */
const diagnoses = new WeakMap<CodeDescription, CodeDiagnosis>();

/** A code's published texts in a result-code service (intl card warnings without their minus too). */
function publishedText(service: Service, code: string): PublishedText | undefined {
  const table = ownValue(RESULT_OFFICIAL, service);
  return (ownValue(table, code) ??
    (service === 'intlCardWarning' ? ownValue(table, `-${code}`) : undefined)) as
    | PublishedText
    | undefined;
}

/**
 * The official text of a catalogue entry (empty strings for `unknown`, or any other value). For an
 * entry of the result-code services, whose texts are per code, that of its first code.
 */
export function officialText(id: EntryId | 'unknown'): OfficialText {
  // Own ids only: `toString`, or a key of a polluted `Object.prototype`, is no entry.
  if (hasOwn(OFFICIAL, id)) {
    const [message, action] = OFFICIAL[id as TableEntryId];
    return Object.freeze({ message, action });
  }
  if (!hasOwn(CATALOGUE, id)) return NO_OFFICIAL_TEXT;
  const row = CATALOGUE[id as EntryId];
  const published = publishedText(row.service, row.codes[0] as string);
  return published
    ? Object.freeze({ message: published[0] || published[1], action: '' })
    : NO_OFFICIAL_TEXT;
}

/** What support needs beside the description, for a code of a result-code service. */
function resultDetails(description: CodeDescription): Partial<CodeDiagnosis> {
  if (description.family) {
    return {
      official: NO_OFFICIAL_TEXT,
      source: `family fallback: not in Tencent's published table; a code of the ${description.codes.join(', ')} family`,
    };
  }
  const published = publishedText(description.service, description.code);
  if (!published) return {};
  const [message, english, variants, billed, sources] = published;
  return {
    official: Object.freeze({ message: message || english, action: '' }),
    ...(english ? { english } : {}),
    ...(variants.length > 0 ? { variants } : {}),
    ...(billed.length > 0 ? { billed } : {}),
    source: sources.map((index) => RESULT_SOURCES[index]).join('; '),
  };
}

/**
 * `describeCode` plus Tencent's official text (and, for the documented extras and the result-code
 * services, their sources and billing): what a support tool or an integrator console shows.
 * Never throws; the answer is frozen.
 *
 * @example diagnoseCode('66660001').official // { message: '不合法请求', action: 'App ID 不存在' }
 * @example diagnoseCode(2006, { service: 'detectAuth' }).billed // ['P: 是', 'S: 是', 'E: 是']
 */
export function diagnoseCode(code: unknown, options?: DescribeOptions): CodeDiagnosis {
  const description = describeCode(code, options);
  let diagnosis = diagnoses.get(description);
  if (!diagnosis) {
    const source = hasOwn(SOURCES, description.id)
      ? SOURCES[description.id as TableEntryId]
      : undefined;
    const table = hasOwn(OFFICIAL, description.id) || !description.known;
    // Not `{ ...description, official }`: on V8 (Node 20) a spread followed by a property takes a
    // slow path (see BENCHMARKS.md).
    diagnosis = Object.freeze(
      Object.assign(
        { official: table ? officialText(description.id) : NO_OFFICIAL_TEXT },
        description,
        source ? { source } : undefined,
        table ? undefined : resultDetails(description),
      ),
    );
    diagnoses.set(description, diagnosis);
  }
  return diagnosis;
}
