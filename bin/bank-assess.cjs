#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader: `npx bank-assess --help` works right after `npm ci`.
require("tsx/cjs/api").register();
require("../src/cli/bin.ts");
