import {
  AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Dropdown, Field, Option, OptionGroup, Text, useId,
} from '@fluentui/react-components';
import { FIELD_LABEL, type Field as CanonicalField } from '../../../core/model';
import type { HeaderInfo, TableInfo } from '../../../excel/types';
import { useUiText } from '../../language';
import { columnStatus, sheetPreview, sourceRowCounts, type ColumnStatus, type ConsolidationSource, type SourceSheet } from '../../session/consolidation-sources';
import { columnChoices } from '../MappingPanel/useMappingPanel';
import { CONSOLIDATE_TEXT } from './consolidate-text';
import { useConsolidateStyles } from './Consolidate.styles';

/** Option value of "not mapped" (a field id is never empty). */
const NOT_MAPPED = '';

const STATUS_COLOR: Record<ColumnStatus, 'success' | 'warning' | 'danger' | 'brand'> = {
  recognised: 'success', guessed: 'warning', unknown: 'danger', chosen: 'brand',
};

interface ColumnChoiceProps {
  table: TableInfo;
  header: HeaderInfo;
  busy: boolean;
  onChoose(column: string, field: CanonicalField | null): void;
}

/** One column: how it was read (recognised, guessed, unknown, your choice) and its field, which the user may change. */
function ColumnChoice({ table, header, busy, onChoose }: ColumnChoiceProps) {
  const { lang, text } = useUiText();
  const own = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const status = columnStatus(header.recognition, header.field);
  const { likely, others } = columnChoices(table, header);
  const fieldOption = (field: CanonicalField) => <Option key={field} value={field}>{FIELD_LABEL[field][lang]}</Option>;
  const notMapped = <Option key={NOT_MAPPED} value={NOT_MAPPED}>{text.notMapped}</Option>;
  const label = own.columnLabel({ column: header.column, text: header.text || own.blankHeader });
  return (
    <Field
      className={styles.column}
      label={{ children: <>{label} <Badge appearance="tint" color={STATUS_COLOR[status]}>{own.status[status]}</Badge></> }}
      hint={status !== 'chosen' && header.reason ? header.reason[lang] : undefined}
      data-column={header.column}
      data-status={status}
    >
      <Dropdown
        className={styles.control}
        value={header.field ? FIELD_LABEL[header.field][lang] : text.notMapped}
        selectedOptions={[header.field ?? NOT_MAPPED]}
        disabled={busy}
        onOptionSelect={(_, data) => {
          const field = data.optionValue === NOT_MAPPED ? null : (data.optionValue as CanonicalField);
          if (field !== (header.field ?? null)) onChoose(header.column, field);
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

interface SheetPreviewProps {
  source: ConsolidationSource;
  sheet: SourceSheet;
  busy: boolean;
  onChoose(sheet: string, column: string, field: CanonicalField | null): void;
}

/** One sheet of a source: what it was read as, the rows it gave, and every table's columns. */
function SheetPreviewView({ source, sheet, busy, onChoose }: SheetPreviewProps) {
  const { lang, text } = useUiText();
  const own = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const preview = sheetPreview(sheet);
  const where = preview.sheet === '' ? source.file : own.sheetOfSource({ sheet: preview.sheet });
  return (
    <div className={styles.sheet} data-sheet={preview.sheet}>
      <Text weight="semibold">{where}</Text>
      <Text className={styles.secondary}>
        {own.kind[preview.kind]}
        {preview.kind !== 'none' && ` · ${own.sourceRows({ projects: preview.projects, reports: preview.reports })}`}
      </Text>
      {preview.problems.map((problem, index) => <Text key={index} className={styles.problem}>{problem[lang]}</Text>)}
      {preview.tables.map((table, index) => (
        <div key={`${table.tableName ?? ''}#${index}`} className={styles.group}>
          <Text className={styles.secondary}>
            {text.tableTitle({ sheet: preview.sheet || source.file, role: text.role[table.role], tableName: table.tableName })}
            {' · '}
            {text.tableExtent({ headerRow: table.headerRow, rows: table.rows })}
          </Text>
          {table.headers
            .filter((header) => header.text !== '' || header.field !== undefined)
            .map((header) => (
              <ColumnChoice key={header.column} table={table} header={header} busy={busy} onChoose={(column, field) => onChoose(preview.sheet, column, field)} />
            ))}
        </div>
      ))}
    </div>
  );
}

export interface SourcePreviewProps {
  source: ConsolidationSource;
  busy: boolean;
  onChoose(sheet: string, column: string, field: CanonicalField | null): void;
  onSaveVocabulary(): void;
  onRemove(): void;
}

/** One source's accordion item: its name and rows in the header; its sheets, corrections and actions in the panel. */
export function SourcePreview({ source, busy, onChoose, onSaveVocabulary, onRemove }: SourcePreviewProps) {
  const { lang } = useUiText();
  const own = CONSOLIDATE_TEXT[lang];
  const styles = useConsolidateStyles();
  const headerId = useId('source-header');
  const panelId = useId('source-panel');
  const counts = sourceRowCounts(source);
  const hasTables = source.sheets.some((sheet) => sheet.reading.tables.length > 0);
  return (
    <AccordionItem value={source.id} data-source={source.file}>
      <AccordionHeader as="h4" button={{ id: headerId, 'aria-controls': panelId }}>
        {source.file} — {source.error ? own.unreadable : own.sourceRows(counts)}
      </AccordionHeader>
      <AccordionPanel id={panelId} role="region" aria-labelledby={headerId} className={styles.sourcePanel}>
        {source.error && <Text className={styles.problem}>{source.error}</Text>}
        {source.sheets.map((sheet) => (
          <SheetPreviewView key={sheet.sheet} source={source} sheet={sheet} busy={busy} onChoose={onChoose} />
        ))}
        <div className={styles.actions}>
          {hasTables && (
            <Button size="small" disabledFocusable={busy} aria-label={own.saveVocabularyFor({ file: source.file })} title={own.saveVocabularyHint} onClick={onSaveVocabulary}>
              {own.saveVocabulary}
            </Button>
          )}
          <Button size="small" disabledFocusable={busy} aria-label={own.removeSource({ file: source.file })} onClick={onRemove}>{own.remove}</Button>
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
