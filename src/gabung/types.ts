/**
 * Gabungkan: one workbook and one rekap from many staff files (issue 14). What the readers give the
 * pure planner (BerkasDibaca: a staff file as read, in the CLI and the pane alike), what it is asked
 * (MasukanGabung) and what it answers (RencanaGabung: the plans every sink writes, and the report
 * shown on screen and written as the sheet "Laporan penggabungan").
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Rujukan, SheetRead, Sisa } from "../lifecycle/types";
import type { FormulaMode, SkalaPredikat } from "../template/options";
import type { SheetPlan } from "../template/plan";

/** Why a file could not be read at all. */
export type GalatBerkas =
  /** Encrypted with a password to open (an OLE container with EncryptionInfo) or by a sensitivity label/IRM. */
  | "terkunci-sandi"
  /** Not an .xlsx package (an old .xls, a PDF, random bytes, an empty file). */
  | "bukan-xlsx"
  /** An .xlsx package that could not be read (damaged). */
  | "tidak-terbaca";

/** One staff file as read (src/xlsx/berkas-pegawai.ts, for the command line and the pane). */
export type BerkasDibaca = {
  /** The file's name as the user knows it (the pane: the file name; the CLI: the path as given). */
  nama: string;
  /**
   * When the file was last saved, ms since the epoch (the package's dcterms:modified, else the
   * file system's time): of two files of one pegawai the later is taken.
   */
  disimpan?: number;
} & (
  | {
      /** Every sheet in tab order, with its marker when the file kept it. */
      sheets: SheetRead[];
      /** The catalog stored in the file (sheet IKI-Katalog) and the earlier ones beside it. */
      tersimpan?: CatalogIndex;
      riwayat: CatalogIndex[];
      /** Why the stored catalog or a riwayat entry cannot be used (Bahasa Indonesia): problems of the report. */
      peringatan?: string[];
    }
  | { galat: GalatBerkas; /** Detail for the report (Bahasa Indonesia). */ sebab?: string }
);

export interface MasukanGabung {
  /** The merged workbook's catalog: the pane's in use; the CLI's --katalog, else the one the files share, else the built-in. */
  katalog: CatalogIndex;
  /** The built-in catalog: a marker without a catalog hash was made from it. */
  bawaan: CatalogIndex;
  /** Further catalogs known (the target workbook's stored one and its riwayat). */
  dikenal: CatalogIndex[];
  /** The target workbook's sheets (the pane: the open workbook, IKI sheets with their cells; the CLI: []). */
  sheets: SheetRead[];
  berkas: BerkasDibaca[];
  /**
   * Absent: the year most recognised sheets have (a tie: the latest); none recognised: the year
   * most titles of the sheets not recognised carry, else `tahunIni`.
   */
  tahun?: number;
  /** The caller's current year (its clock), the last fallback of `tahun`; absent: the planner reads the clock. */
  tahunIni?: number;
  /** Absent: the formula mode most recognised sheets have (a tie: "iki"). */
  mode?: FormulaMode;
  /** Absent: the scale most recognised sheets have (a tie: the catalog's default order, first). */
  skala?: SkalaPredikat;
  /** Kunci rumus for the sheets planned (absent: on). */
  kunci?: boolean;
  /** The output is a new file (CLI): a catalog other than the built-in is stored in it. */
  bukuBaru?: boolean;
}

/** How an IKI sheet of a staff file was recognised. */
export type Dikenali =
  /** By its IKI-DINSOS marker. */
  | "penanda"
  /** The marker was gone (a re-save by LibreOffice or WPS) or named an unknown catalog: by its title, jabatan and layout. */
  | "isi";

/** Something about a sheet the person merging must know; each is a problem of the report. */
export type MasalahLembar =
  /** Made from another catalog than the merge's: planned again in the merge's catalog. */
  | { kind: "katalog-lain"; katalog: string }
  /** Typed values over the sheet's own formulas or texts: kept in their cells, flagged. */
  | { kind: "rumus-ditimpa"; sel: string[] }
  /** Rows the user inserted (row numbers in the staff sheet): their content kept below the signature. */
  | { kind: "baris-ditambah"; baris: number[] }
  /** Typed values without a place in the merge's catalog: kept below the signature (sisa block). */
  | { kind: "tanpa-tempat"; sisa: Sisa[] }
  /** Typed formulas whose references could not follow their cells: to check. */
  | { kind: "periksa"; sel: string[] };

