/**
 * The dependency rule (scripts/layers.js) over every import of every file in src/, paths resolved:
 * static, type-only, re-exports, dynamic import() and require(). The same table drives ESLint's
 * no-restricted-imports (eslint.config.mjs), checked here on a few lines as well.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { exceptions, layers, narrow } from "../../scripts/layers";

const root = path.join(__dirname, "../..");
const src = path.join(root, "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** "react-dom/client" -> "react-dom", "@fluentui/react-components/x" -> "@fluentui/react-components". */
const packageOf = (spec: string) =>
  spec
    .split("/")
    .slice(0, spec.startsWith("@") ? 2 : 1)
    .join("/");

/** What is wrong with one import of a file in src/<layer>, or undefined. */
function problem(file: string, spec: string): string | undefined {
  const from = path.relative(src, file).split(path.sep);
  const layer = from[0];
  const rule = layers[layer];
  if (!spec.startsWith(".")) {
    return rule.packages.includes(packageOf(spec)) ? undefined : `package ${spec}`;
  }
  const to = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep);
  if (to[0] === "..")
    return `${spec}: outside src (${path.relative(root, path.resolve(path.dirname(file), spec))})`;
  const target = to[0];
  if (target === layer) return undefined;
  const name = from.slice(1).join("/");
  if (!(target in layers) && target !== "preview") return `${spec}: src/${target} is in no layer`;
  const excused = exceptions.some((e) => e.file === `${layer}/${name}` && e.to === target);
  if (!rule.layers.includes(target) && !excused) return `${spec}: ${layer} -> ${target}`;
  const module = to
    .slice(1)
    .join("/")
    .replace(/\.tsx?$/, "");
  const n = narrow.find((x) => x.from === layer && x.to === target && !x.except.includes(name));
  return n && !n.modules.includes(module)
    ? `${spec}: ${layer} -> ${target} only via ${n.modules}`
    : undefined;
}

const files = sourceFiles(src);

test("every folder of src/ is in the table", () => {
  const folders = fs.readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory());
  const withCode = folders
    .map((e) => e.name)
    .filter((d) => files.some((f) => f.startsWith(path.join(src, d) + path.sep)));
  expect(withCode.filter((d) => !(d in layers))).toEqual([]);
  expect(files.filter((f) => path.dirname(f) === src)).toEqual([]);
});

test.each(files.map((f) => [path.relative(root, f), f]))(
  "%s follows the dependency rule",
  (_, file) => {
    const imports = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles;
    expect(imports.flatMap((i) => problem(file, i.fileName) ?? [])).toEqual([]);
  }
);

// House rule: src/capaian is pure maths (no Office, no console output), tested apart from any host.
test.each(
  files.filter((f) => f.startsWith(path.join(src, "capaian"))).map((f) => path.basename(f))
)("capaian/%s touches no Office global and logs nothing", (name) => {
  const source = fs.readFileSync(path.join(src, "capaian", name), "utf8");
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
  expect(code).not.toMatch(/\bCustomFunctions\b|\bOffice\b|\bExcel\./);
  expect(code).not.toMatch(/console\.log/);
});

test("the checker refuses what the rule forbids", () => {
  const at = (p: string) => path.join(src, p);
  expect(problem(at("capaian/x.ts"), "../catalog")).toBe("../catalog: capaian -> catalog");
  expect(problem(at("template/x.ts"), "react")).toBe("package react");
  expect(problem(at("taskpane/components/x.tsx"), "../../workbook/excel-adapter")).toMatch(
    /only via port/
  );
  expect(problem(at("taskpane/index.tsx"), "../workbook/excel-adapter")).toBeUndefined();
  expect(problem(at("taskpane/x.ts"), "../workbook")).toMatch(/only via port/);
  expect(problem(at("xlsx/x.ts"), "../preview/memory-workbook")).toBe(
    "../preview/memory-workbook: xlsx -> preview"
  );
  expect(problem(at("cli/x.ts"), "../../test/support/fake-excel")).toMatch(/outside src/);
  expect(problem(at("cli/x.ts"), "node:util")).toBeUndefined();
  expect(problem(at("preview/grid/x.tsx"), "../../template/a1")).toBeUndefined();
});

test("ESLint refuses the same arrows (no-restricted-imports from the same table)", () => {
  const lines: [string, string][] = [
    ["src/capaian/x.ts", 'import { a } from "../template/plan";\nexport const b = a;\n'],
    ["src/template/x.ts", 'import * as React from "react";\nexport const b = React;\n'],
    ["src/taskpane/x.ts", 'import { a } from "../workbook/excel-adapter";\nexport const b = a;\n'],
    ["src/xlsx/x.ts", 'import { a } from "../preview/memory-workbook";\nexport const b = a;\n'],
    ["src/workbook/x.ts", 'import { a } from "../template/plan";\nexport const b = a;\n'],
    ["src/taskpane/x.ts", 'import { a } from "../workbook";\nexport const b = a;\n'],
    ["src/taskpane/x.ts", 'import type { a } from "../workbook/port";\nexport type b = a;\n'],
  ];
  const script = `
    const { ESLint } = require("eslint");
    const lines = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const [filePath, text] of lines) {
        const [r] = await eslint.lintText(text, { filePath });
        out.push(r.messages.filter((m) => m.ruleId === "no-restricted-imports").length);
      }
      console.log(JSON.stringify(out));
    })();`;
  const out = execFileSync(process.execPath, ["-e", script, JSON.stringify(lines)], {
    cwd: root,
    encoding: "utf8",
  });
  expect(JSON.parse(out)).toEqual([1, 1, 1, 1, 0, 1, 0]);
}, 60_000);
