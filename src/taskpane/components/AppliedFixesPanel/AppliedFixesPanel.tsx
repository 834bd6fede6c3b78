import { Button, Link, Text } from '@fluentui/react-components';
import type { AppliedFix } from '../../../excel/types';
import { useUiText } from '../../language';
import { RULE_TITLE } from '../../rule-titles';
import { shownAddress } from '../address';
import { shownCellValue } from '../cell-value';
import { LogPanel } from '../LogPanel/LogPanel';
import { useLogEntryStyles } from '../LogPanel/LogPanel.styles';
import { formatTimestamp } from '../timestamp';
import { useAppliedFixesPanelStyles } from './AppliedFixesPanel.styles';

export interface AppliedFixesPanelProps {
  /** The workbook's log, newest first. */
  fixes: readonly AppliedFix[];
  busy: boolean;
  onSelect(sheet: string, cell: string): void;
  onUndo(fix: AppliedFix): void;
}

/** The quick fixes applied to this workbook (DESIGN §8), collapsed by default; each can be undone. */
export function AppliedFixesPanel({ fixes, busy, onSelect, onUndo }: AppliedFixesPanelProps) {
  const { lang, text } = useUiText();
  const styles = useAppliedFixesPanelStyles();
  const entry = useLogEntryStyles();
  return (
    <LogPanel value="fixes" heading={text.fixesHeading({ count: fixes.length })}>
      {fixes.map((fix) => {
        const address = shownAddress(fix.sheet, fix.cell);
        return (
          <li key={fix.id} className={entry.item}>
            <span className={entry.heading}>
              <Text className={styles.ruleTitle}>{RULE_TITLE[fix.rule][lang]}</Text>
              <Link as="button" aria-label={text.goToCell({ address })} onClick={() => onSelect(fix.sheet, fix.cell)}>{address}</Link>
            </span>
            <Text className={styles.change}>
              {text.fixChange({ before: shownCellValue(fix.before, lang), after: shownCellValue(fix.after, lang) })}
            </Text>
            <Text className={entry.meta}>{text.fixedOn({ date: formatTimestamp(fix.appliedAt, lang) })}</Text>
            <span className={entry.actions}>
              <Button size="small" disabledFocusable={busy} aria-label={text.undoFixAt({ address })} onClick={() => onUndo(fix)}>
                {text.undo}
              </Button>
            </span>
          </li>
        );
      })}
    </LogPanel>
  );
}
