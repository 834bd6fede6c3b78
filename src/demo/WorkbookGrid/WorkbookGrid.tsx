import { mergeClasses } from '@fluentui/react-components';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { CellModel, SheetModel } from '../../devhost/model';
import type { DemoText } from '../demo-text';
import {
  MAX_GRID_COLUMNS, cellSelected, movedSelection, rowWindow, selectionRect, sheetView,
  type GridCell, type RowWindow, type SelectionRect, type SheetView,
} from '../sheet-view';
import { CELL_PADDING_PX, HEADER_HEIGHT_PX, ROW_HEADER_WIDTH, useWorkbookGridStyles } from './WorkbookGrid.styles';

/** Rows drawn beyond those in view on either side, so a short scroll shows drawn rows at once. */
const ROW_MARGIN = 30;
/** One indent level, as Excel draws it at 100%: about a character and a half of the standard font. */
const INDENT_PX = 9;
/** The grid's height before it is measured. */
const FIRST_VIEWPORT_PX = 900;

export interface WorkbookGridProps {
  sheet: SheetModel;
  /** A cell as the host has committed it (SimulatedExcelHost.committedCell): the grid never draws a sync's half-applied batch. */
  committedCell(sheet: SheetModel, address: string): CellModel | undefined;
  /** The selected range when it is on this sheet (`B7`, `A2:C4`). */
  selection?: string;
  text: DemoText;
  onSelectCell(address: string): void;
  /** A hyperlink in a cell was followed (the Issues sheet's links to flagged cells). */
  onFollowLink(sheet: string | undefined, address: string): void;
}

/** The scroller's offset and height as last seen: kept from its scroll and resize events, so drawing a new sheet never reads the layout. */
interface Viewport {
  top: number;
  height: number;
}

/** The rows to draw for the scroller scrolled and sized as `viewport` says, `margin` rows more on either side. */
function windowFor(view: SheetView, viewport: Viewport, margin = ROW_MARGIN): RowWindow | undefined {
  return rowWindow(view, viewport.top - HEADER_HEIGHT_PX, viewport.height, margin);
}

const sameWindow = (a: RowWindow | undefined, b: RowWindow | undefined) => a?.first === b?.first && a?.last === b?.last;

/**
 * One sheet as Excel draws it: column letters, row numbers, each cell's shown
 * text, fill, font, borders, alignment and merged areas, the sheet's column widths
 * and row heights, notes (red corner, tooltip and description) and the selected
 * cell outlined and scrolled into view. A plain table with row and column headers;
 * only the rows in view are drawn (spacer rows stand for the others, and each row
 * says its place with aria-rowindex), so a sheet of any length scrolls freely.
 * The arrow keys move the selection, as in Excel, while the grid has the focus.
 */
