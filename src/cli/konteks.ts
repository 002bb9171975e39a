/** What every command of the CLI runs with: where, when, the terminal, and the catalog chosen. */
import type { CatalogIndex } from "../catalog";
import type { WriteFs } from "./atomic-write";
import type { Output } from "./output";

/** What main reads from around it; tests replace any part. */
export interface Surroundings {
  /** For naming the command the user ran in hints (perintah.ts). */
  env: Record<string, string | undefined>;
  /** process.argv[1]. */
  script?: string;
  fs: WriteFs;
}

/** The catalog in use and whether the user gave it (then the output carries it). */
export interface KatalogDipakai {
  katalog: CatalogIndex;
  dariBerkas: boolean;
  /** The earlier catalogs stored beside it in an .xlsx of the add-in (katalog-berkas.ts). */
  riwayat: CatalogIndex[];
}

/** Where the run happens: the time, the user's folder, the terminal and the file system. */
export interface Run {
  io: Output;
  now: Date;
  cwd: string;
  surroundings: Surroundings;
}

/** The xlsx document's author: the instansi of the catalog (the built-in one gives today's text). */
export const creatorOf = (katalog: CatalogIndex) => `IKI ${katalog.namaInstansi}`;
