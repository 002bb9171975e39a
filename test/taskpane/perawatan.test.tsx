/** @jest-environment jsdom */
/**
 * The section "Perawatan lembar IKI" with a fake WorkbookPort: shown only for a port with
 * rawatLembar, loaded when opened; each action a preview (tulis false) then the write of what was
 * previewed (tulis true), with progress meanwhile and the report's lines; nothing to change; the
 * next year's rekap opened; a long report cut; errors in Bahasa Indonesia; one action at a time for
 * the whole pane; the focus on each outcome.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { memoryStorage } from "../../src/taskpane/storage";
import { BARIS_DITAMPILKAN } from "../../src/taskpane/components/LaporanPerawatan";
import type {
  AksiLembar,
  LaporanAksi,
  LaporanLembar,
  StatusLembar,
} from "../../src/lifecycle/types";
import {
  InsertError,
  type InsertResult,
  type ProgressListener,
  type RawatRequest,
  type WorkbookPort,
} from "../../src/workbook/port";
import { deferred, type Deferred } from "../support/deferred";
import { EmptyPort } from "../support/fake-port";

const TODAY = new Date(2025, 4, 17);

function lembar(sheet: string, status: StatusLembar, more: Partial<LaporanLembar> = {}) {
  const l: LaporanLembar = {
    sheet,
    jabatanId: sheet.toLowerCase(),
    jabatan: sheet,
    tahun: 2025,
    status,
    ditambah: [],
    dihapus: [],
    berubah: [],
    lain: [],
    dipertahankan: 0,
    sisa: [],
    dipulihkan: [],
  };
  return { ...l, ...more };
}

const laporan = (aksi: AksiLembar, lembar: LaporanLembar[], rekap: string[] = []): LaporanAksi => ({
  aksi,
  lembar,
  rekap,
  rumusLain: [],
});

interface Call {
  request: RawatRequest;
  onProgress?: ProgressListener;
  done: Deferred<LaporanAksi>;
}

/** A port without the lifecycle actions (an older host); its rekap waits until the test answers. */
class PortTanpaRawat extends EmptyPort {
  rekaps: Deferred<InsertResult>[] = [];
  rebuildRekap() {
    const done = deferred<InsertResult>();
    this.rekaps.push(done);
    return done.promise;
  }
}

/** With rawatLembar, which waits until the test answers it; every call is recorded. */
class FakePort extends PortTanpaRawat {
  calls: Call[] = [];
  rawatLembar(request: RawatRequest, onProgress?: ProgressListener) {
    const done = deferred<LaporanAksi>();
    this.calls.push({ request, onProgress, done });
    return done.promise;
  }
}

function renderPane(port: WorkbookPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} storage={memoryStorage({})} today={TODAY} saveDelay={0} />
    </FluentProvider>
  );
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
const TITLE = "Perawatan lembar IKI";

async function openSection() {
  await screen.findByRole("heading", { name: "1. Pilih jabatan" });
  const toggle = within(screen.getByRole("heading", { name: TITLE })).getByRole("button");
  await act(async () => {
    fireEvent.click(toggle);
  });
  return screen.findByRole("button", { name: "Perbarui lembar ke katalog" });
}

/** The report box (Fluent keeps an empty live region of its own, also a status). */
function report(): HTMLElement {
  const shown = screen.getAllByRole("status").filter((e) => e.hasAttribute("data-intent"));
  expect(shown).toHaveLength(1);
  return shown[0];
}

/** Focuses and clicks a button, as a person does, and lets React settle. */
async function click(name: string | RegExp) {
  await act(async () => {
    const b = button(name);
    b.focus();
    fireEvent.click(b);
  });
}

/** Answers the last rawatLembar call. */
async function answer(port: FakePort, report: LaporanAksi) {
  await act(async () => {
    port.calls[port.calls.length - 1].done.resolve(report);
  });
}

