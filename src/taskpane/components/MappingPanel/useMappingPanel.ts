import { useEffect, useMemo, useState } from 'react';
import { ALL_FIELDS, PROJECT_FIELDS, REPORT_FIELDS, type Field } from '../../../core/model';
import type { WorkbookOverrides } from '../../../core/validate';
import type { TableRole } from '../../../core/table/types';
import type { HeaderInfo, TableInfo } from '../../../excel/types';
import type { OverrideChange } from '../../session/settings-changes';
import type { MappingTarget } from './mapping-target';

/** One accordion item: a table found, or a sheet whose override now finds none (so it can be reset). */
export interface MappingEntry {
  key: string;
  sheet: string;
  table?: TableInfo;
  overridden: boolean;
}

/** The accordion key of the `index`-th table of a summary. */
export function tableKey(table: TableInfo, index: number): string {
  return `${table.sheet}#${table.tableName ?? index}`;
}

export function mappingEntries(tables: readonly TableInfo[], overrides: WorkbookOverrides): MappingEntry[] {
  const entries: MappingEntry[] = tables.map((table, index) => ({
    key: tableKey(table, index),
    sheet: table.sheet,
    table,
    overridden: table.sheet in overrides,
  }));
  const withTables = new Set(tables.map((table) => table.sheet));
  for (const sheet of Object.keys(overrides)) {
    if (!withTables.has(sheet)) entries.push({ key: `${sheet}#none`, sheet, overridden: true });
  }
  return entries;
}

const ROLE_FIELDS: Record<TableRole, readonly Field[]> = {
  projects: PROJECT_FIELDS,
  reports: REPORT_FIELDS,
  flat: ALL_FIELDS,
};

/** The fields a column of this table may map to: its role's fields, plus any already chosen outside them. */
export function fieldChoices(table: TableInfo): Field[] {
  const choices = [...ROLE_FIELDS[table.role]];
  for (const header of table.headers) {
    if (header.field && !choices.includes(header.field)) choices.push(header.field);
  }
  return choices;
}

/**
 * One column's dropdown: the fields its header and data suggest (`candidates`, likeliest first),
 * then the table's other fields. A candidate the table's role cannot hold (a project's budget in
 * a reports table) is not offered: choosing it there would check nothing.
 */
export function columnChoices(table: TableInfo, header: HeaderInfo): { likely: Field[]; others: Field[] } {
  const choices = fieldChoices(table);
  const likely = [...new Set(header.candidates ?? [])].filter((field) => choices.includes(field));
  return { likely, others: choices.filter((field) => !likely.includes(field)) };
}

export const TABLE_ROLES: readonly TableRole[] = ['projects', 'reports', 'flat'];

export interface MappingPanelState {
  entries: MappingEntry[];
  /** Keys of the tables whose mapping is open. */
  openItems: string[];
  setOpenItems(open: string[]): void;
  /** The "Map column…" being answered, until the mapping changes or its table is closed. */
  focus?: MappingTarget;
  /** A change of the mapping: the suggestions have done their work. */
  change(sheet: string, change: OverrideChange): void;
}

/**
 * The panel's tables and which are open; a request (a new object per "Map column…") opens its
 * table and becomes the focus, and `onRequestTaken` lets the owner drop it.
 */
export function useMappingPanel(
  tables: readonly TableInfo[],
  overrides: WorkbookOverrides,
  request: MappingTarget | undefined,
  onRequestTaken: () => void,
  onChange: (sheet: string, change: OverrideChange) => void,
): MappingPanelState {
  const entries = useMemo(() => mappingEntries(tables, overrides), [tables, overrides]);
  const [openItems, setOpen] = useState<string[]>([]);
  const [focus, setFocus] = useState<MappingTarget>();

  useEffect(() => {
    if (!request) return;
    setFocus(request);
    setOpen((open) => (open.includes(request.key) ? open : [...open, request.key]));
    onRequestTaken();
  }, [request, onRequestTaken]);

  return {
    entries,
    openItems,
    setOpenItems: (open) => {
      setOpen(open);
      // Closing the table ends the request: opening it again later focuses nothing.
      if (focus && !open.includes(focus.key)) setFocus(undefined);
    },
    focus,
    change: (sheet, change) => {
      setFocus(undefined);
      onChange(sheet, change);
    },
  };
}
