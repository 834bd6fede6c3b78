import { makeStyles } from '@fluentui/react-components';

/** The section's own look, apart from its body's (Consolidate.styles.ts), which loads with the body. */
export const useConsolidateSectionStyles = makeStyles({
  toggle: {
    alignSelf: 'flex-start',
  },
});
