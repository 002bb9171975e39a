/** Edge cases of reading and replanning a sheet: the ways a typed value could be lost or misplaced. */
import {
  rencanaPerbarui,
  rencanaTahunBerikutnya,
  rencanaUbahRumus,
} from "../../src/lifecycle/actions";
import { geserRujukan } from "../../src/lifecycle/geser-rujukan";
import { inputSlots } from "../../src/lifecycle/slots";
import { teks } from "../../src/lifecycle/teks";
import type { SheetRead } from "../../src/lifecycle/types";
import { cell, planWorkbook, type SheetPlan } from "../../src/template";
import { katalog as bawaan } from "../support/builtin-catalog";
import { options } from "../template/support";
import { bacaDariRencana, indeks, revisi } from "./support";

const KOSONG = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
const revisiKatalog = indeks(revisi(bawaan.catalog));
/** A jabatan with at least three indicators, the first of them persen (its rows move when the second goes). */
const jabatan = bawaan.catalog.jabatan.find(
  (j) => j.indikator.length >= 3 && j.indikator[0].jenis !== "jumlah"
)!;

function lembar(jabatanIds = [jabatan.id], rekap = false): SheetPlan[] {
  return planWorkbook({
    katalog: bawaan,
    jabatan: jabatanIds.map((id) => bawaan.getJabatan(id)!),
    options: options({ identitas: KOSONG, mode: "native" }),
    rekap,
    existing: [],
  });
}

const input = (sheets: SheetRead[]) => ({ katalog: revisiKatalog, dikenal: [], bawaan, sheets });

test("a column inserted in the table: the sheet is left alone", () => {
  const read = bacaDariRencana(lembar()[0], [], new Map());
  const geser = (rows: unknown[][]) => rows.map((r) => [...r.slice(0, 6), "", ...r.slice(6)]);
  const r = rencanaPerbarui(
    input([
      { ...read, formulas: geser(read.formulas) as never, values: geser(read.values) as never },
    ])
  );
  expect(r.laporan.lembar[0].status).toBe("susunan-berubah");
  expect(r.plans).toEqual([]);
});

test("a typed formula follows the cell it names when its row moves; one it cannot follow is listed", () => {
  const plan = lembar()[0];
  const slots = inputSlots(jabatan);
  const tw1 = slots.find((s) => s.key === `ind:${jabatan.indikator[2].id}:target`)!;
  const key = `ind:${jabatan.indikator[0].id}:target`;
  const ref = cell(tw1.row, tw1.col);
  const read = bacaDariRencana(
    plan,
    slots,
    new Map([
      [tw1.key, { nilai: 40 }],
      [key, { rumus: `=${ref}+5+Z999` }],
    ])
  );
  const r = rencanaPerbarui(input([read]));
  const baru = inputSlots(revisiKatalog.getJabatan(jabatan.id)!);
  const t = baru.find((s) => s.key === key)!;
  const ke = baru.find((s) => s.key === tw1.key);
  const formula = (r.plans[0].cells[t.row - 1][t.col] as { formula: string }).formula;
  // The third indicator's target: gone to sisa when its jenis changed, else at its new place.
  if (ke) expect(formula).toBe(`=${cell(ke.row, ke.col)}+5+Z999`);
  expect(r.laporan.lembar[0].periksa).toEqual([cell(t.row, t.col)]);
});

test("references are rewritten outside quotes and other sheets only", () => {
  const peta = (row: number, col: number) => ({ row: row + 1, col });
  expect(geserRujukan(`=A1+'Lain'!A1+"A1"+SUM(B2:B3)+LOG10(4)+$C$4`, peta)).toEqual({
    rumus: `=A2+'Lain'!A1+"A1"+SUM(B3:B4)+LOG10(4)+$C$5`,
    utuh: true,
  });
});

