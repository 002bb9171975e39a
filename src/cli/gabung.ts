/**
 * --gabung: many staff files -> one new workbook with every IKI sheet, one rekap and the sheet
 * "Laporan penggabungan". Files found (gabung-masukan.ts), each read never throwing
 * (bacaBerkasPegawai), the catalog chosen, the merge planned (rencanaGabung, the pane's planner),
 * the report printed, OUT written with cached results all or nothing. Exit 0: merged without a
 * problem; 3: merged with problems, or nothing to merge (no OUT); 2: a usage mistake.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog, type CatalogIndex } from "../catalog";
import { parseLaporanMarker } from "../gabung/laporan-lembar";
import { teksLaporanGabung } from "../gabung/laporan-teks";
import { rencanaGabung } from "../gabung/rencana";
import type { BerkasDibaca } from "../gabung/types";
import { bacaBerkasPegawai } from "../xlsx/berkas-pegawai";
import { computeResults } from "../xlsx/cached-values";
import { writeXlsx } from "../xlsx/write-workbook";
import type { GabungCommand } from "./args-gabung";
import { EXIT, checkTarget, reasonOf, shownPath, writeOutput } from "./berkas";
import { kumpulkanBerkas, kunciBerkas } from "./gabung-masukan";
import { creatorOf, type KatalogDipakai, type Run } from "./konteks";
import { pesanGabung as pesan } from "./teks-gabung";

/** Each file as read; a file the disk refuses is a file that cannot be read, never a crash. */
export async function bacaSemua(files: string[], cwd: string): Promise<BerkasDibaca[]> {
  const out: BerkasDibaca[] = [];
  for (const file of files) {
    const nama = shownPath(file, cwd);
    try {
      const [bytes, stat] = await Promise.all([fs.promises.readFile(file), fs.promises.stat(file)]);
      out.push(await bacaBerkasPegawai(nama, new Uint8Array(bytes), stat.mtimeMs));
    } catch (error) {
      out.push({ nama, galat: "tidak-terbaca", sebab: reasonOf(error) });
    }
  }
  return out;
}

/**
 * An earlier merge found in a folder or by a pattern under a name of its own (-o dinas-tw3.xlsx):
 * known by its "Laporan penggabungan" sheet, skipped and said; named directly it is read.
 */
function tanpaHasilLama(
  berkas: BerkasDibaca[],
  { berkas: files, dicari }: { berkas: string[]; dicari: Set<string> },
  { io, cwd }: Run
): BerkasDibaca[] {
  return berkas.filter((b, i) => {
    const lama =
      dicari.has(files[i]) &&
      "sheets" in b &&
      b.sheets.some((s) => parseLaporanMarker(s.marker) !== undefined);
    if (lama) io.err(pesan.dilewati(shownPath(files[i], cwd), "laporan"));
    return !lama;
  });
}

/**
 * The merge's catalog: --katalog; else the stored catalog most readable files carry (a file
 * without one counts for the built-in catalog; a tie: the built-in), so a dinas on its own
 * catalog needs no option and one old file does not switch the whole merge.
 */
function katalogBersama(
  dipakai: KatalogDipakai,
  berkas: BerkasDibaca[]
): { katalog: CatalogIndex; dari?: { n: number; total: number } } {
  if (dipakai.dariBerkas) return { katalog: dipakai.katalog };
  const hitung = new Map<string, { katalog: CatalogIndex; n: number }>();
  let total = 0;
  for (const b of berkas) {
    if (!("sheets" in b)) continue;
    total++;
    const k = b.tersimpan ?? builtInCatalog;
    const hash = k.identity().hash;
    const entry = hitung.get(hash) ?? { katalog: k, n: 0 };
    entry.n++;
    hitung.set(hash, entry);
  }
  const bawaan = hitung.get(builtInCatalog.identity().hash)?.n ?? 0;
  let best: { katalog: CatalogIndex; n: number } = { katalog: builtInCatalog, n: bawaan };
  for (const e of hitung.values()) if (e.n > best.n) best = e;
  return best.katalog === builtInCatalog
    ? { katalog: builtInCatalog }
    : { katalog: best.katalog, dari: { n: best.n, total } };
}

