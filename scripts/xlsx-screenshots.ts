// Renders generated .xlsx sheets the way LibreOffice prints them, for review (docs/img/xlsx-*.png):
//   node -r ./scripts/ts-register.js scripts/xlsx-screenshots.ts
// Needs soffice (libreoffice-calc-nogui) and pdftoppm (poppler-utils); fonts-crosextra-carlito makes
// Calibri text take its real width. Values are typed into the input cells as a user would, so a
// reviewer sees numbers; LibreOffice recalculates (profile with OOXMLRecalcMode 0).
import { builtInCatalog } from "../src/catalog";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { getJabatan, jabatanInBidang } from "../test/support/builtin-catalog";
import type { Jabatan } from "../src/catalog/types";
import { KOLOM, ikiLayout, planWorkbook } from "../src/template";
import type { TemplateOptions } from "../src/template/options";
import type { PlanCell, SheetPlan } from "../src/template/plan";
import { computeResults } from "../src/xlsx/cached-values";
import { writeXlsx } from "../src/xlsx/write-workbook";

const root = path.join(__dirname, "..");
const options: TemplateOptions = {
  tahun: 2025,
  identitas: {
    nama: "Siti Aminah, S.Sos.",
    nip: "198001012005012001",
    pangkatGolongan: "Penata / III c",
    penilaiNama: "Drs. Budi Santoso, M.Si.",
    penilaiNip: "197001011995031001",
  },
  skala: "lima",
  mode: "native",
};

/** Plausible numbers for TW I..III (TW IV not yet reported): a target and, per triwulan, p/q or a count. */
function fill(plan: SheetPlan, jabatan: Jabatan, seed: number): SheetPlan {
  const cells: PlanCell[][] = plan.cells.map((row) => [...row]);
  const set = (row: number, col: number, v: number) => (cells[row - 1][col] = v);
  ikiLayout(jabatan).blok.forEach((blok, i) => {
    const k = seed + i;
    if (blok.pembilang !== undefined && blok.penyebut !== undefined) {
      set(blok.baris, KOLOM.target, 85 + (k % 3) * 5);
      [0, 1, 2].forEach((t) => {
        const q = 120 + 10 * t + 7 * k;
        set(blok.penyebut as number, KOLOM.triwulan[t], q);
        set(
          blok.pembilang as number,
          KOLOM.triwulan[t],
          Math.round(q * (0.6 + 0.1 * t + 0.07 * (k % 4)))
        );
      });
    } else if (blok.indikator) {
      set(blok.baris, KOLOM.target, 12 + 4 * (k % 5));
      [0, 1, 2].forEach((t) => set(blok.baris, KOLOM.triwulan[t], 2 + ((k + t) % 4)));
    }
  });
  return { ...plan, cells };
}

/** Writes the workbook, has LibreOffice print it to PDF and keeps one page: the first or the last. */
async function render(
  name: string,
  plans: SheetPlan[],
  page: "first" | "last",
  dir: string
): Promise<void> {
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await writeXlsx(plans, { results: computeResults(plans) }));
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n'
  );
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "pipe" }
  );
  const pdf = path.join(dir, `${name}.pdf`);
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const n = page === "first" ? 1 : Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 1);
  const out = path.join(root, "docs", "img", `xlsx-${name}`);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "80",
    "-f",
    String(n),
    "-l",
    String(n),
    "-singlefile",
    pdf,
    out,
  ]);
  process.stdout.write(`${path.relative(root, out)}.png\n`);
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-xlsx-shot-"));
  fs.mkdirSync(path.join(root, "docs", "img"), { recursive: true });
  try {
    const sekretaris = getJabatan("sekretaris-dinas-sosial") as Jabatan;
    const iki = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [sekretaris],
      options,
      rekap: false,
      existing: [],
    });
    await render("iki-sekretaris", [fill(iki[0], sekretaris, 0)], "first", dir);

    const bidang = jabatanInBidang("Bidang Rehabilitasi Sosial");
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: bidang,
      options,
      rekap: true,
      existing: [],
    });
    const filled = plans.map((p, i) => (p.kind === "iki" ? fill(p, bidang[i], i * 2) : p));
    // The rekap is the last sheet and fits one page: the last page of the PDF.
    await render("rekap", filled, "last", dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
