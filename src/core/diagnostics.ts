/**
 * `faceid-guidance/diagnostics`: Tencent's official texts, for support tools and integrator
 * consoles. Kept apart from `faceid-guidance/core` (3 KB gzipped on their own), so that a page that
 * only shows end-user copy never downloads them.
 */
export type { CodeDiagnosis, OfficialText } from './diagnose';
export { diagnoseCode, officialText } from './diagnose';
export { ID_CARD_WARNING_OFFICIAL, OFFICIAL, SOURCES } from './official';
export type { PublishedText } from './resultOfficial';
export { RESULT_OFFICIAL, RESULT_SOURCES } from './resultOfficial';
