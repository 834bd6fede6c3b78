/**
 * Large .xlsx files written as Excel writes them — shared strings, a styles part with the number
 * formats, every cell with its address — straight to a file, streamed through zlib:
 * - writeLargeWorkbook: one sheet `รายงาน` of `rows - 1` monthly reports, ten per project, 5 % of
 *   the projects with a report number skipped (findings, as in real workbooks), for the benchmark
 *   of a sheet of Excel's full height (read-file.bench.ts);
 * - writeGridWorkbook: any Grids (bench/workbook-grids.ts), one sheet each, for the end-to-end
 *   benchmark of the command line (cli.bench.ts).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync, constants } from 'node:zlib';
import type { Grid } from '../src/core/model';
import { addDays, isoToSerial } from '../src/core/parse/calendar';
import { columnLetter as columnName } from '../src/core/table/address';
import { centralEntry, dataDescriptor, endRecord, localHeader } from '../test/helpers/zip-records';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const HEADER = ['รหัสโครงการ', 'รายงานครั้งที่', 'วันที่รายงาน', 'ขั้นตอนการดำเนินงาน', 'ความก้าวหน้า (%)', 'เบิกจ่ายสะสม', 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'];
const REPORTS_PER_PROJECT = 10;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A ZIP file written part by part, each part deflated in pieces as it is produced. */
class ZipFileWriter {
  private readonly fd: number;
  private offset = 0;
  private readonly central: Buffer[] = [];
  private count = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  private write(data: Buffer): void {
    writeSync(this.fd, data);
    this.offset += data.length;
  }

  /** Adds a part whose text `produce` hands over piece by piece. */
  part(path: string, produce: (emit: (text: string) => void) => void): void {
    const name = Buffer.from(path, 'utf8');
    const headerAt = this.offset;
    const local = localHeader(name);
    this.write(local);
    this.write(name);
    let crc = 0;
    let size = 0;
    let compressed = 0;
    let pending: string[] = [];
    let pendingLength = 0;
    const flush = (final: boolean) => {
      const data = Buffer.from(pending.join(''), 'utf8');
      pending = [];
      pendingLength = 0;
      crc = crc32(data, crc);
      size += data.length;
      // Each piece a run of deflate blocks ending byte-aligned, the last one final.
      const deflated = deflateRawSync(data, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
      compressed += deflated.length;
      this.write(deflated);
    };
    produce((text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength > 4_000_000) flush(false);
    });
    flush(true);
    const sizes = { crc, compressed, size };
    this.write(dataDescriptor(sizes));
    this.central.push(centralEntry(name, sizes, headerAt, true), name);
    this.count++;
  }

  close(): void {
    const directory = Buffer.concat(this.central);
    const at = this.offset;
    this.write(directory);
    const end = endRecord(this.count, directory.length, at);
    this.write(end);
    closeSync(this.fd);
  }
}


/** Excel's built-in number format ids; other codes get custom ids from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

/**
 * The package around the sheets: content types, relationships, the workbook naming the sheets in
 * order (sheet N is xl/worksheets/sheetN.xml) and a styles part whose cell format N is `formats[N]`.
 */
