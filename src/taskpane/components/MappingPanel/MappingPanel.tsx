import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Dropdown, Field, mergeClasses, Option, OptionGroup, SpinButton, Text,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, type MutableRefObject } from 'react';
import { FIELD_LABEL, type Field as CanonicalField } from '../../../core/model';
import type { TableRole } from '../../../core/table/types';
import type { WorkbookOverrides } from '../../../core/validate';
import type { HeaderInfo, Language, TableInfo } from '../../../excel/types';
import type { UiText } from '../../i18n';
import { useUiText } from '../../language';
import type { OverrideChange } from '../../session/settings-changes';
import { columnChoices, TABLE_ROLES, useMappingPanel, type MappingEntry } from './useMappingPanel';
import { columnsThatMayHold, type MappingTarget } from './mapping-target';
import { useSectionStyles } from '../section.styles';
import { useMappingPanelStyles } from './MappingPanel.styles';

export interface MappingPanelProps {
  tables: readonly TableInfo[];
  overrides: WorkbookOverrides;
  busy: boolean;
  onChange(sheet: string, change: OverrideChange): void;
  /**
   * A "Map column…" to answer: its table is opened, the columns that may hold its field listed first,
   * its column scrolled to and focused. Each click is a new object; `onRequestTaken` is called once
   * the panel has it, so the owner can drop it.
   */
  request?: MappingTarget;
  onRequestTaken(): void;
  /** Saves the mappings made by hand as a config file. */
  onSaveConfig(): void;
}

/** Option value of "not mapped" (a field id is never empty). */
const NOT_MAPPED = '';

/**
 * What is said under a column: that it may hold the field a finding is about, and why it was read
 * so — shown when its data decided, or when it was left unmapped (the word that blocked a match);
 * a choice of the user's needs no reason.
 */
