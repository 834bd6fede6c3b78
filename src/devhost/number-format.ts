/**
 * Range.text: a cell's value shown through its number format. The formatter is
 * pure and lives in the core (src/core/cell-text.ts), so the task pane can show
 * values as the cell shows them; the host re-exports it here.
 */
export { formatCellText, generalNumber } from '../core/cell-text';
