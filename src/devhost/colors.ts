/**
 * Colours as Excel takes them (`#RRGGBB` or an HTML colour name) and returns
 * them (`#RRGGBB`, upper case). Only the common HTML names are known here; an
 * unknown name is refused, which is stricter than Excel, never looser.
 */
const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#FFFFFF',
  red: '#FF0000',
  lime: '#00FF00',
  green: '#008000',
  blue: '#0000FF',
  yellow: '#FFFF00',
  orange: '#FFA500',
  gray: '#808080',
  grey: '#808080',
  silver: '#C0C0C0',
  purple: '#800080',
  pink: '#FFC0CB',
  navy: '#000080',
  maroon: '#800000',
  olive: '#808000',
  teal: '#008080',
  aqua: '#00FFFF',
  fuchsia: '#FF00FF',
  lightgreen: '#90EE90',
  lightblue: '#ADD8E6',
  lightyellow: '#FFFFE0',
  lightgray: '#D3D3D3',
  lightgrey: '#D3D3D3',
  gold: '#FFD700',
};

/** `normalizeColor('#ffc7ce')` → `#FFC7CE`; `normalizeColor('red')` → `#FF0000`; undefined when Excel would refuse it. */
export function normalizeColor(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(text)) return text.toUpperCase();
  return NAMED_COLORS[text.toLowerCase()];
}
