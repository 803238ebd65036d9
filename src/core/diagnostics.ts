/**
 * `faceid-guidance/diagnostics`: Tencent's official texts, for support tools and integrator
 * consoles. Kept apart from `faceid-guidance/core` so that the official texts are an explicit
 * choice.
 */
export type { CodeDescription, OfficialText } from './describeCode';
export { describeCode } from './describeCode';
export { ID_CARD_WARNING_OFFICIAL, OFFICIAL } from './official';