const PERBARUI = laporan({ kind: "perbarui" }, [
  lembar("Sekretaris", "diperbarui", {
    ditambah: ["Persentase surat masuk yang didisposisi tepat waktu"],
    dihapus: ["Jumlah rapat koordinasi"],
    berubah: [{ indikator: "Persentase laporan keuangan tepat waktu", apa: ["teks", "jenis"] }],
    dipertahankan: 12,
  }),
  lembar("Bendahara", "sama"),
]);

afterEach(cleanup);

describe("the section is there only for a port with the lifecycle actions", () => {
  test("no rawatLembar: no section", async () => {
    renderPane(new PortTanpaRawat());
    await screen.findByRole("heading", { name: "1. Pilih jabatan" });
    expect(screen.queryByRole("heading", { name: TITLE })).toBeNull();
  });

  test("folded at first: its actions appear when opened", async () => {
    renderPane(new FakePort());
    await screen.findByRole("heading", { name: TITLE });
    expect(screen.queryByRole("button", { name: "Perbarui lembar ke katalog" })).toBeNull();
    await openSection();
    expect(button("Buat lembar tahun berikutnya")).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Bawa target" })).toHaveProperty("checked", false);
    expect(button("Ke rumus biasa (untuk dikirim ke yang tidak memakai add-in)")).toBeTruthy();
    expect(button("Ke rumus IKI")).toBeTruthy();
    expect(screen.getByText("Rumus biasa memberi angka yang sama tanpa add-in.")).toBeTruthy();
  });
});

describe("perbarui: a preview, then the write", () => {
  test("the preview lists the differences and writes nothing; the second click writes, with progress, and reports", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    expect(port.calls.map((c) => c.request)).toEqual([
      expect.objectContaining({ aksi: { kind: "perbarui" }, tulis: false }),
    ]);
    expect(screen.getByText("Membaca lembar IKI…")).toBeTruthy();
    await answer(port, PERBARUI);

    const preview = report();
    expect(preview.textContent).toContain("Pratinjau: Perbarui lembar IKI ke katalog yang dipakai");
    expect(preview.textContent).toContain("1 lembar akan diperbarui; 1 lembar tidak.");
    expect(preview.textContent).toMatch(/\+ Persentase surat masuk yang didisposisi tepat waktu/);
    expect(preview.textContent).toMatch(/− Jumlah rapat koordinasi/);
    expect(preview.textContent).toMatch(
      /~ Persentase laporan keuangan tepat waktu \(teks, jenis\)/
    );
    expect(preview.textContent).toContain("1 lembar sudah sesuai dan tidak diubah.");
    expect(document.activeElement).toBe(preview);

    await click("Perbarui 1 lembar");
    expect(port.calls[1].request).toEqual(
      expect.objectContaining({ aksi: { kind: "perbarui" }, tulis: true })
    );
    await act(async () => port.calls[1].onProgress?.(1, 3, "Menulis lembar Sekretaris"));
    expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe(
      "Menulis lembar Sekretaris (1 dari 3 langkah)"
    );
    expect(screen.queryByText(/^Pratinjau:/)).toBeNull();
    await answer(port, PERBARUI);

    const done = report();
    expect(done.textContent).toContain("Selesai: Perbarui lembar IKI ke katalog yang dipakai");
    expect(done.textContent).toContain("1 lembar diperbarui; 1 lembar tidak.");
    expect(screen.queryByRole("button", { name: /^Perbarui \d+ lembar$/ })).toBeNull();
    expect(document.activeElement).toBe(done);
    expect(port.calls).toHaveLength(2);
  });

  test("a written report with a sheet left as it was, or values kept below the signature, is a warning", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    const sisa = { asal: "Jumlah rapat koordinasi", isian: "Target", isi: { nilai: 12 } };
    const hasil = laporan({ kind: "perbarui" }, [
      lembar("Sekretaris", "diperbarui", { dihapus: ["Jumlah rapat koordinasi"], sisa: [sisa] }),
      lembar("Bendahara", "susunan-berubah"),
    ]);
    await answer(port, hasil);
    expect(report().getAttribute("data-intent")).toBe("info");
    await click("Perbarui 1 lembar");
    await answer(port, hasil);
    const done = screen.getByRole("alert");
    expect(done.getAttribute("data-intent")).toBe("warning");
    expect(done.textContent).toContain("Jumlah rapat koordinasi — Target: 12");
    expect(done.textContent).toContain("Bendahara: dibiarkan: susunan atau judul tabelnya");
    expect(document.activeElement).toBe(done);
  });

  test("nothing to change: the report says so and offers no write", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    await answer(
      port,
      laporan({ kind: "perbarui" }, [lembar("Sekretaris", "sama"), lembar("Bendahara", "sama")])
    );
    const preview = report();
    expect(preview.textContent).toContain("0 lembar akan diperbarui; 2 lembar tidak.");
    expect(preview.textContent).toContain("Tidak ada yang perlu diubah.");
    expect(screen.queryByRole("button", { name: /^Perbarui \d+ lembar$/ })).toBeNull();
    await click("Tutup");
    expect(screen.queryByText(/^Pratinjau:/)).toBeNull();
    expect(port.calls).toHaveLength(1);
  });

  test("Batal drops the preview without writing", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    await answer(port, PERBARUI);
    await click("Batal");
    expect(screen.queryByText(/^Pratinjau:/)).toBeNull();
    expect(port.calls).toHaveLength(1);
  });

  test("a long report shows its first lines, the rest on request", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    const many = Array.from({ length: 30 }, (_, i) => lembar(`Lembar ${i + 1}`, "diperbarui"));
    await answer(port, laporan({ kind: "perbarui" }, many));
    // Two summary lines, then one line per sheet.
    const total = 2 + many.length;
    expect(screen.getByText(`… dan ${total - BARIS_DITAMPILKAN} baris lain.`)).toBeTruthy();
    expect(screen.queryByText(/^Lembar 30: diperbarui/)).toBeNull();
    await click("Tampilkan semua");
    expect(screen.getByText(/^Lembar 30: diperbarui/)).toBeTruthy();
    await click("Tampilkan lebih sedikit");
    expect(screen.queryByText(/^Lembar 30: diperbarui/)).toBeNull();
    expect(button("Perbarui 30 lembar")).toBeTruthy();
  });
});

