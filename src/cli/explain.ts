/**
 * `faceid-guidance explain`: what a code, an H5 callback URL or a server response means, for
 * support staff and integrators. Pure: the input's text and a locale's nested strings in, a report
 * out (`explain`), and its rendering as text (`renderText`). `main.ts` reads files and arguments.
 */
import { readH5Callback } from '../core/callback';
import { isPattern, SERVICES, type Service } from '../core/catalogue';
import type { RetryPolicy } from '../core/describe';
import { type CodeDiagnosis, diagnoseCode } from '../core/diagnose';
import { hasOwn, normalizeApiCode, normalizeCode, readField, toRawText } from '../core/input';
import { actionKey, tipKey } from '../core/keys';
import { type ReadResultOptions, type ResultShape, readResult } from '../core/result';

/** A locale's strings, nested as in `locales/<lng>/*.json` (every file merged). */
export interface NestedStrings {
  readonly [key: string]: string | NestedStrings;
}

/** How the input was read. */
export type InputKind = 'code' | 'callback' | 'result' | 'unreadable';

/** One code, explained. */
export interface ExplainedCode {
  /** Where it was read (`code` of the callback, `Text.ErrCode`…); absent for a code given alone. */
  readonly field?: string;
  readonly code: string;
  readonly service: Service;
  readonly known: boolean;
  readonly family?: true;
  readonly id: string;
  readonly kind: string;
  readonly audience: string;
  readonly retry: RetryPolicy;
  /** The end user's copy, in the language asked for. */
  readonly user: {
    readonly title: string;
    readonly description: string;
    readonly tips: readonly string[];
    readonly actions: readonly string[];
  };
  /** The integrator checklist (`developer.*`), when the entry has one. */
  readonly integrator?: string;
  /** Tencent's own text and where it is published. */
  readonly official: {
    readonly message: string;
    readonly action: string;
    readonly english?: string;
    readonly variants?: readonly string[];
    readonly billed?: readonly string[];
    readonly source?: string;
  };
  /** For an unknown code read in the default service: the services that know it. */
  readonly knownIn?: readonly { readonly service: Service; readonly id: string }[];
}

/** One OCR warning of a result, explained. */
export interface ExplainedWarning {
  readonly code: string;
  readonly service: string;
  readonly side?: string;
  readonly known: boolean;
  readonly title: string;
  readonly description: string;
  readonly tips: readonly string[];
}

export interface Explanation {
  readonly input: InputKind;
  readonly lng: string;
  /** The service asked for (`--service`), or the one the input was read in. */
  readonly service: Service;
  /** Whether `--service` chose the service. */
  readonly serviceChosen: boolean;
  /** For a server response: the shape `readResult` recognised. */
  readonly shape?: ResultShape;
  /** The reference fields read (orderNo, requestId, h5faceId…), cleaned and cut. */
  readonly fields: Readonly<Record<string, string>>;
  readonly codes: readonly ExplainedCode[];
  readonly warnings: readonly ExplainedWarning[];
  /** Billing per attempt, where the result says (`IsNeedCharge`). */
  readonly billing?: readonly { readonly field: string; readonly charged: boolean }[];
  /** True when every code is known and there is at least one: the CLI's exit status 0. */
  readonly known: boolean;
  /** Why nothing could be read, when `input` is `unreadable`. */
  readonly problem?: string;
}

export interface ExplainOptions {
  /** The language of the end-user copy (a shipped locale). */
  readonly lng: string;
  /** The service to read codes in; absent: the one the input tells (`faceVerify` for a number). */
  readonly service?: Service;
}

/** The longest echoed value: references are at most 64 characters. */
const MAX_FIELD_LENGTH = 64;

/**
 * Text safe to echo on a terminal or in a page: control and format characters gone (escape
 * sequences included), markup brackets replaced, trimmed and cut.
 */
export function clean(value: unknown, max = MAX_FIELD_LENGTH): string {
  return toRawText(value, max).replace(/</g, '‹').replace(/>/g, '›');
}

/** A string at a dotted key of nested strings; `''` when there is none. */
function lookup(strings: NestedStrings, key: string): string {
  let node: string | NestedStrings | undefined = strings;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? (readField(node, part) as typeof node) : undefined;
  }
  return typeof node === 'string' ? node : '';
}

