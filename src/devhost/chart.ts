/**
 * Charts (ExcelApi 1.1; setCategoryNames 1.7): Worksheet.charts with `add(type, sourceData,
 * seriesBy)`, `getCount`, `getItem`, `getItemAt`, and a chart's name, title, axis titles, legend,
 * position, series and delete. Like Excel, `add` takes only the ChartType and ChartSeriesBy enum
 * strings (`'ColumnClustered'`, `'Auto'`…), reads the first row and column of the source as series
 * names and categories when they hold text, and keeps references, not values: the chart follows
 * later edits of its cells. Stored on the sheet model as `charts`, plain JSON like the rest.
 */
import { formatRect, isUnbounded, parseRangeReference, type CellRect } from './address';
import type { BatchExecution } from './batch';
import {
  BoundClientObject, Created, SimulatedClientObject, SimulatedClientResult, SimulatedCollection, guarded, type OperationQueue,
} from './client-object';
import { NotSimulatedError, SimulatedOfficeError } from './errors';
import type { CellScalar, SheetModel, WorkbookModel } from './model';
import type { SimulatedRange } from './range';
import { EXCEL_API, type Requirement } from './requirements';
import { cellAt } from './sheet-cells';

/** Excel.ChartType's values (@types/office-js), `Invalid` left out: Excel refuses to create one. */
export const CHART_TYPES = [
  'ColumnClustered', 'ColumnStacked', 'ColumnStacked100', '3DColumnClustered', '3DColumnStacked', '3DColumnStacked100',
  'BarClustered', 'BarStacked', 'BarStacked100', '3DBarClustered', '3DBarStacked', '3DBarStacked100', 'LineStacked',
  'LineStacked100', 'LineMarkers', 'LineMarkersStacked', 'LineMarkersStacked100', 'PieOfPie', 'PieExploded', '3DPieExploded',
  'BarOfPie', 'XYScatterSmooth', 'XYScatterSmoothNoMarkers', 'XYScatterLines', 'XYScatterLinesNoMarkers', 'AreaStacked',
  'AreaStacked100', '3DAreaStacked', '3DAreaStacked100', 'DoughnutExploded', 'RadarMarkers', 'RadarFilled', 'Surface',
  'SurfaceWireframe', 'SurfaceTopView', 'SurfaceTopViewWireframe', 'Bubble', 'Bubble3DEffect', 'StockHLC', 'StockOHLC',
  'StockVHLC', 'StockVOHLC', 'CylinderColClustered', 'CylinderColStacked', 'CylinderColStacked100', 'CylinderBarClustered',
  'CylinderBarStacked', 'CylinderBarStacked100', 'CylinderCol', 'ConeColClustered', 'ConeColStacked', 'ConeColStacked100',
  'ConeBarClustered', 'ConeBarStacked', 'ConeBarStacked100', 'ConeCol', 'PyramidColClustered', 'PyramidColStacked',
  'PyramidColStacked100', 'PyramidBarClustered', 'PyramidBarStacked', 'PyramidBarStacked100', 'PyramidCol', '3DColumn',
  'Line', '3DLine', '3DPie', 'Pie', 'XYScatter', '3DArea', 'Area', 'Doughnut', 'Radar', 'Histogram', 'Boxwhisker', 'Pareto',
  'RegionMap', 'Treemap', 'Waterfall', 'Sunburst', 'Funnel',
] as const;
export type ChartTypeName = (typeof CHART_TYPES)[number];

/** Excel.ChartSeriesBy's values. */
const SERIES_BY = ['Auto', 'Columns', 'Rows'] as const;
/** Excel.ChartLegendPosition's values. */
const LEGEND_POSITIONS = ['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom'] as const;

/** A range of cells a chart reads, on a sheet of the workbook (a chart may plot another sheet's cells). */
export interface ChartReference {
  sheetId: string;
  /** A1 range on that sheet. */
  address: string;
}

export interface ChartSeriesModel {
  /** The series' name as given (`series.name = …`); absent: read from `nameRef`, else `Series N`. */
  name?: string;
  nameRef?: ChartReference;
  values: ChartReference;
}