function writePackageParts(zip: ZipFileWriter, sheetNames: readonly string[], formats: readonly string[]): void {
  const sheets = sheetNames.map((name, index) => ({ name, number: index + 1 }));
  zip.part('[Content_Types].xml', (emit) => emit('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + sheets.map((sheet) => `<Override PartName="/xl/worksheets/sheet${sheet.number}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
  zip.part('_rels/.rels', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  zip.part('xl/workbook.xml', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets>`
    + sheets.map((sheet) => `<sheet name="${escape(sheet.name)}" sheetId="${sheet.number}" r:id="rId${sheet.number}"/>`).join('') + '</sheets></workbook>'));
  const styles = sheets.length + 1;
  zip.part('xl/_rels/workbook.xml.rels', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}">`
    + sheets.map((sheet) => `<Relationship Id="rId${sheet.number}" Type="${OFFICE}/worksheet" Target="worksheets/sheet${sheet.number}.xml"/>`).join('')
    + `<Relationship Id="rId${styles}" Type="${OFFICE}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId${styles + 1}" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`));
  const custom = formats.filter((code) => BUILT_IN_FORMATS[code] === undefined);
  const formatId = (code: string) => BUILT_IN_FORMATS[code] ?? 164 + custom.indexOf(code);
  zip.part('xl/styles.xml', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">`
    + `<numFmts count="${custom.length}">${custom.map((code, index) => `<numFmt numFmtId="${164 + index}" formatCode="${escape(code)}"/>`).join('')}</numFmts>`
    + '<fonts count="1"><font><sz val="11"/><name val="Tahoma"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + `<cellXfs count="${formats.length}">${formats.map((code) => `<xf numFmtId="${formatId(code)}" fontId="0" fillId="0" borderId="0" xfId="0"${code === 'General' ? '' : ' applyNumberFormat="1"'}/>`).join('')}</cellXfs></styleSheet>`));
}

/** Writes the workbook of `rows` rows (header included) to `path`. */
export function writeLargeWorkbook(path: string, rows: number): void {
  const zip = new ZipFileWriter(path);
  // Styles: 0 General, 1 text (@), 2 d/m/yyyy, 3 #,##0.
  writePackageParts(zip, ['รายงาน'], ['General', '@', 'd/m/yyyy', '#,##0']);

  const projects = Math.ceil((rows - 1) / REPORTS_PER_PROJECT);
  // Shared strings: the header, the ten stages, yes for plan and target, then one code per project.
  const fixed = [...HEADER, ...Array.from({ length: REPORTS_PER_PROJECT + 1 }, (_, n) => `อยู่ระหว่างขั้นตอนดำเนินการ (รายงานครั้งที่ ${n})`), 'เป็นไปตามแผน', 'เป็นไปตามเป้าหมาย'];
  const stageIndex = (n: number) => HEADER.length + n;
  const onPlanIndex = fixed.length - 2;
  const onTargetIndex = fixed.length - 1;
  const codeOf = (p: number) => `${String(3_000_000 + p).padStart(8, '0')}-${String(p % 10_000).padStart(4, '0')}`;
  zip.part('xl/sharedStrings.xml', (emit) => {
    emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${fixed.length + projects}" uniqueCount="${fixed.length + projects}">`);
    for (const text of fixed) emit(`<si><t>${escape(text)}</t></si>`);
    for (let p = 0; p < projects; p++) emit(`<si><t>${codeOf(p)}</t></si>`);
    emit('</sst>');
  });

  zip.part('xl/worksheets/sheet1.xml', (emit) => {
    emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${OFFICE}"><dimension ref="A1:H${rows}"/><sheetData>`);
    emit(`<row r="1">${HEADER.map((_, c) => `<c r="${columnName(c)}1" t="s"><v>${c}</v></c>`).join('')}</row>`);
    let r = 2;
    let seed = 2563;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let p = 0; p < projects && r <= rows; p++) {
      const start = addDays('2019-10-01', Math.floor(random() * 30));
      const budget = Math.round(100_000 + random() * 9_900_000);
      const gap = random() < 0.05;
      let progress = 0;
      let disbursed = 0;
      for (let n = 1; n <= REPORTS_PER_PROJECT && r <= rows; n++, r++) {
        progress = Math.min(100, progress + Math.round(random() * 12));
        disbursed = Math.min(budget, Math.round(disbursed + budget * random() * 0.1));
        const reportNo = gap && n === 5 ? 6 : n;
        emit(`<row r="${r}"><c r="A${r}" s="1" t="s"><v>${fixed.length + p}</v></c><c r="B${r}"><v>${reportNo}</v></c>`
          + `<c r="C${r}" s="2"><v>${isoToSerial(addDays(start, n * 30))}</v></c><c r="D${r}" t="s"><v>${stageIndex(reportNo)}</v></c>`
          + `<c r="E${r}"><v>${progress}</v></c><c r="F${r}" s="3"><v>${disbursed}</v></c>`
          + `<c r="G${r}" t="s"><v>${onPlanIndex}</v></c><c r="H${r}" t="s"><v>${onTargetIndex}</v></c></row>`);
      }
    }
    emit('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  });
  zip.close();
}

/**
 * Writes `grids` as a workbook, one sheet per grid from A1, in order: strings shared, numbers and
 * booleans as themselves, each cell's number format kept (dates are serials with a date format).
 */
export function writeGridWorkbook(path: string, grids: readonly Grid[]): void {
  const zip = new ZipFileWriter(path);
  const formats = ['General'];
  const styleOf = new Map([['General', 0]]);
  const strings = new Map<string, number>();
  for (const grid of grids) {
    for (const row of grid.numberFormats) for (const code of row) if (!styleOf.has(code)) styleOf.set(code, formats.push(code) - 1);
    for (const row of grid.values) for (const value of row) if (typeof value === 'string' && !strings.has(value)) strings.set(value, strings.size);
  }
  writePackageParts(zip, grids.map((grid) => grid.sheet), formats);
  zip.part('xl/sharedStrings.xml', (emit) => {
    emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">`);
    for (const text of strings.keys()) emit(`<si><t xml:space="preserve">${escape(text)}</t></si>`);
    emit('</sst>');
  });
  grids.forEach((grid, index) => {
    zip.part(`xl/worksheets/sheet${index + 1}.xml`, (emit) => {
      const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 1);
      emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${OFFICE}"><dimension ref="A1:${columnName(width - 1)}${Math.max(1, grid.values.length)}"/><sheetData>`);
      grid.values.forEach((row, r) => {
        const cells = row.map((value, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          const style = styleOf.get(grid.numberFormats[r]?.[c] ?? 'General') ?? 0;
          const s = style === 0 ? '' : ` s="${style}"`;
          if (value === null || value === '') return style === 0 ? '' : `<c r="${ref}"${s}/>`;
          if (typeof value === 'string') return `<c r="${ref}"${s} t="s"><v>${strings.get(value)}</v></c>`;
          if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
          return `<c r="${ref}"${s}><v>${value}</v></c>`;
        });
        emit(`<row r="${r + 1}">${cells.join('')}</row>`);
      });
      emit('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
    });
  });
  zip.close();
}