describe("tahun berikutnya", () => {
  const AKSI: AksiLembar = { kind: "tahun-berikutnya", bawaTarget: true };
  const REPORT = laporan(
    AKSI,
    [
      lembar("Sekretaris", "dibuat", { baru: "Sekretaris 2026", dipertahankan: 9 }),
      lembar("Bendahara", "dibuat", { baru: "Bendahara 2026", dipertahankan: 9 }),
    ],
    ["Rekap IKI 2026"]
  );

  test("with Bawa target: the preview, the write of what was previewed, then the new rekap opened", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    fireEvent.click(screen.getByRole("checkbox", { name: "Bawa target" }));
    await click("Buat lembar tahun berikutnya");
    expect(port.calls[0].request).toEqual(expect.objectContaining({ aksi: AKSI, tulis: false }));
    await answer(port, REPORT);
    expect(report().textContent).toContain(
      "2 lembar akan dibuat (identitas dan target dibawa; realisasi kosong)."
    );
    // Rekap included: three sheets made.
    await click("Buat 3 lembar");
    expect(port.calls[1].request).toEqual(expect.objectContaining({ aksi: AKSI, tulis: true }));
    await answer(port, REPORT);
    expect(report().textContent).toContain("Sekretaris → Sekretaris 2026: dibuat");
    await click("Buka “Rekap IKI 2026”");
    expect(port.activated).toEqual(["Rekap IKI 2026"]);
    expect(screen.getByText("Lembar “Rekap IKI 2026” dibuka.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Buka “Rekap IKI 2026”" })).toBeNull();
  });

  test("changing Bawa target drops a preview made the other way", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Buat lembar tahun berikutnya");
    expect(port.calls[0].request.aksi).toEqual({ kind: "tahun-berikutnya", bawaTarget: false });
    await answer(port, laporan(port.calls[0].request.aksi, REPORT.lembar, REPORT.rekap));
    expect(button("Buat 3 lembar")).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "Bawa target" }));
    expect(screen.queryByRole("button", { name: "Buat 3 lembar" })).toBeNull();
  });
});