export type StatusGabung =
  /** Copied into the merged workbook (sheet `ke`). */
  | "digabung"
  /** Another file of the same jabatan and nama was taken (`gandaDengan`): this one is not. */
  | "ganda"
  /** Of another year than the merge's: not taken. */
  | "tahun-lain"
  /** Its jabatan is not in the merge's catalog: not taken. */
  | "jabatan-tidak-ada"
  /** Its rows or columns moved beyond what can be read back safely: not taken. */
  | "susunan-berubah"
  /** Its marker names a catalog this merge does not know, and its content matches none known: not taken. */
  | "katalog-tidak-dikenal"
  /**
   * It looks like an IKI sheet (the title, or the identity labels) but neither its marker nor its
   * content says which jabatan: not taken.
   */
  | "tidak-dikenali";

export interface LaporanLembarGabung {
  /** The sheet's name in the staff file. */
  sheet: string;
  dikenali: Dikenali;
  /** Recognised by content although a marker was kept: it named this catalog (hash), not known. */
  katalogPenanda?: string;
  /** "" when not recognised (status "tidak-dikenali"). */
  jabatanId: string;
  jabatan: string;
  /** The pegawai's name as typed on the sheet ("" when empty). */
  nama: string;
  tahun: number;
  status: StatusGabung;
  /** The sheet's name in the merged workbook. */
  ke?: string;
  /** The sheet of the target workbook it replaces (the same jabatan, nama and year; the pane). */
  mengganti?: string;
  /** The file whose sheet was taken instead (status "ganda"). */
  gandaDengan?: string;
  /** Its place in `MasukanGabung.berkas` (0-based): two files may share a name. */
  gandaDenganKe?: number;
  /** What decided it: the other was saved later, or (same time, or none known) lies later in the list. */
  gandaKarena?: "disimpan" | "urutan";
  /** Typed values copied (identity, targets, realisasi, pembilang/penyebut, typed rows, keterangan). */
  diambil: number;
  masalah: MasalahLembar[];
}

export interface LaporanBerkas {
  berkas: string;
  galat?: { kind: GalatBerkas; sebab?: string };
  lembar: LaporanLembarGabung[];
  /** Sheets not taken because they are not IKI sheets (the user's own, a rekap): named, not problems. */
  lainnya: string[];
  /** The file's BerkasDibaca `peringatan`: each a line and a problem. */
  peringatan?: string[];
}

export interface LaporanGabung {
  tahun: number;
  /** The merge's catalog as the user knows it: "<instansi> <nomor>". */
  katalog: string;
  berkas: LaporanBerkas[];
  /** Jabatan of the catalog with no sheet merged (from no file, or only from files not taken). */
  tanpaBerkas: {
    jabatanId: string;
    jabatan: string;
    /** When another jabatan has the same name. */ unitKerja?: string;
  }[];
  /** The rekap's sheet name (undefined when nothing was merged). */
  rekap?: string;
  /** The report sheet's name. */
  lembarLaporan?: string;
  /**
   * Formulas of the target's other sheets naming a sheet the merge replaces (src/lifecycle/rujukan.ts):
   * set again after the swap (the pane), listed; one on a sheet the user protected is a problem.
   */
  rujukan?: Rujukan[];
  /**
   * Number of problems (each file error, each peringatan, each sheet not taken, each MasalahLembar,
   * each jabatan without a file, each `rujukan` on a protected sheet).
   */
  masalah: number;
}

export interface RencanaGabung {
  /** In order: the IKI sheets, the rekap, the report sheet, the stored catalog (new file, not built-in). */
  plans: SheetPlan[];
  laporan: LaporanGabung;
}
