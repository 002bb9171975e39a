/** @jest-environment jsdom */
/**
 * The section "Gabungkan berkas pegawai" with a fake WorkbookPort: shown only for a port with gabung,
 * loaded when opened; the files chosen (a labelled file input) read by the staff files' reader (its
 * module mocked here: it is loaded with import() when files are chosen), the report before writing
 * (tulis false) with its problems as a warning and a long report cut, then "Gabungkan N lembar" with
 * progress and the final report, the focus on each outcome; one action at a time for the pane.
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { memoryStorage } from "../../src/taskpane/storage";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import type {
  BerkasDibaca,
  LaporanGabung,
  LaporanLembarGabung,
  StatusGabung,
} from "../../src/gabung/types";
import type { GabungRequest, ProgressListener, WorkbookPort } from "../../src/workbook/port";
import { InsertError } from "../../src/workbook/port";
import { deferred, type Deferred } from "../support/deferred";
import { EmptyPort } from "../support/fake-port";

const dibaca: { nama: string; bytes: number; disimpan?: number }[] = [];
jest.mock("../../src/xlsx/berkas-pegawai", () => ({
  bacaBerkasPegawai: async (nama: string, bytes: Uint8Array, disimpan?: number) => {
    dibaca.push({ nama, bytes: bytes.length, disimpan });
    return { nama, disimpan, sheets: [], riwayat: [] };
  },
}));

interface Call {
  request: GabungRequest;
  onProgress?: ProgressListener;
  done: Deferred<LaporanGabung>;
}

class FakePort extends EmptyPort {
  calls: Call[] = [];
  gabung(request: GabungRequest, onProgress?: ProgressListener) {
    const done = deferred<LaporanGabung>();
    this.calls.push({ request, onProgress, done });
    return done.promise;
  }
}

const lembar = (sheet: string, status: StatusGabung, more: Partial<LaporanLembarGabung> = {}) => ({
  sheet,
  dikenali: "penanda" as const,
  jabatanId: sheet.toLowerCase(),
  jabatan: sheet,
  nama: `Pegawai ${sheet}`,
  tahun: 2025,
  status,
  ke: status === "digabung" ? sheet : undefined,
  diambil: 12,
  masalah: [],
  ...more,
});

function laporan(lembarnya: LaporanLembarGabung[][], masalah = 0): LaporanGabung {
  return {
    tahun: 2025,
    katalog: "Dinas Sosial 188.4/1",
    berkas: lembarnya.map((l, i) => ({ berkas: `pegawai-${i + 1}.xlsx`, lembar: l, lainnya: [] })),
    tanpaBerkas: [],
    rekap: "Rekap IKI 2025",
    lembarLaporan: "Laporan penggabungan",
    masalah,
  };
}

const DUA = laporan([[lembar("Sekretaris", "digabung")], [lembar("Bendahara", "digabung")]]);

function renderPane(port: WorkbookPort) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} storage={memoryStorage({})} today={new Date(2025, 4, 17)} saveDelay={0} />
    </FluentProvider>
  );
}

const TITLE = "Gabungkan berkas pegawai";
const LABEL = "Pilih berkas pegawai (.xlsx, boleh lebih dari satu)";

async function openSection(): Promise<HTMLInputElement> {
  await screen.findByRole("heading", { name: "1. Pilih jabatan" });
  const toggle = within(screen.getByRole("heading", { name: TITLE })).getByRole("button");
  await act(async () => {
    fireEvent.click(toggle);
  });
  return (await screen.findByLabelText(LABEL)) as HTMLInputElement;
}

/** A file as the chooser gives it (jsdom's File has no arrayBuffer: given here). */
function berkas(nama: string, size: number, lastModified: number): File {
  const file = new File([new Uint8Array(size)], nama, { lastModified });
  return Object.assign(file, { arrayBuffer: async () => new ArrayBuffer(size) });
}

async function pilih(input: HTMLInputElement, files: File[]) {
  await act(async () => {
    fireEvent.change(input, { target: { files } });
  });
}

const report = (): HTMLElement => {
  const shown = [...screen.queryAllByRole("status"), ...screen.queryAllByRole("alert")].filter(
    (e) => e.hasAttribute("data-intent")
  );
  expect(shown).toHaveLength(1);
  return shown[0];
};

async function answer(port: FakePort, l: LaporanGabung) {
  await act(async () => port.calls[port.calls.length - 1].done.resolve(l));
}

async function click(name: string | RegExp) {
  await act(async () => {
    const b = screen.getByRole("button", { name });
    b.focus();
    fireEvent.click(b);
  });
}

