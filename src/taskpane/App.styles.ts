import { makeStyles, tokens, webLightTheme, type Theme } from '@fluentui/react-components';

/**
 * Fluent's light theme with Thai-capable fonts after Segoe UI (which has no Thai
 * glyphs): Leelawadee UI is Windows' and Office's Thai UI font, Noto Sans Thai elsewhere.
 */
export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: `'Segoe UI', 'Leelawadee UI', 'Noto Sans Thai', ${webLightTheme.fontFamilyBase}`,
};

export const useAppStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '720px',
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    minWidth: 0,
  },
});
