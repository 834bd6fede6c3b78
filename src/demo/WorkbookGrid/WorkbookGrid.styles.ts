import { makeStyles, shorthands, tokens } from '@fluentui/react-components';

/** Column and row headings stay in view while the sheet scrolls; cells get out from under them. */
export const HEADER_HEIGHT_PX = 22;
const HEADER_HEIGHT = `${HEADER_HEIGHT_PX}px`;
export const ROW_HEADER_WIDTH = '48px';
/** Horizontal padding and border of a cell, added to the width its characters take. */
export const CELL_PADDING_PX = 9;

export const useWorkbookGridStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  table: {
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  rowHeaderColumn: {
    width: ROW_HEADER_WIDTH,
  },
  /** What the corner, column letters and row numbers share: Excel's grey headings that stay in view. */
  heading: {
    position: 'sticky',
    textAlign: 'center',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderRight(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  },
  corner: {
    top: 0,
    left: 0,
    zIndex: 3,
    height: HEADER_HEIGHT,
  },
  columnHeader: {
    top: 0,
    zIndex: 2,
    height: HEADER_HEIGHT,
    borderRightColor: tokens.colorNeutralStroke2,
  },
  rowHeader: {
    left: 0,
    zIndex: 1,
    padding: 0,
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  /** The row number, laid over its heading so a low row (a form's spacer) stays as low as the sheet sets it. */
  rowNumber: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
  },
  activeHeader: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3Selected,
  },
  cell: {
    position: 'relative',
    padding: 0,
    cursor: 'cell',
    ...shorthands.borderRight(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke3),
    // Keep a cell scrolled into view clear of the sticky headings.
    scrollMarginTop: HEADER_HEIGHT,
    scrollMarginLeft: ROW_HEADER_WIDTH,
  },
  /**
   * The cell's content, laid over the cell: the row keeps the height the sheet gives it whatever the
   * text (as in Excel, text that does not fit is cut off), so the rows not drawn can be counted in pixels.
   */
  content: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    paddingBlock: '1px',
    paddingInline: tokens.spacingHorizontalXS,
    overflow: 'hidden',
  },
  /** The text line inside the content: one line cut with an ellipsis, unless it wraps or runs on. */
  text: {
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  top: {
    justifyContent: 'flex-start',
  },
  middle: {
    justifyContent: 'center',
  },
  wrap: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    textOverflow: 'clip',
  },
  numeric: {
    textAlign: 'right',
  },
  spills: {
    overflow: 'visible',
    textOverflow: 'clip',
  },
  /** A sheet without gridlines (a filled form): only the borders it sets are drawn. */
  noGridlines: {
    borderRightColor: 'transparent',
    borderBottomColor: 'transparent',
  },
  /** Stands for the rows not drawn above or below those in view, keeping the scroll height. */
  spacer: {
    padding: 0,
    border: 'none',
  },
  joinsRight: {
    borderRightColor: 'transparent',
  },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
  },
  noteMark: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: `7px solid ${tokens.colorPaletteRedBorder2}`,
    borderLeft: '7px solid transparent',
  },
  link: {
    padding: 0,
    border: 'none',
    background: 'none',
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  capped: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground2,
  },
  notes: {
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
});
