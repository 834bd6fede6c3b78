import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

/** About the width Excel gives a task pane. */
const PANE_WIDTH = '380px';

export const useDemoShellStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  title: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  intro: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: 0,
    '@media (max-width: 800px)': {
      flexDirection: 'column',
    },
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
  },
  workbookHeading: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  /** What is being opened, where its grid will be: the page's first view while the file code arrives. */
  opening: {
    justifyContent: 'flex-start',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
  },
  pane: {
    flexShrink: 0,
    width: PANE_WIDTH,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.borderLeft(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    '@media (max-width: 800px)': {
      width: 'auto',
      maxHeight: '50vh',
    },
  },
});
