/** The built-in catalog's look-ups as plain functions, for tests that read it (production code receives a CatalogIndex). */
import { builtInCatalog } from "../../src/catalog";

export const katalog = builtInCatalog;
export const catalog = builtInCatalog.catalog;
export const getJabatan = (id: string) => builtInCatalog.getJabatan(id);
export const jabatanByNama = (nama: string) => builtInCatalog.jabatanByNama(nama);
export const resolveJabatan = (text: string) => builtInCatalog.resolveJabatan(text);
export const listBidang = () => builtInCatalog.listBidang();
export const jabatanInBidang = (bidang: string) => builtInCatalog.jabatanInBidang(bidang);
export const searchJabatan = (query: string, limit?: number) =>
  builtInCatalog.searchJabatan(query, limit);
