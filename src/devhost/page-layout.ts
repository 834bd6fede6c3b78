/**
 * Excel.PageLayout (ExcelApi 1.9) of a worksheet, as far as printing a form
 * needs it: orientation, paper size, margins (points), centring, gridlines and
 * headings, zoom (`{ scale }` or `{ horizontalFitToPages, verticalFitToPages }`,
 * set as one object), the print area, the print title rows, headers and
 * footers (first page apart from the others); and the worksheet's page breaks
 * set by hand (Worksheet.horizontalPageBreaks).
 * Every use needs ExcelApi 1.9: an older host refuses it at sync (ApiNotFound).
 * Values are checked as Excel checks them: an enum string Excel does not know,
 * a negative margin, a scale outside 10–400, a fit-to count that is not a
 * whole number, a header longer than 255 characters or an address off the
 * sheet is InvalidArgument; more than 1,026 page breaks is InvalidOperation
 * (Excel specifications and limits).
 */
import { parseRangeReference, splitAreaList, type CellRect } from './address';
import type { BatchExecution } from './batch';
import { SimulatedClientObject, SimulatedClientResult, guarded, type OperationQueue } from './client-object';
import { SimulatedOfficeError } from './errors';
import type { SheetModel } from './model';
import { EXCEL_API, type Requirement } from './requirements';
import {
  writableLayout,
  type HeaderFooterPage, type HeaderFooterPart, type HeaderFooterState, type PageLayoutModel, type PageMarginsModel,
} from './sheet-layout';

/** Excel.PaperType's values. */
export const PAPER_TYPES: readonly string[] = [
  'Letter', 'LetterSmall', 'Tabloid', 'Ledger', 'Legal', 'Statement', 'Executive', 'A3', 'A4', 'A4Small', 'A5', 'B4', 'B5',
  'Folio', 'Quatro', 'Paper10x14', 'Paper11x17', 'Note', 'Envelope9', 'Envelope10', 'Envelope11', 'Envelope12', 'Envelope14',
  'Csheet', 'Dsheet', 'Esheet', 'EnvelopeDL', 'EnvelopeC5', 'EnvelopeC3', 'EnvelopeC4', 'EnvelopeC6', 'EnvelopeC65',
  'EnvelopeB4', 'EnvelopeB5', 'EnvelopeB6', 'EnvelopeItaly', 'EnvelopeMonarch', 'EnvelopePersonal', 'FanfoldUS',
  'FanfoldStdGerman', 'FanfoldLegalGerman',
];
const ORIENTATIONS: readonly string[] = ['Portrait', 'Landscape'];
const HEADER_FOOTER_STATES: readonly HeaderFooterState[] = ['Default', 'FirstAndDefault', 'OddAndEven', 'FirstOddAndEven'];
const HEADER_FOOTER_PARTS: readonly HeaderFooterPart[] = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'];

/** Excel's "Normal" margins, in points: 0.75 in top and bottom, 0.7 in left and right, 0.3 in header and footer. */
export const DEFAULT_MARGINS: PageMarginsModel = { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 };
/** Page breaks Excel allows on a sheet (horizontal and vertical each). */
export const MAX_PAGE_BREAKS = 1026;
/** Characters of one part of a header or footer. */
export const MAX_HEADER_FOOTER_LENGTH = 255;

const MARGIN_PROPERTIES = {
  topMargin: 'top', bottomMargin: 'bottom', leftMargin: 'left', rightMargin: 'right', headerMargin: 'header', footerMargin: 'footer',
} as const satisfies Record<string, keyof PageMarginsModel>;
type MarginProperty = keyof typeof MARGIN_PROPERTIES;
const FLAGS = ['centerHorizontally', 'centerVertically', 'printGridlines', 'printHeadings'] as const;
type Flag = (typeof FLAGS)[number];

/** The sheet a page-layout object belongs to. */
export interface SheetOwner {
  sheetIn(batch: BatchExecution): SheetModel;
  isMissing(batch: BatchExecution): boolean;
}

/** The page layout as stored, for readers (the model's own field, or Excel's defaults). */
export function pageLayoutOf(sheet: SheetModel): PageLayoutModel {
  return sheet.layout?.page ?? {};
}

