/**
 * Excel.RangeFormat, RangeFill and RangeFont over one range or the areas of a
 * RangeAreas: reads report a value shared by all cells or null; writes are
 * queued and refused on a protected sheet.
 */
import type { CellRect } from './address';
import type { BatchExecution } from './batch';
import { applyFormat, formatChange, removeFill, uniformFormatValue, type FormatPart } from './cell-format';
import {
  SimulatedRangeBorderCollection, isLayoutFormatProperty, layoutRequirement, readLayoutFormat, writeLayoutFormat,
  type LayoutFormatProperty,
} from './cell-layout';
import { SimulatedClientObject, guarded, type OperationQueue } from './client-object';
import type { SheetModel } from './model';
import { EXCEL_API, type Requirement } from './requirements';

export interface CellsTarget {
  sheet: SheetModel;
  rects: CellRect[];
}

/** Where a format object's cells are: its range's, found during the sync. */
export interface CellsOwner {
  cellsIn(batch: BatchExecution): CellsTarget;
  isMissing(batch: BatchExecution): boolean;
  /** The requirement set the owner needs (RangeAreas: ExcelApi 1.9), which its format objects need too. */
  ownerRequirement(): Requirement | undefined;
}

export class SimulatedRangeFormat extends SimulatedClientObject {
  readonly typeName = 'RangeFormat';
  readonly fill: SimulatedRangeFill;
  readonly font: SimulatedRangeFont;
  readonly borders: SimulatedRangeBorderCollection;

  constructor(context: OperationQueue, path: string, private readonly owner: CellsOwner) {
    super(context, path);
    this.fill = guarded(new SimulatedRangeFill(context, `${path}.fill`, owner));
    this.font = guarded(new SimulatedRangeFont(context, `${path}.font`, owner));
    this.borders = guarded(new SimulatedRangeBorderCollection(context, `${path}.borders`, owner));
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    if (name === 'borders') return this.borders;
    return undefined;
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.owner.isMissing(batch);
  }

  protected override requirement(): Requirement | undefined {
    return this.owner.ownerRequirement();
  }

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    if (isLayoutFormatProperty(name)) return readLayoutFormat(this.owner.cellsIn(batch), name);
    return this.notSimulated(name);
  }

  // Alignment, wrapping, indent, column widths and row heights: cell-layout.ts.
  private layoutValue<T>(name: LayoutFormatProperty): T {
    return this.loaded(name);
  }

  private setLayout(name: LayoutFormatProperty, value: unknown): void {
    const location = `RangeFormat.${name}`;
    this.queue(name, value, (batch) => writeLayoutFormat(batch, this.owner.cellsIn(batch), name, value, location), layoutRequirement(name, this.owner));
    this.echo(name, value);
  }

  get horizontalAlignment(): string { return this.layoutValue('horizontalAlignment'); }
  set horizontalAlignment(value: string) { this.setLayout('horizontalAlignment', value); }
  get verticalAlignment(): string { return this.layoutValue('verticalAlignment'); }
  set verticalAlignment(value: string) { this.setLayout('verticalAlignment', value); }
  get wrapText(): boolean { return this.layoutValue('wrapText'); }
  set wrapText(value: boolean) { this.setLayout('wrapText', value); }
  get shrinkToFit(): boolean { return this.layoutValue('shrinkToFit'); }
  set shrinkToFit(value: boolean) { this.setLayout('shrinkToFit', value); }
  get indentLevel(): number { return this.layoutValue('indentLevel'); }
  set indentLevel(value: number) { this.setLayout('indentLevel', value); }
  get columnWidth(): number { return this.layoutValue('columnWidth'); }
  set columnWidth(value: number) { this.setLayout('columnWidth', value); }
  get rowHeight(): number { return this.layoutValue('rowHeight'); }
  set rowHeight(value: number) { this.setLayout('rowHeight', value); }

  /** Text is not measured: autofit is checked (protection) and leaves widths and heights as they are. */
  autofitColumns(): void {
    this.queue('autofitColumns', [], (batch) => {
      const { sheet } = this.owner.cellsIn(batch);
      batch.writableCells(sheet.id, 'RangeFormat.autofitColumns');
    }, this.owner.ownerRequirement() ?? EXCEL_API('1.2'));
  }

  autofitRows(): void {
    this.queue('autofitRows', [], (batch) => {
      const { sheet } = this.owner.cellsIn(batch);
      batch.writableCells(sheet.id, 'RangeFormat.autofitRows');
    }, this.owner.ownerRequirement() ?? EXCEL_API('1.2'));
  }
}

/** Shared by fill and font: read a property over the cells, queue a checked change. */
abstract class FormatPartProxy extends SimulatedClientObject {
  protected abstract readonly part: FormatPart;

  constructor(context: OperationQueue, path: string, protected readonly owner: CellsOwner) {
    super(context, path);
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.owner.isMissing(batch);
  }

  protected override requirement(): Requirement | undefined {
    return this.owner.ownerRequirement();
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const { sheet, rects } = this.owner.cellsIn(batch);
    return uniformFormatValue(sheet, rects, this.part, name, batch.workbook.defaultFont);
  }

  protected queueChange(name: string, value: unknown): void {
    const location = `${this.typeName}.${name}`;
    this.queue(name, value, (batch) => {
      const change = formatChange(this.part, name, value, location);
      const { sheet, rects } = this.owner.cellsIn(batch);
      applyFormat(batch, sheet.id, rects, change, location);
    });
    this.echo(name, value);
  }
}

export class SimulatedRangeFill extends FormatPartProxy {
  readonly typeName = 'RangeFill';
  protected readonly part = 'fill';

  defaultLoadNames(): readonly string[] {
    return ['color', 'tintAndShade'];
  }

  /** `#RRGGBB`; `#FFFFFF` also for no fill; null when the cells differ. */
  get color(): string {
    return this.loaded('color');
  }

  set color(value: string) {
    this.queueChange('color', value);
  }

  /** null for no fill (and for mixed cells); a number for a filled cell (ExcelApi 1.9). */
  get tintAndShade(): number {
    return this.loaded('tintAndShade');
  }

  /** Removes the fill (no fill, not white). */
  clear(): void {
    this.queue('clear', [], (batch) => {
      const { sheet, rects } = this.owner.cellsIn(batch);
      applyFormat(batch, sheet.id, rects, removeFill, 'RangeFill.clear', { storedCellsOnly: true });
    });
  }
}

export class SimulatedRangeFont extends FormatPartProxy {
  readonly typeName = 'RangeFont';
  protected readonly part = 'font';

  defaultLoadNames(): readonly string[] {
    return ['bold', 'italic', 'color', 'name', 'size'];
  }

  get bold(): boolean {
    return this.loaded('bold');
  }

  set bold(value: boolean) {
    this.queueChange('bold', value);
  }

  get italic(): boolean {
    return this.loaded('italic');
  }

  set italic(value: boolean) {
    this.queueChange('italic', value);
  }

  get color(): string {
    return this.loaded('color');
  }

  set color(value: string) {
    this.queueChange('color', value);
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(value: string) {
    this.queueChange('name', value);
  }

  get size(): number {
    return this.loaded('size');
  }

  set size(value: number) {
    this.queueChange('size', value);
  }
}
