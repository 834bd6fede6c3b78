/**
 * Loads one file with one library alone, as a user of that library would, and prints the rows it
 * holds: the floor the command line is compared with in cli.bench.ts. Plain JavaScript run by plain
 * node, so it starts as the built command line does.
 *
 *   node bench/library-load.js exceljs|sheetjs|tableschema FILE.xlsx|FILE.csv
 *
 * - exceljs: `Workbook.xlsx.readFile` (or `csv.readFile`), the whole object model;
 * - sheetjs: `XLSX.readFile` in dense mode (its faster, smaller mode);
 * - tableschema: Frictionless' Table on a CSV, its schema inferred, every row read and cast
 *   (`forceCast`, so a value that does not fit the inferred type does not stop the read).
 */
const path = require('node:path');

async function load(library, file) {
  const csv = path.extname(file).toLowerCase() === '.csv';
  if (library === 'exceljs') {
    const ExcelJS = require('exceljs');
    const workbook = new ExcelJS.Workbook();
    if (csv) await workbook.csv.readFile(file);
    else await workbook.xlsx.readFile(file);
    return workbook.worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount, 0);
  }
  if (library === 'sheetjs') {
    const XLSX = require('xlsx');
    const workbook = XLSX.readFile(file, { dense: true, ...(csv ? { codepage: 65001 } : {}) });
    return workbook.SheetNames.reduce((sum, name) => {
      const sheet = workbook.Sheets[name];
      return sum + (sheet['!data'] ?? sheet).length;
    }, 0);
  }
  if (library === 'tableschema') {
    if (!csv) throw new Error('tableschema reads CSV only');
    const { Table } = require('tableschema');
    const table = await Table.load(file);
    await table.infer();
    const rows = await table.read({ forceCast: true });
    return rows.length + 1;
  }
  throw new Error(`unknown library ${library}`);
}

load(process.argv[2], process.argv[3]).then(
  (rows) => process.stdout.write(`${JSON.stringify({ rows })}\n`),
  (error) => {
    process.stderr.write(`library-load: ${error.message}\n`);
    process.exitCode = 2;
  },
);