export function WorkbookGrid({ sheet, committedCell, selection, text, onSelectCell, onFollowLink }: WorkbookGridProps) {
  const styles = useWorkbookGridStyles();
  const view = useMemo(() => sheetView(sheet, MAX_GRID_COLUMNS, (address) => committedCell(sheet, address)), [sheet, committedCell]);
  const scroller = useRef<HTMLDivElement>(null);
  const rect = useMemo(() => selectionRect(selection), [selection]);
  const viewport = useRef<Viewport>({ top: 0, height: FIRST_VIEWPORT_PX });
  // The rows drawn, for the view and sheet they were worked out for. A new view is drawn at once from where the grid
  // stands: reading the scroller then would lay out the whole page inside the render, and again in the frame after it.
  // A sheet drawn anew (another sheet, or another workbook's) gets only the rows in view first, and the margin around
  // them once the frame is painted, so a newly opened workbook's first frame lays out and paints a third fewer cells;
  // a view a sync changed keeps its margin.
  const [drawn, setDrawn] = useState(() => ({ view, sheetId: sheet.id, committedCell, rows: windowFor(view, viewport.current, 0), withMargin: false }));
  const sameSheet = drawn.sheetId === sheet.id && drawn.committedCell === committedCell;
  const current = drawn.view === view;
  const rowsDrawn = current ? drawn.rows : windowFor(view, viewport.current, sameSheet ? ROW_MARGIN : 0);
  const marginToDraw = current ? !drawn.withMargin : !sameSheet;
  const followViewport = useCallback(() => {
    const next = windowFor(view, viewport.current);
    setDrawn((last) => (last.view === view && last.withMargin && sameWindow(last.rows, next)
      ? last
      : { view, sheetId: sheet.id, committedCell, rows: next, withMargin: true }));
  }, [view, sheet.id, committedCell]);
  useEffect(() => {
    if (!marginToDraw) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(followViewport, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [marginToDraw, followViewport]);
  const onScroll = () => {
    viewport.current.top = scroller.current?.scrollTop ?? 0;
    followViewport();
  };

  // A resize shows more or fewer rows; the observer answers after the layout, so reading the height costs nothing.
  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      viewport.current = { top: element.scrollTop, height: element.clientHeight || FIRST_VIEWPORT_PX };
      followViewport();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [followViewport]);

  // A new selection is scrolled to once: its row by arithmetic (it may not be drawn yet), then the drawn cell into view.
  const revealed = useRef<string | undefined>(undefined);
  const revealCell = useRef(false);
  useLayoutEffect(() => {
    const key = `${sheet.id}!${selection ?? ''}`;
    const element = scroller.current;
    if (revealed.current === key || !element) return;
    revealed.current = key;
    if (!rect || rect.top >= view.rowCount) return;
    const rowTop = HEADER_HEIGHT_PX + view.rowTops[rect.top];
    const rowBottom = HEADER_HEIGHT_PX + view.rowTops[rect.top + 1];
    const { top } = viewport.current;
    let scrollTo: number | undefined;
    if (rowTop < top + HEADER_HEIGHT_PX) {
      scrollTo = rowTop - HEADER_HEIGHT_PX;
    } else if (rowBottom > top + viewport.current.height) {
      // Below the height last seen (or guessed, before the first resize event): the real height decides.
      const height = element.clientHeight || viewport.current.height;
      viewport.current.height = height;
      if (rowBottom > top + height) scrollTo = rowBottom - height;
    }
    revealCell.current = true;
    if (scrollTo === undefined) return;
    element.scrollTop = scrollTo;
    viewport.current.top = element.scrollTop;
    followViewport();
  }, [sheet.id, selection, rect, view, followViewport]);
  useEffect(() => {
    if (!revealCell.current) return;
    const cell = scroller.current?.querySelector<HTMLElement>('td[data-selected="true"]');
    if (!cell) return;
    revealCell.current = false;
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

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
    const next = movedSelection(selection, event.key, view.rowCount, view.columns.length, view.merges);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== selection) onSelectCell(next);
  };

  const label = text.sheetGrid({ sheet: sheet.name });
  const capped = view.totalColumns > view.columns.length;
  const selectionHidden = selection !== undefined && rect !== undefined && (rect.top >= view.rowCount || rect.left >= view.columns.length);
  const notesShown = capped || selectionHidden;
  const first = Math.min(rowsDrawn?.first ?? 0, Math.max(view.rowCount - 1, 0));
  const last = Math.min(rowsDrawn?.last ?? -1, view.rowCount - 1);
  const spacerAbove = view.rowTops[first];
  const spacerBelow = view.rowTops[view.rowCount] - view.rowTops[last + 1];
  const noteIdPrefix = `note-${sheet.id.replace(/[^0-9A-Za-z-]/g, '')}`;
  const rows = [];
  for (let index = first; index <= last; index++) {
    const row = view.row(index);
    rows.push(
      <GridRow
        key={row.number}
        row={row.number}
        cells={row.cells}
        height={view.rowTops[index + 1] - view.rowTops[index]}
        selection={rect && index <= rect.bottom && row.reach >= rect.top ? rect : undefined}
        headingActive={rect !== undefined && index >= rect.top && index <= rect.bottom}
        gridlines={view.gridlines}
        noteIdPrefix={noteIdPrefix}
        text={text}
      />,
    );
  }
  const spacer = (height: number, key: string) => (
    <tr key={key} aria-hidden="true" style={{ height }}>
      <td className={styles.spacer} colSpan={view.columns.length + 1} />
    </tr>
  );
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
        onScroll={onScroll}
      >
        {view.rowCount === 0 ? (
          <p className={styles.capped}>{text.emptySheet}</p>
        ) : (
          <table
            className={styles.table}
            style={{ width: tableWidth(view) }}
            aria-label={label}
            aria-rowcount={view.rowCount + 1}
            data-sheet={sheet.name}
            data-rows-drawn={`${first + 1}-${last + 1}`}
            onClick={onClick}
          >
            <colgroup>
              <col className={styles.rowHeaderColumn} />
              {view.widths.map((_, index) => <col key={index} style={{ width: columnWidth(view, index) }} />)}
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
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
              {spacerAbove > 0 && spacer(spacerAbove, 'above')}
              {rows}
              {spacerBelow > 0 && spacer(spacerBelow, 'below')}
            </tbody>
          </table>
        )}
      </div>
      {notesShown && (
        <div className={styles.notes}>
          {capped && (
            <p className={styles.capped} role="note">
              {text.capped({ columns: view.columns.length, totalColumns: view.totalColumns })}
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
  /** 1-based. */
  row: number;
  cells: GridCell[];
  /** In CSS pixels. */
  height: number;
  /** The selection, passed only to the rows whose cells it touches so the others do not redraw. */
  selection?: SelectionRect;
  headingActive: boolean;
  gridlines: boolean;
  noteIdPrefix: string;
  text: DemoText;
}

const GridRow = memo(function GridRow({ row, cells, height, selection, headingActive, gridlines, noteIdPrefix, text }: GridRowProps) {
  const styles = useWorkbookGridStyles();
  return (
    <tr aria-rowindex={row + 1} style={{ height }}>
      <th scope="row" className={mergeClasses(styles.heading, styles.rowHeader, headingActive && styles.activeHeader)}>
        <span className={styles.rowNumber}>{row}</span>
      </th>
      {cells.map((cell) => {
        const selected = cellSelected(selection, cell);
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
            rowSpan={cell.rowSpan}
            colSpan={cell.colSpan}
            className={mergeClasses(styles.cell, !gridlines && styles.noGridlines, cell.joinsRight && styles.joinsRight, selected && styles.selected)}
            style={cellStyle(cell)}
          >
            <div className={mergeClasses(styles.content, cell.vertical === 'top' && styles.top, cell.vertical === 'center' && styles.middle, cell.spills && styles.spills)}>
              <div
                className={mergeClasses(styles.text, cell.numeric && styles.numeric, cell.wrap && styles.wrap, cell.spills && styles.spills)}
                style={cell.horizontal || cell.indentLevel ? { textAlign: cell.horizontal, paddingInlineStart: cell.indentLevel ? cell.indentLevel * INDENT_PX : undefined } : undefined}
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
              </div>
            </div>
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

/** The cell's own look: fill, font and the borders the sheet sets (over the gridlines). */
function cellStyle(cell: GridCell): CSSProperties {
  return {
    backgroundColor: cell.fill,
    color: cell.color,
    fontWeight: cell.bold ? 'bold' : undefined,
    fontStyle: cell.italic ? 'italic' : undefined,
    fontSize: cell.fontScale ? `${cell.fontScale.toFixed(3)}em` : undefined,
    borderTop: cell.borders.top,
    borderRight: cell.borders.right,
    borderBottom: cell.borders.bottom,
    borderLeft: cell.borders.left,
  };
}

/** A column the sheet sizes, in pixels; else `characters` wide (a Thai or Latin character is about 1.1 of the font's `0`), plus the cell's padding. */
function columnWidth(view: SheetView, col: number): string {
  const pixels = view.pixelWidths[col];
  return pixels === undefined ? `calc(${(view.widths[col] * 1.1).toFixed(1)}ch + ${CELL_PADDING_PX}px)` : `${pixels}px`;
}

/** The fixed-layout table's width: the row headings and every column. */
function tableWidth(view: SheetView): string {
  let characters = 0;
  let pixels = 0;
  view.widths.forEach((width, col) => {
    const sized = view.pixelWidths[col];
    if (sized === undefined) {
      characters += width;
      pixels += CELL_PADDING_PX;
    } else {
      pixels += sized;
    }
  });
  return `calc(${ROW_HEADER_WIDTH} + ${(characters * 1.1).toFixed(1)}ch + ${pixels}px)`;
}
