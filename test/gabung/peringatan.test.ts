/**
 * A staff file's stored catalog or riwayat entry that cannot be used (BerkasDibaca `peringatan`,
 * filled by bacaBerkasPegawai) is a line under the file in the report and a problem of `masalah`;
 * the file's sheets are merged all the same.
 */
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import { rencanaGabung } from "../../src/gabung/rencana";
import { bawaan, berkas, lembarPegawai, masukan } from "./support";

const semua = bawaan.catalog.jabatan;

test("each peringatan of a file: one line under it, one problem", () => {
  const peringatan = ["Katalog yang tersimpan rusak.", "Katalog terdahulu 1 rusak."];
  const [a, b] = semua.slice(0, 2).map((j, i) => lembarPegawai(j, i + 1));
  const files = [{ ...berkas("a.xlsx", [a.read]), peringatan }, berkas("b.xlsx", [b.read])];
  const r = rencanaGabung(masukan(files));
  expect(r.laporan.berkas.map((x) => x.peringatan)).toEqual([peringatan, undefined]);
  expect(r.laporan.berkas.flatMap((x) => x.lembar).map((l) => l.status)).toEqual([
    "digabung",
    "digabung",
  ]);
  expect(r.laporan.masalah).toBe(2 + r.laporan.tanpaBerkas.length);
  const lines = teksLaporanGabung(r.laporan);
  const judulA = lines.findIndex((t) => t.includes("a.xlsx"));
  expect(lines.slice(judulA + 1, judulA + 3)).toEqual(peringatan.map((p) => `- ${p}`));
  expect(lines.filter((t) => t.includes("rusak."))).toHaveLength(2);
});
