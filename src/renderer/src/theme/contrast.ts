// WCAG 2.x contrast ratio, so the palette can be checked by a test rather than by eye. Packing benches
// are bright, screens are cheap and packers read from an arm's length: we hold text to 7:1 (AAA).

/** [r, g, b] in 0..255 from '#rgb' or '#rrggbb'. */
export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a hex colour: ${hex}`);
  const digits =
    match[1].length === 3
      ? [...match[1]].map((d) => d + d)
      : [match[1].slice(0, 2), match[1].slice(2, 4), match[1].slice(4, 6)];
  const [r, g, b] = digits.map((d) => parseInt(d, 16));
  return [r, g, b];
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColor(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 to 21; order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** WCAG AAA for normal text. */
export const AAA_TEXT = 7;
/** WCAG AA for normal text; the floor for secondary text. */
export const AA_TEXT = 4.5;
