import { Badge, Button, Link, Text } from '@fluentui/react-components';
import type { Issue } from '../../../core/model';
import type { ValidationSummary, Waiver } from '../../../excel/types';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { LogPanel } from '../LogPanel/LogPanel';
import { useLogEntryStyles } from '../LogPanel/LogPanel.styles';
import { SEVERITY_BADGE_COLOR } from '../severity';
import { formatTimestamp } from '../timestamp';
import { useWaivedPanelStyles } from './WaivedPanel.styles';

export interface WaivedPanelProps {
  waived: ValidationSummary['waived'];
  busy: boolean;
  onSelect(issue: Issue): void;
  onUnwaive(waiver: Waiver): void;
}

/** Waived findings with their reasons, collapsed by default; each can be un-waived. */
export function WaivedPanel({ waived, busy, onSelect, onUnwaive }: WaivedPanelProps) {
  const { lang, text } = useUiText();
  const styles = useWaivedPanelStyles();
  const entry = useLogEntryStyles();
  return (
    <LogPanel value="waived" heading={text.waivedHeading({ count: waived.length })}>
      {waived.map(({ issue, waiver }, index) => {
        const address = shownAddress(issue.sheet, issue.cell);
        return (
          <li key={`${address}#${issue.rule}#${index}`} className={entry.item}>
            <span className={entry.heading}>
              <Badge appearance="outline" color={SEVERITY_BADGE_COLOR[issue.severity]}>{text.severity[issue.severity]}</Badge>
              <Link as="button" aria-label={text.goToCell({ address })} onClick={() => onSelect(issue)}>{address}</Link>
            </span>
            <Text>{issue.message[lang]}</Text>
            <Text className={styles.reason}>{text.waivedReason({ reason: waiver.reason })}</Text>
            <Text className={entry.meta}>
              {text.waivedOn({ date: formatTimestamp(waiver.waivedAt, lang) })}{waiver.by ? ` · ${text.waivedBy({ name: waiver.by })}` : ''}
            </Text>
            <span className={entry.actions}>
              <Button
                size="small"
                disabledFocusable={busy}
                aria-label={text.unwaiveFinding({ address })}
                onClick={() => onUnwaive(waiver)}
              >
                {text.unwaive}
              </Button>
            </span>
          </li>
        );
      })}
    </LogPanel>
  );
}