export interface ChartModel {
  id: string;
  name: string;
  type: ChartTypeName;
  /** Where the series run in the source: down its columns or along its rows. */
  seriesBy: 'Columns' | 'Rows';
  source: ChartReference;
  /** The category labels' cells; absent: 1, 2, 3… */
  categories?: ChartReference;
  series: ChartSeriesModel[];
  /** Title text as set; absent: none set. */
  title?: string;
  axisTitles?: { category?: string; value?: string };
  legend?: { visible: boolean; position: (typeof LEGEND_POSITIONS)[number] };
  /** The cells the chart covers, as setPosition gave them. */
  position?: { start: string; end?: string };
}

declare module './model' {
  interface SheetModel {
    /** Charts drawn on the sheet, in creation order; absent: none. */
    charts?: ChartModel[];
  }
}

const CHARTS_API = EXCEL_API('1.1');

function rectOf(reference: ChartReference): CellRect {
  const parsed = parseRangeReference(reference.address);
  if (!parsed) throw new Error(`Malformed chart reference ${reference.address}`);
  return parsed.rect;
}

function valueAt(workbook: WorkbookModel, sheetId: string, row: number, col: number): CellScalar {
  const sheet = workbook.sheets.find((candidate) => candidate.id === sheetId);
  return (sheet && cellAt(sheet, row, col)?.value) ?? null;
}

const isLabel = (value: CellScalar) => typeof value === 'string' && value.trim() !== '';
const isNotNumber = (value: CellScalar) => typeof value !== 'number';

/**
 * The series Excel makes from a block of cells: the first column holds categories when its cells
 * below the first row are text (none a number), the first row holds series names when its cells
 * right of the categories are text; every other column (or row) is one series.
 */
function seriesOf(workbook: WorkbookModel, sheetId: string, rect: CellRect, seriesBy: 'Columns' | 'Rows'): Pick<ChartModel, 'series' | 'categories'> {
  // Work in "lines" (the series' direction) and "positions" (the categories' direction).
  const byColumns = seriesBy === 'Columns';
  const lines = byColumns ? rect.colCount : rect.rowCount;
  const positions = byColumns ? rect.rowCount : rect.colCount;
  const at = (line: number, position: number) =>
    byColumns ? valueAt(workbook, sheetId, rect.row + position, rect.col + line) : valueAt(workbook, sheetId, rect.row + line, rect.col + position);
  const cellRect = (line: number, from: number, count: number): CellRect =>
    byColumns ? { row: rect.row + from, col: rect.col + line, rowCount: count, colCount: 1 } : { row: rect.row + line, col: rect.col + from, rowCount: 1, colCount: count };
  const reference = (cells: CellRect): ChartReference => ({ sheetId, address: formatRect(cells) });

  const firstLineValues = Array.from({ length: positions }, (_, p) => at(0, p));
  const labelsInFirstLine = lines > 1 && firstLineValues.slice(1).every(isNotNumber) && firstLineValues.slice(1).some(isLabel);
  const firstLine = labelsInFirstLine ? 1 : 0;
  const names = Array.from({ length: lines - firstLine }, (_, l) => at(l + firstLine, 0));
  const namesInFirstPosition = positions > 1 && names.every(isNotNumber) && names.some(isLabel);
  const firstPosition = namesInFirstPosition ? 1 : 0;

  const series: ChartSeriesModel[] = [];
  for (let line = firstLine; line < lines; line++) {
    series.push({
      ...(namesInFirstPosition ? { nameRef: reference(cellRect(line, 0, 1)) } : {}),
      values: reference(cellRect(line, firstPosition, positions - firstPosition)),
    });
  }
  return {
    series,
    ...(labelsInFirstLine ? { categories: reference(cellRect(0, firstPosition, positions - firstPosition)) } : {}),
  };
}

