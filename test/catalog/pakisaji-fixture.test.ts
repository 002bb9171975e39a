/**
 * The second real instansi (Keputusan Camat Pakisaji 2019, transcribed in part) as test data.
 * Pins what was transcribed so an edit of the JSON cannot silently change it.
 */
import fs from "fs";
import path from "path";
import { validateCatalog } from "../../src/catalog/validate";

const FILE = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");

type Obj = Record<string, unknown>;
interface Fixture extends Obj {
  instansi: Record<string, string>;
  nomor: string;
  tahun: number;
  jabatan: (Obj & {
    id: string;
    nama: string;
    fungsi?: string[];
    tugas: string[];
    indikator: Obj[];
  })[];
}

const load = (): Fixture => JSON.parse(fs.readFileSync(FILE, "utf8")) as Fixture;

const copy = (f: Fixture): Obj => JSON.parse(JSON.stringify(f)) as Obj;

describe("katalog Kecamatan Pakisaji 2019 (fixture)", () => {
  const f = load();

  it("is a valid catalog", () => {
    expect(validateCatalog(copy(f))).toEqual([]);
  });

  it("fails the validator when a transcribed persen indicator loses its penyebut", () => {
    const broken = copy(load()) as { jabatan: { indikator: Obj[] }[] };
    broken.jabatan[0].indikator[1].penyebut = null;
    expect(validateCatalog(broken)).toEqual([
      'Jabatan #1 "SEKRETARIS KECAMATAN" (id sekretaris-kecamatan), indikator #2 (id sekretaris-kecamatan-2): field "penyebut" wajib diisi untuk jenis persen',
    ]);
  });

  it("carries the instansi and the Keputusan as printed", () => {
    expect(f.instansi).toEqual({
      pemerintah: "Kabupaten Malang",
      nama: "Kecamatan Pakisaji",
      penetap: "Camat Pakisaji",
      pimpinan: "Camat",
      tempat: "Pakisaji",
    });
    expect(f.nomor).toBe("188.45/ /KEP/35.07.19/2019");
    expect(f.tahun).toBe(2019);
  });

  it("holds the jabatan, tugas and fungsi transcribed", () => {
    expect(f.jabatan.map((j) => [j.id, j.nama, j.bidang, j.unit])).toEqual([
      ["sekretaris-kecamatan", "SEKRETARIS KECAMATAN", "Sekretariat", null],
    ]);
    const [sekcam] = f.jabatan;
    expect(sekcam.tugas).toHaveLength(2);
    expect(sekcam.fungsi).toHaveLength(7);
    expect(sekcam.fungsi?.[6]).toBe(
      "Mengoordinasikan perencanaan, monitoring, evaluasi dan pelaporan program Kecamatan."
    );
  });

  it("keeps the indicator texts verbatim, typos included", () => {
    const [x1, x2] = f.jabatan[0].indikator;
    expect(x1.kinerja).toBe("Meningkatkan produktifitas kinerja aparatur kecamatan");
    expect(x1.indikator).toBe("Persentase tingkat kehadiran PNS lingkup kecamatan");
    expect(x1.formulasi).toBe("Catatan : hari kerja dalam 1 tahun = 240 hari kerja efektif.");
    expect(x2.indikator).toBe(
      "Persentase jumlah dokumen perencanaan dan pelaporan yang tersusun dengan benar"
    );
    expect(x2.sumberData).toBe("Kasubag Perencanaan, Evaluasi dan Pelaporan.");
  });

  it("counts indicators by jenis, and marks every inferred field in catatan", () => {
    const all = f.jabatan.flatMap((j) => j.indikator);
    const jenis: Record<string, number> = {};
    for (const x of all) jenis[x.jenis as string] = (jenis[x.jenis as string] ?? 0) + 1;
    expect(jenis).toEqual({ persen: 2 });
    for (const x of all) expect(x.catatan).toMatch(/disimpulkan/);
  });
});
