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
  /**
   * The pane's full-height white page. On an element inside the FluentProvider, never on the
   * provider itself: Fluent copies the provider's classes onto every portal's mount node
   * (dropdown lists, dialogs), which is absolutely placed over the whole page at z-index 1000000 —
   * with these it became a white layer hiding the workbook and the options.
   */
  page: {
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
