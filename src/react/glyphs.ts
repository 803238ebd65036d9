import type { Tip } from '../core/catalogue';

// Line glyphs on a 24 × 24 grid, drawn with `currentColor` strokes so they follow the theme.
const CIRCLE = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0-${2 * r} 0`;
const FRAME = 'M3 8V3h5M16 3h5v5M21 16v5h-5M8 21H3v-5';
const CARD = 'M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z';
const PERSON = `${CIRCLE(12, 8, 4)}M4 21c0-4 4-7 8-7s8 3 8 7`;
const CAMERA = `M3 7h4l2-3h6l2 3h4v13H3z${CIRCLE(12, 13, 4)}`;
const PHONE = 'M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2';
const SUN = `${CIRCLE(12, 12, 4)}M12 2v3M12 19v3M2 12h3M19 12h3`;

/**
 * The drawing of each tip (an SVG path). A chunk of its own, loaded when a tip is first shown
 * (see `loadFaceIdIcons`). A `Record`, so that a tip without a drawing is a compile error.
 */
export const GLYPHS: Readonly<Record<Tip, string>> = {
  light: `${SUN}M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2`,
  evenLight: `${SUN}M3 21L21 3`,
  screenBrightness: `${PHONE}${CIRCLE(12, 10, 2.5)}M12 5v1M12 14v1M8 10h-1M17 10h-1`,
  faceInFrame: `${FRAME}${CIRCLE(12, 12, 5)}`,
  eyeLevel: `${PHONE}M1 8h22M10 8a2 2 0 1 0 4 0`,
  noOcclusion: `${CIRCLE(12, 12, 9)}M8 10h2M14 10h2M9 15c2 1.5 4 1.5 6 0`,
  noGlasses: `${CIRCLE(6, 12, 3.5)}${CIRCLE(18, 12, 3.5)}M9.5 12h5M3 21L21 3`,
  blink: `M2 12s4-6 10-6 10 6 10 6-4 6-10 6S2 12 2 12z${CIRCLE(12, 12, 2)}`,
  readDigitsAloud: 'M4 4h16v11H9l-5 5zM8 9.5h1M11.5 9.5h1M15 9.5h1',
  quietPlace: 'M3 9h4l5-4v14l-5-4H3zM16 9l5 6M21 9l-5 6',
  microphone: 'M9 3h6v10H9zM5 11a7 7 0 0 0 14 0M12 18v4M8 22h8',
  distance: `${PHONE}M1 12h4M19 12h4`,
  oneFace: PERSON,
  plainWall: `M2 3h20v18H2z${CIRCLE(12, 10, 3)}M6 21c0-3 3-5 6-5s6 2 6 5`,
  selfOnly: `${PERSON}M16 6l2 2 4-4`,
  liveCamera: CAMERA,
  inPageCamera: `${CAMERA}M12 1v2`,
  holdSteady: `${PHONE}M3 8v8M21 8v8`,
  cleanLens: `${CIRCLE(12, 12, 6)}M4 20l4-4M17 3l1 2 2 1-2 1-1 2-1-2-2-1 2-1z`,
  stayOnPage: `${PHONE}M10 9l4 3-4 3z`,
  checkDetails: 'M5 3h14v18H5zM8 8h8M8 12h8M8 16h5',
  network: `M2 9a15 15 0 0 1 20 0M5 13a10 10 0 0 1 14 0M8.5 16.5a5 5 0 0 1 7 0${CIRCLE(12, 20, 0.5)}`,
  allowCamera: `${CAMERA}M17 17l2 2 4-4`,
  otherBrowser: `${CIRCLE(12, 12, 9)}M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18`,

  originalCard: `${CARD}M6 9h6M6 13h8M6 16h4`,
  cardFront: `${CARD}M5 9h7M5 13h6${CIRCLE(17, 11, 2.5)}`,
  cardBack: `${CARD}M12 7.5l1.2 2.6 2.8.3-2.1 1.9.6 2.8-2.5-1.4-2.5 1.4.6-2.8-2.1-1.9 2.8-.3z`,
  cardNumberSide: `${CARD}M5 13h3M10 13h3M15 13h4M5 9h4`,
  alignCard: `${FRAME}M7 8h10v8H7z`,
  plainSurface: `${CARD}M1 22h22`,
  avoidGlare: `${CARD}M7 15l5-7M11 16l5-7`,
  focus: `${CIRCLE(11, 11, 6)}M20 20l-4.5-4.5`,
  cardUncovered: `${CARD}M8 12l3 3 5-6`,
  validCard: `${CARD}M6 15h4M14 9h4M14 13h4`,
};
