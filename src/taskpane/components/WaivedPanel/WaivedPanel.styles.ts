import { makeStyles, typographyStyles } from '@fluentui/react-components';

export const useWaivedPanelStyles = makeStyles({
  reason: {
    ...typographyStyles.body1Strong,
  },
});
