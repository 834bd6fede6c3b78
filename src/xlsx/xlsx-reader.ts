import type JSZip from 'jszip';
import type { CellValue, Grid, ReadLimits } from '../core/model';
import { cellAddress, parseAddress } from '../core/table/address';
import { dateToSerial } from './cell-value';
import { THAI_BUILTIN_FORMATS } from './excel-package';
import { CellBudget, SheetCells, type MergedArea, type PlacedTable } from './grid-builder';
import { PackageReader } from './package-reader';
import { WorkbookReadError, limitExceeded } from './read-error';
import { XmlError, decodeXmlText, isSpace, readAttributes, type XmlHandler } from './xml-scanner';
import { relsPathOf, resolvePart } from './part-paths';

/**
 * Reads the cells of an .xlsx package as the core wants them (one Grid per worksheet), made
 * for checking: every part streamed within the read limits, each cell kept as its shown value
 * and number format and nothing else, so memory follows the cells read (ECMA-376 Part 1, §18).
 * It gives what ExcelJS gave for the same file, except that a part it cannot read is an error
 * naming the part, never a sheet silently left out.
 */

/** Excel's built-in number formats (ECMA-376 Part 1, §18.8.30) that are the same in every locale. */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm',
  21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
};

/** Excel's own ceiling on distinct cell formats is 64,000; a styles part with many more is not a workbook's. */
const MAX_CELL_FORMATS = 1_000_000;
/** Excel's grid: 1,048,576 rows × 16,384 columns. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Whether a number format shows a date or a time: date or time letters outside quotes and brackets (ExcelJS's test, `b` for BE years included). */
function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DATE_1904_OFFSET = 1_462;

/** A date cell's serial in the 1900 system, to the millisecond as ExcelJS gave it. */
function dateSerial(value: number, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + Math.round((value - UNIX_EPOCH_SERIAL + (date1904 ? DATE_1904_OFFSET : 0)) * DAY_MS) / DAY_MS;
}

/** Text as Excel stores it, its `_xHHHH_` escapes read (ECMA-376 Part 1, §22.9.2.19). */
function unescapeText(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) => String.fromCharCode(parseInt(code, 16))) : text;
}

/** A handler for the parts read whole into a few values: it wants no text but what `collect` names. */
abstract class ElementReader implements XmlHandler {
  collecting = false;
  text(): void { /* no text wanted */ }
  close(_name: string): void { /* nothing to do */ }
  abstract open(name: string, source: string, from: number, to: number): void;
}

interface Relationship { type: string; target: string }

/** The relationships of a part by id; a part without any has none. */
async function readRelationships(pkg: PackageReader, part: string): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  const path = relsPathOf(part);
  if (pkg.find(path) === undefined) return relationships;
  const base = part.slice(0, part.lastIndexOf('/') + 1);
  await pkg.scan(path, new class extends ElementReader {
    open(name: string, source: string, from: number, to: number) {
      if (name !== 'Relationship') return;
      const { Id: id, Type: type = '', Target: target, TargetMode: mode } = readAttributes(source, from, to);
      if (id === undefined || target === undefined) return;
      relationships.set(id, { type, target: mode === 'External' ? target : resolvePart(base, target) });
    }
  }());
  return relationships;
}

/** The `r:id`-style attribute of a tag, whatever the prefix the file gives the relationships namespace. */
function relationshipId(attributes: Record<string, string>): string | undefined {
  for (const name in attributes) if (name.endsWith(':id')) return attributes[name];
  return undefined;
}

interface SheetEntry { name: string; relationshipId?: string }

async function readWorkbookPart(pkg: PackageReader, part: string): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await pkg.scan(part, new class extends ElementReader {
    open(name: string, source: string, from: number, to: number) {
      if (name === 'workbookPr') {
        const value = readAttributes(source, from, to).date1904;
        date1904 = value === '1' || value === 'true';
      } else if (name === 'sheet') {
        const attributes = readAttributes(source, from, to);
        if (attributes.name !== undefined) sheets.push({ name: attributes.name, relationshipId: relationshipId(attributes) });
      }
    }
  }());
  return { sheets, date1904 };
}

