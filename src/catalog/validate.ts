/**
 * Runtime check of a catalog object (the JSON is data that people correct by hand, so a typo
 * must fail loudly, naming the entry and the field). Messages are in Bahasa Indonesia.
 */
import { AGREGASI, JENIS_INDIKATOR, POLARITAS, type Catalog, type Indikator } from "./types";
/**
 * Longest id: a sheet's marker (255 characters at most) holds the jabatan id beside the year, the
 * options and the catalog's hash (113 characters), and gives up the indicator rows before the id.
 */
export const MAX_ID_CHARS = 140;

export class CatalogValidationError extends Error {
  constructor(readonly errors: string[]) {
    super(`Katalog IKI tidak valid (${errors.length} kesalahan):\n- ${errors.join("\n- ")}`);
    this.name = "CatalogValidationError";
  }
}

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return v === undefined ? "tidak ada" : JSON.stringify(v);
}

/** "tidak ada" for a missing field, not "harus ... (ditemukan tidak ada)". */
function wrong(expected: string, v: unknown): string {
  return v === undefined ? "tidak ada" : `${expected} (ditemukan ${show(v)})`;
}

/** Collects the errors of one object, each prefixed with the object's label. */
class FieldChecker {
  constructor(
    private readonly obj: Obj,
    private readonly label: string,
    private readonly errors: string[]
  ) {}

  fail(field: string, problem: string): void {
    this.errors.push(`${this.label}: field "${field}" ${problem}`);
  }

  /** A string that must not be empty (after trimming). */
  text(field: string): void {
    const v = this.obj[field];
    if (v === undefined) this.fail(field, "tidak ada");
    else if (typeof v !== "string") this.fail(field, `harus berupa teks (ditemukan ${show(v)})`);
    else if (v.trim() === "") this.fail(field, "kosong");
  }

  /** A non-empty string or null; the key itself must be present. */
  textOrNull(field: string): void {
    if (!(field in this.obj)) this.fail(field, "tidak ada (gunakan null bila tidak berlaku)");
    else if (this.obj[field] !== null) this.text(field);
  }

  optionalText(field: string): void {
    if (this.obj[field] !== undefined) this.text(field);
  }

  oneOf(field: string, allowed: readonly string[]): void {
    const v = this.obj[field];
    if (v === undefined) this.fail(field, "tidak ada");
    else if (typeof v !== "string" || !allowed.includes(v)) {
      this.fail(field, `harus salah satu dari ${allowed.join(", ")} (ditemukan ${show(v)})`);
    }
  }

  /** A list of non-empty texts (tugas, fungsi), each wrong item named by its index. */
  texts(field: string): void {
    this.array(field)?.forEach((t, k) => {
      if (typeof t !== "string" || t.trim() === "")
        this.fail(`${field}[${k}]`, `harus teks tidak kosong (ditemukan ${show(t)})`);
    });
  }

  array(field: string): unknown[] | undefined {
    const v = this.obj[field];
    if (Array.isArray(v)) return v;
    this.fail(field, v === undefined ? "tidak ada" : `harus berupa daftar (ditemukan ${show(v)})`);
    return undefined;
  }
}

function jabatanLabel(j: Obj, index: number): string {
  const nama = typeof j.nama === "string" && j.nama.trim() !== "" ? ` "${j.nama}"` : "";
  const id = typeof j.id === "string" && j.id.trim() !== "" ? j.id : "?";
  return `Jabatan #${index + 1}${nama} (id ${id})`;
}

