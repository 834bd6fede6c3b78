import { makeStyles, tokens } from '@fluentui/react-components';

export const useWaiveDialogStyles = makeStyles({
  surface: {
    maxWidth: `calc(100vw - ${tokens.spacingHorizontalXXL})`,
  },
  content: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  finding: {
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
});
