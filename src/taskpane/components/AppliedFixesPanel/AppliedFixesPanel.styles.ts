import { makeStyles, typographyStyles } from '@fluentui/react-components';

export const useAppliedFixesPanelStyles = makeStyles({
  ruleTitle: {
    ...typographyStyles.body1Strong,
  },
  // Stray spaces are what some fixes remove, so the values keep theirs.
  change: {
    whiteSpace: 'pre-wrap',
  },
});
