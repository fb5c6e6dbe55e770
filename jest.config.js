/* Tests are transpiled only (type checking is `npm run typecheck`), which keeps the suite fast. */
const os = require("node:os");

module.exports = {
  // Jest's default on two cores is one worker; two keep both cores busy while LibreOffice or Chromium waits.
  maxWorkers: Math.max(2, os.cpus().length - 1),
  // A test that hangs still fails, and a machine busy with a second `npm test` never trips it: no test sets its
  // own, shorter limit.
  testTimeout: 300_000,
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  reporters: ["default", "<rootDir>/test/support/skip-reporter.js"],
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  // Component tests run in jsdom but load Node's builds of packages (ExcelJS's dependencies ship ESM for browsers).
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
};
