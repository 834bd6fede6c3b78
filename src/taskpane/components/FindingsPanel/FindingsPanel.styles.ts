import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFindingsPanelStyles = makeStyles({
  controls: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  projectFilter: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  groupByLabel: {
    ...typographyStyles.caption1Strong,
  },
  toggles: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  groupHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  groupMeta: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  // A card scrolled into view clears the sticky navigator above it (a small button and its padding).
  cards: {
    '& > li': { scrollMarginTop: '48px' },
  },
});
