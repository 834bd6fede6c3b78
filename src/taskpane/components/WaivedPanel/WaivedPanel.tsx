import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Link, Text,
} from '@fluentui/react-components';
import type { Issue } from '../../../core/model';
import type { Language, ValidationSummary, Waiver } from '../../../excel/types';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { SEVERITY_BADGE_COLOR } from '../severity';
import { useSectionStyles } from '../section.styles';
import { useWaivedPanelStyles } from './WaivedPanel.styles';

export interface WaivedPanelProps {
  waived: ValidationSummary['waived'];
  busy: boolean;
  onSelect(issue: Issue): void;
  onUnwaive(waiver: Waiver): void;
}

/** `19 ต.ค. 2562 14:05` (Buddhist era in Thai) / `Oct 19, 2019, 2:05 PM`; an unreadable stamp is shown as stored. */
function formatWaivedAt(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Waived findings with their reasons, collapsed by default; each can be un-waived. */
export function WaivedPanel({ waived, busy, onSelect, onUnwaive }: WaivedPanelProps) {
  const { lang, text } = useUiText();
  const styles = useWaivedPanelStyles();
  const section = useSectionStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="waived">
        <AccordionHeader as="h2">{text.waivedHeading({ count: waived.length })}</AccordionHeader>
        <AccordionPanel>
          <ul className={section.plainList}>
            {waived.map(({ issue, waiver }, index) => {
              const address = shownAddress(issue.sheet, issue.cell);
              return (
                <li key={`${address}#${issue.rule}#${index}`} className={styles.item}>
                  <span className={styles.heading}>
                    <Badge appearance="outline" color={SEVERITY_BADGE_COLOR[issue.severity]}>{text.severity[issue.severity]}</Badge>
                    <Link as="button" aria-label={text.goToCell({ address })} onClick={() => onSelect(issue)}>{address}</Link>
                  </span>
                  <Text>{issue.message[lang]}</Text>
                  <Text className={styles.reason}>{text.waivedReason({ reason: waiver.reason })}</Text>
                  <Text className={styles.meta}>
                    {text.waivedOn({ date: formatWaivedAt(waiver.waivedAt, lang) })}{waiver.by ? ` · ${waiver.by}` : ''}
                  </Text>
                  <span className={styles.actions}>
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
          </ul>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