/** Each cell style's number format code, by its index (`s="3"`), from the styles part. */
async function readCellFormats(pkg: PackageReader, part: string | undefined): Promise<string[]> {
  if (part === undefined || pkg.find(part) === undefined) return ['General'];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  const fileName = pkg.fileName;
  await pkg.scan(part, new class extends ElementReader {
    private depth = 0;
    private inCellXfs = false;
    open(name: string, source: string, from: number, to: number) {
      if (name === 'numFmt') {
        const { numFmtId, formatCode } = readAttributes(source, from, to);
        if (numFmtId !== undefined && formatCode !== undefined) {
          if (custom.size >= MAX_CELL_FORMATS) throw new WorkbookReadError(`${fileName} is damaged: its styles define more than ${MAX_CELL_FORMATS.toLocaleString('en-US')} number formats`);
          custom.set(Number(numFmtId), formatCode);
        }
      } else if (name === 'cellXfs') {
        this.inCellXfs = true;
        this.depth = 0;
      } else if (this.inCellXfs) {
        this.depth++;
        if (name === 'xf' && this.depth === 1) {
          if (formatIds.length >= MAX_CELL_FORMATS) throw new WorkbookReadError(`${fileName} is damaged: its styles have more than ${MAX_CELL_FORMATS.toLocaleString('en-US')} cell formats (Excel allows 64,000)`);
          formatIds.push(Number(readAttributes(source, from, to).numFmtId ?? 0));
        }
      }
    }
    override close(name: string) {
      if (name === 'cellXfs') this.inCellXfs = false;
      else if (this.inCellXfs) this.depth--;
    }
  }());
  // One string per distinct code, shared by every cell of that format.
  const codes = new Map<string, string>();
  return formatIds.map((id) => {
    const code = (id === 0 ? undefined : custom.get(id) ?? BUILTIN_FORMATS[id] ?? THAI_BUILTIN_FORMATS[id]) ?? 'General';
    const shared = codes.get(code);
    if (shared !== undefined) return shared;
    codes.set(code, code);
    return code;
  });
}

/** The shared strings: each item's text, its runs joined and its phonetic guides (`rPh`) left out. */
async function readSharedStrings(pkg: PackageReader, part: string | undefined): Promise<string[]> {
  if (part === undefined || pkg.find(part) === undefined) return [];
  const strings: string[] = [];
  const { fileName, limits } = pkg;
  await pkg.scan(part, new class implements XmlHandler {
    collecting = false;
    private inItem = false;
    private inPhonetic = false;
    /** The item's text so far, and the text of the `<t>` being read (escapes are read per `<t>`). */
    private item = '';
    private run = '';
    open(name: string) {
      if (name === 'si') {
        this.inItem = true;
        this.item = '';
      } else if (name === 'rPh') this.inPhonetic = true;
      else if (name === 't' && this.inItem && !this.inPhonetic) {
        this.collecting = true;
        this.run = '';
      }
    }
    text(source: string, from: number, to: number) {
      this.run += source.slice(from, to);
      // Escapes shrink text at most sevenfold (`_x0041_` → `A`): past that it cannot fit, whatever it holds.
      if (this.run.length > 7 * limits.maxCellChars) this.tooLong();
    }
    close(name: string) {
      if (name === 't') {
        if (this.collecting) this.item += unescapeText(this.run);
        this.collecting = false;
        if (this.item.length > limits.maxCellChars) this.tooLong();
      } else if (name === 'rPh') this.inPhonetic = false;
      else if (name === 'si') {
        if (strings.length >= limits.maxCells) throw limitExceeded(fileName, 'maxCells', limits, 'its shared strings number more than');
        strings.push(this.item);
        this.inItem = false;
      }
    }
    private tooLong(): never {
      throw limitExceeded(fileName, 'maxCellChars', limits, `shared string ${strings.length + 1} is longer than`);
    }
  }());
  return strings;
}

