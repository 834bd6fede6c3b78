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
  placeholders: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  token: {
    fontFamily: tokens.fontFamilyMonospace,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
});