afterEach(() => {
  cleanup();
  dibaca.length = 0;
});

test("no gabung on the port: no section", async () => {
  renderPane(new EmptyPort());
  await screen.findByRole("heading", { name: "1. Pilih jabatan" });
  expect(screen.queryByRole("heading", { name: TITLE })).toBeNull();
});

test("files chosen: read, the report before writing, then the merge with progress and its report", async () => {
  const port = new FakePort();
  renderPane(port);
  const input = await openSection();
  expect(input.type).toBe("file");
  expect(input.multiple).toBe(true);
  expect(input.accept).toBe(".xlsx");
  await pilih(input, [berkas("a.xlsx", 10, 1000), berkas("b.xlsx", 20, 2000)]);
  expect(dibaca).toEqual([
    { nama: "a.xlsx", bytes: 10, disimpan: 1000 },
    { nama: "b.xlsx", bytes: 20, disimpan: 2000 },
  ]);
  expect(port.calls).toHaveLength(1);
  const { request } = port.calls[0];
  expect(request.tulis).toBe(false);
  expect(request.berkas.map((b: BerkasDibaca) => b.nama)).toEqual(["a.xlsx", "b.xlsx"]);
  expect(screen.getByRole("progressbar")).toBeTruthy();
  await answer(port, DUA);

  const before = report();
  expect(before.getAttribute("data-intent")).toBe("info");
  expect(before.textContent).toContain("Laporan sebelum digabungkan");
  for (const line of teksLaporanGabung(DUA).filter((l) => l.trim()))
    expect(before.textContent).toContain(line.trim());
  expect(document.activeElement).toBe(before);

  await click("Gabungkan 2 lembar");
  expect(port.calls[1].request.tulis).toBe(true);
  expect(port.calls[1].request.berkas).toBe(request.berkas);
  await act(async () => port.calls[1].onProgress?.(2, 4, "Menulis lembar gabungan 1–2 dari 4…"));
  expect(screen.getByRole("progressbar").getAttribute("aria-valuetext")).toBe(
    "Menulis lembar gabungan 1–2 dari 4… (2 dari 4 langkah)"
  );
  await answer(port, DUA);
  const done = report();
  expect(done.getAttribute("data-intent")).toBe("success");
  expect(done.textContent).toContain("Selesai digabungkan");
  expect(screen.queryByRole("button", { name: /^Gabungkan \d+ lembar$/ })).toBeNull();
  expect(document.activeElement).toBe(done);
});

test("problems make the report a warning; a long report is cut; nothing to merge: no button", async () => {
  const port = new FakePort();
  renderPane(port);
  const input = await openSection();
  await pilih(input, [berkas("a.xlsx", 1, 1)]);
  const banyak = Array.from({ length: 30 }, (_, i) => [
    lembar(`Jabatan ${i}`, "tahun-lain", { tahun: 2024 }),
  ]);
  await answer(port, laporan(banyak, 30));
  const r = report();
  expect(r.getAttribute("data-intent")).toBe("warning");
  expect(r.textContent).toContain("30 masalah");
  expect(r.textContent).toContain("0 lembar digabung");
  expect(r.textContent).not.toContain("Tidak ada lembar IKI dari berkas ini");
  expect(r.textContent).toMatch(/… dan \d+ baris lain\./);
  await click("Tampilkan semua");
  expect(report().textContent).not.toMatch(/… dan \d+ baris lain\./);
  expect(screen.queryByRole("button", { name: /^Gabungkan \d+ lembar$/ })).toBeNull();
  await click("Tutup");
  expect(screen.queryAllByRole("status").filter((e) => e.hasAttribute("data-intent"))).toEqual([]);
});

test("a failed merge says why; one action at a time for the whole pane", async () => {
  const port = new FakePort();
  renderPane(port);
  const input = await openSection();
  await pilih(input, [berkas("a.xlsx", 1, 1)]);
  // While the files are checked, the chooser and the insert are unavailable.
  expect(input.disabled).toBe(true);
  expect(screen.getByRole("button", { name: "Sisipkan lembar jabatan ini" })).toHaveProperty(
    "disabled",
    true
  );
  await answer(port, DUA);
  expect(input.disabled).toBe(false);
  await click("Gabungkan 2 lembar");
  await act(async () =>
    port.calls[1].done.reject(new InsertError("Gagal menulis ke buku kerja (kode Excel: X)."))
  );
  const r = report();
  expect(r.getAttribute("data-intent")).toBe("error");
  expect(r.textContent).toContain("Gagal menulis ke buku kerja (kode Excel: X).");
  expect(document.activeElement).toBe(r);
});