/** What a chart shows now, from its cells' current values: for the demo's drawing and for tests. */
export interface ChartPicture {
  name: string;
  type: ChartTypeName;
  title?: string;
  axisTitles: { category?: string; value?: string };
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

function cellsOf(workbook: WorkbookModel, reference: ChartReference): CellScalar[] {
  const rect = rectOf(reference);
  const values: CellScalar[] = [];
  for (let r = 0; r < rect.rowCount; r++) for (let c = 0; c < rect.colCount; c++) values.push(valueAt(workbook, reference.sheetId, rect.row + r, rect.col + c));
  return values;
}

/** `chartPicture(workbook, chart)` → its title, category labels and each series' name and numbers. */
export function chartPicture(workbook: WorkbookModel, chart: ChartModel): ChartPicture {
  const series = chart.series.map((entry, index) => {
    const named = entry.name ?? (entry.nameRef ? cellsOf(workbook, entry.nameRef)[0] : null);
    return {
      name: named === null || named === undefined || named === '' ? `Series${index + 1}` : String(named),
      values: cellsOf(workbook, entry.values).map((value) => (typeof value === 'number' ? value : null)),
    };
  });
  const count = Math.max(0, ...series.map((entry) => entry.values.length));
  const labels = chart.categories ? cellsOf(workbook, chart.categories).map((value) => (value === null ? '' : String(value))) : [];
  return {
    name: chart.name,
    type: chart.type,
    ...(chart.title !== undefined ? { title: chart.title } : {}),
    axisTitles: { ...chart.axisTitles },
    categories: Array.from({ length: count }, (_, i) => labels[i] ?? String(i + 1)),
    series,
  };
}

interface ChartTarget {
  sheetId: string;
  chartId: string;
}

function chartIn(batch: BatchExecution, target: ChartTarget): ChartModel | undefined {
  return batch.sheetById(target.sheetId)?.charts?.find((chart) => chart.id === target.chartId);
}

/** Replaces the chart with `change(copy)` on a copy of its sheet (models are never edited in place). */
function changeChart(batch: BatchExecution, target: ChartTarget, change: (chart: ChartModel) => ChartModel | undefined): void {
  const sheet = batch.writableSheet(target.sheetId);
  const charts: ChartModel[] = [];
  for (const chart of sheet.charts ?? []) {
    if (chart.id !== target.chartId) charts.push(chart);
    else {
      const changed = change(structuredCloneChart(chart));
      if (changed) charts.push(changed);
    }
  }
  sheet.charts = charts;
}

function structuredCloneChart(chart: ChartModel): ChartModel {
  return JSON.parse(JSON.stringify(chart)) as ChartModel;
}

function textArgument(value: unknown, location: string): string {
  if (typeof value !== 'string') throw new SimulatedOfficeError('InvalidArgument', undefined, location);
  return value;
}

/** A part of a chart (its title, axes, legend, series): exists as long as the chart does. */
abstract class ChartPart extends SimulatedClientObject {
  constructor(context: OperationQueue, path: string, protected readonly chart: SimulatedChart) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return CHARTS_API;
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.chart.isMissing(batch);
  }
}

export class SimulatedChartTitle extends ChartPart {
  readonly typeName = 'ChartTitle';

  defaultLoadNames(): readonly string[] {
    return ['text', 'visible'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const chart = this.chart.modelIn(batch);
    if (name === 'text') return chart.title ?? '';
    if (name === 'visible') return chart.title !== undefined && chart.title !== '';
    return this.notSimulated(name);
  }

  get text(): string {
    return this.loaded('text');
  }

  set text(text: string) {
    this.queue('text', text, (batch) => {
      const value = textArgument(text, 'ChartTitle.text');
      changeChart(batch, this.chart.targetIn(batch), (chart) => ({ ...chart, title: value }));
    });
    this.echo('text', text);
  }
}

export class SimulatedChartAxisTitle extends ChartPart {
  readonly typeName = 'ChartAxisTitle';

  constructor(context: OperationQueue, path: string, chart: SimulatedChart, private readonly axis: 'category' | 'value') {
    super(context, path, chart);
  }

  defaultLoadNames(): readonly string[] {
    return ['text', 'visible'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const text = this.chart.modelIn(batch).axisTitles?.[this.axis];
    if (name === 'text') return text ?? '';
    if (name === 'visible') return text !== undefined && text !== '';
    return this.notSimulated(name);
  }

  get text(): string {
    return this.loaded('text');
  }

  set text(text: string) {
    this.queue('text', text, (batch) => {
      const value = textArgument(text, 'ChartAxisTitle.text');
      changeChart(batch, this.chart.targetIn(batch), (chart) => ({ ...chart, axisTitles: { ...chart.axisTitles, [this.axis]: value } }));
    });
    this.echo('text', text);
  }
}

export class SimulatedChartAxis extends ChartPart {
  readonly typeName = 'ChartAxis';
  readonly title: SimulatedChartAxisTitle;

  constructor(context: OperationQueue, path: string, chart: SimulatedChart, private readonly axis: 'category' | 'value') {
    super(context, path, chart);
    this.title = guarded(new SimulatedChartAxisTitle(context, `${path}.title`, chart, axis));
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    return name === 'title' ? this.title : undefined;
  }

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }

