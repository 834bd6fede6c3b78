import { makeStyles, tokens } from '@fluentui/react-components';

export const useSeverityCountsStyles = makeStyles({
  row: {
    flexDirection: 'row',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
  },
});
