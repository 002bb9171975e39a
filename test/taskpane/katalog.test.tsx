/** @jest-environment jsdom */
/**
 * The pane's catalog with a fake WorkbookPort: the workbook's catalog read at load (used by the
 * form, the subtitle, the source line, IKI.INDIKATOR), the section "Katalog IKI" folded and loaded
 * when opened, export, an import with problems (listed, nothing changes), a valid import (stored,
 * used at once, a remembered jabatan it lacks cleared) and the way back to the built-in catalog.
 */
import fs from "fs";
import path from "path";
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { memoryStorage } from "../../src/taskpane/storage";
import type { SavedForm } from "../../src/taskpane/form";
import { builtInCatalog, CatalogIndex, type Catalog } from "../../src/catalog";
import { catalogFromJson, catalogToTables } from "../../src/catalog/tabel";
import type { SheetValues } from "../../src/catalog/tabel/types";
import { planKatalogSheets } from "../../src/template/katalog-sheets";
import type { WorkbookCatalog, WorkbookPort } from "../../src/workbook/port";
import { EmptyPort } from "../support/fake-port";

const TODAY = new Date(2025, 4, 17);
const FIXTURE = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const JABATAN_DINSOS = "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam";

function pakisaji(): Catalog {
  const read = catalogFromJson(fs.readFileSync(FIXTURE, "utf8"), "pakisaji-2019.json");
  if (!read.catalog) throw new Error(JSON.stringify(read.masalah));
  return read.catalog;
}

/** The catalog as the sheets an export writes, read back as values (what readCatalogSheets gives). */
function sheetsOf(catalog: Catalog): SheetValues[] {
  return planKatalogSheets(catalogToTables(catalog), []).map((plan) => ({
    name: plan.name,
    values: plan.cells.map((row) =>
      row.map((c) => (c === null || typeof c !== "object" ? c : (c.value ?? null)))
    ),
  }));
}

/** One cell changed, found by its text (e.g. a jenis). */
function edit(sheets: SheetValues[], sheet: string, from: string, to: string): SheetValues[] {
  return sheets.map((s) =>
    s.name !== sheet
      ? s
      : { ...s, values: s.values.map((row) => row.map((c) => (c === from ? to : c))) }
  );
}

class KatalogPort extends EmptyPort {
  stored: WorkbookCatalog = { katalog: builtInCatalog, tersimpan: false, riwayat: [] };
  sheets: SheetValues[] = [];
  saved: (Catalog | undefined)[] = [];
  exports = 0;
  async readCatalog() {
    return this.stored;
  }
  async saveCatalog(catalog: Catalog | undefined) {
    this.saved.push(catalog);
    this.stored = catalog
      ? { katalog: new CatalogIndex(catalog), tersimpan: true, riwayat: [] }
      : { katalog: builtInCatalog, tersimpan: false, riwayat: [] };
    return this.stored;
  }
  async exportCatalog() {
    this.exports++;
    return ["Petunjuk", "Instansi", "Jabatan", "Tugas", "Fungsi", "Indikator"];
  }
  async readCatalogSheets() {
    return this.sheets;
  }
}

function renderPane(port: WorkbookPort, saved: Partial<SavedForm> = {}) {
  const told: CatalogIndex[] = [];
  const storage = memoryStorage(saved);
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        storage={storage}
        today={TODAY}
        saveDelay={0}
        onKatalog={(k) => void told.push(k)}
      />
    </FluentProvider>
  );
  return { told, storage };
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
const bidangOptions = () =>
  Array.from((screen.getByLabelText("Bidang") as HTMLSelectElement).options).map((o) => o.value);

async function ready() {
  await screen.findByRole("heading", { name: "1. Pilih jabatan" });
}

/** Opens the folded section. */
async function openKatalog() {
  const toggle = within(screen.getByRole("heading", { name: "Katalog IKI" })).getByRole("button");
  await act(async () => {
    fireEvent.click(toggle);
  });
  return screen.findByRole("button", { name: "Ekspor katalog ke lembar baru" });
}

afterEach(cleanup);

