import { Badge, Button, Link, mergeClasses } from '@fluentui/react-components';
import { memo } from 'react';
import type { Issue } from '../../../core/model';
import { useUiText } from '../../language';
import { shownAddress } from '../address';
import { SEVERITY_BADGE_COLOR } from '../severity';
import { useFindingItemStyles } from './FindingItem.styles';

export interface FindingItemProps {
  issue: Issue;
  selected: boolean;
  busy: boolean;
  onSelect(issue: Issue, cell?: string): void;
  onWaive(issue: Issue): void;
  onApplyFix(issue: Issue): void;
  /** Given for findings the column mapping answers (unknown or missing column, checks not run). */
  onMapColumn?(issue: Issue): void;
}

/**
 * One finding: severity in words, sheet!cell, the message and the fix in the current
 * language. The whole card is a button that selects the cell; related cells, Map column (when
 * the mapping answers the finding), the quick fix (when the finding has one) and Waive are
 * separate controls below it (buttons cannot nest). A card is drawn again only when its props
 * change (give it callbacks that keep their identity): a list adds cards without redrawing
 * the thousands above.
 */
export const FindingItem = memo(function FindingItem({ issue, selected, busy, onSelect, onWaive, onApplyFix, onMapColumn }: FindingItemProps) {
  const { lang, text } = useUiText();
  const styles = useFindingItemStyles();
  const address = shownAddress(issue.sheet, issue.cell);
  const severity = text.severity[issue.severity];
  const related = issue.cells.filter((cell) => cell !== issue.cell);
  return (
    <li className={styles.root} data-rule={issue.rule} data-sheet={issue.sheet} data-cell={issue.cell} data-severity={issue.severity}>
      <button
        type="button"
        className={mergeClasses(styles.select, selected && styles.selected)}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(issue)}
      >
        <span className={styles.heading}>
          <Badge appearance="tint" color={SEVERITY_BADGE_COLOR[issue.severity]}>{severity}</Badge>
          {' '}
          <span className={styles.address}>{address}</span>
        </span>
        {/* The button's name is its visible text (severity, cell, message, fix), so speech matches sight. */}
        {' '}
        <span className={styles.message}>{issue.message[lang]}</span>
        {issue.fix && ' '}
        {issue.fix && (
          <span className={styles.fix}>
            <span className={styles.fixLabel}>{text.fixLabel}: </span>{issue.fix[lang]}
          </span>
        )}
      </button>
      <div className={styles.footer}>
        {related.length > 0 ? (
          <span className={styles.related}>
            {text.relatedCells}:
            {related.map((cell) => {
              const shown = shownAddress(issue.sheet, cell);
              return (
                <Link key={cell} as="button" aria-label={text.goToCell({ address: shown })} onClick={() => onSelect(issue, cell)}>
                  {shown}
                </Link>
              );
            })}
          </span>
        ) : null}
        <span className={styles.actions}>
          {onMapColumn && (
            <Button size="small" disabledFocusable={busy} aria-label={text.mapColumnAt({ address })} onClick={() => onMapColumn(issue)}>
              {text.mapColumn}
            </Button>
          )}
          {issue.fix?.replacement !== undefined && (
            <Button size="small" disabledFocusable={busy} aria-label={text.applyFixAt({ address })} onClick={() => onApplyFix(issue)}>
              {text.applyFix}
            </Button>
          )}
          <Button
            size="small"
            appearance="subtle"
            disabledFocusable={busy}
            aria-label={text.waiveFinding({ address })}
            onClick={() => onWaive(issue)}
          >
            {text.waive}
          </Button>
        </span>
      </div>
    </li>
  );
});
