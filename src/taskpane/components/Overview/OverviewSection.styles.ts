import { makeStyles } from '@fluentui/react-components';

export const useOverviewSectionStyles = makeStyles({
  toggle: {
    alignSelf: 'flex-start',
  },
});
