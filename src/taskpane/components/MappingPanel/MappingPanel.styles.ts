import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

export const useMappingPanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  table: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  extent: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  control: {
    minWidth: 0,
    width: '100%',
  },
  headerRow: {
    maxWidth: '120px',
  },
  column: {
    // Room for the suggested column's bar, so columns line up whether suggested or not.
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorTransparentStroke),
    paddingLeft: tokens.spacingHorizontalS,
  },
  /** A column that may hold the field a finding asked for. */
  suggested: {
    ...shorthands.borderLeft(tokens.strokeWidthThick, 'solid', tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  save: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalXS,
  },
});
