/**
 * The whole dinas as a pegawai leaves it after a year, in the strict fake Excel: inserted through the
 * adapter (with its rekap, "Kunci rumus" on), every input typed (test/lifecycle/support.ts isiSemua),
 * and the ways a lifecycle test or bench looks at it: a copy to fail in, a snapshot to compare, the
 * real client's host seeded with it. No jest globals: scripts/bench imports it.
 */
import { builtInCatalog, type CatalogIndex } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import type { Isi } from "../../src/lifecycle/types";
import { cell } from "../../src/template/a1";
import { MARKER_KEY, parseMarker, type IkiMarker } from "../../src/template/marker";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import type { InsertRequest } from "../../src/workbook/port";
import { FakeExcel, type FakeCell, type FakeExcelOptions, type FakeSheet } from "./fake-excel";
import { isiSemua, type Ketikan } from "../lifecycle/support";
import type { HostOptions } from "./office-js/host-model";
import { options } from "../template/support";

export const markerOf = (s: FakeSheet) => s.customProperties.get(MARKER_KEY.toLowerCase())?.value;
export const ikiMarker = (s: FakeSheet): IkiMarker | undefined => {
  const m = parseMarker(markerOf(s) ?? "");
  return m?.kind === "iki" ? m : undefined;
};

/** A cell as a user typed it. */
function typed(isi: Isi): FakeCell {
  if ("rumus" in isi) return { kind: "formula", value: isi.rumus };
  const v = isi.nilai;
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return { kind: "text", value: v };
}

export interface Dinas {
  fake: FakeExcel;
  /** What was typed on each IKI sheet (by sheet name), by slot key. */
  ketikan: Map<string, Ketikan>;
}

/** Inserts every jabatan of `katalog` (and the rekap), then types every input. */
/** The insert of the whole dinas with its rekap, identity left for the pegawai to type. */
export function permintaanDinas(katalog: CatalogIndex = builtInCatalog): InsertRequest {
  const identitas = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
  const jabatanIds = katalog.catalog.jabatan.map((j) => j.id);
  return { jabatanIds, options: options({ identitas }), rekap: true };
}

/** Types every input of every IKI sheet (`put` writes one cell); what was typed, by sheet name. */
export function ketikSemua(
  sheets: { name: string; marker?: string }[],
  katalog: CatalogIndex,
  put: (sheet: string, a1: string, isi: Isi) => void
): Map<string, Ketikan> {
  const ketikan = new Map<string, Ketikan>();
  sheets.forEach((sheet, i) => {
    const m = parseMarker(sheet.marker ?? "");
    if (m?.kind !== "iki") return;
    const jabatan = katalog.getJabatan(m.jabatanId)!;
    const ketik = isiSemua(jabatan, i + 1);
    for (const s of inputSlots(jabatan)) {
      const isi = ketik.get(s.key);
      if (isi) put(sheet.name, cell(s.row, s.col), isi);
    }
    ketikan.set(sheet.name, ketik);
  });
  return ketikan;
}

/** Inserts every jabatan of `katalog` (and the rekap), then types every input. */
export async function dinasTerisi(katalog: CatalogIndex = builtInCatalog): Promise<Dinas> {
  const fake = new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "catatan pengguna" } }] });
  const { run, isSetSupported } = fake;
  await new ExcelWorkbook({ run, isSetSupported, katalog }).insert(permintaanDinas(katalog));
  const sheets = fake.sheets.map((s) => ({ name: s.name, marker: markerOf(s) }));
  const ketikan = ketikSemua(sheets, katalog, (name, a1, isi) =>
    fake.sheet(name)!.cells.set(a1, typed(isi))
  );
  return { fake, ketikan };
}

/** A copy of the fake's workbook in a new session (its own options: a failure to inject). */
export function salin(fake: FakeExcel, opts: FakeExcelOptions = {}): FakeExcel {
  const copy = new FakeExcel(opts);
  copy.sheets.push(...structuredClone(fake.sheets).map((s) => ({ ...s, preexisting: true })));
  return copy;
}

/** Every sheet's name, order, cells, markers and protection: what "unchanged" compares. */
export function potret(fake: FakeExcel) {
  return fake.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility ?? "Visible",
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    properties: [...s.customProperties.values()],
    protected: s.protection !== undefined,
  }));
}

/** The fake's sheets as the real client's host is seeded: markers, formulas and values, protection. */
export function hostSeeds(fake: FakeExcel): HostOptions["sheets"] {
  return fake.sheets.map((s) => {
    const keys = [...s.cells.keys()].map((k) => /^([A-Z]+)(\d+)$/.exec(k)!);
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const rows = Math.max(1, ...keys.map((m) => Number(m[2])));
    const columns = Math.max(1, ...keys.map((m) => col(m[1]) + 1));
    const formulas = Array.from({ length: rows }, () => new Array<unknown>(columns).fill(""));
    const values = formulas.map((row) => [...row]);
    for (const [k, c] of s.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(k)!;
      const [r, cc] = [Number(m[2]) - 1, col(m[1])];
      formulas[r][cc] = c.value;
      values[r][cc] = c.kind === "formula" ? 0 : c.value;
    }
    const properties = Object.fromEntries(
      [...s.customProperties.values()].map((p) => [p.key, p.value])
    );
    return { name: s.name, properties, formulas, values, protected: s.protection !== undefined };
  });
}