/** Whether `text.slice(from, to)` is 1 to `maxDigits` ASCII digits and nothing else. */
function isDigits(text: string, from: number, to: number, maxDigits: number): boolean {
  if (to <= from || to - from > maxDigits) return false;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
  }
  return true;
}

/**
 * The number a row's `r` attribute gives in its attribute text `source.slice(from, to)`
 * (` r="7" spans="1:9"` → 7), read as `/\sr\s*=\s*["']?(\d+)/` reads it (XML's white space for
 * `\s`); undefined when it has none. A loop, not that pattern, as it runs for every row.
 */
export function rowNumberAttribute(source: string, from: number, to: number): number | undefined {
  for (let i = from + 1; i < to; i++) {
    if (source.charCodeAt(i) !== 0x72 /* r */ || !isSpace(source.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < to && isSpace(source.charCodeAt(j))) j++;
    if (j >= to || source.charCodeAt(j) !== 0x3d /* = */) continue;
    j++;
    while (j < to && isSpace(source.charCodeAt(j))) j++;
    const quote = source.charCodeAt(j);
    if (j < to && (quote === 0x22 || quote === 0x27)) j++;
    const start = j;
    while (j < to && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
    // Digits only, by the loop above: up to 15 are summed exactly, more go through Number.
    if (j > start) return j - start <= 15 ? digitsValue(source, start, j) : Number(source.slice(start, j));
  }
  return undefined;
}

/** The number `text.slice(from, to)` spells in ASCII digits (see isDigits). */
function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * parseFloat(text.slice(from, to)) without the string, for the plain decimals most cells hold
 * (`-12.5`, `44105`): at most 15 digits is an integer below 2^53, and one exact integer divided
 * by an exact power of ten is the correctly rounded value parseFloat gives. NaN for anything
 * else (an exponent, more digits, spaces): the caller then asks parseFloat itself.
 */
function plainDecimal(text: string, from: number, to: number): number {
  const negative = from < to && text.charCodeAt(from) === 0x2d;
  let i = negative ? from + 1 : from;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2e && point < 0) point = i;
    else if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + code - 48;
      digits++;
    } else return NaN;
  }
  // A point needs digits on both sides, as in `0.5`; `5.` and `.5` are left to parseFloat.
  if (digits === 0 || digits > 15 || point === from + (negative ? 1 : 0) || point === to - 1) return NaN;
  const value = point < 0 ? mantissa : mantissa / POWERS_OF_TEN[to - point - 1];
  return negative ? -value : value;
}

/**
 * Where a cell's `r`, `s` and `t` values lie in its start tag (`source`), found without building an
 * object or a string per attribute (readAttributes does both): it runs for every cell of the sheet.
 * An absent value lies at -1…-1.
 */
class CellTag {
  source = '';
  rFrom = -1;
  rTo = -1;
  sFrom = -1;
  sTo = -1;
  tFrom = -1;
  tTo = -1;

