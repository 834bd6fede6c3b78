import { mergeClasses } from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { SheetModel } from '../../devhost/model';
import type { DemoText } from '../demo-text';
import { movedSelection, rectContains, selectionRect, sheetView, type GridCell, type SelectionRect } from '../sheet-view';
import { CELL_PADDING_PX, ROW_HEADER_WIDTH, useWorkbookGridStyles } from './WorkbookGrid.styles';

export interface WorkbookGridProps {
  sheet: SheetModel;
  /** The selected range when it is on this sheet (`B7`, `A2:C4`). */
  selection?: string;
  text: DemoText;
  onSelectCell(address: string): void;
  /** A hyperlink in a cell was followed (the Issues sheet's links to flagged cells). */
  onFollowLink(sheet: string | undefined, address: string): void;
}

/**
 * One sheet as Excel draws it: column letters, row numbers, each cell's shown
 * text, fill, font, note (red corner, tooltip and description) and the selected
 * cell outlined and scrolled into view. A plain table with row and column headers;
 * the arrow keys move the selection, as in Excel, while the grid has the focus.
 */
export function WorkbookGrid({ sheet, selection, text, onSelectCell, onFollowLink }: WorkbookGridProps) {
  const styles = useWorkbookGridStyles();
  const view = useMemo(() => sheetView(sheet), [sheet]);
  const scroller = useRef<HTMLDivElement>(null);
  const rect = useMemo(() => selectionRect(selection), [selection]);

  useEffect(() => {
    const cell = scroller.current?.querySelector<HTMLElement>('td[data-selected="true"]');
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selection, sheet.id]);

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLElement>('button[data-link-address]');
    if (link) {
      onFollowLink(link.dataset.linkSheet, link.dataset.linkAddress!);
      return;
    }
    const cell = target.closest<HTMLElement>('td[data-address]');
    if (cell) onSelectCell(cell.dataset.address!);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // Shift, Ctrl and Alt with an arrow extend or jump in Excel: not drawn here, so left to the browser.
    const next = movedSelection(selection, event.key, view.rows.length, view.columns.length);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== selection) onSelectCell(next);
  };

  const label = text.sheetGrid({ sheet: sheet.name });
  const capped = view.totalRows > view.rows.length || view.totalColumns > view.columns.length;
  const selectionHidden = selection !== undefined && rect !== undefined && (rect.top >= view.rows.length || rect.left >= view.columns.length);
  const notesShown = capped || selectionHidden;
  return (
    <>
      <div
        ref={scroller}
        className={styles.scroller}
        role="region"
        aria-label={label}
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight"
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        {view.rows.length === 0 ? (
          <p className={styles.capped}>{text.emptySheet}</p>
        ) : (
          <table className={styles.table} style={{ width: tableWidth(view.widths) }} aria-label={label} data-sheet={sheet.name} onClick={onClick}>
            <colgroup>
              <col className={styles.rowHeaderColumn} />
              {view.widths.map((characters, index) => <col key={index} style={{ width: columnWidth(characters) }} />)}
            </colgroup>
            <thead>
              <tr>
                <td className={mergeClasses(styles.heading, styles.corner)} />
                {view.columns.map((letters, index) => (
                  <th
                    key={letters}
                    scope="col"
                    className={mergeClasses(styles.heading, styles.columnHeader, rect && index >= rect.left && index <= rect.right && styles.activeHeader)}
                  >
                    {letters}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row, index) => (
                <GridRow
                  key={row.number}
                  number={row.number}
                  cells={row.cells}
                  selection={rect && index >= rect.top && index <= rect.bottom ? rect : undefined}
                  noteIdPrefix={`note-${sheet.id.replace(/[^0-9A-Za-z-]/g, '')}`}
                  text={text}
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
      {notesShown && (
        <div className={styles.notes}>
          {capped && (
            <p className={styles.capped} role="note">
              {text.capped({ rows: view.rows.length, totalRows: view.totalRows, columns: view.columns.length, totalColumns: view.totalColumns })}
            </p>
          )}
          {selectionHidden && (
            <p className={styles.capped} role="status">{text.selectionNotShown({ address: selection! })}</p>
          )}
        </div>
      )}
    </>
  );
}

interface GridRowProps {
  number: number;
  cells: GridCell[];
  /** The selection, passed only to the rows it touches so the others do not redraw. */
  selection?: SelectionRect;
  noteIdPrefix: string;
  text: DemoText;
}

const GridRow = memo(function GridRow({ number, cells, selection, noteIdPrefix, text }: GridRowProps) {
  const styles = useWorkbookGridStyles();
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.heading, styles.rowHeader, selection !== undefined && styles.activeHeader)}>{number}</th>
      {cells.map((cell, col) => {
        const selected = rectContains(selection, number - 1, col);
        const noteId = cell.note ? `${noteIdPrefix}-${cell.address}` : undefined;
        return (
          <td
            key={cell.address}
            data-address={cell.address}
            data-fill={cell.fill ?? ''}
            data-selected={selected ? 'true' : undefined}
            data-note={cell.note ? 'true' : undefined}
            aria-current={selected ? 'true' : undefined}
            aria-describedby={noteId}
            title={cell.note}
            className={mergeClasses(styles.cell, cell.numeric && styles.numeric, cell.spills && styles.spills, cell.joinsRight && styles.joinsRight, selected && styles.selected)}
            style={{
              backgroundColor: cell.fill,
              color: cell.color,
              fontWeight: cell.bold ? 'bold' : undefined,
              fontStyle: cell.italic ? 'italic' : undefined,
            }}
          >
            {cell.link ? (
              <button
                type="button"
                className={styles.link}
                data-link-sheet={cell.link.sheet}
                data-link-address={cell.link.address}
                aria-label={text.goToLinkedCell({ address: cell.link.text })}
              >
                {cell.link.text}
              </button>
            ) : (
              cell.text
            )}
            {noteId && (
              <>
                <span className={styles.noteMark} aria-hidden="true" />
                <span id={noteId} hidden>{`${text.hasNote}: ${cell.note}`}</span>
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
});

/** A column `characters` wide (a Thai or Latin character is about 1.1 of the font's `0`), plus the cell's padding. */
function columnWidth(characters: number): string {
  return `calc(${(characters * 1.1).toFixed(1)}ch + ${CELL_PADDING_PX}px)`;
}

/** The fixed-layout table's width: the row headings and every column. */
function tableWidth(widths: readonly number[]): string {
  const characters = widths.reduce((sum, width) => sum + width, 0);
  return `calc(${ROW_HEADER_WIDTH} + ${(characters * 1.1).toFixed(1)}ch + ${widths.length * CELL_PADDING_PX}px)`;
}
