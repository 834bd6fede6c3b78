import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useOverviewChartsStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  intro: {
    ...typographyStyles.caption1,
    margin: 0,
  },
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  chartTitle: {
    ...typographyStyles.body1Strong,
  },
  scatter: {
    width: '100%',
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.caption1,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  legendItem: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  diagonalSwatch: {
    width: '16px',
    borderTop: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStrokeAccessible}`,
  },
  dotSwatch: {
    width: '10px',
    height: '10px',
    borderRadius: tokens.borderRadiusCircular,
  },
  // The markers' colours (overview-series.ts WORST_COLOR), as the theme's tokens.
  error: { backgroundColor: tokens.colorStatusDangerForeground3 },
  warning: { backgroundColor: tokens.colorStatusWarningForeground3 },
  info: { backgroundColor: tokens.colorBrandForeground1 },
  none: { backgroundColor: tokens.colorNeutralForeground3 },
  pointed: {
    ...typographyStyles.caption1,
    margin: 0,
    // Two lines kept, so the page does not move as the pointer goes from dot to dot.
    minHeight: `calc(2 * ${typographyStyles.caption1.lineHeight})`,
  },
  notPlotted: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  notPlottedTitle: {
    ...typographyStyles.caption1Strong,
    margin: 0,
  },
  notPlottedList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  tableToggle: {
    alignSelf: 'flex-start',
  },
  // Read by screen readers, not drawn, until "Show as table".
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  tableScroller: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  table: {
    ...typographyStyles.caption1,
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'start',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& thead th': {
      ...typographyStyles.caption1Strong,
    },
  },
  caption: {
    ...typographyStyles.caption1Strong,
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalXS,
  },
  projectCell: {
    '&&': { fontWeight: tokens.fontWeightRegular },
  },
  projectName: {
    display: 'block',
    color: tokens.colorNeutralForeground2,
  },
  notPlottedNote: {
    display: 'block',
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground2,
  },
  numeric: {
    '&&': { textAlign: 'end' },
    whiteSpace: 'nowrap',
  },
  pickedRow: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
  },
});
