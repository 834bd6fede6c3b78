import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusMessagesStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  // A fix's values keep their spaces (removing stray ones is what some fixes do).
  body: {
    whiteSpace: 'pre-wrap',
  },
  detail: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});