test("notes beside the sisa block and outside the table are kept, and not called restored", () => {
  const plan = lembar()[0];
  const slots = inputSlots(jabatan);
  const ketik = new Map(
    slots.filter((s) => s.key.endsWith(":1")).map((s) => [s.key, { nilai: 7 }])
  );
  const pertama = rencanaPerbarui(input([bacaDariRencana(plan, slots, ketik)]));
  const refreshed = pertama.plans[0];
  const judul = refreshed.cells.findIndex((r) => r[0] === teks.sisa.judul) + 1;
  expect(judul).toBeGreaterThan(0);
  const lain = new Map([
    [`${judul + 3}:7`, { nilai: "sudah saya pindah" }],
    [`${judul + 3}:17`, { nilai: "catatan R" }],
    [`5:16`, { nilai: "catatan Q5" }],
  ]);
  const read = bacaDariRencana({ ...refreshed, name: plan.name }, [], new Map(), lain);
  const kedua = rencanaUbahRumus({ ...input([read]), katalog: revisiKatalog }, "iki");
  const l = kedua.laporan.lembar[0];
  const nilai = l.sisa.map((s) => ("nilai" in s.isi ? s.isi.nilai : s.isi.rumus));
  expect(nilai).toEqual(expect.arrayContaining(["sudah saya pindah", "catatan R", "catatan Q5"]));
  expect(l.dipulihkan).toEqual([]);
  expect(l.sisa.filter((s) => s.isian === teks.slot.catatanLuar)).toHaveLength(3);
  // The earlier block's entries come along too.
  expect(l.sisa.length).toBe(pertama.laporan.lembar[0].sisa.length + 3);
});

test("next year: a jabatan with two pegawai gets two sheets, and a third year skips only what exists", () => {
  const plans = planWorkbook({
    katalog: bawaan,
    jabatan: [jabatan, jabatan],
    options: options({ identitas: KOSONG }),
    rekap: false,
    existing: [],
  });
  const sheets = plans.map((p) => bacaDariRencana(p, [], new Map()));
  const r = rencanaTahunBerikutnya(
    { katalog: bawaan, dikenal: [], bawaan, sheets },
    { bawaTarget: false }
  );
  expect(r.laporan.lembar.map((l) => l.status)).toEqual(["dibuat", "dibuat"]);
  // One of next year's already there: only one more is made.
  const satu = bacaDariRencana(r.plans[0], [], new Map());
  const lagi = rencanaTahunBerikutnya(
    { katalog: bawaan, dikenal: [], bawaan, sheets: [...sheets, satu] },
    { bawaTarget: false, dariTahun: 2025 }
  );
  expect(lagi.laporan.lembar.filter((l) => l.tahun === 2025).map((l) => l.status)).toEqual([
    "sudah-ada",
    "dibuat",
  ]);
});

test("a rekap of an unknown catalog is not rewritten when none of its sheets changes", () => {
  const plans = lembar([jabatan.id], true);
  const sheets = plans.map((p) => bacaDariRencana(p, [], new Map()));
  const rekap = sheets[sheets.length - 1];
  const asing = {
    ...rekap,
    marker: rekap.marker!.replace(/"katalog":"[0-9a-f]{16}"/, '"katalog":"0123456789abcdef"'),
  };
  const r = rencanaPerbarui({
    katalog: bawaan,
    dikenal: [],
    bawaan,
    sheets: [...sheets.slice(0, -1), asing],
  });
  expect(r.laporan.rekap).toEqual([]);
});

test("a formula typed over one of the sheet's formulas is restored and kept below; a reworded one is ours", () => {
  const plan = lembar()[0];
  const row = plan.cells.findIndex((r) => typeof r[13] === "object" && r[13] !== null) + 1;
  const ours = (plan.cells[row - 1][13] as { formula: string }).formula;
  const reworded = ours.replace(/^=/, "= ").toLowerCase();
  const typed = bacaDariRencana(
    plan,
    [],
    new Map(),
    new Map([[`${row}:13`, { rumus: "=123456" }]])
  );
  const l = rencanaPerbarui(input([typed])).laporan.lembar[0];
  expect(l.dipulihkan).toEqual([`N${row}`]);
  expect(l.sisa.map((s) => s.isi)).toContainEqual({ rumus: "=123456" });
  const host = bacaDariRencana(plan, [], new Map(), new Map([[`${row}:13`, { rumus: reworded }]]));
  expect(rencanaPerbarui(input([host])).laporan.lembar[0].dipulihkan).toEqual([]);
});
