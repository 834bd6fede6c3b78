import { Badge, mergeClasses, useId } from '@fluentui/react-components';
import type { Severity } from '../../../core/model';
import { useUiText } from '../../language';
import { SEVERITIES, SEVERITY_BADGE_COLOR } from '../severity';
import { useSectionStyles } from '../section.styles';
import { useSeverityCountsStyles } from './SeverityCounts.styles';

export interface SeverityCountsProps {
  counts: Record<Severity, number>;
}

/** Findings per severity, each badge saying its severity in words (never colour alone). */
export function SeverityCounts({ counts }: SeverityCountsProps) {
  const { text } = useUiText();
  const styles = useSeverityCountsStyles();
  const section = useSectionStyles();
  const headingId = useId('results');
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.resultsHeading}</h2>
      <ul className={mergeClasses(section.plainList, styles.row)}>
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <Badge appearance="tint" size="large" color={SEVERITY_BADGE_COLOR[severity]}>
              {text.severityCount[severity]({ count: counts[severity] })}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
