import { visibleLength } from '../core/output/text-measure';

/** Where a line may break: between words, Thai words included (Thai writes no spaces between them). */
const words = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * `text` wrapped to `width` terminal columns: the first line after `first`, the others after
 * `rest` (a hanging indent). Breaks fall between words; a word longer than a line is cut.
 * Thai vowel and tone marks take no column of their own.
 * `wrapText('aaa bbb ccc', 9, '  ', '    ')` → `['  aaa bbb', '    ccc']`.
 */
export function wrapText(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  let room = width - visibleLength(first);
  let pendingSpace = '';
  const breakLine = () => {
    lines.push(line.trimEnd());
    line = rest;
    room = width - visibleLength(rest);
    pendingSpace = '';
  };
  for (const { segment } of words.segment(text)) {
    if (/^\s+$/.test(segment)) {
      pendingSpace = ' ';
      continue;
    }
    let piece = segment;
    const needed = visibleLength(pendingSpace) + visibleLength(piece);
    if (needed > room && line !== first && line !== rest) breakLine();
    // A word wider than a whole line: cut it where the line ends.
    while (visibleLength(pendingSpace + piece) > room && room > 0) {
      let cut = 0;
      let shown = visibleLength(pendingSpace);
      while (cut < piece.length && shown + visibleLength(piece[cut]) <= room) shown += visibleLength(piece[cut++]);
      if (cut === 0) break;
      line += pendingSpace + piece.slice(0, cut);
      piece = piece.slice(cut);
      breakLine();
    }
    line += pendingSpace + piece;
    room -= visibleLength(pendingSpace + piece);
    pendingSpace = '';
  }
  lines.push(line.trimEnd());
  return lines;
}
