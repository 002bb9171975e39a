/**
 * Nothing about one instansi is hard-coded (issue 12): production code receives the catalog in use,
 * and only the composition roots start from the built-in one. Texts naming Dinas Sosial or Malang
 * live in the built-in catalog's data, in comments, or in the add-in's own product name.
 */
import fs from "node:fs";
import path from "node:path";

const SRC = path.join(__dirname, "../../src");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|html)$/.test(e.name) ? [p] : [];
  });
}

const rel = (p: string) => path.relative(SRC, p).split(path.sep).join("/");

/** Code without comments, so a comment may give an example from the built-in catalog. */
function code(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1")
    .replace(/<!--[\s\S]*?-->/g, "");
}

/**
 * Where the built-in catalog may be named: the catalog itself and the places that pick the default
 * of a workbook without a stored catalog (the pane, the ports, the functions, the command line).
 */
const ROOTS = new Set([
  "catalog/index.ts",
  "taskpane/katalog-context.ts",
  "functions/active-catalog.ts",
  "cli/main.ts",
  // A file refreshed without --katalog and without a stored catalog uses the built-in one.
  "cli/rawat.ts",
  // A merge without --katalog uses the catalog most files store, the built-in one when most store none.
  "cli/gabung.ts",
  "workbook/port.ts",
  "workbook/excel-adapter.ts",
  "preview/memory-port.ts",
]);

/**
 * Texts that name the built-in catalog on purpose: the catalog's own data and the examples of its
 * editable layout, and the command line's help, which says which catalog is built in.
 */
const EXAMPLES = /^catalog\/|^cli\/teks\.ts$/;

/** The add-in's product name ("IKI Dinas Sosial") is not an instansi's data. */
const PRODUCT_NAME = /IKI Dinas Sosial(?! Kabupaten)/g;

test("only the composition roots name the built-in catalog", () => {
  const users = sources(SRC)
    .filter((f) => /\bbuiltInCatalog\b/.test(code(fs.readFileSync(f, "utf8"))))
    .map(rel)
    .filter((f) => !ROOTS.has(f));
  expect(users).toEqual([]);
});

test("no source text names Dinas Sosial, Malang or its bidang outside the catalog data", () => {
  const found = sources(SRC)
    .filter((f) => !EXAMPLES.test(rel(f)))
    .flatMap((f) => {
      const text = code(fs.readFileSync(f, "utf8")).replace(PRODUCT_NAME, "");
      const hits = text.match(
        /Dinas Sosial|DINAS SOSIAL|Malang|MALANG|Kepala Dinas|Sekretariat\b/g
      );
      return hits ? [`${rel(f)}: ${[...new Set(hits)].join(", ")}`] : [];
    });
  expect(found).toEqual([]);
});
