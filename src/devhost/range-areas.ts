/**
 * Excel.RangeAreas (ExcelApi 1.9), as far as marking needs it: several areas of
 * one sheet from Worksheet.getRanges, their addresses, `areas`, `format`
 * (fill, font) and `clear`. getRanges fails with InvalidArgument ("The argument
 * is invalid or missing or has an incorrect format.") when the address list is
 * too long or has too many areas (github.com/OfficeDev/office-js/issues/5198).
 */
import { cellCountOf, formatRangeAddress, isEntireColumn, isEntireRow, splitAreaList, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { Binding, SimulatedClientObject, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import { clearCells } from './range-content';
import { SimulatedRangeFormat, type CellsOwner, type CellsTarget } from './range-format';
import { SimulatedRange } from './range';
import { EXCEL_API, type Requirement } from './requirements';
import { rectOnSheet, type SimulatedWorksheet } from './worksheet';

interface AreasTarget {
  sheetId: string;
  rects: CellRect[];
}

export class SimulatedRangeAreas extends SimulatedClientObject implements CellsOwner {
  readonly typeName = 'RangeAreas';
  readonly areas: SimulatedRangeCollection;
  private readonly binding: Binding<AreasTarget>;
  private formatProxy: SimulatedRangeFormat | undefined;

  constructor(
    context: OperationQueue,
    path: string,
    private readonly worksheet: SimulatedWorksheet,
    address: string | undefined,
  ) {
    super(context, path);
    this.binding = new Binding((batch) => {
      const location = 'Worksheet.getRanges';
      const { limits } = batch.host;
      if (typeof address !== 'string' || address.trim() === '' || address.length > limits.getRangesAddressCharacters) {
        throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      }
      const areas = splitAreaList(address);
      if (areas.length > limits.getRangesAreas) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      const sheet = this.worksheet.sheetIn(batch);
      return { sheetId: sheet.id, rects: areas.map((area) => rectOnSheet(sheet, area, location)) };
    });
    this.areas = guarded(new SimulatedRangeCollection(context, `${path}.areas`, this));
  }

  protected override requirement(): Requirement {
    return EXCEL_API('1.9');
  }

  ownerRequirement(): Requirement {
    return EXCEL_API('1.9');
  }

  cellsIn(batch: BatchExecution): CellsTarget {
    const target = this.binding.find(batch);
    const sheet = target && batch.sheetById(target.sheetId);
    if (!target || !sheet) throw new SimulatedOfficeError('ItemNotFound', undefined, 'RangeAreas');
    return { sheet, rects: target.rects };
  }

  defaultLoadNames(): readonly string[] {
    return ['address', 'addressLocal', 'areaCount', 'cellCount', 'isEntireColumn', 'isEntireRow'];
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'format') return this.format;
    if (name === 'areas') return this.areas;
    return undefined;
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const { sheet, rects } = this.cellsIn(batch);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return rects.map((rect) => formatRangeAddress(sheet.name, rect)).join(', ');
      case 'areaCount':
        return rects.length;
      case 'cellCount':
        return rects.reduce((sum, rect) => sum + cellCountOf(rect), 0);
      case 'isEntireColumn':
        return rects.every(isEntireColumn);
      case 'isEntireRow':
        return rects.every(isEntireRow);
      default:
        return this.notSimulated(name);
    }
  }

  get address(): string {
    return this.loaded('address');
  }

  get addressLocal(): string {
    return this.loaded('addressLocal');
  }

  get areaCount(): number {
    return this.loaded('areaCount');
  }

  get cellCount(): number {
    return this.loaded('cellCount');
  }

  get isEntireColumn(): boolean {
    return this.loaded('isEntireColumn');
  }

  get isEntireRow(): boolean {
    return this.loaded('isEntireRow');
  }

  get format(): SimulatedRangeFormat {
    this.formatProxy ??= guarded(new SimulatedRangeFormat(this.context, `${this.path}.format`, this));
    return this.formatProxy;
  }

  clear(applyTo?: string): void {
    this.queue('clear', [applyTo], (batch) => {
      const { sheet, rects } = this.cellsIn(batch);
      clearCells(batch, sheet.id, rects, applyTo, 'RangeAreas.clear');
    });
  }
}

/** RangeAreas.areas: one Range per area. */
export class SimulatedRangeCollection extends SimulatedCollection<SimulatedRange> {
  readonly typeName = 'RangeCollection';

  constructor(context: OperationQueue, path: string, private readonly owner: SimulatedRangeAreas) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return EXCEL_API('1.9');
  }

  itemsIn(batch: BatchExecution): SimulatedRange[] {
    const { sheet, rects } = this.owner.cellsIn(batch);
    return rects.map((rect, index) =>
      guarded(new SimulatedRange(this.context, `${this.path}.getItemAt(${index})`, () => ({ sheetId: sheet.id, rect }))),
    );
  }

  getItemAt(index: number): SimulatedRange {
    return guarded(
      new SimulatedRange(this.context, `${this.path}.getItemAt(${index})`, (batch) => {
        const { sheet, rects } = this.owner.cellsIn(batch);
        const rect = rects[index];
        if (!rect) throw new SimulatedOfficeError('ItemNotFound', undefined, 'RangeCollection.getItemAt');
        return { sheetId: sheet.id, rect };
      }),
    );
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.owner.cellsIn(batch).rects.length);
  }
}
