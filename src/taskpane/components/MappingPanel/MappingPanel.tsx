import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, Option, SpinButton, Text, useId,
} from '@fluentui/react-components';
import { FIELD_LABEL, type Field as CanonicalField } from '../../../core/model';
import type { TableRole } from '../../../core/table/types';
import type { WorkbookOverrides } from '../../../core/validate';
import type { TableInfo } from '../../../excel/types';
import { useUiText } from '../../language';
import type { OverrideChange } from '../../session/settings-changes';
import { fieldChoices, TABLE_ROLES, useMappingPanel, type MappingEntry } from './useMappingPanel';
import { useSectionStyles } from '../section.styles';
import { useMappingPanelStyles } from './MappingPanel.styles';

export interface MappingPanelProps {
  tables: readonly TableInfo[];
  overrides: WorkbookOverrides;
  busy: boolean;
  onChange(sheet: string, change: OverrideChange): void;
}

/** Option value of "not mapped" (a field id is never empty). */
const NOT_MAPPED = '';

interface TableMappingProps {
  table: TableInfo;
  busy: boolean;
  onChange(change: OverrideChange): void;
}

/** One table's role, header row and column → field choices. */
function TableMapping({ table, busy, onChange }: TableMappingProps) {
  const { lang, text } = useUiText();
  const styles = useMappingPanelStyles();
  const choices = fieldChoices(table);
  const fieldText = (field: CanonicalField | undefined) => (field ? FIELD_LABEL[field][lang] : text.notMapped);
  return (
    <>
      <Text className={styles.extent}>{text.tableExtent({ headerRow: table.headerRow, rows: table.rows })}</Text>
      <Field label={text.tableRole}>
        <Dropdown
          className={styles.control}
          value={text.role[table.role]}
          selectedOptions={[table.role]}
          disabled={busy}
          onOptionSelect={(_, data) => {
            if (data.optionValue && data.optionValue !== table.role) onChange({ kind: 'role', role: data.optionValue as TableRole });
          }}
        >
          {TABLE_ROLES.map((role) => <Option key={role} value={role}>{text.role[role]}</Option>)}
        </Dropdown>
      </Field>
      <Field label={text.headerRow}>
        <SpinButton
          className={styles.headerRow}
          min={1}
          value={table.headerRow}
          disabled={busy}
          onChange={(_, data) => {
            const row = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
            if (Number.isInteger(row) && row >= 1 && row !== table.headerRow) onChange({ kind: 'headerRow', headerRow: row });
          }}
        />
      </Field>
      {table.headers.map((header) => (
        <Field key={header.column} label={text.columnHeading({ column: header.column, text: header.text })}>
          <Dropdown
            className={styles.control}
            value={fieldText(header.field)}
            selectedOptions={[header.field ?? NOT_MAPPED]}
            disabled={busy}
            onOptionSelect={(_, data) => {
              const field = data.optionValue === NOT_MAPPED ? null : (data.optionValue as CanonicalField);
              if (field !== (header.field ?? null)) onChange({ kind: 'column', column: header.column, field });
            }}
          >
            <Option value={NOT_MAPPED}>{text.notMapped}</Option>
            {choices.map((field) => <Option key={field} value={field}>{FIELD_LABEL[field][lang]}</Option>)}
          </Dropdown>
        </Field>
      ))}
    </>
  );
}

interface MappingItemProps {
  entry: MappingEntry;
  busy: boolean;
  onChange(sheet: string, change: OverrideChange): void;
}

/** One table's accordion item; its panel is a region named by its header (the WAI-ARIA accordion pattern). */
function MappingItem({ entry, busy, onChange }: MappingItemProps) {
  const { text } = useUiText();
  const styles = useMappingPanelStyles();
  const headerId = useId('mapping-header');
  const panelId = useId('mapping-panel');
  return (
    <AccordionItem value={entry.key}>
      <AccordionHeader as="h3" button={{ id: headerId, 'aria-controls': panelId }}>
        {entry.table
          ? text.tableTitle({ sheet: entry.sheet, role: text.role[entry.table.role], tableName: entry.table.tableName })
          : `${entry.sheet} — ${text.noTableWithMapping}`}
      </AccordionHeader>
      <AccordionPanel id={panelId} role="region" aria-labelledby={headerId} className={styles.panel}>
        {entry.table && (
          <TableMapping table={entry.table} busy={busy} onChange={(change) => onChange(entry.sheet, change)} />
        )}
        {entry.overridden && (
          <Button disabledFocusable={busy} onClick={() => onChange(entry.sheet, { kind: 'reset' })}>
            {text.resetMapping}
          </Button>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/**
 * How each table was read, and the user's corrections (DESIGN §3: layouts are
 * "overridable by the user"). Every change is saved in the workbook and re-validates.
 */
export function MappingPanel({ tables, overrides, busy, onChange }: MappingPanelProps) {
  const { text } = useUiText();
  const section = useSectionStyles();
  const { entries } = useMappingPanel(tables, overrides);
  const headingId = useId('mapping');
  if (entries.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.mappingHeading}</h2>
      <Text className={section.secondaryText}>{text.mappingIntro}</Text>
      <Accordion collapsible multiple>
        {entries.map((entry) => (
          <MappingItem key={entry.key} entry={entry} busy={busy} onChange={onChange} />
        ))}
      </Accordion>
    </section>
  );
}
