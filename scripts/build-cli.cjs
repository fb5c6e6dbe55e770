/* global require, __dirname, process */
// Compiles the command line (src/cli) into one CommonJS file, dist-cli/bank-assess.cjs, so that
// `bank-assess` starts as plain JavaScript. Run by `npm install` (the prepare script) and `npm run build:cli`.
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");

esbuild
  .build({
    entryPoints: [path.join(root, "src/cli/bin.ts")],
    outfile: path.join(root, "dist-cli/bank-assess.cjs"),
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // ExcelJS is only loaded to edit an opened workbook, which the command never does: not bundled.
    external: ["exceljs"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
  })
  .catch(() => {
    process.exitCode = 1;
  });
