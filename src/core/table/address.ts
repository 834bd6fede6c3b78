/** A column's letters from its 0-based index: `columnLetter(0)` → `A`, `columnLetter(26)` → `AA`. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A column's 0-based index from its letters: `columnIndex('AA')` → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** An A1 address from 0-based row and column: `cellAddress(0, 2)` → `C1`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Splits an A1 address: `parseAddress('C12')` → `{ row: 11, col: 2 }` (0-based); undefined when not A1. */
export function parseAddress(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match) return undefined;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}
