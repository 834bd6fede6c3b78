/**
 * The simulated Excel host (DESIGN §7): for the jest tests of src/excel, the
 * browser demo and the Playwright tests.
 */
export { createSimulatedExcel } from './excel';
export type { SimulatedExcelHost, SimulatedExcelNamespace, SimulatedExcelOptions, SimulatedOfficeNamespace } from './excel';
export { cloneWorkbook, snapshotCells, workbookFromRows } from './model';
export type { CellModel, CellSnapshot, SheetModel, SheetSpec, TableModel, WorkbookModel } from './model';
export { EXCEL_LIMITS } from './payload';
export type { PayloadLimits } from './payload';
export type { SimulatorStats, SyncRecord } from './sync';
export { NotSimulatedError, SimulatedOfficeError } from './errors';
