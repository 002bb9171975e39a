/**
 * One-off generator of src/catalog/iki-dinsos-2024.json from the Keputusan's text.
 * Run: node -r ./scripts/ts-register.js scripts/catalog/extract-catalog.ts
 * The JSON is the source of truth the app reads; this script documents how it was made.
 * Corrections of the automatic reading live in overrides.ts, each with its reason.
 */
import * as fs from "fs";
import * as path from "path";
import type { Catalog, Indikator, Jabatan } from "../../src/catalog/types";
import { readSource } from "./read-source";
import { readFormula } from "./formula";
import { placeJabatan } from "./organisation";
import {
  CATALOG_CATATAN,
  INDIKATOR_CATATAN,
  INSTANSI,
  JABATAN_CATATAN,
  NOMOR,
  SUMBER,
  satuanJumlah,
} from "./overrides";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = path.join(ROOT, "docs/sumber/keputusan-iki-dinsos-kab-malang-2024.md");
const OUTPUT = path.join(ROOT, "src/catalog/iki-dinsos-2024.json");

export function slugify(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function buildCatalog(markdown: string): Catalog {
  const raw = readSource(markdown);
  const placements = placeJabatan(raw.map((r) => r.nama));

  // A name used in more than one bidang gets the bidang in its id, for every occurrence,
  // so that no occurrence looks like "the" one.
  const nameCount = new Map<string, number>();
  for (const r of raw) nameCount.set(slugify(r.nama), (nameCount.get(slugify(r.nama)) ?? 0) + 1);

  const jabatan: Jabatan[] = raw.map((r, i) => {
    const base = slugify(r.nama);
    const bidangSlug = slugify(placements[i].bidang.replace(/^Bidang\s+/, ""));
    const id = (nameCount.get(base) ?? 0) > 1 ? `${base}-${bidangSlug}` : base;
    const indikator: Indikator[] = r.rows.map((row, k) => {
      const f = readFormula(row.formula, row.indikator);
      const indikatorId = `${id}-${k + 1}`;
      const item: Indikator = {
        id: indikatorId,
        kinerja: row.kinerja,
        indikator: row.indikator,
        jenis: f.jenis,
        formulasi: f.formulasi,
        pembilang: f.pembilang,
        penyebut: f.penyebut,
        sumberData: row.sumberData,
        polaritas: "positif", // no indicator of the Keputusan says lower is better
        agregasi: f.jenis === "jumlah" ? "kumulatif" : "nilai-akhir",
        satuan: f.jenis === "jumlah" ? satuanJumlah(row.indikator) : "%",
      };
      const catatan = INDIKATOR_CATATAN[indikatorId];
      if (catatan) item.catatan = catatan;
      return item;
    });
    const entry: Jabatan = {
      id,
      urutan: i + 1,
      nama: r.nama,
      bidang: placements[i].bidang,
      unit: placements[i].unit,
      tugas: r.tugas,
      indikator,
    };
    const catatan = JABATAN_CATATAN[id];
    if (catatan) entry.catatan = catatan;
    return entry;
  });

  // An override naming an id that no longer exists would silently be lost.
  const jabatanIds = new Set(jabatan.map((j) => j.id));
  const indikatorIds = new Set(jabatan.flatMap((j) => j.indikator.map((x) => x.id)));
  for (const id of Object.keys(JABATAN_CATATAN)) {
    if (!jabatanIds.has(id)) throw new Error(`JABATAN_CATATAN: id tidak dikenal ${id}`);
  }
  for (const id of Object.keys(INDIKATOR_CATATAN)) {
    if (!indikatorIds.has(id)) throw new Error(`INDIKATOR_CATATAN: id tidak dikenal ${id}`);
  }

  return {
    instansi: INSTANSI,
    nomor: NOMOR,
    sumber: SUMBER,
    tahun: 2024,
    catatan: CATALOG_CATATAN,
    jabatan,
  };
}

if (require.main === module) {
  const catalog = buildCatalog(fs.readFileSync(SOURCE, "utf8"));
  fs.writeFileSync(OUTPUT, JSON.stringify(catalog, null, 2) + "\n");
  process.stdout.write(`${catalog.jabatan.length} jabatan -> ${path.relative(ROOT, OUTPUT)}\n`);
}