  /** ExcelApi 1.7: the category labels from these cells (of the category axis only). */
  setCategoryNames(sourceData: SimulatedRange): void {
    const location = 'ChartAxis.setCategoryNames';
    this.context.assertSameContext(sourceData, location);
    this.queue('setCategoryNames', [sourceData.path], (batch) => {
      if (this.axis !== 'category') throw new SimulatedOfficeError('InvalidOperation', undefined, location);
      const { sheet, rect } = sourceData.targetIn(batch);
      if (isUnbounded(rect)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      changeChart(batch, this.chart.targetIn(batch), (chart) => ({ ...chart, categories: { sheetId: sheet.id, address: formatRect(rect) } }));
    }, EXCEL_API('1.7'));
  }
}

export class SimulatedChartAxes extends ChartPart {
  readonly typeName = 'ChartAxes';
  readonly categoryAxis: SimulatedChartAxis;
  readonly valueAxis: SimulatedChartAxis;

  constructor(context: OperationQueue, path: string, chart: SimulatedChart) {
    super(context, path, chart);
    this.categoryAxis = guarded(new SimulatedChartAxis(context, `${path}.categoryAxis`, chart, 'category'));
    this.valueAxis = guarded(new SimulatedChartAxis(context, `${path}.valueAxis`, chart, 'value'));
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'categoryAxis') return this.categoryAxis;
    if (name === 'valueAxis') return this.valueAxis;
    return undefined;
  }

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }
}

export class SimulatedChartLegend extends ChartPart {
  readonly typeName = 'ChartLegend';

  defaultLoadNames(): readonly string[] {
    return ['position', 'visible'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const legend = this.chart.modelIn(batch).legend ?? { visible: true, position: 'Right' };
    if (name === 'position') return legend.position;
    if (name === 'visible') return legend.visible;
    return this.notSimulated(name);
  }

  get position(): string {
    return this.loaded('position');
  }

  set position(position: string) {
    this.queue('position', position, (batch) => {
      if (!(LEGEND_POSITIONS as readonly string[]).includes(position) || position === 'Invalid') {
        throw new SimulatedOfficeError('InvalidArgument', undefined, 'ChartLegend.position');
      }
      changeChart(batch, this.chart.targetIn(batch), (chart) => ({
        ...chart, legend: { visible: chart.legend?.visible ?? true, position: position as (typeof LEGEND_POSITIONS)[number] },
      }));
    });
    this.echo('position', position);
  }

  get visible(): boolean {
    return this.loaded('visible');
  }

  set visible(visible: boolean) {
    this.queue('visible', visible, (batch) => {
      if (typeof visible !== 'boolean') throw new SimulatedOfficeError('InvalidArgument', undefined, 'ChartLegend.visible');
      changeChart(batch, this.chart.targetIn(batch), (chart) => ({ ...chart, legend: { position: chart.legend?.position ?? 'Right', visible } }));
    });
    this.echo('visible', visible);
  }
}

export class SimulatedChartSeries extends BoundClientObject<{ target: ChartTarget; index: number }> {
  readonly typeName = 'ChartSeries';

  protected override requirement(): Requirement {
    return CHARTS_API;
  }

  protected exists(batch: BatchExecution, bound: { target: ChartTarget; index: number }): boolean {
    const chart = chartIn(batch, bound.target);
    return chart !== undefined && bound.index < chart.series.length;
  }

  defaultLoadNames(): readonly string[] {
    return ['name'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const { target, index } = this.boundIn(batch);
    if (name === 'name') return chartPicture(batch.workbook, chartIn(batch, target)!).series[index].name;
    return this.notSimulated(name);
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(name: string) {
    this.queue('name', name, (batch) => {
      const value = textArgument(name, 'ChartSeries.name');
      const { target, index } = this.boundIn(batch);
      changeChart(batch, target, (chart) => ({ ...chart, series: chart.series.map((entry, i) => (i === index ? { ...entry, name: value } : entry)) }));
    });
    this.echo('name', name);
  }
}

export class SimulatedChartSeriesCollection extends SimulatedCollection<SimulatedChartSeries> {
  readonly typeName = 'ChartSeriesCollection';

  constructor(context: OperationQueue, path: string, private readonly chart: SimulatedChart) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return CHARTS_API;
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.chart.isMissing(batch);
  }

  private item(index: number, member: string): SimulatedChartSeries {
    return guarded(new SimulatedChartSeries(this.context, `${this.path}.${member}(${index})`, (batch) => {
      const target = this.chart.targetIn(batch);
      return index < (chartIn(batch, target)?.series.length ?? 0) ? { target, index } : undefined;
    }));
  }

  itemsIn(batch: BatchExecution): SimulatedChartSeries[] {
    return this.chart.modelIn(batch).series.map((_, index) => this.item(index, 'getItemAt'));
  }

  getItemAt(index: number): SimulatedChartSeries {
    return this.item(index, 'getItemAt');
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.chart.modelIn(batch).series.length, EXCEL_API('1.4'));
  }
}

export class SimulatedChart extends BoundClientObject<ChartTarget> {
  readonly typeName = 'Chart';
  readonly title: SimulatedChartTitle;
  readonly axes: SimulatedChartAxes;
  readonly legend: SimulatedChartLegend;
  readonly series: SimulatedChartSeriesCollection;

