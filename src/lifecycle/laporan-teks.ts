/**
 * The report of a lifecycle action as text, in Bahasa Indonesia: the same lines in the pane (before
 * writing, as the preview of differences, and after) and on the command line.
 */
import { sebagaiNilai } from "./sel";
import type { LaporanAksi, LaporanLembar, StatusLembar } from "./types";

const STATUS: Record<StatusLembar, string> = {
  diperbarui: "diperbarui",
  dibuat: "dibuat",
  sama: "sudah sesuai, tidak diubah",
  penanda: "isinya sudah sesuai; lembar ini kini dicatat memakai katalog yang baru",
  "katalog-tidak-dikenal":
    "dibiarkan: katalog asal lembar ini tidak tersimpan di buku kerja ini, jadi isiannya tidak dapat dicocokkan dengan aman",
  "jabatan-tidak-ada": "dibiarkan: jabatannya tidak ada di katalog yang dipakai",
  "susunan-berubah":
    "dibiarkan: susunan atau judul tabelnya tidak lagi seperti semula (baris atau kolom disisipkan atau dihapus, atau teks indikator atau judul kolom diubah), jadi isiannya tidak dapat dibaca dengan aman; kembalikan susunannya, lalu ulangi",
  "sudah-ada": "dilewati: jabatan ini sudah mempunyai lembar tahun itu",
};

const jumlah = (n: number, benda: string) => `${n} ${benda}`;

/** "2 ditambah, 1 dihapus, 3 berubah" and the other parts, or "" when the jabatan is the same. */
function ringkasPerubahan(l: LaporanLembar): string {
  const bagian: string[] = [];
  if (l.ditambah.length) bagian.push(`${l.ditambah.length} indikator ditambah`);
  if (l.dihapus.length) bagian.push(`${l.dihapus.length} dihapus`);
  if (l.berubah.length) bagian.push(`${l.berubah.length} berubah`);
  if (l.lain.length) bagian.push(`berubah juga: ${l.lain.join(", ")}`);
  return bagian.join("; ");
}

/** The lines of one sheet: the summary, then each change and each value kept below the signature. */
function barisLembar(l: LaporanLembar): string[] {
  const nama = l.baru && l.baru !== l.sheet ? `${l.sheet} → ${l.baru}` : l.sheet;
  if (l.status !== "diperbarui" && l.status !== "dibuat") return [`${nama}: ${STATUS[l.status]}.`];
  const ringkas = ringkasPerubahan(l);
  const isian =
    l.status === "dibuat"
      ? `${jumlah(l.dipertahankan, "isian")} dibawa`
      : `${jumlah(l.dipertahankan, "isian")} dipertahankan di tempatnya`;
  const out = [`${nama}: ${STATUS[l.status]}${ringkas ? ` (${ringkas})` : ""}; ${isian}.`];
  for (const t of l.ditambah) out.push(`  + ${t}`);
  for (const t of l.dihapus) out.push(`  − ${t}`);
  for (const b of l.berubah) out.push(`  ~ ${b.indikator} (${b.apa.join(", ")})`);
  if (l.sisa.length > 0) {
    out.push(
      l.status === "diperbarui"
        ? `  ${jumlah(l.sisa.length, "isian")} tanpa tempat disimpan di bawah tanda tangan:`
        : `  ${jumlah(l.sisa.length, "isian")} tidak dibawa (tempatnya tidak ada di lembar baru; tetap di lembar tahun ini):`
    );
    for (const s of l.sisa) out.push(`    ${s.asal} — ${s.isian}: ${sebagaiNilai(s.isi)}`);
  }
  if (l.periksa && l.periksa.length > 0)
    out.push(
      `  Rumus ketikan yang merujuk sel yang pindah atau hilang; periksa: ${l.periksa.join(", ")}`
    );
  if (l.dipulihkan.length > 0)
    out.push(`  Sel yang dipulihkan ke rumus/judul aslinya: ${l.dipulihkan.join(", ")}`);
  return out;
}

const JUDUL = {
  perbarui: "Perbarui lembar IKI ke katalog yang dipakai",
  "tahun-berikutnya": "Lembar IKI tahun berikutnya",
  "ubah-rumus": "Ubah rumus",
} as const;

/** Title and lines of the whole report; `ditulis` says whether it was written or is a preview. */
export function teksLaporan(
  laporan: LaporanAksi,
  ditulis: boolean
): { judul: string; baris: string[] } {
  const { aksi, lembar } = laporan;
  const hitung = (s: StatusLembar) => lembar.filter((l) => l.status === s).length;
  const baris: string[] = [];
  const berubah = hitung("diperbarui") + hitung("dibuat");
  if (lembar.length === 0) baris.push("Tidak ada lembar IKI di buku kerja ini.");
  else if (aksi.kind === "tahun-berikutnya") {
    const target = aksi.bawaTarget
      ? "identitas dan target dibawa"
      : "identitas dibawa, target tidak";
    baris.push(
      `${jumlah(berubah, "lembar")} ${ditulis ? "dibuat" : "akan dibuat"} (${target}; realisasi kosong).`
    );
  } else {
    const kata =
      aksi.kind === "ubah-rumus"
        ? aksi.mode === "native"
          ? "diubah ke rumus biasa"
          : "diubah ke rumus IKI"
        : "diperbarui";
    baris.push(
      `${jumlah(berubah, "lembar")} ${ditulis ? kata : `akan ${kata}`}; ${jumlah(lembar.length - berubah, "lembar")} tidak.`
    );
    baris.push(
      "Setiap isian yang diketik tetap ada: di tempatnya, atau di bawah tanda tangan bila tempatnya tidak ada lagi."
    );
  }
  if (laporan.rekap.length > 0)
    baris.push(`Rekap ${ditulis ? "" : "akan "}dibuat ulang: ${laporan.rekap.join(", ")}.`);
  // Sheets already as they should be are counted, not listed one by one.
  const sama = hitung("sama");
  if (sama > 0) baris.push(`${jumlah(sama, "lembar")} sudah sesuai dan tidak diubah.`);
  for (const l of lembar) if (l.status !== "sama") baris.push(...barisLembar(l));
  if (laporan.rumusLain.length > 0) {
    baris.push(
      `${laporan.rumusLain.length} rumus IKI.* lain tidak diubah (akan tampil #NAME? tanpa add-in); ubah atau salin sebagai nilai:`
    );
    for (const r of laporan.rumusLain) baris.push(`  ${r.sheet}!${r.sel}: ${r.rumus}`);
  }
  const rujukan = laporan.rujukan ?? [];
  if (rujukan.length > 0) {
    baris.push(
      `${rujukan.length} rumus di lembar lain merujuk lembar yang diganti; rujukannya dipertahankan, tetapi periksa alamat selnya (baris tabel dapat bergeser):`
    );
    for (const r of rujukan)
      baris.push(
        `  ${r.sheet}!${r.sel}: ${r.rumus}${r.terkunci ? " (lembarnya dikunci: rujukan ini menjadi #REF!; buka kuncinya dan ketik ulang)" : ""}`
      );
  }
  return { judul: JUDUL[aksi.kind], baris };
}

const MENULIS = new Set<StatusLembar>(["diperbarui", "dibuat", "penanda"]);

/** Whether the action has anything to write (else the pane and the command line say so and stop). */
export function adaYangDitulis(laporan: LaporanAksi): boolean {
  return laporan.rekap.length > 0 || laporan.lembar.some((l) => MENULIS.has(l.status));
}
