/** The heading levels the components take (`headingLevel`). */
const HEADING_LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

/**
 * The heading element for a `headingLevel` prop: `h2` to `h6`; anything else a JavaScript caller
 * passes (7, `'h1'`, `null`) reads as the component's default.
 */
export function headingTag(level: unknown, fallback: 2 | 3): 'h2' | 'h3' | 'h4' | 'h5' | 'h6' {
  return `h${HEADING_LEVELS.includes(level) ? (level as 2 | 3 | 4 | 5 | 6) : fallback}`;
}

/**
 * How a component sits on the page: `banner`, a card among the page's content; `screen`, the whole
 * page of a result (a mark for the kind of outcome on top, the title, the tips, the actions pinned
 * to the bottom of the screen). Anything else a JavaScript caller passes reads as `banner`.
 */
export type Layout = 'banner' | 'screen';

/** The root's `data-layout`: set for `screen` only (the stylesheet's hook). */
export const layoutOf = (layout: unknown) => (layout === 'screen' ? layout : undefined);
