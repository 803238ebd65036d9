import type { Tip } from '../core/catalogue';

// Line glyphs on a 24 × 24 grid, drawn with `currentColor` strokes so they follow the theme. Each
// says its tip at 24 px: a few bold shapes, a slash over what to take away or avoid.
const CIRCLE = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0`;
/** A rectangle with rounded corners. */
const RECT = (x: number, y: number, w: number, h: number) =>
  `M${x + 1} ${y}h${w - 2}a1 1 0 0 1 1 1v${h - 2}a1 1 0 0 1-1 1h${2 - w}a1 1 0 0 1-1-1v${2 - h}a1 1 0 0 1 1-1z`;
/** Head and shoulders, the head at (cx, cy). */
const BUST = (cx: number, cy: number) =>
  `${CIRCLE(cx, cy, 3)}M${cx - 6} ${cy + 10}c0-3 2.5-5 6-5s6 2 6 5`;
const FRAME = 'M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5';
const CARD = RECT(2, 5, 20, 14);
// The card with its lower right corner left open for a badge.
const CUT = 'M12 19H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1h18a1 1 0 0 1 1 1v5';
const PHONE = `${RECT(7, 2, 10, 20)}M11 18h2`;
/** A sun: a disc and four rays. */
const SUN = (cx: number, cy: number, r: number) =>
  `${CIRCLE(cx, cy, r)}M${cx} ${cy - r - 3.5}v2m0 ${2 * r + 3}v2M${cx - r - 3.5} ${cy}h2m${2 * r + 3} 0h2`;
const SLASH = 'M3 3l18 18';
const CHECK = 'M15 18l2 2 5-5';
/** Two lines of text on a card. */
const TEXT = 'M6 9h7M6 13h4';

/**
 * The drawing of each tip (an SVG path). A chunk of its own, loaded when a tip is first shown
 * (see `loadFaceIdIcons`). A `Record`, so that a tip without a drawing is a compile error.
 */
export const GLYPHS: Readonly<Record<Tip, string>> = {
  light: `M5 11V9.5C4 8.8 3 8 3 6.5a3.5 3.5 0 1 1 7 0c0 1.5-1 2.3-2 3V11zM5 14h3${BUST(17, 12)}`,
  evenLight: `${SUN(12, 12, 4)}M3 21L21 3`,
  screenBrightness: `${SUN(9, 14, 3)}M5 10l1 1M13 10l-1 1M5 18l1-1M13 18l-1-1M20 12V3M17 6l3-3 3 3`,
  faceInFrame: `${FRAME}M9 9v1M15 9v1M12 9v4h-1M9 16q3 2 6 0`,
  eyeLevel: `M1 12q6-8 12 0q-6 8-12 0z${CIRCLE(7, 12, 1)}${RECT(16, 4, 6, 16)}`,
  noOcclusion: `${CIRCLE(12, 12, 9)}M5 13h14M6 13c1 4 3 5 6 5s5-1 6-5M9 8v1M15 8v1${SLASH}`,
  noGlasses: `${CIRCLE(6, 14, 4)}${CIRCLE(18, 14, 4)}M10 13q2-1.5 4 0${SLASH}`,
  blink: 'M3 10q9 8 18 0M6 13l-2 3M12 15v3M18 13l2 3',
  readDigitsAloud:
    'M2 3h20v13H10l-5 5v-5H2zM5.5 8l1.5-1v6M10 8a1.5 1.5 0 1 1 2.5 1.5L10 13h3M15.5 7H19l-2 2.2a2 2 0 1 1-1.5 3.4',
  quietPlace: 'M3 9h4l5-4v14l-5-4H3zM16 9l5 6M21 9l-5 6',
  microphone: 'M9 6a3 3 0 0 1 6 0v5a3 3 0 0 1-6 0zM5 11a7 7 0 0 0 14 0M12 18v4',
  distance: `${CIRCLE(4, 12, 2.5)}M8 12h8M10 10l-2 2 2 2M14 10l2 2-2 2${RECT(19, 5, 3, 14)}`,
  oneFace: `${FRAME}${BUST(12, 9)}`,
  plainWall: `M2 3h20v18H2z${BUST(12, 11)}`,
  selfOnly: `${BUST(10, 11)}M15 8l2 2 4-4`,
  liveCamera: `M3 7h4l2-3h6l2 3h4v13H3z${CIRCLE(12, 13, 4)}`,
  inPageCamera: `${PHONE}${CIRCLE(12, 10, 3)}`,
  holdSteady: `${PHONE}M2 21h4M18 21h4`,
  cleanLens: `${CIRCLE(10, 14, 7)}${CIRCLE(10, 14, 3)}M19 1l1 3 3 1-3 1-1 3-1-3-3-1 3-1z`,
  stayOnPage: `${PHONE}M9.5 10l2 2 3-3.5`,
  checkDetails: `${CUT}${TEXT}${CIRCLE(16, 15, 4)}M19 18l3 3`,
  network: `M2 9a15 15 0 0 1 20 0M5 13a10 10 0 0 1 14 0M8.5 16.5a5 5 0 0 1 7 0${CIRCLE(12, 20, 0.5)}`,
  allowCamera: `M13 20H3V7h4l2-3h6l2 3h4v6${CIRCLE(12, 12.5, 3.5)}${CHECK}`,
  otherBrowser: `${CIRCLE(12, 12, 9)}M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18`,

  originalCard: `${CUT}${TEXT}${CIRCLE(18, 14, 3)}M16 17v5l2-1 2 1v-5`,
  cardFront: `${CARD}M5 9h5M5 13h4${CIRCLE(16, 10, 2)}M12.5 16c0-2 1.5-3 3.5-3s3.5 1 3.5 3`,
  cardBack: `${CARD}M8 7.5l1.2 2.8h3l-2.4 1.9.9 3-2.7-1.8-2.7 1.8.9-3-2.4-1.9h3zM15 10h4M15 14h4`,
  cardNumberSide: `${CARD}M5 8.5h4v3H5zM5 15h2M9 15h2M13 15h2M17 15h2`,
  alignCard: `${FRAME}M7 8h10v8H7z`,
  plainSurface: 'M2 19L6 7h16l-4 12zM8 15l1.7-5h7l-1.7 5z',
  avoidGlare: 'M3 21l3-8h15l-3 8zM6 8a9 9 0 0 1 12-2M18 2v4h-4',
  focus: `${FRAME}M7 9h10M7 12h10M7 15h6`,
  cardUncovered: `${CUT}v6a1 1 0 0 1-1 1M13 23v-9a2.5 2.5 0 0 1 5 0v9${SLASH}`,
  validCard: `${CUT}${TEXT}${CHECK}`,
};
