#!/usr/bin/env node
// Runs the compiled command, dist-cli/bank-assess.cjs (built by `npm install` or `npm run build:cli`).
try {
  require("../dist-cli/bank-assess.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("bank-assess.cjs")) {
    process.stderr.write(
      "bank-assess 尚未编译：请在项目目录运行 npm run build:cli。\n" +
        "bank-assess is not built yet: run npm run build:cli in the project folder.\n"
    );
    process.exitCode = 2;
  } else throw error;
}
