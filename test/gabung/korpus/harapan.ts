/** What the corpus generator records per file: what it is, and what the merge's report must say of it. */
import type { CatalogIndex } from "../../../src/catalog/catalog-index";
import type { Jabatan } from "../../../src/catalog/types";
import type { GalatBerkas, MasalahLembar, StatusGabung } from "../../../src/gabung/types";
import type { Isi } from "../../../src/lifecycle/types";

export type Jenis =
  | "biasa"
  | "libreoffice"
  /** Saved by a program that keeps no marker (WPS, an old LibreOffice): recognised by its content. */
  | "tanpa-penanda"
  | "rusak"
  | "sandi"
  | "tanpa-iki"
  | "ganda-lama"
  | "tahun-lain"
  | "katalog-lain"
  | "baris-ditambah"
  | "rumus-ditimpa"
  | "pegawai-kedua";

export interface HarapanLembar {
  jabatanId: string;
  nama: string;
  status: StatusGabung;
  /** The kinds of problem the report must give this sheet, sorted. */
  masalah: MasalahLembar["kind"][];
  /** For "ganda": the file taken instead (relative to the corpus folder). */
  gandaDengan?: string;
}

export interface BerkasKorpus {
  /** Path relative to the corpus folder, "/" separated. */
  nama: string;
  jenis: Jenis;
  galat?: GalatBerkas;
  /** The file's IKI sheet, when it has one. */
  lembar?: HarapanLembar & {
    sheet: string;
    katalog: CatalogIndex;
    jabatan: Jabatan;
    /** Typed values by slot key (in `katalog`). */
    ketikan: Map<string, Isi>;
    /** Notes typed outside the table: A1 -> text. */
    catatan: Map<string, string>;
  };
  /** The file's other sheets (a rekap, the user's own): named by the report, not problems. */
  lainnya: string[];
  /** "rumus-ditimpa": the cell whose formula the pegawai typed over, and the number typed. */
  ditimpa?: { sel: string; row: number; col: number; nilai: number };
  /** "baris-ditambah": the row the pegawai inserted (its number on the staff sheet). */
  disisip?: number;
}

export interface Korpus {
  dir: string;
  tahun: number;
  berkas: BerkasKorpus[];
  /** Jabatan of the catalog no merged sheet covers, by id. */
  tanpaBerkas: string[];
}
