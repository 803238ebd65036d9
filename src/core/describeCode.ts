import { type CodeReading, type DescribeOptions, readCode } from './describe';
import { OFFICIAL } from './official';

/** Tencent's own text for a code: 返回信息 and 处理措施, verbatim. For support staff and integrators. */
export interface OfficialText {
  readonly message: string;
  readonly action: string;
}

export interface CodeDescription extends CodeReading {
  /** The official text; empty strings for unknown codes. */
  readonly official: OfficialText;
}

const NO_OFFICIAL_TEXT: OfficialText = { message: '', action: '' };

/**
 * Describes a FaceID response code read within its service: its meaning, whose problem it is, what
 * the person can do next, guidance tips, message keys and the official text. Never throws: any
 * value that is not a known code gets `known: false`, the fallback message keys and the raw code
 * (trimmed, truncated) for support.
 *
 * @example describeCode('-5018').messageKeys.title // 'codes.faceVerifyNoBlink.title'
 * @example describeCode(-1102, { service: 'licenseOcr' }).id // 'licenseImageUnreadable'
 */
export function describeCode(code: unknown, options?: DescribeOptions): CodeDescription {
  const reading = readCode(code, options);
  if (reading.id === 'unknown') return { ...reading, official: NO_OFFICIAL_TEXT };
  const [message, action] = OFFICIAL[reading.id];
  return { ...reading, official: { message, action } };
}
