import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** What every section of the pane shares: a column with a level-2 heading, and lists without bullets. */
export const useSectionStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  secondaryText: {
    color: tokens.colorNeutralForeground2,
  },
});
