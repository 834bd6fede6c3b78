import { defineRule, type Finding } from './rule';

interface CsvBrokenQuoteParams {
  /** Lines of the cell after its first that read like rows of the file. */
  rowLines: number;
  /** The first of them, as written (cut to 60 characters). */
  example: string;
}

const DELIMITERS = [',', ';', '\t'] as const;
const EXAMPLE_CHARS = 60;

function count(text: string, character: string): number {
  let n = 0;
  for (let at = text.indexOf(character); at >= 0; at = text.indexOf(character, at + 1)) n++;
  return n;
}

/**
 * The lines of a cell's text, after its first, that hold as many delimiters as half a row of
 * the table would (at least two): text the file meant as rows of their own.
 */
function rowLikeLines(text: string, columns: number): string[] {
  const least = Math.max(2, Math.ceil((columns - 1) / 2));
  return text.split(/\r\n|\r|\n/).slice(1).filter((line) => DELIMITERS.some((d) => count(line, d) >= least));
}

/**
 * A CSV cell that swallowed rows of the file (`csv-broken-quote`): a quote opened in a field and
 * never closed — or closed rows later — reads every line up to the next quote into that one
 * cell, so the rows in it are neither checked nor counted. Excel reads the file the same way and
 * shows one tall cell; the fix is in the file. A quoted cell with line breaks of its own (an
 * address on two lines) is not reported: its lines do not hold the delimiters of a row.
 */
export const csvBrokenQuote = defineRule<CsvBrokenQuoteParams>({
  id: 'csv-broken-quote',
  severity: 'warning',
  fields: [],
  check({ tables }) {
    const findings: Finding<CsvBrokenQuoteParams>[] = [];
    for (const table of tables) {
      if (!table.untyped) continue;
      for (const row of table.rows) {
        const { values } = row;
        for (let index = 0; index < values.length; index++) {
          const value = values[index];
          // indexOf rather than a regular expression: every cell of a large file is looked at.
          if (typeof value !== 'string' || (value.indexOf('\n') < 0 && value.indexOf('\r') < 0)) continue;
          const lines = rowLikeLines(value, table.headers.length);
          if (lines.length === 0) continue;
          const column = table.headers[index]?.column;
          if (column === undefined) continue;
          const example = lines[0].length > EXAMPLE_CHARS ? `${lines[0].slice(0, EXAMPLE_CHARS)}…` : lines[0];
          findings.push({ sheet: table.sheet, cells: [`${column}${row.row}`], value, params: { rowLines: lines.length, example } });
        }
      }
    }
    return findings;
  },
  message: {
    th: (p) => `เซลล์นี้มีข้อความอีก ${p.rowLines} บรรทัดที่มีลักษณะเป็นแถวข้อมูล ("${p.example}") น่าจะมีเครื่องหมายอัญประกาศ (") ที่เปิดแล้วไม่ได้ปิด ทำให้แถวถัดไปถูกอ่านรวมเข้ามาในเซลล์นี้และไม่ได้รับการตรวจสอบ`,
    en: (p) => `This cell holds ${p.rowLines} more ${p.rowLines === 1 ? 'line that reads' : 'lines that read'} like rows of the file ("${p.example}"): a quote (") opened here is probably never closed, so the rows after it were read into this cell and were not checked`,
  },
  fix: {
    th: () => 'ปิดเครื่องหมายอัญประกาศในไฟล์ CSV (หรือลบเครื่องหมายที่เกินมา) แล้วตรวจสอบอีกครั้ง',
    en: () => 'Close the quote in the CSV file (or remove the stray one) and check again',
  },
});