/**
 * OUT's default: beside the folder given first ("<folder>-gabungan-<tahun>.xlsx", never inside it,
 * where the next merge would read it), else beside the first file ("IKI-gabungan-<tahun>.xlsx");
 * the exit code when it is one of the inputs or exists without --force.
 */
function keluaranBawaan(
  masukan: string[],
  berkas: string[],
  tahun: number,
  { cwd, io }: Run,
  force = false
): string | number {
  const pertama = path.resolve(cwd, masukan[0]);
  const file = fs.statSync(pertama, { throwIfNoEntry: false })?.isDirectory()
    ? path.join(path.dirname(pertama), pesan.namaKeluaranFolder(path.basename(pertama), tahun))
    : path.join(path.dirname(berkas[0]), pesan.namaKeluaran(tahun));
  const shown = shownPath(file, cwd);
  if (berkas.some((f) => kunciBerkas(f) === kunciBerkas(file))) {
    io.err(pesan.keluaranJugaMasukan(shown));
    return EXIT.usage;
  }
  const checked = checkTarget(file, shown, force, io);
  return checked === EXIT.ok ? file : checked;
}

export async function gabungBerkas(
  command: GabungCommand,
  dipakai: KatalogDipakai,
  run: Run
): Promise<number> {
  const { io, cwd } = run;
  const diberi = command.keluaran === undefined ? undefined : path.resolve(cwd, command.keluaran);
  const ditemukan = kumpulkanBerkas(command.masukan, cwd, diberi);
  if ("galat" in ditemukan) {
    io.err(ditemukan.galat);
    return EXIT.usage;
  }
  for (const d of ditemukan.dilewati) io.err(pesan.dilewati(shownPath(d.file, cwd), d.alasan));
  // A mistake about OUT costs no reading when OUT was named.
  if (diberi !== undefined) {
    const checked = checkTarget(diberi, shownPath(diberi, cwd), command.force, io);
    if (checked !== EXIT.ok) return checked;
  }
  io.err(pesan.membaca(ditemukan.berkas.length));
  const berkas = tanpaHasilLama(await bacaSemua(ditemukan.berkas, cwd), ditemukan, run);
  const { katalog, dari } = katalogBersama(dipakai, berkas);
  if (dari) io.err(pesan.katalogBersama(katalog.namaInstansi, dari.n, dari.total));
  const rencana = rencanaGabung({
    katalog,
    bawaan: builtInCatalog,
    dikenal: dipakai.riwayat,
    sheets: [],
    berkas,
    ...(command.tahun === undefined ? {} : { tahun: command.tahun }),
    ...(command.mode === undefined ? {} : { mode: command.mode }),
    ...(command.kunci === false ? { kunci: false } : {}),
    bukuBaru: true,
    tahunIni: run.now.getFullYear(),
  });
  const { laporan, plans } = rencana;
  io.out(teksLaporanGabung(laporan).join("\n"));
  const iki = plans.filter((p) => p.kind === "iki").length;
  if (iki === 0) {
    io.err(pesan.tidakAdaYangDigabung);
    return EXIT.masalah;
  }
  const tujuan =
    diberi ?? keluaranBawaan(command.masukan, ditemukan.berkas, laporan.tahun, run, command.force);
  if (typeof tujuan === "number") return tujuan;
  const file = tujuan;
  const shown = shownPath(file, cwd);
  io.err(pesan.menulis(shown));
  const bytes = await writeXlsx(plans, {
    results: computeResults(plans),
    created: run.now,
    creator: creatorOf(katalog),
  });
  const target = { file, shown, force: command.force };
  const written = await writeOutput(target, bytes, io, run.surroundings.fs);
  if (written !== EXIT.ok) return written;
  io.out(pesan.selesai(shown, iki, Math.ceil(bytes.length / 1024)));
  if (laporan.masalah > 0) io.out(pesan.adaMasalah(laporan.masalah));
  return laporan.masalah > 0 ? EXIT.masalah : EXIT.ok;
}