describe("the workbook's catalog at load", () => {
  test("a stored catalog is used by the form, the subtitle, the source line and IKI.INDIKATOR; a remembered jabatan it lacks is cleared", async () => {
    const port = new KatalogPort();
    const catalog = pakisaji();
    port.stored = { katalog: new CatalogIndex(catalog), tersimpan: true, riwayat: [] };
    const { told } = renderPane(port, { jabatanId: JABATAN_DINSOS });
    await ready();
    expect(screen.getByText(/Indikator Kinerja Individu Kecamatan Pakisaji/)).toBeTruthy();
    expect(
      screen.getByText(`Sumber: Keputusan Camat Pakisaji Kabupaten Malang Nomor ${catalog.nomor}`)
    ).toBeTruthy();
    expect(bidangOptions()).toContain("Sekretariat");
    expect(bidangOptions()).not.toContain("Bidang Perlindungan dan Jaminan Sosial");
    expect((screen.getByLabelText("Jabatan") as HTMLSelectElement).value).toBe("");
    expect(told.map((k) => k.catalog)).toEqual([catalog]);
    expect(screen.getByText('=IKI.INDIKATOR("Sekretaris Kecamatan")')).toBeTruthy();
    // Its fungsi are found by the search and shown with the jabatan.
    fireEvent.change(screen.getByLabelText("Cari jabatan"), {
      target: { value: "kearsipan perpustakaan" },
    });
    const hasil = screen.getByRole("list", { name: "Hasil pencarian jabatan" });
    fireEvent.click(within(hasil).getByRole("button", { name: /Sekretaris Kecamatan/ }));
    expect(screen.getByText("Fungsi (7)")).toBeTruthy();
    expect(screen.getByText(catalog.jabatan[0].fungsi![3])).toBeTruthy();
  });

  test("an unusable stored catalog is reported and the built-in one is used", async () => {
    const port = new KatalogPort();
    port.stored = {
      katalog: builtInCatalog,
      tersimpan: false,
      riwayat: [],
      masalah: "Katalog rusak (uji).",
    };
    renderPane(port);
    await ready();
    expect(screen.getByText("Katalog rusak (uji).")).toBeTruthy();
    expect(
      screen.getByText(/Indikator Kinerja Individu Dinas Sosial Kabupaten Malang/)
    ).toBeTruthy();
  });

  test("an earlier catalog dropped as broken is said; the stored catalog is used", async () => {
    const port = new KatalogPort();
    const catalog = pakisaji();
    const peringatan = ["Katalog terdahulu 1 yang tersimpan di buku kerja ini rusak (uji)."];
    port.stored = { katalog: new CatalogIndex(catalog), tersimpan: true, riwayat: [], peringatan };
    renderPane(port);
    await ready();
    expect(screen.getByText(peringatan[0])).toBeTruthy();
    expect(screen.getByText(/Indikator Kinerja Individu Kecamatan Pakisaji/)).toBeTruthy();
  });

  test("a port without catalog actions shows no section", async () => {
    const port: WorkbookPort = {
      checkSupport: async () => undefined,
      listSheets: async () => [],
      insert: async () => ({ created: [] }),
      rebuildRekap: async () => ({ created: [] }),
      activateSheet: async () => undefined,
    };
    renderPane(port);
    await ready();
    expect(screen.queryByRole("heading", { name: "Katalog IKI" })).toBeNull();
  });
});

