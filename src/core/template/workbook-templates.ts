import type { Grid } from '../model/grid';
import { PLACEHOLDERS, REPEAT_MARKER, REPEAT_MARKER_EXPLANATION as REPEAT_MARKER_TEXT } from './placeholders';
import { checkTemplate, templateProblemText, type TemplateCheck, type TemplateTextCell } from './template-check';

/**
 * The sheets of a workbook that are custom templates (DESIGN §9): those with a `{{…}}` in some
 * text cell, found in the grids validation reads anyway, each checked (template-check.ts). The
 * task pane offers them beside the standard form and fills them.
 */

/** A template's text cell with the number format its cell has ('' or General for none). */
export interface TemplateCellText extends TemplateTextCell {
  numberFormat: string;
}

export interface WorkbookTemplate {
  sheet: string;
  /** Every text cell holding `{{`, 0-based. */
  cells: TemplateCellText[];
  check: TemplateCheck;
}

/** The text cells of a grid that hold `{{`: what a template's placeholders are found in. */
export function placeholderCells(grid: Grid): TemplateCellText[] {
  const cells: TemplateCellText[] = [];
  grid.values.forEach((row, r) => row.forEach((value, c) => {
    if (typeof value === 'string' && value.includes('{{')) {
      cells.push({ row: grid.origin.row + r, column: grid.origin.col + c, text: value, numberFormat: grid.numberFormats[r]?.[c] ?? '' });
    }
  }));
  return cells;
}

/** Every sheet of `grids` holding a `{{…}}`, checked, in workbook order. `workbookTemplates(grids)[0].check.problems` → `[]` for a good one. */
export function workbookTemplates(grids: readonly Grid[]): WorkbookTemplate[] {
  return grids.flatMap((grid) => {
    const cells = placeholderCells(grid);
    const template = { sheet: grid.sheet, cells, check: checkTemplate(grid.sheet, cells) };
    // A sheet whose `{{` makes no token (`{{` alone in a text) is not a template.
    return cells.length > 0 && template.check.problems.every((problem) => problem.kind !== 'no-placeholders') ? [template] : [];
  });
}

/** What the record of filled sheets calls a template of the workbook, as the command line does: `sheet:แม่แบบ`. */
export const templateOrigin = (sheet: string): string => `sheet:${sheet}`;

/** Every placeholder with its one-line explanation, the repeat marker last: the list the task pane shows. */
export function placeholderList(language: 'th' | 'en'): { token: string; explanation: string }[] {
  return [
    ...Object.entries(PLACEHOLDERS).map(([name, info]) => ({ token: `{{${name}}}`, explanation: info.explanation[language] })),
    { token: REPEAT_MARKER, explanation: REPEAT_MARKER_TEXT[language] },
  ];
}

/** The problems of a template in both languages, each one line. */
export function templateProblemTexts(template: WorkbookTemplate): { th: string; en: string }[] {
  return template.check.problems.map((problem) => templateProblemText(problem, template.sheet));
}
