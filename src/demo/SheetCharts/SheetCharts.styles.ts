import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useSheetChartsStyles = makeStyles({
  strip: {
    flexShrink: 0,
    display: 'flex',
    columnGap: tokens.spacingHorizontalL,
    overflowX: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: '480px',
    maxWidth: '720px',
    flexGrow: 1,
  },
  caption: {
    ...typographyStyles.body1Strong,
    textAlign: 'center',
  },
  svg: {
    width: '100%',
    height: 'auto',
  },
  axis: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: 1,
  },
  grid: {
    stroke: tokens.colorNeutralStroke2,
    strokeWidth: 1,
  },
  label: {
    fill: tokens.colorNeutralForeground2,
    fontSize: '11px',
  },
  series0: { fill: tokens.colorPaletteBlueBorderActive },
  series1: { fill: tokens.colorPaletteDarkOrangeBorderActive },
  series2: { fill: tokens.colorPaletteGreenBorderActive },
  legend: {
    display: 'flex',
    justifyContent: 'center',
    columnGap: tokens.spacingHorizontalL,
    ...typographyStyles.caption1,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
  },
});
