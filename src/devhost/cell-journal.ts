/**
 * The undo log of one sync's cell changes. A sync changes a sheet's cell map in
 * place; the first change of each cell records what the cell was (its object, or
 * that it was absent), so a refused batch is rolled back exactly. A batch costs
 * the cells it changes, not a copy of every sheet it touches.
 */
import { cellKey } from './address';
import { isBlankCell, type CellModel, type SheetModel } from './model';
import { forgetExtents, noteCellChange } from './sheet-cells';

type CellMap = Record<string, CellModel>;

export class CellJournal {
  /** Per cell map, the cells changed in this batch as they were before it (undefined: absent). */
  private readonly changed = new Map<CellMap, Map<string, CellModel | undefined>>();

  /**
   * Replaces one cell: `change` receives a copy of the stored cell (never the
   * stored object, which a snapshot may still hold), and a cell left blank is removed.
   */
  replaceCell(sheet: SheetModel, row: number, col: number, change: (cell: CellModel) => CellModel): void {
    const cells = sheet.cells;
    const key = cellKey(row, col);
    const stored = cells[key];
    this.remember(cells, key, stored);
    const next = change({ ...(stored ?? {}) });
    if (isBlankCell(next)) delete cells[key];
    else cells[key] = next;
    noteCellChange(cells, row, col, stored, next);
  }

  /** The cell at `key` of `cells` as it was before the batch. */
  before(cells: CellMap, key: string): CellModel | undefined {
    const changed = this.changed.get(cells);
    return changed?.has(key) ? changed.get(key) : cells[key];
  }

  /** Puts every changed cell back as it was before the batch; the journal is empty afterwards. */
  rollBack(): void {
    for (const [cells, before] of this.changed) {
      forgetExtents(cells);
      for (const [key, cell] of before) {
        if (cell === undefined) delete cells[key];
        else cells[key] = cell;
      }
    }
    this.changed.clear();
  }

  /** Keeps the batch's changes: nothing is left to undo. */
  forget(): void {
    this.changed.clear();
  }

  private remember(cells: CellMap, key: string, stored: CellModel | undefined): void {
    let changed = this.changed.get(cells);
    if (!changed) {
      changed = new Map();
      this.changed.set(cells, changed);
    }
    if (!changed.has(key)) changed.set(key, stored);
  }
}
