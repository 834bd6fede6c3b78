import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useMappingPanelStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
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
});
