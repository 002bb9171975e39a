/**
 * --perbarui, --tahun-berikutnya, --ubah-rumus on files: IN.xlsx read (its sheets, markers and the
 * catalogs it carries), the lifecycle planned (src/lifecycle, the pane's plans), OUT written from IN
 * (every sheet not planned kept) or, for next year, as a new file; IN is never written. The report is
 * the pane's (teksLaporan), what ExcelJS cannot carry is said, never dropped in silence.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog, type CatalogIndex } from "../catalog";
import { rencanaAksi } from "../lifecycle/actions";
import { masukanAksi } from "../lifecycle/masukan";
import { adaYangDitulis, teksLaporan } from "../lifecycle/laporan-teks";
import type { RencanaAksi, SheetRead } from "../lifecycle/types";
import { planTersimpanDenganRiwayat } from "../template/katalog-tersimpan";
import type { ExistingSheet } from "../template";
import { isLembarKatalogTersimpan } from "../template/sheet-keys";
import { computeResults } from "../xlsx/cached-values";
import { katalogBukuDari, type KatalogBuku } from "../xlsx/katalog-buku";
import { XlsxTidakTerbaca } from "../xlsx/read-sheets";
import { readXlsxWorkbook } from "../xlsx/read-workbook";
import { teksHilang } from "../xlsx/teks";
import { writeXlsx } from "../xlsx/write-workbook";
import type { RawatCommand } from "./args-rawat";
import { EXIT, checkTarget, reasonOf, shownPath, writeOutput } from "./berkas";
import { creatorOf, type KatalogDipakai, type Run } from "./konteks";
import { pesanRawat as pesan } from "./teks-rawat";

/** OUT's default name: beside IN, named for the action ("buku-diperbarui.xlsx", "buku-2027.xlsx"). */
function keluaranBawaan(command: RawatCommand, masukan: string, tahun: number | undefined): string {
  const dasar = masukan.replace(/\.xlsx$/i, "");
  const { aksi } = command;
  const akhiran =
    aksi.kind === "perbarui"
      ? pesan.namaKeluaran.perbarui
      : aksi.kind === "ubah-rumus"
        ? aksi.mode === "native"
          ? pesan.namaKeluaran.rumusBiasa
          : pesan.namaKeluaran.rumusIki
        : String((tahun ?? 0) + 1);
  return `${dasar}-${akhiran}.xlsx`;
}

/** Whether OUT is IN (its real path; without case where the file system ignores it). */
function samaBerkas(keluaran: string, masukan: string): boolean {
  const nyata = (f: string) => {
    try {
      return fs.realpathSync(f);
    } catch {
      return path.resolve(f);
    }
  };
  const [a, b] = [nyata(keluaran), nyata(masukan)];
  const tanpaHuruf = process.platform === "win32" || process.platform === "darwin";
  return tanpaHuruf ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** IN's bytes and sheets, or the exit code after saying why they cannot be read. */
async function bacaMasukan(file: string, shown: string, run: Run) {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const sebab = code === "ENOENT" ? pesan.tidakAda : reasonOf(error);
    run.io.err(pesan.masukanTidakTerbaca(shown, sebab));
    return EXIT.usage;
  }
  try {
    const sheets = await readXlsxWorkbook(bytes);
    return { bytes, sheets, buku: katalogBukuDari(sheets) };
  } catch (error) {
    if (!(error instanceof XlsxTidakTerbaca)) throw error;
    run.io.err(pesan.masukanTidakTerbaca(shown, error.message));
    return EXIT.usage;
  }
}

/**
 * A catalog given with --katalog for a refresh is stored in OUT (as an import in the pane stores
 * it), with the earlier catalogs the sheets still name after the refresh.
 */
function simpanKatalog(
  rencana: RencanaAksi,
  sheets: SheetRead[],
  katalog: CatalogIndex,
  dikenal: CatalogIndex[]
) {
  const baru = new Map<string, string>(rencana.markerBaru.map((m) => [m.sheet, m.value]));
  for (const p of rencana.plans) baru.set(p.name, p.marker.value);
  const markers = sheets.map((s) => baru.get(s.name) ?? s.marker);
  const existing: ExistingSheet[] = sheets.map((s) => ({
    name: s.name,
    ...(s.marker === undefined ? {} : { marker: s.marker }),
    ...(isLembarKatalogTersimpan(s.name, s.values[0]?.[0]) ? { tersimpan: true as const } : {}),
  }));
  rencana.plans.push(planTersimpanDenganRiwayat(katalog, existing, dikenal, markers).plan);
}

