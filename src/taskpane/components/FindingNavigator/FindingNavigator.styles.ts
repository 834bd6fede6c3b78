import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useFindingNavigatorStyles = makeStyles({
  // Sticky, so Previous and Next stay under the pointer while the walk scrolls the list.
  root: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  position: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground2,
  },
});