describe("the section Katalog IKI", () => {
  test("folded by default; opened, it names the catalog in use and exports it", async () => {
    const port = new KatalogPort();
    renderPane(port);
    await ready();
    const heading = screen.getByRole("heading", { name: "Katalog IKI" });
    const toggle = within(heading).getByRole("button");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(screen.queryByRole("button", { name: "Ekspor katalog ke lembar baru" })).toBeNull();
    await openKatalog();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText(/Dinas Sosial Kabupaten Malang, Keputusan nomor/)).toBeTruthy();
    expect(screen.getByText("Katalog bawaan add-in.")).toBeTruthy();
    expect((button("Kembali ke katalog bawaan") as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button("Ekspor katalog ke lembar baru"));
    expect(await screen.findByText("Katalog diekspor ke 6 lembar baru")).toBeTruthy();
    expect(port.exports).toBe(1);
  });

  test("an invalid import lists every problem with sheet, row and column, and changes nothing", async () => {
    const port = new KatalogPort();
    port.sheets = edit(sheetsOf(pakisaji()), "Indikator", "persen", "presen");
    renderPane(port);
    await ready();
    await openKatalog();
    fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
    const alert = (await screen.findByText(/Katalog tidak dipakai: \d+ masalah/)).closest(
      '[role="alert"]'
    ) as HTMLElement;
    expect(alert.textContent).toMatch(/Indikator, baris \d+, kolom Jenis/);
    expect(alert.textContent).toContain("presen");
    expect(alert.textContent).toContain("Perbaikan:");
    expect(port.saved).toEqual([]);
    expect(
      screen.getByText(/Indikator Kinerja Individu Dinas Sosial Kabupaten Malang/)
    ).toBeTruthy();
  });

  test("no sheet of the layout: a clear message, nothing changes", async () => {
    const port = new KatalogPort();
    renderPane(port);
    await ready();
    await openKatalog();
    fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
    expect(await screen.findByText("Lembar katalog tidak ditemukan")).toBeTruthy();
    expect(port.saved).toEqual([]);
  });

  test("a valid import is stored and used at once; a chosen jabatan it lacks is cleared; back to the built-in", async () => {
    const port = new KatalogPort();
    const catalog = pakisaji();
    port.sheets = edit(
      sheetsOf(catalog),
      "Instansi",
      "Kecamatan Pakisaji",
      "Kecamatan Pakisaji Baru"
    );
    const { told } = renderPane(port, {
      bidang: "Bidang Perlindungan dan Jaminan Sosial",
      jabatanId: JABATAN_DINSOS,
    });
    await ready();
    expect((screen.getByLabelText("Jabatan") as HTMLSelectElement).value).toBe(JABATAN_DINSOS);
    await openKatalog();
    fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
    const done = await screen.findByText("Katalog dipakai dan disimpan di buku kerja ini");
    const jumlah = catalog.jabatan.reduce((n, j) => n + j.indikator.length, 0);
    expect(done.closest("[data-intent]")?.textContent).toContain(
      `${catalog.jabatan.length} jabatan, ${jumlah} indikator`
    );
    expect(port.saved).toHaveLength(1);
    expect(port.saved[0]?.instansi.nama).toBe("Kecamatan Pakisaji Baru");
    expect(screen.getByText(/Indikator Kinerja Individu Kecamatan Pakisaji Baru/)).toBeTruthy();
    expect(screen.getByText("Katalog tersimpan di buku kerja ini.")).toBeTruthy();
    expect((screen.getByLabelText("Jabatan") as HTMLSelectElement).value).toBe("");
    expect(bidangOptions()).toContain("Sekretariat");
    expect(told[told.length - 1].catalog.instansi.nama).toBe("Kecamatan Pakisaji Baru");

    fireEvent.click(button("Kembali ke katalog bawaan"));
    expect(await screen.findByText("Katalog bawaan dipakai lagi")).toBeTruthy();
    expect(port.saved[1]).toBeUndefined();
    expect(port.saved).toHaveLength(2);
    expect(
      screen.getByText(/Indikator Kinerja Individu Dinas Sosial Kabupaten Malang/)
    ).toBeTruthy();
    expect(told[told.length - 1]).toBe(builtInCatalog);
    expect(
      within(screen.getByLabelText("Bidang")).getByText(/Perlindungan dan Jaminan Sosial/)
    ).toBeTruthy();
  });
});

/** A port whose reads wait until released, to see the pane while an action runs. */
class SlowKatalogPort extends KatalogPort {
  release: () => void = () => undefined;
  async readCatalogSheets() {
    await new Promise<void>((resolve) => (this.release = resolve));
    return this.sheets;
  }
}

