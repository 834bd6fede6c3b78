import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const usePaneHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
});