  read(source: string, from: number, to: number): void {
    this.source = source;
    this.rFrom = this.rTo = this.sFrom = this.sTo = this.tFrom = this.tTo = -1;
    let i = from;
    while (i < to) {
      const equals = source.indexOf('=', i);
      if (equals < 0 || equals >= to) {
        if (source.slice(i, to).trim() !== '') throw new XmlError('has an attribute without a value');
        return;
      }
      let nameEnd = equals;
      while (nameEnd > i && isSpace(source.charCodeAt(nameEnd - 1))) nameEnd--;
      let nameStart = nameEnd;
      while (nameStart > i && !isSpace(source.charCodeAt(nameStart - 1))) nameStart--;
      let q = equals + 1;
      while (q < to && isSpace(source.charCodeAt(q))) q++;
      const quote = q < to ? source.charCodeAt(q) : 0;
      if ((quote !== 0x22 && quote !== 0x27) || nameStart === nameEnd) throw new XmlError('has an attribute without a quoted value');
      const close = source.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0 || close >= to) throw new XmlError('has an attribute whose quote is never closed');
      if (nameEnd - nameStart === 1) {
        const name = source.charCodeAt(nameStart);
        if (name === 0x72) { this.rFrom = q + 1; this.rTo = close; }
        else if (name === 0x73) { this.sFrom = q + 1; this.sTo = close; }
        else if (name === 0x74) { this.tFrom = q + 1; this.tTo = close; }
      }
      i = close + 1;
    }
  }

  /** The value at from…to as a string, its references decoded. */
  value(from: number, to: number): string {
    const value = this.source.slice(from, to);
    return value.includes('&') ? decodeXmlText(value) : value;
  }

  /** Whether the value at from…to holds a reference (`&…;`), to be decoded before it is read. */
  hasReference(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.source.charCodeAt(i) === 0x26) return true;
    return false;
  }
}

/** A cell's type (its `t`), as a number to switch on: each a type ECMA-376 §18.18.11 names; any other reads as a number. */
enum CellType { Number, SharedString, FormulaString, InlineString, Boolean, Error, Date }

function cellTypeOf(t: string): CellType {
  switch (t) {
    case 's': return CellType.SharedString;
    case 'str': return CellType.FormulaString;
    case 'inlineStr': return CellType.InlineString;
    case 'b': return CellType.Boolean;
    case 'e': return CellType.Error;
    case 'd': return CellType.Date;
    default: return CellType.Number;
  }
}

interface SheetContext {
  pkg: PackageReader;
  sheet: string;
  part: string;
  formats: readonly string[];
  dateFormats: readonly boolean[];
  strings: readonly string[];
  date1904: boolean;
  budget: CellBudget;
}

/**
 * A worksheet part's cells, merged areas and table relationship ids. A cell's value is what
 * Excel shows (ExcelJS's reading, kept): a formula's cached result, rich text as plain text, a
 * date as its 1900-system serial; a formula never calculated, and an empty cell, hold nothing.
 */
class WorksheetReader implements XmlHandler {
  collecting = false;
  readonly cells: SheetCells;
  readonly merges: MergedArea[] = [];
  readonly tableIds: string[] = [];
  private inSheetData = false;
  private row = -1;
  private col = -1;
  private cellType = CellType.Number;
  private cellFormat = 0;
  private hasFormula = false;
  private hasValue = false;
  /**
   * The text of the `<v>` or inline `<t>` being read: `charsSource.slice(charsFrom, charsTo)`, kept
   * as a range of the scanned text until a value is made of it (most are numbers, read in place).
   */
  private charsSource = '';
  private charsFrom = 0;
  private charsTo = 0;
  /** The inline string so far. */
  private inline = '';
  private inInline = false;
  private inPhonetic = false;
  private readonly tag = new CellTag();
  private readonly maxChars: number;

  constructor(private readonly context: SheetContext) {
    this.cells = new SheetCells(context.sheet, context.budget);
    this.maxChars = context.pkg.limits.maxCellChars;
  }

  open(name: string, source: string, from: number, to: number): number | void {
    if (this.inSheetData) {
      switch (name) {
        case 'row': {
          const r = rowNumberAttribute(source, from, to);
          this.row = r !== undefined ? r - 1 : this.row + 1;
          this.col = -1;
          if (this.row > MAX_ROW || this.row < 0) throw this.damaged(`has a row ${this.row + 1}, beyond Excel's last row (1,048,576)`);
          return;
        }
        case 'c':
          this.openCell(source, from, to);
          return this.plainCell(source, to);
        case 'v': this.collecting = true; this.hasValue = true; return;
        case 'f': this.hasFormula = true; return;
        case 'is': this.inInline = true; this.hasValue = true; return;
        case 'rPh': this.inPhonetic = true; return;
        case 't':
          if (this.inInline && !this.inPhonetic) {
            this.collecting = true;
            this.charsTo = this.charsFrom;
          }
          return;
        default: return;
      }
    }
    if (name === 'sheetData') this.inSheetData = true;
    else if (name === 'mergeCell') this.addMerge(readAttributes(source, from, to).ref ?? '');
    else if (name === 'tablePart') {
      const id = relationshipId(readAttributes(source, from, to));
      if (id !== undefined) this.tableIds.push(id);
    }
  }

