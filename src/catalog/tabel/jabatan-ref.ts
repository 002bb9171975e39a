/**
 * A jabatan named on the Tugas, Fungsi and Indikator sheets: its id must be one of the Jabatan
 * sheet. A wrong reference is usually repeated on many rows, and is often the jabatan's NAMA typed
 * where the id belongs: that is recognised first, and every hint is looked up once per value.
 */
import { nameKey, Suggester } from "./kata";
import type { Place, Report } from "./masalah";
import { MASALAH, type Pesan } from "./teks";

export class JabatanRefs {
  private readonly idsByNama = new Map<string, string[]>();
  private readonly suggester: Suggester;
  private readonly hints = new Map<string, Pesan>();

  constructor(
    private readonly ids: ReadonlySet<string>,
    jabatan: readonly { id: string; nama: string }[]
  ) {
    for (const j of jabatan) {
      const key = nameKey(j.nama);
      this.idsByNama.set(key, [...(this.idsByNama.get(key) ?? []), j.id]);
    }
    this.suggester = new Suggester(ids);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The message for an id that is not on the Jabatan sheet. */
  hint(id: string): Pesan {
    let pesan = this.hints.get(id);
    if (!pesan) {
      const byNama = this.idsByNama.get(nameKey(id));
      pesan = byNama
        ? MASALAH.jabatanDitulisNama(id, byNama)
        : MASALAH.jabatanTidakAda(id, this.suggester.suggest(id));
      this.hints.set(id, pesan);
    }
    return pesan;
  }
}

/**
 * True when `id` names a jabatan of the Jabatan sheet; otherwise reported. `refs` is undefined
 * without a Jabatan table: nothing to check against (its absence is reported).
 */
export function checkJabatanRef(
  id: string,
  place: Place,
  refs: JabatanRefs | undefined,
  report: Report,
  kosong: Pesan
): boolean {
  if (id === "") {
    report.error(place, kosong);
    return false;
  }
  if (!refs || refs.has(id)) return true;
  report.error(place, refs.hint(id));
  return false;
}
