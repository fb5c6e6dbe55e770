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
};