/**
 * The catalog in use (the one given, else the one IN carries, else the built-in one), the plans, and
 * for a refresh with --katalog the stored catalog OUT carries from then on.
 */
function rencanakan(
  command: RawatCommand,
  dipakai: KatalogDipakai,
  { sheets, buku }: { sheets: SheetRead[]; buku: KatalogBuku }
): { rencana: RencanaAksi; katalog: CatalogIndex } {
  const katalog = dipakai.dariBerkas ? dipakai.katalog : (buku.tersimpan ?? builtInCatalog);
  const riwayat = [...buku.riwayat, ...dipakai.riwayat];
  const { tersimpan } = buku;
  const pilihan = {
    dipakai: katalog,
    riwayat,
    bawaan: builtInCatalog,
    ...(tersimpan ? { tersimpan } : {}),
  };
  const bukuBaru = command.aksi.kind === "tahun-berikutnya";
  const input = { ...masukanAksi(pilihan, sheets, command.kunci), bukuBaru };
  const rencana = rencanaAksi(command.aksi, input);
  const dikenal = [...(tersimpan ? [tersimpan] : []), ...riwayat];
  const ganti = buku.tersimpan?.identity().hash !== katalog.identity().hash;
  if (
    command.aksi.kind === "perbarui" &&
    dipakai.dariBerkas &&
    ganti &&
    adaYangDitulis(rencana.laporan)
  )
    simpanKatalog(rencana, sheets, katalog, dikenal);
  return { rencana, katalog };
}

export async function rawatBerkas(
  command: RawatCommand,
  dipakai: KatalogDipakai,
  run: Run
): Promise<number> {
  const { io, cwd } = run;
  const masukan = path.resolve(cwd, command.masukan);
  const shownIn = shownPath(masukan, cwd);
  io.err(pesan.membaca(shownIn));
  const dibaca = await bacaMasukan(masukan, shownIn, run);
  if (typeof dibaca === "number") return dibaca;
  const { bytes, sheets, buku } = dibaca;
  if (buku.masalah) io.err(pesan.katalogTersimpanRusak(shownIn, buku.masalah));
  for (const p of buku.peringatan) io.err(`- ${p}`);
  const { rencana, katalog } = rencanakan(command, dipakai, dibaca);
  const laporan = teksLaporan(rencana.laporan, false);
  if (!adaYangDitulis(rencana.laporan)) {
    io.out([laporan.judul, ...laporan.baris, pesan.tidakAdaPerubahan].join("\n"));
    return EXIT.ok;
  }
  const tahun = rencana.laporan.lembar[0]?.tahun;
  const file = path.resolve(
    cwd,
    command.keluaran ?? keluaranBawaan(command, command.masukan, tahun)
  );
  const shown = shownPath(file, cwd);
  if (samaBerkas(file, masukan)) {
    io.err(pesan.keluaranSamaDenganMasukan(shownIn));
    return EXIT.usage;
  }
  const checked = checkTarget(file, shown, command.force, io);
  if (checked !== EXIT.ok) return checked;
  const bukuBaru = command.aksi.kind === "tahun-berikutnya";
  const ditulis = await tulis(rencana, { bytes, sheets, bukuBaru, katalog }, run);
  for (const baris of ditulis.peringatan) io.err(baris);
  const written = await writeOutput(
    { file, shown, force: command.force },
    ditulis.bytes,
    io,
    run.surroundings.fs
  );
  if (written !== EXIT.ok) return written;
  const selesai = teksLaporan(rencana.laporan, true);
  io.out(
    [
      selesai.judul,
      ...selesai.baris,
      pesan.selesai(shown, Math.ceil(ditulis.bytes.length / 1024)),
    ].join("\n")
  );
  return EXIT.ok;
}

/** OUT's bytes: IN with the plans applied, or (next year) a new file of the plans alone. */
async function tulis(
  rencana: RencanaAksi,
  masukan: { bytes: Uint8Array; sheets: SheetRead[]; bukuBaru: boolean; katalog: CatalogIndex },
  run: Run
): Promise<{ bytes: Uint8Array; peringatan: string[] }> {
  const common = { created: run.now, creator: creatorOf(masukan.katalog) };
  if (masukan.bukuBaru) {
    const results = computeResults(rencana.plans);
    return { bytes: await writeXlsx(rencana.plans, { ...common, results }), peringatan: [] };
  }
  const results = computeResults(rencana.plans, masukan.sheets);
  const out = await writeXlsx(rencana.plans, {
    ...common,
    results,
    dasar: masukan.bytes,
    markerBaru: rencana.markerBaru,
  });
  return { bytes: out.bytes, peringatan: teksHilang(out.hilang) };
}