/** Changes the sheet's page layout at sync (copied for the batch first). */
function changePage(batch: BatchExecution, sheet: SheetModel, location: string, change: (page: PageLayoutModel) => void): void {
  const layout = writableLayout(batch, sheet.id, location);
  const page: PageLayoutModel = { ...layout.page };
  change(page);
  layout.page = page;
}

const invalid = (location: string) => new SimulatedOfficeError('InvalidArgument', undefined, location);

/** A range argument (a Range proxy or an address string) as rectangles on `sheet`; InvalidArgument otherwise. */
function rectsOf(batch: BatchExecution, sheet: SheetModel, argument: unknown, location: string): CellRect[] {
  if (argument && typeof argument === 'object' && 'targetIn' in argument) {
    const target = (argument as { targetIn(batch: BatchExecution): { sheet: SheetModel; rect: CellRect } }).targetIn(batch);
    if (target.sheet.id !== sheet.id) throw invalid(location);
    return [target.rect];
  }
  if (typeof argument !== 'string' || argument.trim() === '') throw invalid(location);
  return splitAreaList(argument).map((area) => {
    const reference = parseRangeReference(area);
    if (!reference) throw invalid(location);
    if (reference.sheet !== undefined && reference.sheet.toLocaleUpperCase() !== sheet.name.toLocaleUpperCase()) throw invalid(location);
    return reference.rect;
  });
}

/** An object that belongs to one worksheet's page layout, needing ExcelApi 1.9. */
abstract class PageLayoutPart extends SimulatedClientObject {
  constructor(context: OperationQueue, path: string, protected readonly owner: SheetOwner) {
    super(context, path);
  }

  override isMissing(batch: BatchExecution): boolean {
    return this.owner.isMissing(batch);
  }

  protected override requirement(): Requirement {
    return EXCEL_API('1.9');
  }

  /** Queues a checked change of the stored page layout. */
  protected changePage(member: string, args: unknown, change: (page: PageLayoutModel, batch: BatchExecution, location: string) => void): void {
    const location = `${this.typeName}.${member}`;
    this.queue(member, args, (batch) => {
      const sheet = this.owner.sheetIn(batch);
      changePage(batch, sheet, location, (page) => change(page, batch, location));
    });
  }
}

export class SimulatedPageLayout extends PageLayoutPart {
  readonly typeName = 'PageLayout';
  readonly headersFooters: SimulatedHeaderFooterGroup;

