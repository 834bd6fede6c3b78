import { useMemo } from 'react';
import { ALL_FIELDS, PROJECT_FIELDS, REPORT_FIELDS, type Field } from '../../../core/model';
import type { WorkbookOverrides } from '../../../core/validate';
import type { TableRole } from '../../../core/table/types';
import type { TableInfo } from '../../../excel/types';

/** One accordion item: a table found, or a sheet whose override now finds none (so it can be reset). */
export interface MappingEntry {
  key: string;
  sheet: string;
  table?: TableInfo;
  overridden: boolean;
}

export function mappingEntries(tables: readonly TableInfo[], overrides: WorkbookOverrides): MappingEntry[] {
  const entries: MappingEntry[] = tables.map((table, index) => ({
    key: `${table.sheet}#${table.tableName ?? index}`,
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

export const TABLE_ROLES: readonly TableRole[] = ['projects', 'reports', 'flat'];

export interface MappingPanelState {
  entries: MappingEntry[];
}

export function useMappingPanel(tables: readonly TableInfo[], overrides: WorkbookOverrides): MappingPanelState {
  const entries = useMemo(() => mappingEntries(tables, overrides), [tables, overrides]);
  return { entries };
}
