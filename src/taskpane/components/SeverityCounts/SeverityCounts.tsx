import {
  Badge, Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, mergeClasses, useId,
} from '@fluentui/react-components';
import type { Issue, Severity } from '../../../core/model';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { SEVERITIES, SEVERITY_BADGE_COLOR } from '../severity';
import { useSectionStyles } from '../section.styles';
import { useSeverityCountsStyles } from './SeverityCounts.styles';

export interface SeverityCountsProps {
  counts: Record<Severity, number>;
  /** The `rules-not-run` findings: each is said here too, so no count reads as "all checked". */
  notRun: readonly Issue[];
  busy: boolean;
  /** Opens the column mapping for a finding; absent when the mapping cannot answer it. */
  mapColumnOf(issue: Issue): (() => void) | undefined;
}

/**
 * Findings per severity, each badge saying its severity in words (never colour alone), and a
 * warning line per check that did not run for want of a column, with the way to map it.
 */
export function SeverityCounts({ counts, notRun, busy, mapColumnOf }: SeverityCountsProps) {
  const { lang, text } = useUiText();
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
      {notRun.map((issue, index) => {
        const mapColumn = mapColumnOf(issue);
        return (
          <MessageBar key={`${issue.sheet}!${issue.cell}#${issue.field ?? index}`} intent="warning" layout="multiline" data-rule={issue.rule}>
            <MessageBarBody>
              <MessageBarTitle>{text.checksNotRunTitle}</MessageBarTitle>
              {issue.message[lang]}
            </MessageBarBody>
            {mapColumn && (
              <MessageBarActions>
                <Button
                  size="small"
                  disabledFocusable={busy}
                  aria-label={text.mapColumnAt({ address: shownAddress(issue.sheet, issue.cell) })}
                  onClick={mapColumn}
                >
                  {text.mapColumn}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        );
      })}
    </section>
  );
}