  constructor(context: OperationQueue, path: string, owner: SheetOwner) {
    super(context, path, owner);
    this.headersFooters = guarded(new SimulatedHeaderFooterGroup(context, `${path}.headersFooters`, owner));
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'headersFooters') return this.headersFooters;
    return undefined;
  }

  defaultLoadNames(): readonly string[] {
    return ['orientation', 'paperSize', ...Object.keys(MARGIN_PROPERTIES), ...FLAGS, 'zoom'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    const page = pageLayoutOf(this.owner.sheetIn(batch));
    if (name === 'orientation') return page.orientation ?? 'Portrait';
    if (name === 'paperSize') return page.paperSize ?? 'Letter';
    if (name in MARGIN_PROPERTIES) {
      const side = MARGIN_PROPERTIES[name as MarginProperty];
      return page.margins?.[side] ?? DEFAULT_MARGINS[side];
    }
    if ((FLAGS as readonly string[]).includes(name)) return page[name as Flag] ?? false;
    if (name === 'zoom') return { ...(page.zoom ?? { scale: 100 }) };
    return this.notSimulated(name);
  }

  private setEnum(name: 'orientation' | 'paperSize', allowed: readonly string[], value: unknown): void {
    this.changePage(name, value, (page, _batch, location) => {
      if (typeof value !== 'string' || !allowed.includes(value)) throw invalid(location);
      page[name] = value as never;
    });
    this.echo(name, value);
  }

  private setMargin(name: MarginProperty, value: unknown): void {
    this.changePage(name, value, (page, _batch, location) => {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(location);
      page.margins = { ...page.margins, [MARGIN_PROPERTIES[name]]: value };
    });
    this.echo(name, value);
  }

  private setFlag(name: Flag, value: unknown): void {
    this.changePage(name, value, (page, _batch, location) => {
      if (typeof value !== 'boolean') throw invalid(location);
      page[name] = value;
    });
    this.echo(name, value);
  }

  get orientation(): string { return this.loaded('orientation'); }
  set orientation(value: string) { this.setEnum('orientation', ORIENTATIONS, value); }
  get paperSize(): string { return this.loaded('paperSize'); }
  set paperSize(value: string) { this.setEnum('paperSize', PAPER_TYPES, value); }
  get topMargin(): number { return this.loaded('topMargin'); }
  set topMargin(value: number) { this.setMargin('topMargin', value); }
  get bottomMargin(): number { return this.loaded('bottomMargin'); }
  set bottomMargin(value: number) { this.setMargin('bottomMargin', value); }
  get leftMargin(): number { return this.loaded('leftMargin'); }
  set leftMargin(value: number) { this.setMargin('leftMargin', value); }
  get rightMargin(): number { return this.loaded('rightMargin'); }
  set rightMargin(value: number) { this.setMargin('rightMargin', value); }
  get headerMargin(): number { return this.loaded('headerMargin'); }
  set headerMargin(value: number) { this.setMargin('headerMargin', value); }
  get footerMargin(): number { return this.loaded('footerMargin'); }
  set footerMargin(value: number) { this.setMargin('footerMargin', value); }
  get centerHorizontally(): boolean { return this.loaded('centerHorizontally'); }
  set centerHorizontally(value: boolean) { this.setFlag('centerHorizontally', value); }
  get centerVertically(): boolean { return this.loaded('centerVertically'); }
  set centerVertically(value: boolean) { this.setFlag('centerVertically', value); }
  get printGridlines(): boolean { return this.loaded('printGridlines'); }
  set printGridlines(value: boolean) { this.setFlag('printGridlines', value); }
  get printHeadings(): boolean { return this.loaded('printHeadings'); }
  set printHeadings(value: boolean) { this.setFlag('printHeadings', value); }

  get zoom(): PageLayoutModel['zoom'] {
    return this.loaded('zoom');
  }

  /** Set as one object, as the reference says (`x.zoom = {...}`, not `x.zoom.scale = …`). */
  set zoom(value: PageLayoutModel['zoom']) {
    this.changePage('zoom', value, (page, _batch, location) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid(location);
      const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null);
      if (entries.length === 0) throw invalid(location);
      const zoom: NonNullable<PageLayoutModel['zoom']> = {};
      for (const [key, v] of entries) {
        if (key === 'scale') {
          if (typeof v !== 'number' || !Number.isFinite(v) || v < 10 || v > 400) throw invalid(location);
          zoom.scale = v;
        } else if (key === 'horizontalFitToPages' || key === 'verticalFitToPages') {
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 32767) throw invalid(location);
          zoom[key] = v;
        } else throw invalid(location);
      }
      page.zoom = zoom;
    });
    this.echo('zoom', value);
  }

  /** The print area: a Range, or an address of one or more areas of this sheet. */
  setPrintArea(printArea: unknown): void {
    this.changePage('setPrintArea', typeof printArea === 'string' ? printArea : '[Range]', (page, batch, location) => {
      page.printArea = rectsOf(batch, this.owner.sheetIn(batch), printArea, location);
    });
  }

  /** The rows repeated on every page; part of a row stands for the whole row, as in Excel. */
  setPrintTitleRows(printTitleRows: unknown): void {
    this.changePage('setPrintTitleRows', typeof printTitleRows === 'string' ? printTitleRows : '[Range]', (page, batch, location) => {
      const rects = rectsOf(batch, this.owner.sheetIn(batch), printTitleRows, location);
      if (rects.length !== 1) throw invalid(location);
      page.printTitleRows = { first: rects[0].row, last: rects[0].row + rects[0].rowCount - 1 };
    });
  }
}

export class SimulatedHeaderFooterGroup extends PageLayoutPart {
  readonly typeName = 'HeaderFooterGroup';
  readonly defaultForAllPages: SimulatedHeaderFooter;
  readonly firstPage: SimulatedHeaderFooter;
  readonly oddPages: SimulatedHeaderFooter;
  readonly evenPages: SimulatedHeaderFooter;

  constructor(context: OperationQueue, path: string, owner: SheetOwner) {
    super(context, path, owner);
    const part = (page: HeaderFooterPage) => guarded(new SimulatedHeaderFooter(context, `${path}.${page}`, owner, page));
    this.defaultForAllPages = part('defaultForAllPages');
    this.firstPage = part('firstPage');
    this.oddPages = part('oddPages');
    this.evenPages = part('evenPages');
  }

