import { addressOnSheet } from '../../core/format';

/**
 * A cell as the pane shows it: always with its sheet (`Reports!G5`, `'แผน 2563'!G2`),
 * since the pane lists findings of every sheet. An already qualified address is kept.
 */
export function shownAddress(sheet: string, cell: string): string {
  return cell.includes('!') ? cell : addressOnSheet('', sheet, cell);
}