describe("ubah rumus", () => {
  test.each([
    ["Ke rumus biasa (untuk dikirim ke yang tidak memakai add-in)", "native", "rumus biasa"],
    ["Ke rumus IKI", "iki", "rumus IKI"],
  ] as const)("%s: preview then write", async (label, mode, kata) => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click(label);
    const aksi: AksiLembar = { kind: "ubah-rumus", mode };
    expect(port.calls[0].request).toEqual(expect.objectContaining({ aksi, tulis: false }));
    const hasil = laporan(aksi, [lembar("Sekretaris", "diperbarui")], ["Rekap IKI 2025"]);
    await answer(port, hasil);
    expect(report().textContent).toContain(`1 lembar akan diubah ke ${kata}`);
    await click(`Ubah 2 lembar ke ${kata}`);
    expect(port.calls[1].request).toEqual(expect.objectContaining({ aksi, tulis: true }));
    await answer(port, hasil);
    expect(report().textContent).toContain(`1 lembar diubah ke ${kata}`);
  });
});

describe("Kunci rumus of the form's options", () => {
  test("on by default; unticked, the preview and the write ask for unlocked sheets", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    expect(port.calls[0].request.kunci).toBe(true);
    await answer(port, PERBARUI);
    fireEvent.click(screen.getByRole("checkbox", { name: "Kunci rumus" }));
    await click("Perbarui lembar ke katalog");
    expect(port.calls[1].request.kunci).toBe(false);
    await answer(port, PERBARUI);
    await click("Perbarui 1 lembar");
    expect(port.calls[2].request).toEqual({
      aksi: { kind: "perbarui" },
      tulis: true,
      kunci: false,
    });
  });
});

describe("errors and one action at a time", () => {
  test("a port's InsertError is shown as it is, focused; an unexpected one in Bahasa Indonesia", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    const pesan = "Lembar “Sekretaris” sedang diedit. Selesaikan isian sel, lalu coba lagi.";
    await act(async () => port.calls[0].done.reject(new InsertError(pesan)));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toBe(`Gagal${pesan}`);
    expect(document.activeElement).toBe(alert);

    await click("Ke rumus IKI");
    await act(async () => port.calls[1].done.reject(new TypeError("x is undefined")));
    expect(screen.getByRole("alert").textContent).toMatch(
      /Terjadi kesalahan yang tidak terduga \(x is undefined\)/
    );
  });

  test("while a preview runs, the pane's other actions wait; while the rekap runs, the section's do", async () => {
    const port = new FakePort();
    renderPane(port);
    await openSection();
    await click("Perbarui lembar ke katalog");
    // The button just pressed keeps the focus while its action runs.
    expect(document.activeElement).toBe(button("Perbarui lembar ke katalog"));
    expect(button("Buat atau perbarui rekap")).toHaveProperty("disabled", true);
    expect(button("Ke rumus IKI").getAttribute("aria-disabled")).toBe("true");
    await click("Ke rumus IKI");
    expect(port.calls).toHaveLength(1);
    await answer(port, PERBARUI);

    await click("Buat atau perbarui rekap");
    expect(port.rekaps).toHaveLength(1);
    expect(button("Perbarui 1 lembar").getAttribute("aria-disabled")).toBe("true");
    await click("Perbarui 1 lembar");
    await click("Buat lembar tahun berikutnya");
    expect(port.calls).toHaveLength(1);
    await act(async () => port.rekaps[0].resolve({ created: [], rekap: "Rekap IKI 2025" }));
    await click("Perbarui 1 lembar");
    expect(port.calls).toHaveLength(2);
  });
});
