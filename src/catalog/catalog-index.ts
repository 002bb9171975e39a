/**
 * One catalog with its look-ups. The add-in works with the catalog in use (built in, imported by the
 * user, or carried by the workbook), so every layer receives a CatalogIndex instead of reaching for
 * a module-level catalog.
 */
import type { Catalog, Instansi, Jabatan } from "./types";
import { normalizeText } from "./normalize";
import { buildSearchIndex, searchHits, type SearchHit, type SearchIndex } from "./search";
import { catalogHash } from "./catalog-hash";

/** What names a catalog on a sheet's marker and in the pane: instansi, nomor, tahun, content hash. */
export interface CatalogIdentity {
  instansi: string;
  nomor: string;
  tahun: number;
  hash: string;
}

export class CatalogIndex {
  private readonly byId: Map<string, Jabatan>;
  private searchIndex?: SearchIndex;
  private hash?: string;

  constructor(readonly catalog: Catalog) {
    this.byId = new Map(catalog.jabatan.map((j) => [j.id, j]));
  }

  get jabatan(): Jabatan[] {
    return this.catalog.jabatan;
  }

  get instansi(): Instansi {
    return this.catalog.instansi;
  }

  /** "Dinas Sosial Kabupaten Malang": unit kerja, rekap title. */
  get namaInstansi(): string {
    const { nama, pemerintah } = this.catalog.instansi;
    return `${nama} ${pemerintah}`;
  }

  identity(): CatalogIdentity {
    this.hash ??= catalogHash(this.catalog);
    const { nomor, tahun } = this.catalog;
    return { instansi: this.namaInstansi, nomor, tahun, hash: this.hash };
  }

  getJabatan(id: string): Jabatan | undefined {
    return this.byId.get(id);
  }

  /** Exact name match, ignoring case, accents and spacing; several for names used in several bidang. */
  jabatanByNama(nama: string): Jabatan[] {
    const wanted = normalizeText(nama);
    if (wanted === "") return [];
    return this.jabatan.filter((j) => normalizeText(j.nama) === wanted);
  }

  /** What a user typed as "jabatan": an id first (as typed, then normalised), else an exact name. */
  resolveJabatan(text: string): Jabatan[] {
    const j = this.getJabatan(text.trim()) ?? this.getJabatan(normalizeText(text));
    return j ? [j] : this.jabatanByNama(text);
  }

  /** The bidang in document order. */
  listBidang(): string[] {
    return [...new Set(this.jabatan.map((j) => j.bidang))];
  }

  jabatanInBidang(bidang: string): Jabatan[] {
    const wanted = normalizeText(bidang);
    return this.jabatan.filter((j) => normalizeText(j.bidang) === wanted);
  }

  /**
   * Jabatan whose nama, tugas or indikator match every query word (as words, word starts,
   * abbreviations or near spellings), best first, each with why it matched.
   */
  findJabatan(query: string, limit?: number): SearchHit[] {
    this.searchIndex ??= buildSearchIndex(this.jabatan);
    return searchHits(this.searchIndex, query, limit);
  }

  searchJabatan(query: string, limit?: number): Jabatan[] {
    return this.findJabatan(query, limit).map((h) => h.jabatan);
  }
}
