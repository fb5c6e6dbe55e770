// office-addin-lint picks this file up in place of its default; it extends the same Office add-in rules
// (eslint-plugin-office-addins, prettier) to .tsx and to the tests.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin, prettier: prettierPlugin },
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names; ESLint's no-undef does not know Office, CustomFunctions or type-only names.
      "no-undef": "off",
      "no-unused-vars": "off",
      "@typescript-eslint/no-unused-vars": "error",
      "@typescript-eslint/no-explicit-any": "error",
      // One read and one write round trip per job: a sync in a loop is an error here, not a warning.
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
];
