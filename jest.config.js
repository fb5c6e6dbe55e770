/* Tests are transpiled only (type checking is `npm run typecheck`), which keeps the suite fast. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  reporters: ["default", "<rootDir>/test/support/skip-reporter.js"],
  setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  // Component tests run in jsdom but load Node's builds of packages (ExcelJS's dependencies ship ESM for browsers).
  testEnvironmentOptions: { customExportConditions: ["node", "node-addons"] },
};
