/**
 * The dependency rule, in one table: which folders of src/ each folder may import besides itself,
 * which packages, and the narrower arrows. eslint.config.mjs turns it into no-restricted-imports per
 * folder; test/foundation/layers.test.ts resolves every import of every src file against it.
 * docs/architecture.md explains the picture; a new folder or arrow is added here first.
 */
const { builtinModules } = require("module");

const REACT = ["react", "react-dom", "@fluentui/react-components"];
const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Folder of src/ -> the folders and packages it may import. Nothing imports test/ or the preview. */
const layers = {
  // Pure maths and the catalog data: nothing outside themselves.
  capaian: { layers: [], packages: [] },
  catalog: { layers: [], packages: [] },
  // (jabatan, options) -> plans.
  template: { layers: ["catalog", "capaian"], packages: [] },
  // The formula language of the plans, evaluated for the .xlsx cached results.
  formula: { layers: ["template", "capaian"], packages: [] },
  // Sheets that live through the year: read what was typed, plan again (refresh, next year, formulas).
  lifecycle: { layers: ["template", "catalog"], packages: [] },
  // Gabungkan: staff files' IKI sheets recognised and planned into one workbook with its rekap and report.
  gabung: { layers: ["lifecycle", "template", "catalog", "capaian"], packages: [] },
  // The sinks.
  workbook: { layers: ["template", "catalog", "lifecycle", "gabung"], packages: [] },
  xlsx: {
    layers: ["template", "catalog", "capaian", "formula", "lifecycle", "gabung"],
    packages: ["exceljs", "jszip"],
  },
  // The custom functions: thin wrappers over the maths and the catalog.
  functions: { layers: ["capaian", "catalog"], packages: [] },
  // The pane: the workbook only through its port (see `narrow`); of the functions, only where
  // IKI.INDIKATOR's catalog is set (shared runtime: the pane tells it the workbook's catalog).
  taskpane: {
    layers: ["workbook", "template", "catalog", "functions", "lifecycle", "gabung", "xlsx"],
    packages: REACT,
  },
  // Dev-only: the pane beside an in-memory workbook computed by HyperFormula.
  preview: {
    layers: [
      "taskpane",
      "workbook",
      "template",
      "catalog",
      "capaian",
      "functions",
      "lifecycle",
      "gabung",
    ],
    packages: [...REACT, "hyperformula"],
  },
  // The command line: the file twin of the pane.
  cli: { layers: ["xlsx", "template", "catalog", "lifecycle", "gabung"], packages: NODE },
};

/** Within an allowed folder, only these modules; `except` names the files that may import more. */
const narrow = [
  // index.tsx is the composition root: it builds the Office.js adapter the rest sees as a port.
  { from: "taskpane", to: "workbook", modules: ["port"], except: ["index.tsx"] },
  // The catalog IKI.INDIKATOR looks up, nothing else of the functions.
  { from: "taskpane", to: "functions", modules: ["active-catalog"], except: [] },
  // Staff files are read in the pane (gabungkan) by the xlsx reader, loaded with import() when used.
  { from: "taskpane", to: "xlsx", modules: ["berkas-pegawai"], except: [] },
];

/** Arrows that break the rule, each named by its file, until it is removed (none today). */
const exceptions = [];

module.exports = { layers, narrow, exceptions };
