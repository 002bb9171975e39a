/**
 * The native predikat formulas round in a real spreadsheet program as src/capaian does: capaian at the
 * band edges (90.995 shown "91,00%", 1.005-like doubles just below their decimal, 99.5, binary noise)
 * recalculated by LibreOffice headless give the labels of IKI.PREDIKAT on both scales.
 * Skipped only when soffice is missing outside CI (test/support/programs.ts); in CI it fails.
 */

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { predikat } from "../../src/capaian";
import { formulasNative } from "../../src/template/formulas-native";
import { needs } from "../support/programs";
import { libreOfficeConvert, readResult, readWorkbook } from "./support";

const SOFFICE = needs("soffice");

const CAPAIAN = [
  90.995, 90.994, 90.996, 90.99499999999999, 90.99999999999999, 91, 75.995, 75.994, 65.995, 65.994,
  50.995, 50.994, 99.5, 99.49, 100.5, 100.49999999999999, 98.49999999999999, 59.5, 0, 150,
];

SOFFICE.test(
  "LibreOffice gives the labels of IKI.PREDIKAT at every band edge, both scales",
  async () => {
    const soffice = SOFFICE.require();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-predikat-"));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Tepi");
      CAPAIAN.forEach((c, i) => {
        const r = i + 1;
        ws.getCell(r, 1).value = c;
        for (const [col, skala] of [
          [2, "lima"],
          [3, "permenpan"],
        ] as const)
          ws.getCell(r, col).value = {
            formula: formulasNative.predikat(`A${r}`, skala).slice(1),
            result: "salah",
          };
      });
      const file = path.join(dir, "tepi.xlsx");
      fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
      const out = path.join(dir, "hasil");
      fs.mkdirSync(out);
      libreOfficeConvert(soffice, [file], out);
      const back = (await readWorkbook(path.join(out, "tepi.xlsx"))).getWorksheet("Tepi")!;
      const got = CAPAIAN.map((c, i) => [
        c,
        readResult(back.getCell(i + 1, 2)),
        readResult(back.getCell(i + 1, 3)),
      ]);
      const want = CAPAIAN.map((c) => [c, predikat(c), predikat(c, "permenpan")]);
      expect(got).toEqual(want);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  240_000
);
