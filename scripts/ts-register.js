// Lets plain `node` run the TypeScript of scripts/ and src/ (bench, CLI) without a separate build:
// each .ts/.tsx file is transpiled to CommonJS on require. Types are checked by tsc/jest, not here.
const fs = require("fs");
const ts = require("typescript");

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
};

for (const ext of [".ts", ".tsx"]) {
  require.extensions[ext] = (module, filename) => {
    const source = fs.readFileSync(filename, "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}