  override navigation(name: string): SimulatedClientObject | undefined {
    if (name === 'defaultForAllPages' || name === 'firstPage' || name === 'oddPages' || name === 'evenPages') return this[name];
    return undefined;
  }

  defaultLoadNames(): readonly string[] {
    return ['state'];
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    if (name === 'state') return pageLayoutOf(this.owner.sheetIn(batch)).headersFooters?.state ?? 'Default';
    return this.notSimulated(name);
  }

  get state(): HeaderFooterState {
    return this.loaded('state');
  }

  set state(value: HeaderFooterState) {
    this.changePage('state', value, (page, _batch, location) => {
      if (!HEADER_FOOTER_STATES.includes(value)) throw invalid(location);
      page.headersFooters = { ...page.headersFooters, state: value };
    });
    this.echo('state', value);
  }
}

export class SimulatedHeaderFooter extends PageLayoutPart {
  readonly typeName = 'HeaderFooter';

  constructor(context: OperationQueue, path: string, owner: SheetOwner, private readonly page: HeaderFooterPage) {
    super(context, path, owner);
  }

  defaultLoadNames(): readonly string[] {
    return HEADER_FOOTER_PARTS;
  }

  readScalar(batch: BatchExecution, name: string): unknown {
    if (!HEADER_FOOTER_PARTS.includes(name as HeaderFooterPart)) return this.notSimulated(name);
    return pageLayoutOf(this.owner.sheetIn(batch)).headersFooters?.texts?.[this.page]?.[name as HeaderFooterPart] ?? '';
  }

  private setPart(name: HeaderFooterPart, value: unknown): void {
    this.changePage(name, value, (page, _batch, location) => {
      if (typeof value !== 'string' || value.length > MAX_HEADER_FOOTER_LENGTH) throw invalid(location);
      const texts = { ...page.headersFooters?.texts };
      texts[this.page] = { ...texts[this.page], [name]: value };
      page.headersFooters = { ...page.headersFooters, texts };
    });
    this.echo(name, value);
  }

  get leftHeader(): string { return this.loaded('leftHeader'); }
  set leftHeader(value: string) { this.setPart('leftHeader', value); }
  get centerHeader(): string { return this.loaded('centerHeader'); }
  set centerHeader(value: string) { this.setPart('centerHeader', value); }
  get rightHeader(): string { return this.loaded('rightHeader'); }
  set rightHeader(value: string) { this.setPart('rightHeader', value); }
  get leftFooter(): string { return this.loaded('leftFooter'); }
  set leftFooter(value: string) { this.setPart('leftFooter', value); }
  get centerFooter(): string { return this.loaded('centerFooter'); }
  set centerFooter(value: string) { this.setPart('centerFooter', value); }
  get rightFooter(): string { return this.loaded('rightFooter'); }
  set rightFooter(value: string) { this.setPart('rightFooter', value); }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9), the breaks set by hand: `add` above a range's
 * first row, `removePageBreaks`, `getCount`. Kept with the page layout they print by.
 */
export class SimulatedPageBreakCollection extends PageLayoutPart {
  readonly typeName = 'PageBreakCollection';

  defaultLoadNames(): readonly string[] {
    return [];
  }

  readScalar(_batch: BatchExecution, name: string): unknown {
    return this.notSimulated(name);
  }

  add(pageBreakRange: unknown): void {
    this.changePage('add', typeof pageBreakRange === 'string' ? pageBreakRange : '[Range]', (page, batch, location) => {
      const rects = rectsOf(batch, this.owner.sheetIn(batch), pageBreakRange, location);
      if (rects.length !== 1 || rects[0].row === 0) throw invalid(location);
      const breaks = new Set(page.rowBreaks ?? []);
      breaks.add(rects[0].row);
      if (breaks.size > MAX_PAGE_BREAKS) throw new SimulatedOfficeError('InvalidOperation', undefined, location);
      page.rowBreaks = [...breaks].sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this.changePage('removePageBreaks', [], (page) => {
      delete page.rowBreaks;
    });
  }

  getCount(): SimulatedClientResult<number> {
    return this.queueResult('getCount', [], (batch) => pageLayoutOf(this.owner.sheetIn(batch)).rowBreaks?.length ?? 0);
  }
}
