/* global require, __dirname, process */
// Compiles the command line (src/cli) into one CommonJS file, dist-cli/bank-assess.cjs, so that
// `bank-assess` starts as plain JavaScript. Run by `npm install` (the prepare script) and `npm run build:cli`.
const path = require("path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");

/** Core's SHA-256 is plain script (it runs in browsers and Excel too); the command uses Node's own. */
const nativeSha256 = {
  name: "native-sha256",
  setup(build) {
    build.onResolve({ filter: /\/util\/sha256$/ }, (args) =>
      path.resolve(args.resolveDir, args.path) === path.join(root, "src/core/util/sha256")
        ? { path: path.join(root, "src/cli/native/sha256.ts") }
        : undefined
    );
  },
};

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
    plugins: [nativeSha256],
    legalComments: "none",
    logLevel: "warning",
  })
  .catch(() => {
    process.exitCode = 1;
  });
