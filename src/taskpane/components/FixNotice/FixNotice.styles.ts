import { makeStyles, tokens } from '@fluentui/react-components';

export const useFixNoticeStyles = makeStyles({
  root: {
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Scrolled to below the sticky Previous / Next bar, not under it.
    scrollMarginTop: '48px',
    scrollMarginBottom: tokens.spacingVerticalL,
  },
  // A fix's values keep their spaces (removing stray ones is what some fixes do).
  body: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
});
