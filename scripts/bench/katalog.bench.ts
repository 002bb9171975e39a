// Import of a catalog of 500 jabatan x 3 indicators from its sheets (tablesToCatalog, as the pane
// and the command line call it on the values they read). Goal: well under 1 s.
import { catalogToTables, tablesToCatalog, type SheetValues } from "../../src/catalog/tabel";
import { katalogBesar } from "../../test/support/katalog-besar";
import type { Figure } from "./types";

const ms = (fn: () => unknown): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

/** The sheets with every Tugas/Fungsi/Indikator row naming its jabatan by `ref` instead of its id. */
function wrongRefs(sheets: SheetValues[], ref: (id: string) => string): SheetValues[] {
  return sheets.map((s) => {
    if (s.name === "Jabatan" || s.name === "Instansi") return s;
    const c = s.values[0].indexOf("Id Jabatan");
    if (c < 0) return s;
    const values = s.values.map((r, i) => {
      const out = [...r];
      if (i > 0) out[c] = ref(String(r[c]));
      return out;
    });
    return { name: s.name, values };
  });
}

export async function run(): Promise<Figure[]> {
  const catalog = katalogBesar(500, 3);
  const sheets: SheetValues[] = catalogToTables(catalog).map((t) => ({
    name: t.sheet,
    values: [t.header, ...t.rows],
  }));
  const result = tablesToCatalog(sheets);
  if (!result.catalog || result.masalah.length > 0)
    throw new Error(`import failed: ${result.masalah.length} problems`);
  tablesToCatalog(sheets);
  const reps = 7;
  const times = Array.from({ length: reps }, () => ms(() => tablesToCatalog(sheets)));
  const t = median(times);
  const nama = new Map(catalog.jabatan.map((j) => [j.id, j.nama]));
  const wrong = wrongRefs(sheets, (id) => nama.get(id) ?? id);
  const errors = tablesToCatalog(wrong).masalah.length;
  const tWrong = median(Array.from({ length: 3 }, () => ms(() => tablesToCatalog(wrong))));
  // Typos: each id loses a letter, so every distinct value needs a suggestion.
  const typo = wrongRefs(sheets, (id) => id.slice(0, 3) + id.slice(4));
  const tTypo = median(Array.from({ length: 3 }, () => ms(() => tablesToCatalog(typo))));
  return [
    {
      name: "import 500 jabatan x 3 indikator",
      value: t,
      unit: "ms",
      note: `median of ${reps}; goal well under 1000 ms: ${t < 250 ? "met" : "NOT met"}`,
    },
    {
      name: `import 500 jabatan, ${errors} rows naming the jabatan by nama`,
      value: tWrong,
      unit: "ms",
      note: `median of 3; goal well under 1000 ms: ${tWrong < 1000 ? "met" : "NOT met"}`,
    },
    {
      name: `import 500 jabatan, ${errors} rows with a misspelled jabatan id`,
      value: tTypo,
      unit: "ms",
      note: `median of 3; goal well under 1000 ms: ${tTypo < 1000 ? "met" : "NOT met"}`,
    },
    {
      name: "export 500 jabatan x 3 indikator",
      value: ms(() => catalogToTables(catalog)),
      unit: "ms",
    },
  ];
}