describe("review of the section Katalog IKI", () => {
  test("a broken stored catalog can be removed: its warning names the button, which is enabled", async () => {
    const port = new KatalogPort();
    port.stored = {
      katalog: builtInCatalog,
      tersimpan: false,
      riwayat: [],
      masalah: "Katalog rusak (uji).",
    };
    renderPane(port);
    await ready();
    const warning = screen.getByText("Katalog rusak (uji).").closest('[role="alert"]');
    expect(warning?.textContent).toContain("“Kembali ke katalog bawaan”");
    await openKatalog();
    const kembali = button("Kembali ke katalog bawaan") as HTMLButtonElement;
    expect(kembali.disabled).toBe(false);
    fireEvent.click(kembali);
    expect(await screen.findByText("Katalog bawaan dipakai lagi")).toBeTruthy();
    expect(port.saved).toEqual([undefined]);
  });

  test("a long problem list shows the first 20 and how many more, the rest on request", async () => {
    const port = new KatalogPort();
    let sheets = sheetsOf(builtInCatalog.catalog);
    for (const [from, to] of [
      ["persen", "presen"],
      ["jumlah", "jumlahh"],
      ["positif", "positip"],
    ])
      sheets = edit(sheets, "Indikator", from, to);
    port.sheets = sheets;
    renderPane(port);
    await ready();
    await openKatalog();
    fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
    const title = await screen.findByText(/Katalog tidak dipakai: \d+ masalah/);
    const jumlah = Number(/(\d+) masalah/.exec(title.textContent ?? "")?.[1]);
    expect(jumlah).toBeGreaterThan(20);
    const alert = title.closest('[role="alert"]') as HTMLElement;
    const problems = () => alert.textContent?.match(/Perbaikan:/g)?.length;
    expect(problems()).toBe(20);
    expect(alert.textContent).toContain(`dan ${jumlah - 20} masalah lain`);
    expect(document.activeElement).toBe(alert);
    fireEvent.click(within(alert).getByRole("button", { name: "Tampilkan semua" }));
    expect(problems()).toBe(jumlah);
  });

  test("while reading, the pressed button keeps the focus and a progress text shows; the success names the sheets read", async () => {
    const port = new SlowKatalogPort();
    port.sheets = sheetsOf(pakisaji()).map((s) =>
      s.name === "Jabatan" ? { ...s, name: "Jabatan", lembar: "Jabatan (2)" } : s
    );
    renderPane(port);
    await ready();
    await openKatalog();
    const pakai = button("Pakai katalog dari lembar-lembar ini");
    pakai.focus();
    fireEvent.click(pakai);
    expect(await screen.findByText("Membaca lembar katalog…")).toBeTruthy();
    expect(pakai.getAttribute("aria-disabled")).toBe("true");
    expect(document.activeElement).toBe(pakai);
    await act(async () => port.release());
    const done = await screen.findByText("Katalog dipakai dan disimpan di buku kerja ini");
    const message = done.closest("[data-intent]") as HTMLElement;
    expect(message.textContent).toMatch(/Dibaca dari lembar: .*Jabatan \(2\)/);
    expect(document.activeElement).toBe(message);
    expect(screen.queryByText("Membaca lembar katalog…")).toBeNull();
  });

  test("a pending question about an existing sheet is forgotten when the catalog changes", async () => {
    const port = new KatalogPort();
    port.insert = async () => ({
      created: [],
      ada: [{ name: "Pekerja Sosial", jabatanId: JABATAN_DINSOS, tahun: 2025 }],
    });
    port.sheets = sheetsOf(pakisaji());
    renderPane(port, {
      bidang: "Bidang Perlindungan dan Jaminan Sosial",
      jabatanId: JABATAN_DINSOS,
    });
    await ready();
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    expect(await screen.findByText("Sudah ada lembarnya")).toBeTruthy();
    await openKatalog();
    fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
    await screen.findByText("Katalog dipakai dan disimpan di buku kerja ini");
    expect(screen.queryByText("Sudah ada lembarnya")).toBeNull();
  });
});

test("a stored catalog that cannot be read is reported, not silently replaced by the built-in one", async () => {
  const port = new KatalogPort();
  port.readCatalog = () => Promise.reject(new Error("Loading chunk 970 failed."));
  renderPane(port);
  await ready();
  const warning = screen.getByText(/tidak dapat dibaca \(Loading chunk 970 failed\.\)/);
  expect(warning.closest('[role="alert"]')).toBeTruthy();
});

test("a catalog change asks the port to recalculate when IKI.INDIKATOR's cells are stale; the load tells the built-in one too", async () => {
  const port = new KatalogPort();
  let recalcs = 0;
  (port as WorkbookPort).recalculate = async () => void recalcs++;
  port.sheets = sheetsOf(pakisaji());
  const told: CatalogIndex[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        port={port}
        storage={memoryStorage({})}
        today={TODAY}
        saveDelay={0}
        onKatalog={(k) => told.push(k) > 1}
      />
    </FluentProvider>
  );
  await ready();
  expect(told).toEqual([builtInCatalog]);
  expect(recalcs).toBe(0);
  await openKatalog();
  fireEvent.click(button("Pakai katalog dari lembar-lembar ini"));
  await screen.findByText("Katalog dipakai dan disimpan di buku kerja ini");
  expect(told).toHaveLength(2);
  expect(recalcs).toBe(1);
});