/** A string with its `{{variables}}` filled in, as i18next does (without escaping: plain text). */
export function say(
  strings: NestedStrings,
  key: string,
  values: Readonly<Record<string, string>> = {},
): string {
  return lookup(strings, key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

const OCR_SERVICES: readonly Service[] = ['idCardOcr', 'bankCardOcr', 'licenseOcr'];

/** The buttons the guidance offers for a retry policy (as the React components do, first attempt). */
function actionsOf(retry: RetryPolicy, service: Service): string[] {
  const again = OCR_SERVICES.includes(service) ? 'retake' : 'retry';
  const step: Partial<Record<RetryPolicy['type'], string>> = {
    now: again,
    wait: again,
    otherDocument: again,
    notToday: 'exit',
    correctDetails: 'editDetails',
    restart: 'restart',
  };
  const first = step[retry.type];
  return [
    ...(first ? [first] : []),
    ...(retry.type === 'contactSupport' ? ['contactSupport'] : []),
  ];
}

/** The services (beyond `except`) whose own entries know a code: a hint for an unknown one. */
function knownElsewhere(code: unknown, except: Service): { service: Service; id: string }[] {
  return SERVICES.filter((service) => service !== except && service !== 'gateway').flatMap(
    (service) => {
      const d = diagnoseCode(code, { service });
      return d.known && !d.family && d.service === service ? [{ service, id: d.id }] : [];
    },
  );
}

function explainCode(
  strings: NestedStrings,
  code: unknown,
  service: Service,
  field: string | undefined,
  hint: boolean,
): ExplainedCode {
  const d: CodeDiagnosis = diagnoseCode(code, { service });
  const shown = clean(d.code);
  const { developer } = d.messageKeys;
  const elsewhere = !d.known && hint ? knownElsewhere(code, service) : [];
  return {
    ...(field ? { field } : {}),
    code: shown,
    service: d.service,
    known: d.known,
    ...(d.family ? { family: true as const } : {}),
    id: d.id,
    kind: d.kind,
    audience: d.audience,
    retry: d.retry,
    user: {
      title: say(strings, d.messageKeys.title),
      description: say(strings, d.messageKeys.description),
      tips: d.tips.map((tip) => say(strings, tipKey(tip))),
      actions: actionsOf(d.retry, d.service).map((action) => say(strings, actionKey(action))),
    },
    ...(developer
      ? { integrator: say(strings, developer, { code: shown, service: d.service }) }
      : {}),
    official: {
      message: d.official.message,
      action: d.official.action,
      ...(d.english ? { english: d.english } : {}),
      ...(d.variants ? { variants: d.variants } : {}),
      ...(d.billed ? { billed: d.billed } : {}),
      ...(d.source ? { source: d.source } : {}),
    },
    ...(elsewhere.length > 0 ? { knownIn: elsewhere } : {}),
  };
}

/** The longest input read (characters): a response with its video and photos in Base64 fits. */
export const MAX_INPUT_LENGTH = 64 * 1024 * 1024;

/** Reference fields of a server response worth quoting to Tencent or the integrator. */
const RESULT_FIELDS = ['orderNo', 'bizSeqNo', 'BizToken', 'h5faceId', 'Description'] as const;

/** The object a JSON text holds, or why it holds none. */
function parseJson(text: string): { value?: unknown; problem?: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { problem: 'not valid JSON' };
  }
}

const looksLikeCallback = (text: string) => /^[a-z][a-z0-9+.-]*:\/\/|[?&#]|=/i.test(text);

/** How a piece of input text reads: a code, a callback, a JSON response, or nothing. */
export function classify(text: string): Exclude<InputKind, 'unreadable'> | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (normalizeCode(trimmed) !== undefined) return 'code';
  if (/^[{[]/.test(trimmed)) return 'result';
  if (looksLikeCallback(trimmed)) return 'callback';
  if (normalizeApiCode(trimmed) !== undefined && !isPattern(trimmed)) return 'code';
  return undefined;
}

/** What a report of nothing readable holds. */
function unreadable(
  text: string,
  options: ExplainOptions,
  strings: NestedStrings,
  problem: string,
): Explanation {
  const service = options.service ?? 'faceVerify';
  return {
    input: 'unreadable',
    lng: options.lng,
    service,
    serviceChosen: options.service !== undefined,
    fields: { input: clean(text) },
    codes: [explainCode(strings, text, service, undefined, false)],
    warnings: [],
    known: false,
    problem,
  };
}

/** The string fields of an object, by name, cleaned (`result.orderNo` as `orderNo`). */
function referenceFields(value: unknown, into: Record<string, string>): void {
  for (const name of RESULT_FIELDS) {
    const field = readField(value, name);
    if (typeof field === 'string' && field.trim() !== '' && !(name in into)) {
      into[name] = clean(field);
    }
  }
}

/**
 * Explains an input: a code (`66660023`, `FailedOperation.ActionLightDark`), an H5 callback URL
 * or query string, or a server response as JSON text. Never throws.
 */
export function explain(
  text: string,
  options: ExplainOptions,
  strings: NestedStrings,
): Explanation {
  const input = text.length > MAX_INPUT_LENGTH ? text.slice(0, MAX_INPUT_LENGTH) : text;
  const kind = classify(input);
  const chosen = options.service;
  const base = { lng: options.lng, serviceChosen: chosen !== undefined };

  if (kind === 'code') {
    const code = input.trim();
    const service: Service =
      chosen ?? (normalizeCode(code) === undefined ? 'cloudApi' : 'faceVerify');
    const explained = explainCode(strings, code, service, undefined, chosen === undefined);
    return {
      input: 'code',
      ...base,
      service,
      fields: {},
      codes: [explained],
      warnings: [],
      known: explained.known,
    };
  }

  if (kind === 'callback') {
    const callback = readH5Callback(input.trim());
    const service = chosen ?? 'faceVerify';
    const fields: Record<string, string> = {};
    for (const name of ['orderNo', 'h5faceId', 'liveRate'] as const) {
      const value = callback[name];
      if (value) fields[name] = clean(value);
    }
    // The signature is for the integrator's server to check: shown as present, never echoed.
    if (callback.signature) fields.signature = '(present)';
    const codes = (['code', 'faceCode', 'willCode'] as const).flatMap((name) =>
      callback[name] === undefined
        ? []
        : [explainCode(strings, callback[name], service, name, chosen === undefined)],
    );
    if (codes.length === 0) return unreadable(input, options, strings, 'no code in the callback');
    return {
      input: 'callback',
      ...base,
      service,
      fields,
      codes,
      warnings: [],
      known: codes.every((code) => code.known),
    };
  }

  if (kind === 'result') {
    const { value, problem } = parseJson(input.trim());
    if (problem) return unreadable(input, options, strings, problem);
    const readOptions: ReadResultOptions = chosen ? { service: chosen } : {};
    const reading = readResult(value, readOptions);
    if (reading.shape === 'unknown') {
      return unreadable(input, options, strings, 'not a FaceID response this tool knows');
    }
    const fields: Record<string, string> = {};
    if (reading.requestId) fields.requestId = clean(reading.requestId);
    const root = readField(value, 'Response') ?? value;
    referenceFields(root, fields);
    referenceFields(readField(root, 'result'), fields);
    const codes = reading.codes.map((code) =>
      explainCode(strings, code.code, code.service, code.field, false),
    );
    const warnings: ExplainedWarning[] = reading.warnings.map((warning) => ({
      code: clean(warning.service === 'idCardOcr' ? `#${warning.position}` : warning.code),
      service: warning.service,
      ...(warning.side ? { side: warning.side } : {}),
      known: warning.service === 'idCardOcr' ? warning.confirmed : warning.known,
      title: say(strings, warning.messageKeys.title),
      description: say(strings, warning.messageKeys.description),
      tips: warning.tips.map((tip) => say(strings, tipKey(tip))),
    }));
    return {
      input: 'result',
      ...base,
      service: reading.service,
      shape: reading.shape,
      fields,
      codes,
      warnings,
      ...(reading.billing ? { billing: reading.billing } : {}),
      known: codes.length > 0 && codes.every((code) => code.known),
    };
  }

  return unreadable(input, options, strings, 'not a code, a callback URL or a JSON response');
}

/** A retry policy in words. */
function retryText(retry: RetryPolicy): string {
  switch (retry.type) {
    case 'wait':
      return `wait ${retry.minutes} minutes, then retry`;
    case 'now':
      return 'retry now';
    case 'none':
      return 'nothing to retry';
    case 'notToday':
      return 'retry tomorrow (daily limit)';
    case 'correctDetails':
      return 'correct the name or ID number first';
    case 'otherDocument':
      return 'use a valid document';
    case 'restart':
      return 'start the flow again';
    case 'contactSupport':
      return 'retrying cannot help: contact support';
  }
}

const AUDIENCES: Readonly<Record<string, string>> = {
  user: 'the person can fix it',
  identity: 'the person’s identity data',
  integrator: 'the integration or the service: not the person’s to fix',
};

function renderCode(code: ExplainedCode, lng: string): string[] {
  const head = [
    code.field ? `${code.field} = ${code.code}` : code.code,
    `read in ${code.service}`,
    code.known ? `${code.id}${code.family ? ' (family fallback)' : ''}` : 'UNKNOWN',
  ].join(' · ');
  const lines = [
    head,
    `  ${code.kind}; ${AUDIENCES[code.audience] ?? code.audience}; ${retryText(code.retry)}`,
    '',
    `  End user (${lng}):`,
    `    ${code.user.title}`,
    `    ${code.user.description}`,
  ];
  for (const tip of code.user.tips) lines.push(`    - ${tip}`);
  if (code.user.actions.length > 0) lines.push(`    [${code.user.actions.join('] [')}]`);
  lines.push('', '  Integrator:');
  lines.push(
    `    ${code.integrator ?? (code.audience === 'integrator' ? '-' : 'nothing to fix in the integration')}`,
  );
  if (code.knownIn) {
    lines.push(
      `    Known in other services: ${code.knownIn.map(({ service, id }) => `${service} (${id})`).join(', ')}: pass --service.`,
    );
  }
  const { official } = code;
  if (official.message || official.english || official.source) {
    lines.push('', '  Tencent:');
    if (official.message) {
      lines.push(`    ${official.message}${official.action ? ` / ${official.action}` : ''}`);
    }
    if (official.english && official.english !== official.message)
      lines.push(`    ${official.english}`);
    for (const variant of official.variants ?? []) lines.push(`    also published: ${variant}`);
    if (official.billed) lines.push(`    billed: ${official.billed.join('; ')}`);
    if (official.source) lines.push(`    source: ${official.source}`);
  }
  return lines;
}

/** The report as text for a terminal: what support reads. */
export function renderText(explanation: Explanation): string {
  const { input, service, serviceChosen, shape, fields } = explanation;
  const lines: string[] = [];
  const how =
    input === 'result'
      ? `a server response (${shape})`
      : input === 'callback'
        ? 'an H5 callback'
        : input === 'code'
          ? 'a code'
          : `unreadable input: ${explanation.problem}`;
  lines.push(
    `faceid-guidance explain: ${how}, read in ${service}${serviceChosen ? ' (--service)' : ''}`,
  );
  const references = Object.entries(fields);
  if (references.length > 0) {
    lines.push('Fields read:');
    for (const [name, value] of references) lines.push(`  ${name}: ${value}`);
  }
  for (const billing of explanation.billing ?? []) {
    lines.push(`  ${billing.field}: ${billing.charged ? 'billed' : 'not billed'}`);
  }
  for (const code of explanation.codes) lines.push('', ...renderCode(code, explanation.lng));
  if (explanation.warnings.length > 0) {
    lines.push('', 'Warnings (OCR):');
    for (const warning of explanation.warnings) {
      lines.push(
        `  ${warning.code} (${warning.service}${warning.side ? `, ${warning.side}` : ''}): ${warning.title}`,
        `    ${warning.description}`,
        ...warning.tips.map((tip) => `    - ${tip}`),
      );
    }
  }
  if (!explanation.known) {
    lines.push(
      '',
      input === 'unreadable' || explanation.codes.length === 0
        ? 'Nothing known was read: the end user sees the fallback above.'
        : 'Not every code is known: the end user sees the fallback for those.',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a value names a service. */
export function isService(value: unknown): value is Service {
  return (SERVICES as readonly unknown[]).includes(value);
}
