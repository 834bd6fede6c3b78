import type { BadgeProps } from '@fluentui/react-components';
import { Severity } from '../../core/model';

/** Most severe first: the order of counts, filters and groups. */
export const SEVERITIES: readonly Severity[] = Severity.options;

/** Badge colours come from the theme's palette; the badge always carries the severity in words too. */
export const SEVERITY_BADGE_COLOR: Record<Severity, NonNullable<BadgeProps['color']>> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};