  constructor(context: OperationQueue, path: string, locate: (batch: BatchExecution) => ChartTarget | undefined, nullable = false) {
    super(context, path, locate, nullable);
    this.title = guarded(new SimulatedChartTitle(context, `${path}.title`, this));
    this.axes = guarded(new SimulatedChartAxes(context, `${path}.axes`, this));
    this.legend = guarded(new SimulatedChartLegend(context, `${path}.legend`, this));
    this.series = guarded(new SimulatedChartSeriesCollection(context, `${path}.series`, this));
  }

  protected override requirement(): Requirement {
    return CHARTS_API;
  }

  protected exists(batch: BatchExecution, target: ChartTarget): boolean {
    return chartIn(batch, target) !== undefined;
  }

  targetIn(batch: BatchExecution): ChartTarget {
    return this.boundIn(batch);
  }

  modelIn(batch: BatchExecution): ChartModel {
    return chartIn(batch, this.boundIn(batch)) as ChartModel;
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'title') return this.title;
    if (name === 'axes') return this.axes;
    if (name === 'legend') return this.legend;
    if (name === 'series') return this.series;
    return undefined;
  }

  defaultLoadNames(): readonly string[] {
    return ['id', 'name', 'chartType'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const chart = this.modelIn(batch);
    if (name === 'id') return chart.id;
    if (name === 'name') return chart.name;
    if (name === 'chartType') return chart.type;
    return this.notSimulated(name);
  }

  get id(): string {
    return this.loaded('id');
  }

  get name(): string {
    return this.loaded('name');
  }

  set name(name: string) {
    this.queue('name', name, (batch) => {
      const value = textArgument(name, 'Chart.name');
      if (value.trim() === '') throw new SimulatedOfficeError('InvalidArgument', undefined, 'Chart.name');
      changeChart(batch, this.targetIn(batch), (chart) => ({ ...chart, name: value }));
    });
    this.echo('name', name);
  }

  get chartType(): ChartTypeName {
    return this.loaded('chartType');
  }

  /** Places the chart over cells of its sheet: `setPosition('A10', 'F25')` (a Range or an address each). */
  setPosition(startCell: SimulatedRange | string, endCell?: SimulatedRange | string): void {
    const location = 'Chart.setPosition';
    for (const cell of [startCell, endCell]) if (cell !== undefined && typeof cell !== 'string') this.context.assertSameContext(cell, location);
    const describe = (cell: SimulatedRange | string | undefined) => (cell === undefined || typeof cell === 'string' ? cell ?? null : cell.path);
    this.queue('setPosition', [describe(startCell), describe(endCell)], (batch) => {
      const target = this.targetIn(batch);
      const addressOf = (cell: SimulatedRange | string): string => {
        if (typeof cell !== 'string') {
          const placed = cell.targetIn(batch);
          if (placed.sheet.id !== target.sheetId) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
          return formatRect({ ...placed.rect, rowCount: 1, colCount: 1 });
        }
        const reference = parseRangeReference(cell);
        if (!reference || isUnbounded(reference.rect)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
        return formatRect({ ...reference.rect, rowCount: 1, colCount: 1 });
      };
      const position = { start: addressOf(startCell), ...(endCell !== undefined ? { end: addressOf(endCell) } : {}) };
      changeChart(batch, target, (chart) => ({ ...chart, position }));
    });
  }

  delete(): void {
    this.queue('delete', [], (batch) => changeChart(batch, this.targetIn(batch), () => undefined));
  }
}

export class SimulatedChartCollection extends SimulatedCollection<SimulatedChart> {
  readonly typeName = 'ChartCollection';

  constructor(context: OperationQueue, path: string, private readonly scope: (batch: BatchExecution) => SheetModel) {
    super(context, path);
  }

  protected override requirement(): Requirement {
    return CHARTS_API;
  }

  private chartsIn(batch: BatchExecution): ChartModel[] {
    return this.scope(batch).charts ?? [];
  }

  private itemFor(sheetId: string, chartId: string, member: string): SimulatedChart {
    return guarded(new SimulatedChart(this.context, `${this.path}.${member}`, () => ({ sheetId, chartId })));
  }

  itemsIn(batch: BatchExecution): SimulatedChart[] {
    const sheet = this.scope(batch);
    return this.chartsIn(batch).map((chart) => this.itemFor(sheet.id, chart.id, `getItem(${JSON.stringify(chart.name)})`));
  }

  private byName(batch: BatchExecution, name: string): ChartTarget | undefined {
    const sheet = this.scope(batch);
    const chart = this.chartsIn(batch).find((candidate) => candidate.name === name);
    return chart && { sheetId: sheet.id, chartId: chart.id };
  }

  /** The first chart of that name (Excel allows several). */
  getItem(name: string): SimulatedChart {
    return guarded(new SimulatedChart(this.context, `${this.path}.getItem(${JSON.stringify(name)})`, (batch) => {
      const target = this.byName(batch, name);
      if (!target) throw new SimulatedOfficeError('ItemNotFound', undefined, 'ChartCollection.getItem');
      return target;
    }));
  }

  getItemOrNullObject(name: string): SimulatedChart {
    return guarded(new SimulatedChart(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`, (batch) => this.byName(batch, name), true));
  }

  getItemAt(index: number): SimulatedChart {
    return guarded(new SimulatedChart(this.context, `${this.path}.getItemAt(${index})`, (batch) => {
      const chart = this.chartsIn(batch)[index];
      if (!chart) throw new SimulatedOfficeError('ItemNotFound', undefined, 'ChartCollection.getItemAt');
      return { sheetId: this.scope(batch).id, chartId: chart.id };
    }));
  }

  /** ExcelApi 1.4. */
  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => this.chartsIn(batch).length, EXCEL_API('1.4'));
  }

  /**
   * A chart of `type` over `sourceData` (a Range; one area), its series down the columns or along
   * the rows (`Auto`: columns on the web, the longer side on the desktop), named `Chart N`.
   */
  add(type: string, sourceData: SimulatedRange, seriesBy: string = 'Auto'): SimulatedChart {
    const location = 'ChartCollection.add';
    if (typeof sourceData !== 'object' || sourceData === null) throw new NotSimulatedError('ChartCollection.add with an address instead of a Range');
    this.context.assertSameContext(sourceData, location);
    const created = new Created<ChartTarget>();
    const chart = guarded(new SimulatedChart(this.context, `${this.path}.add(${JSON.stringify(type)})`, created.locate));
    this.queue('add', [type, sourceData.path, seriesBy], (batch) => {
      if (!(CHART_TYPES as readonly string[]).includes(type)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      if (!(SERIES_BY as readonly string[]).includes(seriesBy)) throw new SimulatedOfficeError('InvalidArgument', undefined, location);
      const { sheet: dataSheet, rect } = sourceData.targetIn(batch);
      if (isUnbounded(rect)) throw new NotSimulatedError('ChartCollection.add over whole rows or columns');
      const by = seriesBy === 'Rows' ? 'Rows'
        : seriesBy === 'Columns' || batch.host.platform === 'web' || rect.rowCount >= rect.colCount ? 'Columns' : 'Rows';
      const sheet = batch.writableSheet(this.scope(batch).id);
      const taken = new Set((sheet.charts ?? []).map((existing) => existing.name));
      let number = (sheet.charts?.length ?? 0) + 1;
      while (taken.has(`Chart ${number}`)) number++;
      const model: ChartModel = {
        id: String(batch.workbook.nextId++),
        name: `Chart ${number}`,
        type: type as ChartTypeName,
        seriesBy: by,
        source: { sheetId: dataSheet.id, address: formatRect(rect) },
        ...seriesOf(batch.workbook, dataSheet.id, rect, by),
      };
      sheet.charts = [...(sheet.charts ?? []), model];
      created.record({ sheetId: sheet.id, chartId: model.id }, batch);
    });
    return chart;
  }
}
