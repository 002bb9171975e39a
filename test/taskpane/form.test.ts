/** Year checks, the options a form gives, and what is remembered. */
import {
  defaultForm,
  formProblems,
  parseSaved,
  templateOptions,
  toSaved,
} from "../../src/taskpane/form";
import { layeredStorage, memoryStorage, webStorage } from "../../src/taskpane/storage";

const TODAY = new Date(2025, 4, 17);

describe("form", () => {
  test("defaults to this year, the five-level scale and IKI functions", () => {
    const form = defaultForm(TODAY);
    expect(form.tahun).toBe("2025");
    expect(form.skala).toBe("lima");
    expect(form.mode).toBe("iki");
  });

  test("reports NIP, penilai NIP and year problems by field", () => {
    const form = { ...defaultForm(TODAY), nip: "123", penilaiNip: "abc", tahun: "25" };
    expect(Object.keys(formProblems(form, TODAY)).sort()).toEqual(["nip", "penilaiNip", "tahun"]);
    expect(formProblems(defaultForm(TODAY), TODAY)).toEqual({});
    expect(formProblems({ ...defaultForm(TODAY), tahun: "2019" }, TODAY).tahun).toMatch(
      /antara 2020 dan 2100/
    );
  });

  test("gives TemplateOptions with trimmed texts and NIPs without spaces", () => {
    const form = {
      ...defaultForm(TODAY),
      nama: "  Siti Rahayu ",
      nip: "19850312 201001 2 004",
      penilaiNip: "19700101 199503 1 001",
      tahun: " 2026 ",
      skala: "permenpan" as const,
      mode: "native" as const,
    };
    expect(templateOptions(form)).toEqual({
      tahun: 2026,
      identitas: {
        nama: "Siti Rahayu",
        nip: "198503122010012004",
        pangkatGolongan: "",
        penilaiNama: "",
        penilaiNip: "197001011995031001",
      },
      skala: "permenpan",
      mode: "native",
    });
  });

  test("Kunci rumus: on by default (left out of the options), off written as kunci: false, remembered", () => {
    expect(defaultForm(TODAY).kunci).toBe(true);
    expect(templateOptions(defaultForm(TODAY))).not.toHaveProperty("kunci");
    expect(templateOptions({ ...defaultForm(TODAY), kunci: false }).kunci).toBe(false);
    expect(toSaved({ ...defaultForm(TODAY), kunci: false }).kunci).toBe(false);
    expect(parseSaved({ kunci: false })).toEqual({ kunci: false });
    expect(parseSaved({ kunci: "tidak" })).toEqual({});
  });

  test("remembers everything but the year, and reads back only well-typed fields", () => {
    const saved = toSaved({ ...defaultForm(TODAY), nama: "Siti" });
    expect(saved).not.toHaveProperty("tahun");
    expect(
      parseSaved({ nama: "Siti", nip: 5, skala: "besar", mode: "native", tahun: "1999" })
    ).toEqual({
      nama: "Siti",
      mode: "native",
    });
    expect(parseSaved("rusak")).toEqual({});
    expect(parseSaved(null)).toEqual({});
  });
});

describe("storage", () => {
  function fakeStorage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      clear: () => map.clear(),
      getItem: (k) => map.get(k) ?? null,
      key: (i) => [...map.keys()][i] ?? null,
      removeItem: (k) => void map.delete(k),
      setItem: (k, v) => void map.set(k, v),
    };
  }

  test("web storage round-trips the form under a partition prefix", async () => {
    const raw = fakeStorage();
    const store = webStorage(raw, "abc.");
    await store.save(toSaved({ ...defaultForm(TODAY), nama: "Siti", skala: "permenpan" }));
    expect(raw.getItem("abc.iki-dinsos.panel")).toContain("Siti");
    expect(await store.load()).toMatchObject({ nama: "Siti", skala: "permenpan" });
    expect(await webStorage(raw, "lain.").load()).toEqual({});
  });

  test("broken or blocked storage gives an empty form instead of failing", async () => {
    const raw = fakeStorage();
    raw.setItem("iki-dinsos.panel", "{bukan json");
    expect(await webStorage(raw).load()).toEqual({});
    expect(await webStorage(undefined).load()).toEqual({});
    const full = {
      ...fakeStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as Storage;
    await expect(webStorage(full).save(toSaved(defaultForm(TODAY)))).resolves.toBeUndefined();
  });

  test("layered storage reads the first store first, field by field, and saves to all", async () => {
    const doc = memoryStorage({ nama: "Dari dokumen" });
    const local = memoryStorage({ nama: "Dari peramban", nip: "198503122010012004" });
    const store = layeredStorage([doc, local]);
    expect(await store.load()).toEqual({ nama: "Dari dokumen", nip: "198503122010012004" });
    const form = toSaved({ ...defaultForm(TODAY), nama: "Baru" });
    await store.save(form);
    expect(doc.saved).toEqual(form);
    expect(local.saved).toEqual(form);
  });
});
