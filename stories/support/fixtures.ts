/** Deterministic inputs shared by stories. */

/** A fixed "now" for countdown stories: 2025-03-01 09:00:00 UTC. */
export const FIXED_NOW = Date.UTC(2025, 2, 1, 9, 0, 0);

/** Markup in a code parameter: must render as text, never as HTML. */
export const MARKUP_CODE = '<img src="x" onerror="window.__faceidXss = true">';

let oneMegabyte: string | undefined;

/** A 1 MB string arriving as a code (built on first use, never passed through story args). */
export function oneMegabyteCode(): string {
  oneMegabyte ??= '6'.repeat(1024 * 1024);
  return oneMegabyte;
}
