/**
 * A large .xlsx written as Excel writes one — shared strings, a styles part with a date
 * format, every cell with its address — straight to a file, streamed through zlib, for the
 * benchmark of reading and validating a sheet of Excel's full height (read.bench.ts).
 * One sheet `รายงาน`: a header row and `rows - 1` monthly reports, ten per project, 5 % of
 * the projects with a report number skipped (findings, as in real workbooks).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { crc32, deflateRawSync, constants } from 'node:zlib';
import { addDays, isoToSerial } from '../src/core/parse/calendar';
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

function columnName(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Writes the workbook of `rows` rows (header included) to `path`. */
export function writeLargeWorkbook(path: string, rows: number): void {
  const zip = new ZipFileWriter(path);
  zip.part('[Content_Types].xml', (emit) => emit('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
  zip.part('_rels/.rels', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${OFFICE}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  zip.part('xl/workbook.xml', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${OFFICE}"><sheets><sheet name="รายงาน" sheetId="1" r:id="rId1"/></sheets></workbook>`));
  zip.part('xl/_rels/workbook.xml.rels', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS}">`
    + `<Relationship Id="rId1" Type="${OFFICE}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${OFFICE}/styles" Target="styles.xml"/>`
    + `<Relationship Id="rId3" Type="${OFFICE}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`));
  // Styles: 0 General, 1 text (@), 2 d/m/yyyy, 3 #,##0.
  zip.part('xl/styles.xml', (emit) => emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/m/yyyy"/></numFmts>`
    + '<fonts count="1"><font><sz val="11"/><name val="Tahoma"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
    + '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    + '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>'));

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
