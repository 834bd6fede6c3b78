/**
 * Rough text measures for laying out generated cells and note boxes: how many
 * characters take width, and how many lines a text wraps to.
 */

/** Thai vowel and tone marks above or below a consonant, and zero-width characters: no width of their own. */
const ZERO_WIDTH = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200b-\u200d\ufeff]/g;

/** True for a character that takes no width of its own (it belongs to the one before): `takesNoWidth('่')` → true. */
export function takesNoWidth(character: string): boolean {
  return character.replace(ZERO_WIDTH, '') === '';
}

/** Characters that take width: `visibleLength('ที่')` → 1. */
export function visibleLength(text: string): number {
  return text.replace(ZERO_WIDTH, '').length;
}

/**
 * Lines `text` takes when wrapped at about `charactersPerLine` characters,
 * counting its own line breaks: `wrappedLineCount('ab\ncdef', 2)` → 3.
 */
export function wrappedLineCount(text: string, charactersPerLine: number): number {
  const perLine = Math.max(1, Math.floor(charactersPerLine));
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(visibleLength(line) / perLine)), 0);
}