function checkIndikator(x: Obj, label: string, errors: string[]): void {
  const c = new FieldChecker(x, label, errors);
  for (const f of ["id", "kinerja", "indikator", "formulasi", "sumberData"]) c.text(f);
  c.oneOf("jenis", JENIS_INDIKATOR);
  c.oneOf("polaritas", POLARITAS);
  c.oneOf("agregasi", AGREGASI);
  c.textOrNull("pembilang");
  c.textOrNull("penyebut");
  c.textOrNull("satuan");
  c.optionalText("catatan");

  const jenis = x.jenis as Indikator["jenis"];
  if (jenis === "persen" || jenis === "penurunan") {
    // The template asks for pembilang and penyebut per triwulan: both texts are needed.
    if (x.pembilang === null) c.fail("pembilang", `wajib diisi untuk jenis ${jenis}`);
    if (x.penyebut === null) c.fail("penyebut", `wajib diisi untuk jenis ${jenis}`);
    if (x.satuan !== "%")
      c.fail("satuan", `harus "%" untuk jenis ${jenis} (ditemukan ${show(x.satuan)})`);
  } else if (jenis === "jumlah") {
    if (x.pembilang != null) c.fail("pembilang", "harus null untuk jenis jumlah");
    if (x.penyebut != null) c.fail("penyebut", "harus null untuk jenis jumlah");
  }
}

/** All problems of a catalog object; an empty list means it is a valid Catalog. */
export function validateCatalog(value: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(value)) return ["Katalog harus berupa objek"];
  const root = new FieldChecker(value, "Katalog", errors);
  if (isObject(value.instansi)) {
    const instansi = new FieldChecker(value.instansi, "Instansi", errors);
    for (const f of ["pemerintah", "nama", "penetap", "tempat"]) instansi.text(f);
    instansi.textOrNull("pimpinan");
  } else root.fail("instansi", wrong("harus berupa objek", value.instansi));
  root.text("nomor");
  root.text("sumber");
  root.optionalText("catatan");
  if (!Number.isInteger(value.tahun))
    root.fail("tahun", wrong("harus bilangan bulat", value.tahun));
  const jabatan = root.array("jabatan");
  if (!jabatan) return errors;
  if (jabatan.length === 0) root.fail("jabatan", "kosong");

  const jabatanIds = new Map<string, string>();
  const indikatorIds = new Map<string, string>();
  jabatan.forEach((j, index) => {
    if (!isObject(j)) {
      errors.push(`Jabatan #${index + 1}: harus berupa objek (ditemukan ${show(j)})`);
      return;
    }
    const label = jabatanLabel(j, index);
    const c = new FieldChecker(j, label, errors);
    for (const f of ["id", "nama", "bidang"]) c.text(f);
    c.textOrNull("unit");
    c.optionalText("catatan");
    if (j.urutan !== index + 1)
      c.fail("urutan", `harus ${index + 1} (urutan dalam dokumen; ditemukan ${show(j.urutan)})`);
    if (typeof j.id === "string" && j.id.length > MAX_ID_CHARS)
      c.fail("id", `terlalu panjang (${j.id.length} huruf; paling banyak ${MAX_ID_CHARS})`);
    if (typeof j.id === "string") {
      const first = jabatanIds.get(j.id);
      if (first) c.fail("id", `"${j.id}" sudah dipakai oleh ${first}`);
      else jabatanIds.set(j.id, label);
    }

    c.texts("tugas");
    if (j.fungsi !== undefined) c.texts("fungsi");

    c.array("indikator")?.forEach((x, k) => {
      const xLabel = `${label}, indikator #${k + 1}${isObject(x) && typeof x.id === "string" ? ` (id ${x.id})` : ""}`;
      if (!isObject(x)) {
        errors.push(`${xLabel}: harus berupa objek (ditemukan ${show(x)})`);
        return;
      }
      checkIndikator(x, xLabel, errors);
      if (typeof x.id === "string") {
        const first = indikatorIds.get(x.id);
        if (first) errors.push(`${xLabel}: field "id" "${x.id}" sudah dipakai oleh ${first}`);
        else indikatorIds.set(x.id, xLabel);
      }
    });
  });
  return errors;
}

/** The catalog, typed, or a CatalogValidationError listing every problem. */
export function assertValidCatalog(value: unknown): Catalog {
  const errors = validateCatalog(value);
  if (errors.length > 0) throw new CatalogValidationError(errors);
  return value as Catalog;
}
