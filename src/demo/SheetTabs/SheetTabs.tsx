import { Tab, TabList, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import type { SheetModel } from '../../devhost/model';

export interface SheetTabsProps {
  /** Every sheet in tab order; hidden and very hidden ones get no tab, as in Excel. */
  sheets: readonly SheetModel[];
  activeSheetId: string;
  label: string;
  onActivate(sheetName: string): void;
}

const useSheetTabsStyles = makeStyles({
  root: {
    flexShrink: 0,
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
  },
});

/** The sheet tabs under the grid, like Excel's; choosing one activates that sheet in the workbook. */
export function SheetTabs({ sheets, activeSheetId, label, onActivate }: SheetTabsProps) {
  const styles = useSheetTabsStyles();
  const visible = sheets.filter((sheet) => sheet.visibility === 'Visible');
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={label}
        selectedValue={activeSheetId}
        onTabSelect={(_, data) => {
          const sheet = visible.find((candidate) => candidate.id === data.value);
          if (sheet) onActivate(sheet.name);
        }}
      >
        {visible.map((sheet) => (
          <Tab key={sheet.id} value={sheet.id} data-sheet={sheet.name}>{sheet.name}</Tab>
        ))}
      </TabList>
    </div>
  );
}
