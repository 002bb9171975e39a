/** What the pane's form holds, its defaults, its checks, and the TemplateOptions it gives. */
import type { FormulaMode, SkalaPredikat, TemplateOptions } from "../template/options";
import { bacaTahun } from "../template/tahun";
import { nipProblem, normalizeNip } from "../template/nip";

export interface PaneForm {
  bidang: string;
  /** Catalog id, "" when none is chosen. */
  jabatanId: string;
  nama: string;
  nip: string;
  pangkatGolongan: string;
  penilaiNama: string;
  penilaiNip: string;
  /** As typed, checked before use. */
  tahun: string;
  skala: SkalaPredikat;
  mode: FormulaMode;
  /** "Kunci rumus": sheets protected, only input cells editable (on by default). */
  kunci: boolean;
}

export { TAHUN_MIN, TAHUN_MAX } from "../template/tahun";

export function defaultForm(today: Date = new Date()): PaneForm {
  return {
    bidang: "",
    jabatanId: "",
    nama: "",
    nip: "",
    pangkatGolongan: "",
    penilaiNama: "",
    penilaiNip: "",
    tahun: String(today.getFullYear()),
    skala: "lima",
    mode: "iki",
    kunci: true,
  };
}

export type FieldProblems = Partial<Record<"nip" | "penilaiNip" | "tahun", string>>;

/** The shared year rule (src/template/tahun.ts), so the pane and the command line agree. */
export function tahunProblem(text: string): string | undefined {
  const tahun = bacaTahun(text);
  return "pesan" in tahun ? tahun.pesan : undefined;
}

export function formProblems(form: PaneForm, today: Date = new Date()): FieldProblems {
  const problems: FieldProblems = {};
  const nip = nipProblem(form.nip, today);
  if (nip) problems.nip = nip;
  const penilai = nipProblem(form.penilaiNip, today);
  if (penilai) problems.penilaiNip = penilai;
  const tahun = tahunProblem(form.tahun);
  if (tahun) problems.tahun = tahun;
  return problems;
}

/** The options of a form without problems. */
export function templateOptions(form: PaneForm): TemplateOptions {
  return {
    tahun: Number(form.tahun.trim()),
    identitas: {
      nama: form.nama.trim(),
      nip: normalizeNip(form.nip),
      pangkatGolongan: form.pangkatGolongan.trim(),
      penilaiNama: form.penilaiNama.trim(),
      penilaiNip: normalizeNip(form.penilaiNip),
    },
    skala: form.skala,
    mode: form.mode,
    // Absent means on (TemplateOptions.kunci): only "off" is written.
    ...(form.kunci ? {} : { kunci: false }),
  };
}

/** What is remembered between sessions: everything but the year (a remembered year goes stale in January). */
export type SavedForm = Omit<PaneForm, "tahun">;

const TEXT_FIELDS = [
  "bidang",
  "jabatanId",
  "nama",
  "nip",
  "pangkatGolongan",
  "penilaiNama",
  "penilaiNip",
] as const;

export function toSaved(form: PaneForm): SavedForm {
  const saved: Partial<PaneForm> = { ...form };
  delete saved.tahun;
  return saved as SavedForm;
}

/** Reads what storage returned, keeping only well-typed fields (storage is user-editable and may be old). */
export function parseSaved(value: unknown): Partial<SavedForm> {
  if (typeof value !== "object" || value === null) return {};
  const v = value as Record<string, unknown>;
  const out: Partial<SavedForm> = {};
  for (const key of TEXT_FIELDS) {
    const x = v[key];
    if (typeof x === "string" && x.length <= 200) out[key] = x;
  }
  if (v.skala === "lima" || v.skala === "permenpan") out.skala = v.skala;
  if (v.mode === "iki" || v.mode === "native") out.mode = v.mode;
  if (typeof v.kunci === "boolean") out.kunci = v.kunci;
  return out;
}