function columnHint(header: HeaderInfo, mayHold: CanonicalField | undefined, lang: Language, text: UiText): string | undefined {
  const parts: string[] = [];
  if (mayHold) parts.push(text.mayHold({ field: FIELD_LABEL[mayHold][lang] }));
  if (header.reason && header.recognition !== 'user' && (header.recognition === 'data' || header.field === undefined)) {
    parts.push(header.reason[lang]);
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

interface ColumnMappingProps {
  table: TableInfo;
  header: HeaderInfo;
  /** The missing field this column may hold, when a finding asked for it. */
  mayHold?: CanonicalField;
  busy: boolean;
  onChange(change: OverrideChange): void;
}

/** One column's field: the header's candidates first (likeliest first), then every other choice. */
function ColumnMapping({ table, header, mayHold, busy, onChange }: ColumnMappingProps) {
  const { lang, text } = useUiText();
  const styles = useMappingPanelStyles();
  const { likely, others } = columnChoices(table, header);
  const fieldOption = (field: CanonicalField) => <Option key={field} value={field}>{FIELD_LABEL[field][lang]}</Option>;
  const notMapped = <Option key={NOT_MAPPED} value={NOT_MAPPED}>{text.notMapped}</Option>;
  return (
    <Field
      label={text.columnHeading({ column: header.column, text: header.text })}
      hint={columnHint(header, mayHold, lang, text)}
      className={mergeClasses(styles.column, mayHold && styles.suggested)}
      data-column={header.column}
    >
      <Dropdown
        className={styles.control}
        value={header.field ? FIELD_LABEL[header.field][lang] : text.notMapped}
        selectedOptions={[header.field ?? NOT_MAPPED]}
        disabled={busy}
        onOptionSelect={(_, data) => {
          const field = data.optionValue === NOT_MAPPED ? null : (data.optionValue as CanonicalField);
          if (field !== (header.field ?? null)) onChange({ kind: 'column', column: header.column, field });
        }}
      >
        {likely.length > 0 ? (
          <>
            <OptionGroup label={text.likelyFields}>{likely.map(fieldOption)}</OptionGroup>
            <OptionGroup label={text.otherChoices}>{notMapped}{others.map(fieldOption)}</OptionGroup>
          </>
        ) : (
          <>{notMapped}{others.map(fieldOption)}</>
        )}
      </Dropdown>
    </Field>
  );
}

interface TableMappingProps {
  table: TableInfo;
  /** The request that leads to this table: its fields' columns come first, its column is focused. */
  focus?: MappingTarget;
  /** Set to scroll the focused column into view again once the opening panel has its full height. */
  revealWhenOpened: MutableRefObject<(() => void) | undefined>;
  busy: boolean;
  onChange(change: OverrideChange): void;
}

/**
 * One table's role, header row and column → field choices. Mounted when its panel opens, so a
 * request that opened the panel is answered here: the column focused and scrolled into view.
 */
function TableMapping({ table, focus, revealWhenOpened, busy, onChange }: TableMappingProps) {
  const { text } = useUiText();
  const styles = useMappingPanelStyles();
  const container = useRef<HTMLDivElement>(null);
  const wanted = focus?.fields;
  const suggested = wanted ? columnsThatMayHold(table.headers, wanted) : [];
  const columns = [...suggested, ...table.headers.filter((header) => !suggested.includes(header))];

  useEffect(() => {
    if (!focus?.column) return undefined;
    const combobox = container.current?.querySelector<HTMLElement>(`[data-column="${focus.column}"] [role="combobox"]`);
    if (!combobox) return undefined;
    combobox.focus({ preventScroll: true });
    const reveal = () => combobox.scrollIntoView?.({ block: 'center' });
    reveal();
    revealWhenOpened.current = reveal;
    return () => { revealWhenOpened.current = undefined; };
  }, [focus, revealWhenOpened]);

  return (
    <div ref={container} className={styles.table}>
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
      {columns.map((header) => (
        <ColumnMapping
          key={header.column}
          table={table}
          header={header}
          mayHold={suggested.includes(header) ? header.candidates?.find((field) => wanted?.includes(field)) : undefined}
          busy={busy}
          onChange={onChange}
        />
      ))}
    </div>
  );
}

interface MappingItemProps {
  entry: MappingEntry;
  /** The request that leads here, if the latest one does. */
  focus?: MappingTarget;
  busy: boolean;
  onChange(sheet: string, change: OverrideChange): void;
}

/** One table's accordion item; its panel is a region named by its header (the WAI-ARIA accordion pattern). */
function MappingItem({ entry, focus, busy, onChange }: MappingItemProps) {
  const { text } = useUiText();
  const styles = useMappingPanelStyles();
  const headerId = useId('mapping-header');
  const panelId = useId('mapping-panel');
  // While the panel opens it grows from nothing: scrolling to a column then may fall short.
  const revealWhenOpened = useRef<() => void>(undefined);

  return (
    <AccordionItem value={entry.key}>
      <AccordionHeader as="h3" button={{ id: headerId, 'aria-controls': panelId }}>
        {entry.table
          ? text.tableTitle({ sheet: entry.sheet, role: text.role[entry.table.role], tableName: entry.table.tableName })
          : `${entry.sheet} — ${text.noTableWithMapping}`}
      </AccordionHeader>
      <AccordionPanel
        id={panelId}
        role="region"
        aria-labelledby={headerId}
        className={styles.panel}
        collapseMotion={{
          onMotionFinish: () => {
            revealWhenOpened.current?.();
            revealWhenOpened.current = undefined;
          },
        }}
      >
        {entry.table && (
          <TableMapping
            table={entry.table}
            focus={focus}
            revealWhenOpened={revealWhenOpened}
            busy={busy}
            onChange={(change) => onChange(entry.sheet, change)}
          />
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
 * "overridable by the user"). Every change is saved in the workbook and re-validates;
 * the corrections can be saved as a config file for the next workbooks.
 */
export function MappingPanel({ tables, overrides, busy, onChange, request, onRequestTaken, onSaveConfig }: MappingPanelProps) {
  const { text } = useUiText();
  const section = useSectionStyles();
  const styles = useMappingPanelStyles();
  const { entries, openItems, setOpenItems, focus, change } = useMappingPanel(tables, overrides, request, onRequestTaken, onChange);
  const headingId = useId('mapping');
  const saveHintId = useId('save-mappings');
  if (entries.length === 0) return null;
  return (
    <section className={section.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={section.heading}>{text.mappingHeading}</h2>
      <Text className={section.secondaryText}>{text.mappingIntro}</Text>
      <Accordion
        collapsible
        multiple
        openItems={openItems}
        onToggle={(_, data) => setOpenItems((data.openItems as string[]) ?? [])}
      >
        {entries.map((entry) => (
          <MappingItem
            key={entry.key}
            entry={entry}
            focus={focus?.key === entry.key ? focus : undefined}
            busy={busy}
            onChange={change}
          />
        ))}
      </Accordion>
      <div className={styles.save}>
        <Button disabledFocusable={busy} aria-describedby={saveHintId} onClick={onSaveConfig}>{text.saveMappings}</Button>
        <Text id={saveHintId} className={section.secondaryText}>{text.saveMappingsHint}</Text>
      </div>
    </section>
  );
}
