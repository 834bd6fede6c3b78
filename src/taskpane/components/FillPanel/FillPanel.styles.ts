import { makeStyles, tokens } from '@fluentui/react-components';

export const useFillPanelStyles = makeStyles({
  projects: {
    maxHeight: '240px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalS,
  },
  actions: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
});