  text(source: string, from: number, to: number): void {
    if (this.charsTo === this.charsFrom) {
      this.charsSource = source;
      this.charsFrom = from;
      this.charsTo = to;
    } else {
      // Text in pieces (cut where a chunk of the part ended): joined.
      this.charsSource = this.chars() + source.slice(from, to);
      this.charsFrom = 0;
      this.charsTo = this.charsSource.length;
    }
    // Escapes shrink text at most sevenfold (`_x0041_` → `A`): past that it cannot fit, whatever it holds.
    if (this.charsTo - this.charsFrom > 7 * this.maxChars + 64) this.tooLong();
  }

  close(name: string): void {
    if (!this.inSheetData) return;
    switch (name) {
      case 'v': this.collecting = false; return;
      case 't':
        if (this.collecting) this.inline += unescapeText(this.chars());
        this.collecting = false;
        if (this.inline.length > this.maxChars) this.tooLong();
        return;
      case 'is': this.inInline = false; return;
      case 'rPh': this.inPhonetic = false; return;
      case 'c': this.closeCell(); return;
      case 'sheetData': this.inSheetData = false; return;
      default: return;
    }
  }

  /**
   * Most cells are `<c r="B2" s="1" t="s"><v>12</v></c>` exactly: such a cell, its start tag
   * ending at `source[tagEnd]`, is read here at once, without the scanner handing over its `<v>`,
   * text and end tags one by one; returns where its `</c>` ends. Anything else (a formula, an
   * inline string, a reference, white space or a prefix between the tags, the cell cut where a
   * chunk of the part ends) returns nothing and is read tag by tag.
   */
  private plainCell(source: string, tagEnd: number): number | undefined {
    if (source.charCodeAt(tagEnd) !== 0x3e /* > */ || this.cellType === CellType.InlineString) return undefined;
    const v = tagEnd + 1;
    if (source.charCodeAt(v) !== 0x3c || source.charCodeAt(v + 1) !== 0x76 || source.charCodeAt(v + 2) !== 0x3e) return undefined;
    const end = source.indexOf('<', v + 3);
    if (end < 0 || !source.startsWith('</v></c>', end)) return undefined;
    for (let i = v + 3; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === 0x26 /* & */ || code === 0x0d /* CR */) return undefined;
    }
    this.hasValue = true;
    this.charsSource = source;
    this.charsFrom = v + 3;
    this.charsTo = end;
    if (end - this.charsFrom > 7 * this.maxChars + 64) this.tooLong();
    this.closeCell();
    return end + 8;
  }

  /** The text of the `<v>` or inline `<t>` being read. */
  private chars(): string {
    return this.charsSource.slice(this.charsFrom, this.charsTo);
  }

  private openCell(source: string, from: number, to: number): void {
    const tag = this.tag;
    tag.read(source, from, to);
    if (tag.rFrom >= 0) {
      const ref = tag.hasReference(tag.rFrom, tag.rTo) ? tag.value(tag.rFrom, tag.rTo) : undefined;
      const placed = ref === undefined ? this.placeAt(source, tag.rFrom, tag.rTo) : this.placeAt(ref, 0, ref.length);
      if (!placed) throw this.damaged(`has a cell with the reference "${(ref ?? tag.value(tag.rFrom, tag.rTo)).slice(0, 20)}"`);
    } else {
      this.col++;
      if (this.row < 0) this.row = 0;
    }
    if (this.col > MAX_COL || this.row > MAX_ROW) throw this.damaged(`has a cell ${cellAddress(this.row, this.col)}, beyond Excel's last column (XFD) or row (1,048,576)`);
    this.cellType = tag.tFrom < 0 ? CellType.Number : cellTypeOf(tag.value(tag.tFrom, tag.tTo));
    let style = 0;
    if (tag.sFrom >= 0) style = isDigits(source, tag.sFrom, tag.sTo, 9) ? digitsValue(source, tag.sFrom, tag.sTo) : Number(tag.value(tag.sFrom, tag.sTo));
    this.cellFormat = Number.isInteger(style) && style >= 0 && style < this.context.formats.length ? style : 0;
    this.hasFormula = false;
    this.hasValue = false;
    this.charsTo = this.charsFrom;
    this.inline = '';
    this.inInline = false;
    this.inPhonetic = false;
  }

  /**
   * Takes the cell's row and column from the A1 reference `ref.slice(from, to)` and says true;
   * false, leaving them, when it is no reference. A loop, not a pattern, as it runs for every cell.
   */
  private placeAt(ref: string, from: number, to: number): boolean {
    let col = 0;
    let i = from;
    for (; i < to; i++) {
      const code = ref.charCodeAt(i) & ~0x20;
      if (code < 65 || code > 90) break;
      col = col * 26 + code - 64;
    }
    if (i === from || i - from > 3 || i === to) return false;
    let row = 0;
    for (let j = i; j < to; j++) {
      const digit = ref.charCodeAt(j) - 48;
      if (digit < 0 || digit > 9 || j - i > 7) return false;
      row = row * 10 + digit;
    }
    if (row === 0) return false;
    this.row = row - 1;
    this.col = col - 1;
    return true;
  }

  private closeCell(): void {
    this.collecting = false;
    if (!this.hasValue) return;
    const value = this.cellValue();
    if (value === null) return;
    if (typeof value === 'string' && value.length > this.maxChars) this.tooLong();
    this.cells.add(this.row, this.col, value, this.context.formats[this.cellFormat]);
  }

  private cellValue(): CellValue {
    switch (this.cellType) {
      case CellType.SharedString: {
        const { charsSource, charsFrom, charsTo } = this;
        const index = isDigits(charsSource, charsFrom, charsTo, 15) ? digitsValue(charsSource, charsFrom, charsTo) : Number(this.chars());
        return Number.isInteger(index) ? this.context.strings[index] ?? null : null;
      }
      // A formula's empty text result reads as no result, as ExcelJS read it.
      case CellType.FormulaString: {
        const text = this.chars();
        return this.hasFormula && text === '' ? null : unescapeText(text);
      }
      case CellType.InlineString: return this.inline;
      case CellType.Boolean: {
        const text = this.chars();
        return text.trim() === '' ? null : Number(text) !== 0;
      }
      case CellType.Error: {
        const text = this.chars();
        return text === '' ? null : text;
      }
      case CellType.Date: {
        const text = this.chars();
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`);
        return Number.isFinite(ms) ? dateToSerial(new Date(ms)) : null;
      }
      default: {
        const { charsSource, charsFrom, charsTo } = this;
        let number = plainDecimal(charsSource, charsFrom, charsTo);
        if (Number.isNaN(number)) number = parseFloat(this.chars());
        if (!Number.isFinite(number)) return null;
        return this.context.dateFormats[this.cellFormat] ? dateSerial(number, this.context.date1904) : number;
      }
    }
  }

  private addMerge(ref: string): void {
    const [from, to = from] = ref.split(':');
    const start = parseAddress(from ?? '');
    const end = parseAddress(to ?? '');
    if (!start || !end) return;
    if (this.merges.length >= this.context.pkg.limits.maxCells) {
      throw limitExceeded(this.context.pkg.fileName, 'maxCells', this.context.pkg.limits, `sheet "${this.context.sheet}" has more merged areas than`);
    }
    this.merges.push({ top: Math.min(start.row, end.row), left: Math.min(start.col, end.col), bottom: Math.max(start.row, end.row), right: Math.max(start.col, end.col) });
  }

  private tooLong(): never {
    const { pkg, sheet } = this.context;
    throw limitExceeded(pkg.fileName, 'maxCellChars', pkg.limits, `cell ${cellAddress(this.row, this.col)} of sheet "${sheet}" holds text longer than`);
  }

  private damaged(what: string): WorkbookReadError {
    return new WorkbookReadError(`${this.context.pkg.fileName} is damaged: its part ${this.context.part} ${what}`);
  }
}

/** A table part's name and extent; undefined for a table without a header row (its sheet is read as a plain range). */
async function readTablePart(pkg: PackageReader, part: string): Promise<PlacedTable | undefined> {
  let table: PlacedTable | undefined;
  let seen = false;
  await pkg.scan(part, new class extends ElementReader {
    open(name: string, source: string, attributesFrom: number, attributesTo: number) {
      if (name !== 'table' || seen) return;
      seen = true;
      const attributes = readAttributes(source, attributesFrom, attributesTo);
      const [from, to] = (attributes.ref ?? '').split(':');
      const start = parseAddress(from ?? '');
      const end = parseAddress(to ?? from ?? '');
      if (!attributes.name || !start || !end || attributes.headerRowCount === '0') return;
      if (end.row > MAX_ROW || end.col > MAX_COL) return;
      table = { name: attributes.name, top: start.row, left: start.col, bottom: end.row, right: end.col, totalsRow: Number(attributes.totalsRowCount ?? 0) > 0 };
    }
  }());
  return table;
}

/**
 * One Grid per worksheet of the package, in workbook order. Throws WorkbookReadError (one
 * line naming the file) when a part cannot be read — a sheet whose part is missing included —
 * and ReadLimitError when reading would pass a read limit.
 */
export async function readXlsxGrids(zip: JSZip, fileName: string, limits: ReadLimits): Promise<Grid[]> {
  const pkg = new PackageReader(zip, fileName, limits);
  const workbookPart = 'xl/workbook.xml';
  const { sheets, date1904 } = await readWorkbookPart(pkg, workbookPart);
  const relationships = await readRelationships(pkg, workbookPart);
  const partOfType = (type: string, fallback: string) =>
    [...relationships.values()].find((relation) => relation.type.endsWith(`/${type}`))?.target ?? fallback;
  const formats = await readCellFormats(pkg, partOfType('styles', 'xl/styles.xml'));
  const dateFormats = formats.map(isDateFormat);
  const strings = await readSharedStrings(pkg, partOfType('sharedStrings', 'xl/sharedStrings.xml'));
  const budget = new CellBudget(fileName, limits);

  const grids: Grid[] = [];
  for (const sheet of sheets) {
    const relation = sheet.relationshipId === undefined ? undefined : relationships.get(sheet.relationshipId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to check.
    if (relation && !relation.type.endsWith('/worksheet')) continue;
    const part = relation?.target;
    if (part === undefined || pkg.find(part) === undefined) {
      throw new WorkbookReadError(`${fileName} is damaged: sheet "${sheet.name}" is listed in the workbook but its part${part === undefined ? '' : ` ${part}`} is missing, so the sheet cannot be read`);
    }
    const reader = new WorksheetReader({ pkg, sheet: sheet.name, part, formats, dateFormats, strings, date1904, budget });
    await pkg.scan(part, reader);
    const tables: PlacedTable[] = [];
    if (reader.tableIds.length > 0) {
      const sheetRelationships = await readRelationships(pkg, part);
      for (const id of reader.tableIds) {
        const tablePart = sheetRelationships.get(id)?.target;
        if (tablePart === undefined || pkg.find(tablePart) === undefined) continue;
        const table = await readTablePart(pkg, tablePart);
        if (table) tables.push(table);
      }
    }
    grids.push(reader.cells.toGrid(tables, reader.merges));
  }
  return grids;
}
