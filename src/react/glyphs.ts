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
  screenBrightness: `${PHONE}M12 6v8M8 10h8`,
  faceInFrame: `${FRAME}${CIRCLE(12, 12, 5)}`,
  eyeLevel: `${PHONE}M1 8h22`,
  noOcclusion: `${CIRCLE(12, 12, 9)}M8 10h2M14 10h2M9 15c2 1.5 4 1.5 6 0`,
  noGlasses: 'M2 10h8v4H2zM14 10h8v4h-8zM3 21L21 3',
  blink: `M2 12s4-6 10-6 10 6 10 6-4 6-10 6S2 12 2 12z${CIRCLE(12, 12, 2)}`,
  readDigitsAloud: 'M4 4h16v11H9l-5 5zM8 9.5h1M11.5 9.5h1M15 9.5h1',
  quietPlace: 'M3 9h4l5-4v14l-5-4H3zM16 9l5 6M21 9l-5 6',
  microphone: 'M9 3h6v10H9zM5 11a7 7 0 0 0 14 0M12 18v4',
  distance: `${PHONE}M1 12h4M19 12h4`,
  oneFace: PERSON,
  plainWall: `M2 3h20v18H2z${PERSON}`,
  selfOnly: `${PERSON}M16 6l2 2 4-4`,
  liveCamera: CAMERA,
  inPageCamera: `${PHONE}${CIRCLE(12, 10, 3)}`,
  holdSteady: `${PHONE}M3 8v8M21 8v8`,
  cleanLens: `${CIRCLE(11, 11, 6)}M8 11a3 3 0 0 1 3-3`,
  stayOnPage: `${PHONE}M10 9l4 3-4 3z`,
  checkDetails: 'M5 3h14v18H5zM8 8h8M8 12h8M8 16h5',
  network: `M2 9a15 15 0 0 1 20 0M5 13a10 10 0 0 1 14 0M8.5 16.5a5 5 0 0 1 7 0${CIRCLE(12, 20, 0.5)}`,
  allowCamera: `${CAMERA}M17 17l2 2 4-4`,
  otherBrowser: `${CIRCLE(12, 12, 9)}M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18`,

  originalCard: `${CARD}M6 9h6M6 13h8M6 16h4`,
  cardFront: `${CARD}M5 9h7M5 13h6${CIRCLE(17, 11, 2.5)}`,
  cardBack: `${CARD}M12 8l1 3h3l-2.5 2 1 3-2.5-2-2.5 2 1-3L8 11h3z`,
  cardNumberSide: `${CARD}M5 13h14`,
  alignCard: `${FRAME}M7 8h10v8H7z`,
  plainSurface: `${CARD}M1 22h22`,
  avoidGlare: `${CARD}M7 15l5-7M11 16l5-7`,
  focus: `${CIRCLE(11, 11, 6)}M20 20l-4.5-4.5`,
  cardUncovered: `${CARD}M8 12l3 3 5-6`,
  validCard: `${CARD}M6 15h4M14 9h4M14 13h4`,
};
