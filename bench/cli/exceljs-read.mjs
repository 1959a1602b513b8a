// The baseline of the CLI benchmark: exceljs's streaming reader reading every row of every sheet
// of an .xlsx file (the cells' values, kept in memory as the CLI keeps them), and nothing else.
import ExcelJS from 'exceljs';

const file = process.argv[2];
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
let cells = 0;
const sheets = [];
for await (const worksheet of reader) {
  const rows = [];
  for await (const row of worksheet) {
    rows[row.number - 1] = row.values;
    cells += row.values.length - 1;
  }
  sheets.push(rows);
}
process.stdout.write(`${sheets.length} sheets, ${cells} cells\n`);
