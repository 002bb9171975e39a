// ESLint 9 flat config, read by `office-addin-lint check` (npm run lint).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's recommended block (office-addins rules, typescript-eslint, prettier) covers
// .js/.ts only; the task pane is .tsx, so the same plugins, parser and rules apply there too.
const base = officeAddins.configs.recommended.at(-1);

export default [
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.tsx"],
    plugins: base.plugins,
    rules: base.rules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    // The plugin names @typescript-eslint/parser but its CommonJS default import comes out undefined.
    languageOptions: { ...base.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: {
      // TypeScript already checks names (no-undef does not understand type-only names or globals
      // such as Office and CustomFunctions).
      "no-undef": "off",
    },
  },
];
