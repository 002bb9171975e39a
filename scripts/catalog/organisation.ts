/**
 * The Keputusan does not say which bidang/unit a jabatan belongs to. Its order follows the
 * organisation of the Dinas: Kepala Dinas; Sekretariat (Sekretaris, Sub Bagian Umum dan
 * Kepegawaian, Perencanaan, Sub Bagian Keuangan dan Aset); then each Bidang, opened by its
 * Kepala Bidang. So a jabatan belongs to the last boundary heading above it.
 * The result is written into the JSON, where it can be corrected by hand.
 */

export interface Placement {
  bidang: string;
  unit: string | null;
}

/** "UMUM DAN KEPEGAWAIAN" -> "Umum dan Kepegawaian". */
function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w === "dan" ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

interface Boundary {
  test: RegExp;
  place: (m: RegExpExecArray) => Placement;
}

const BOUNDARIES: Boundary[] = [
  { test: /^KEPALA DINAS\b/i, place: () => ({ bidang: "Kepala Dinas", unit: null }) },
  { test: /^SEKRETARIS\b/i, place: () => ({ bidang: "Sekretariat", unit: null }) },
  {
    test: /^KEPALA SUB BAGIAN (.+)$/i,
    place: (m) => ({ bidang: "Sekretariat", unit: `Sub Bagian ${titleCase(m[1])}` }),
  },
  // Perencanaan has no Kepala Sub Bagian heading: the Perencana Ahli Muda opens it (its first
  // task is "Menyusun rencana kegiatan Sub Bagian Perencanaan, Evaluasi dan Pelaporan").
  { test: /^PERENCANA\b/i, place: () => ({ bidang: "Sekretariat", unit: "Perencanaan" }) },
  { test: /^KEPALA BIDANG (.+)$/i, place: (m) => ({ bidang: `Bidang ${titleCase(m[1])}`, unit: null }) },
];

/** The placement of each name, in order; the first name must be a boundary. */
export function placeJabatan(names: string[]): Placement[] {
  let current: Placement | undefined;
  return names.map((nama, i) => {
    for (const b of BOUNDARIES) {
      const m = b.test.exec(nama);
      if (m) {
        current = b.place(m);
        break;
      }
    }
    if (!current) throw new Error(`Jabatan #${i + 1} "${nama}" muncul sebelum kepala unit mana pun`);
    return current;
  });
}
