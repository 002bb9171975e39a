// The lifecycle actions on files, end to end through the command line (read IN, plan, write OUT),
// on the whole dinas with every input typed: --perbarui against a revised catalog, --tahun-berikutnya
// --bawa-target, --ubah-rumus biasa. One run each (the reading and writing parts alone: xlsx-dasar).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { main } from "../../src/cli/main";
import { inputSlots } from "../../src/lifecycle/slots";
import { planWorkbook, type SheetPlan } from "../../src/template";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { isiSemua, revisi } from "../../test/lifecycle/support";
import { options } from "../../test/template/support";
import type { Figure } from "./types";

const KOSONG = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };

/** The whole dinas in `mode`, every input typed (test/lifecycle/support's isiSemua). */
function terisi(mode: "iki" | "native"): SheetPlan[] {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan,
    options: options({ mode, identitas: KOSONG }),
    rekap: true,
    existing: [],
  });
  return plans.map((p, i) => {
    if (p.kind !== "iki") return p;
    const jabatan = builtInCatalog.getJabatan(p.jabatanId as string)!;
    const ketik = isiSemua(jabatan, i + 1);
    const cells = p.cells.map((row) => [...row]);
    for (const s of inputSlots(jabatan)) {
      const isi = ketik.get(s.key);
      if (isi) cells[s.row - 1][s.col] = "rumus" in isi ? { formula: isi.rumus } : isi.nilai;
    }
    return { ...p, cells };
  });
}

async function tulis(file: string, plans: SheetPlan[]) {
  fs.writeFileSync(file, await writeXlsx(plans, { results: computeResults(plans) }));
}

export async function run(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-bench-rawat-"));
  try {
    await tulis(path.join(dir, "in.xlsx"), terisi("native"));
    await tulis(path.join(dir, "in-iki.xlsx"), terisi("iki"));
    fs.writeFileSync(path.join(dir, "revisi.json"), JSON.stringify(revisi(builtInCatalog.catalog)));
    const quiet = { out: () => undefined, err: () => undefined };
    const runs: [string, string[]][] = [
      [
        "--perbarui (revised catalog: 22 rewritten, 28 marker only, rekap)",
        ["--perbarui", "in.xlsx", "--katalog", "revisi.json", "-o", "a.xlsx"],
      ],
      [
        "--tahun-berikutnya --bawa-target (50 sheets + rekap, new file)",
        ["--tahun-berikutnya", "in.xlsx", "--bawa-target", "-o", "b.xlsx"],
      ],
      [
        "--ubah-rumus biasa (50 sheets + rekap rewritten)",
        ["--ubah-rumus", "biasa", "in-iki.xlsx", "-o", "c.xlsx"],
      ],
    ];
    const figures: Figure[] = [];
    for (const [name, argv] of runs) {
      const t0 = performance.now();
      const code = await main(argv, quiet, new Date(2026, 0, 15), dir, {
        env: {},
        script: undefined,
      });
      if (code !== 0) throw new Error(`${argv.join(" ")} exited ${code}`);
      figures.push({
        name,
        value: Math.round(performance.now() - t0),
        unit: "ms",
        note: "whole dinas, 1 run",
      });
    }
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
