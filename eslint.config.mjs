// ESLint 9 flat config, read by `office-addin-lint check` (npm run lint).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import dependencyRule from "./scripts/layers.js";

// The plugin's recommended block (office-addins rules, typescript-eslint, prettier) covers
// .js/.ts only; the task pane is .tsx, so the same plugins, parser and rules apply there too.
const base = officeAddins.configs.recommended.at(-1);

const { layers, narrow, exceptions } = dependencyRule;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The dependency rule (scripts/layers.js) as no-restricted-imports per folder of src/. ESLint sees
 * the import text, not the resolved file, so "../x" is read as folder x; the exact check, with paths
 * resolved, is test/foundation/layers.test.ts.
 */
function importRule(layer, file) {
  const { layers: allowed, packages } = layers[layer];
  const name = file ? `${layer}/${file}` : layer;
  const excused = exceptions.filter((e) => e.file === name).map((e) => e.to);
  const others = Object.keys(layers).filter(
    (l) => l !== layer && !allowed.includes(l) && !excused.includes(l)
  );
  const why = `src/${layer} may import ${allowed.join(", ") || "nothing outside itself"} (scripts/layers.js; docs/architecture.md).`;
  const patterns = [
    { regex: "^(\\.\\./)+test(/|$)", message: "Nothing in src imports test/." },
    {
      regex: `^(?!\\.)(?!(${packages.map(escape).join("|") || "$^"})(/|$))`,
      message: `${why} Packages: ${packages.length > 40 ? "Node built-ins" : packages.join(", ") || "none"}.`,
    },
  ];
  if (others.length > 0)
    patterns.push({ regex: `^(\\.\\./)+(${others.join("|")})(/|$)`, message: why });
  for (const n of narrow.filter((n) => n.from === layer && !(file && n.except.includes(file))))
    patterns.push({
      // "../workbook" (its index) is as far out of bounds as "../workbook/excel-adapter".
      regex: `^(\\.\\./)+${n.to}(/(?!(${n.modules.map(escape).join("|")})$)|$)`,
      message: `src/${layer} reaches src/${n.to} only through ${n.modules.join(", ")}.`,
    });
  return { "no-restricted-imports": ["error", { patterns }] };
}

const specialFiles = (layer) => [
  ...narrow.filter((n) => n.from === layer).flatMap((n) => n.except),
  ...exceptions
    .filter((e) => e.file.startsWith(`${layer}/`))
    .map((e) => e.file.slice(layer.length + 1)),
];

const dependencyBlocks = Object.keys(layers).flatMap((layer) => [
  { files: [`src/${layer}/**/*.{ts,tsx}`], rules: importRule(layer) },
  ...specialFiles(layer).map((file) => ({
    files: [`src/${layer}/${file}`],
    rules: importRule(layer, file),
  })),
]);

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
  ...dependencyBlocks,
];
