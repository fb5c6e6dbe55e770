// The baseline of the scale table: ExcelJS's plain (non-streaming) read of the given files, nothing else.
const { readFileSync } = require("node:fs");
const ExcelJS = require("exceljs");

(async () => {
  for (const file of process.argv.slice(2)) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file));
  }
})().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
});
