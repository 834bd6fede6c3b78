// @ts-check
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Code that drives a workbook through the Office.js API: the add-in itself, and the
 * demo and tests that drive the simulated host the same way. Not src/devhost, which
 * implements that API (it reads its own model, there is nothing to load or sync), and
 * not src/xlsx or test/xlsx, whose ExcelJS calls share names such as getCell with
 * Office.js but return plain objects.
 */
const officeApiCallers = [
  "src/excel/**/*.{ts,tsx}",
  "src/commands/**/*.{ts,tsx}",
  "src/taskpane/**/*.{ts,tsx}",
  "src/pages/**/*.{ts,tsx}",
  "src/demo/**/*.{ts,tsx}",
  "test/excel/**/*.{ts,tsx}",
  "test/devhost/**/*.{ts,tsx}",
  "test/commands/**/*.{ts,tsx}",
  "test/taskpane/**/*.{ts,tsx}",
  "test/demo/**/*.{ts,tsx}",
  "test/e2e/**/*.{ts,tsx}",
];

export default tseslint.config(
  {
    // Build output (dist-cli/ holds the command-line bundle), reports and installed packages.
    ignores: ["dist/", "dist-cli/", "out/", "coverage/", "test-results/", "node_modules/"],
  },
  {
    // A disable comment that no longer suppresses anything is an exception nobody needs.
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  js.configs.recommended,
  // Syntax-only rules: over the whole tree the type-aware set took about 3.5 times the CPU
  // time (about a minute against 15-18 s), 1-2 minutes of waiting on two busy cores.
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a parameter that a signature requires but this body does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Webpack, Jest, the command-line entry and the scripts run in Node as CommonJS.
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: globals.node,
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The two rules of hooks; the React Compiler rules of the plugin's preset are left off,
    // since the pane is not built with that compiler.
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  {
    // The plugin's recommended Office.js rules, as errors so that `eslint .` fails on them.
    files: officeApiCallers,
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
