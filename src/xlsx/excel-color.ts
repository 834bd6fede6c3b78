import type { PackageColor } from './excel-package';

/**
 * Colours of a package's styles as `#RRGGBB`, the way Excel shows them: an
 * ARGB value, a theme colour lightened or darkened by its tint, or an entry
 * of the legacy palette that files from older tools still cite.
 */

/** The legacy palette (ECMA-376 Part 1, §18.8.27), then the system foreground and background (64, 65). */
const INDEXED_COLORS = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

/** RRGGBB → hue, saturation, lightness in 0..1. */
function toHsl(rgb: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(rgb.slice(at, at + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const spread = max - min;
  if (spread === 0) return [0, 0, lightness];
  const saturation = lightness > 0.5 ? spread / (2 - max - min) : spread / (max + min);
  const hue = max === r ? (g - b) / spread + (g < b ? 6 : 0) : max === g ? (b - r) / spread + 2 : (r - g) / spread + 4;
  return [hue / 6, saturation, lightness];
}

function fromHsl([hue, saturation, lightness]: [number, number, number]): string {
  const q = lightness < 0.5 ? lightness * (1 + saturation) : lightness + saturation - lightness * saturation;
  const p = 2 * lightness - q;
  const channel = (offset: number) => {
    const t = (hue + offset + 1) % 1;
    const value = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return (channel(1 / 3) + channel(0) + channel(-1 / 3)).toUpperCase();
}

/**
 * A tint moves the lightness towards black (below 0) or white (above 0),
 * as Excel's "Darker 25%" and "Lighter 40%" shades do (ECMA-376 Part 1, §18.8.19).
 * `withTint('FFFFFF', -0.15)` → `D9D9D9`.
 */
export function withTint(rgb: string, tint: number): string {
  if (!tint) return rgb.toUpperCase();
  const [hue, saturation, lightness] = toHsl(rgb);
  const tinted = tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint;
  return fromHsl([hue, saturation, tinted]);
}

/**
 * `#RRGGBB` for a colour of the styles, given the theme's colours by index;
 * undefined for none (or an automatic colour).
 * `colorHex({ theme: 0, tint: -0.15 }, theme)` → `#D9D9D9`; `colorHex({ argb: 'FFFFC7CE' }, theme)` → `#FFC7CE`.
 */
export function colorHex(color: PackageColor | undefined, themeColors: readonly string[]): string | undefined {
  if (!color) return undefined;
  let rgb: string | undefined;
  if (typeof color.argb === 'string' && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(color.argb)) rgb = color.argb.slice(-6);
  else if (typeof color.theme === 'number') rgb = themeColors[color.theme];
  else if (typeof color.indexed === 'number') rgb = INDEXED_COLORS[color.indexed];
  return rgb === undefined ? undefined : `#${withTint(rgb, color.tint ?? 0)}`;
}

/** `#RRGGBB` → the opaque ARGB ExcelJS writes: `argbOf('#FFC7CE')` → `FFFFC7CE`. */
export function argbOf(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}
