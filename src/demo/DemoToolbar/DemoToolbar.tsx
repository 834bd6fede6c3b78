import { Spinner, Text, Toolbar, ToolbarButton, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { DemoText } from '../demo-text';

export interface DemoToolbarProps {
  text: DemoText;
  busy: boolean;
  fileName?: string;
  onOpenFile(file: File): void;
  onDownload(): void;
  onReset(): void;
}

const useDemoToolbarStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  fileName: {
    color: tokens.colorNeutralForeground2,
  },
});

/** Open an .xlsx into the simulated host, download it with the marks, or go back to the sample. */
export function DemoToolbar({ text, busy, fileName, onOpenFile, onDownload, onReset }: DemoToolbarProps) {
  const styles = useDemoToolbarStyles();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <Toolbar aria-label={text.toolbar} size="small">
        <ToolbarButton appearance="primary" disabledFocusable={busy} onClick={() => picker.current?.click()}>
          {text.openFile}
        </ToolbarButton>
        <ToolbarButton disabledFocusable={busy || !fileName} onClick={onDownload}>{text.download}</ToolbarButton>
        <ToolbarButton disabledFocusable={busy} onClick={onReset}>{text.reset}</ToolbarButton>
      </Toolbar>
      <input
        ref={picker}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        aria-label={text.openFile}
        data-testid="open-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so choosing the same file again is a change too.
          event.currentTarget.value = '';
          if (file) onOpenFile(file);
        }}
      />
      {/* With no workbook shown yet, the grid's place says what is opening: one spinner, not two. */}
      {busy ? fileName && <Spinner size="tiny" label={text.loading} /> : fileName && <Text className={styles.fileName}>{text.workbook({ name: fileName })}</Text>}
    </div>
  );
}
