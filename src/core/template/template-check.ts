import { cellAddress } from '../table/address';
import {
  isPlaceholderName, isRepeatMarker, PLACEHOLDERS, placeholderTokens, REPEAT_MARKER, suggestedPlaceholder, type PlaceholderName,
} from './placeholders';

/**
 * A template sheet checked before anything is filled: its placeholders, the row marked to repeat
 * per report, and every mistake by name and cell (`{{budjet}} in แม่แบบ!C5`), so that a template
 * with a typo is refused whole rather than filled with holes.
 */

/** A text cell of the template, 0-based. */
export interface TemplateTextCell {
  row: number;
  column: number;
  text: string;
}

export type TemplateProblem =
  | { kind: 'unknown-placeholder'; name: string; cell: string; suggestion?: PlaceholderName }
  | { kind: 'report-placeholder-outside-repeat'; name: PlaceholderName; cell: string }
  | { kind: 'several-repeat-rows'; cells: string[] }
  | { kind: 'no-placeholders' };

export interface TemplateCheck {
  sheet: string;
  /** The 0-based row marked `{{#reports}}`, if one is. */
  repeatRow?: number;
  /** The placeholders used, each once. */
  used: PlaceholderName[];
  problems: TemplateProblem[];
}

/** Checks the text cells of template sheet `sheet`. */
export function checkTemplate(sheet: string, cells: readonly TemplateTextCell[]): TemplateCheck {
  const problems: TemplateProblem[] = [];
  const used = new Set<PlaceholderName>();
  const markers: TemplateTextCell[] = [];
  const reportUses: { name: PlaceholderName; cell: TemplateTextCell }[] = [];
  const place = (cell: TemplateTextCell) => `${sheet}!${cellAddress(cell.row, cell.column)}`;
  const ordered = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  for (const cell of ordered) {
    for (const token of placeholderTokens(cell.text)) {
      if (isRepeatMarker(token)) {
        markers.push(cell);
      } else if (isPlaceholderName(token.name)) {
        used.add(token.name);
        if (PLACEHOLDERS[token.name].scope === 'report') reportUses.push({ name: token.name, cell });
      } else {
        const suggestion = suggestedPlaceholder(token.name);
        problems.push({ kind: 'unknown-placeholder', name: token.text, cell: place(cell), ...(suggestion ? { suggestion } : {}) });
      }
    }
  }
  const repeatRows = [...new Set(markers.map((cell) => cell.row))];
  if (repeatRows.length > 1) problems.push({ kind: 'several-repeat-rows', cells: markers.map(place) });
  const repeatRow = repeatRows.length === 1 ? repeatRows[0] : undefined;
  for (const { name, cell } of reportUses) {
    if (cell.row !== repeatRow && repeatRows.length <= 1) problems.push({ kind: 'report-placeholder-outside-repeat', name, cell: place(cell) });
  }
  if (used.size === 0 && markers.length === 0 && problems.length === 0) problems.push({ kind: 'no-placeholders' });
  return { sheet, ...(repeatRow === undefined ? {} : { repeatRow }), used: [...used], problems };
}

/** One problem in words. */
export function templateProblemText(problem: TemplateProblem, sheet: string): { th: string; en: string } {
  switch (problem.kind) {
    case 'unknown-placeholder': {
      const hint = problem.suggestion ? { th: ` (หมายถึง {{${problem.suggestion}}} หรือไม่)`, en: ` (did you mean {{${problem.suggestion}}}?)` } : { th: '', en: '' };
      return {
        th: `ไม่รู้จักตัวแทนข้อมูล ${problem.name} ใน ${problem.cell}${hint.th}`,
        en: `unknown placeholder ${problem.name} in ${problem.cell}${hint.en}`,
      };
    }
    case 'report-placeholder-outside-repeat':
      return {
        th: `{{${problem.name}}} ใน ${problem.cell} เป็นข้อมูลของรายงานแต่ละครั้ง ต้องอยู่ในแถวที่มี ${REPEAT_MARKER}`,
        en: `{{${problem.name}}} in ${problem.cell} is a report field: it belongs in the row marked ${REPEAT_MARKER}`,
      };
    case 'several-repeat-rows':
      return {
        th: `${REPEAT_MARKER} อยู่ได้ในแถวเดียว แต่พบใน ${problem.cells.join(', ')}`,
        en: `${REPEAT_MARKER} may mark one row only; found in ${problem.cells.join(', ')}`,
      };
    case 'no-placeholders':
      return {
        th: `ชีต ${sheet} ไม่มีตัวแทนข้อมูล {{...}} จึงใช้เป็นแม่แบบไม่ได้`,
        en: `sheet ${sheet} holds no {{placeholders}}, so it is not a template`,
      };
  }
}

/** Every problem as one line: the first in full, then how many more and where (`… and 2 more: {{x}} in แม่แบบ!D7, …`). */
export function templateProblemsLine(check: TemplateCheck, language: 'th' | 'en'): string | undefined {
  if (check.problems.length === 0) return undefined;
  const [first, ...rest] = check.problems;
  const text = templateProblemText(first, check.sheet)[language];
  if (rest.length === 0) return text;
  const places = rest.slice(0, 3).map((problem) => ('name' in problem && 'cell' in problem ? `${problem.kind === 'unknown-placeholder' ? problem.name : `{{${problem.name}}}`} in ${problem.cell}` : problem.kind));
  const more = rest.length > 3 ? ', …' : '';
  return language === 'th' ? `${text} และอีก ${rest.length} รายการ: ${places.join(', ')}${more}` : `${text}; and ${rest.length} more: ${places.join(', ')}${more}`;
}
