/**
 * WCAG 2 contrast of computed colours (`rgb(…)`, `rgba(…)`, as `getComputedStyle` gives them), for
 * the token sheet and its test.
 */

/** The channels of an `rgb(…)` / `rgba(…)` colour: [r, g, b, alpha]; undefined for anything else. */
export function parseRgb(color: string): [number, number, number, number] | undefined {
  const match =
    /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(
      color.trim(),
    );
  if (!match) return undefined;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number(alphaText.slice(0, -1)) / 100
        : Number(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** `color` composited over the opaque `under` (what the eye sees of a translucent colour). */
export function over(color: string, under: string): [number, number, number] | undefined {
  const top = parseRgb(color);
  const bottom = parseRgb(under);
  if (!top || !bottom) return undefined;
  const alpha = top[3];
  return [0, 1, 2].map((i) => (top[i] as number) * alpha + (bottom[i] as number) * (1 - alpha)) as [
    number,
    number,
    number,
  ];
}

/** The WCAG 2 relative luminance of an sRGB colour (channels 0–255). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return (
    0.2126 * (linear[0] as number) + 0.7152 * (linear[1] as number) + 0.0722 * (linear[2] as number)
  );
}

/**
 * The WCAG 2 contrast ratio (1–21) of `foreground` over `background`, a translucent foreground
 * composited over the background first; NaN when either is not an `rgb(…)` colour.
 */
export function contrastRatio(foreground: string, background: string): number {
  const back = parseRgb(background);
  const front = over(foreground, background);
  if (!back || !front) return Number.NaN;
  const [light, dark] = [
    relativeLuminance(front),
    relativeLuminance([back[0], back[1], back[2]]),
  ].sort((a, b) => b - a);
  return ((light as number) + 0.05) / ((dark as number) + 0.05);
}
