/** @jest-environment jsdom */
/**
 * The task pane with a fake WorkbookPort: what a person sees and what reaches the port (NIP checks,
 * disabled buttons and progress while running, success and error messages, remembered form, the
 * Fungsi IKI button only where the port can write a formula).
 */
import * as React from "react";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { successOutcome } from "../../src/taskpane/use-insert-run";
import { memoryStorage } from "../../src/taskpane/storage";
import type { SavedForm } from "../../src/taskpane/form";
import { jabatanInBidang } from "../support/builtin-catalog";
import {
  InsertError,
  type IkiSheetOfYear,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
  type WorkbookPort,
} from "../../src/workbook/port";
import type { TemplateOptions } from "../../src/template/options";
import { deferred, type Deferred } from "../support/deferred";

const TODAY = new Date(2025, 4, 17);
const JABATAN = "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam";
const BIDANG = "Bidang Perlindungan dan Jaminan Sosial";

/**
 * A port whose insert waits until the test settles it; every call is recorded. An insert that asks
 * ("tanya") is a look-up too: when some of its jabatan have a sheet (existingSheets) it answers at
 * once with them and would write nothing, so it is recorded in `lookups` only.
 */
class FakePort implements WorkbookPort {
  support: string | undefined = undefined;
  inserts: {
    request: InsertRequest;
    onProgress?: ProgressListener;
    done: Deferred<InsertResult>;
  }[] = [];
  rekaps: { options: TemplateOptions; done: Deferred<InsertResult> }[] = [];
  async checkSupport() {
    return this.support;
  }
  async listSheets() {
    return [];
  }
  async insert(request: InsertRequest, onProgress?: ProgressListener) {
    if (request.sudahAda === "tanya") {
      const { options, jabatanIds } = request;
      this.lookups.push({ tahun: options.tahun, jabatanIds });
      if (this.lookupError) throw this.lookupError;
      const ada = this.existingSheets.filter((s) => jabatanIds.includes(s.jabatanId));
      if (ada.length > 0) return { created: [], ada };
    }
    const done = deferred<InsertResult>();
    this.inserts.push({ request, onProgress, done });
    return done.promise;
  }
  rebuildRekap(options: TemplateOptions) {
    const done = deferred<InsertResult>();
    this.rekaps.push({ options, done });
    return done.promise;
  }
  /** IKI sheets already in the workbook (the pane asks before inserting those jabatan again). */
  existingSheets: IkiSheetOfYear[] = [];
  lookups: { tahun: number; jabatanIds: string[] }[] = [];
  /** Thrown by an insert that asks, before anything would be written. */
  lookupError?: InsertError;
  activated: string[] = [];
  async activateSheet(name: string) {
    this.activated.push(name);
  }
}

class FakePortWithFormula extends FakePort {
  formulas: string[] = [];
  filled = false;
  async putFormula(formula: string) {
    if (this.filled)
      throw new InsertError("Sel Lembar1!B3 sudah berisi data. Pilih sel kosong, lalu klik lagi.");
    this.formulas.push(formula);
    this.filled = true;
    return "Lembar1!B3";
  }
}

function renderPane(
  port: WorkbookPort,
  saved: Partial<SavedForm> = {},
  extra: Partial<React.ComponentProps<typeof App>> = {}
) {
  const storage = memoryStorage(saved);
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} storage={storage} today={TODAY} saveDelay={0} {...extra} />
    </FluentProvider>
  );
  return storage;
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });
/** The message of the last action (Field validation messages are alerts too). */
const actionAlert = (title: string) =>
  screen.getByText(title).closest('[role="alert"]') as HTMLElement;
const actionButtons = () => [
  button("Sisipkan lembar jabatan ini"),
  button(/Sisipkan semua jabatan bidang ini/),
  button("Buat atau perbarui rekap"),
];

async function ready() {
  await screen.findByRole("heading", { name: "1. Pilih jabatan" });
}

function choose(bidang: string, jabatanId?: string) {
  fireEvent.change(screen.getByLabelText("Bidang"), { target: { value: bidang } });
  if (jabatanId)
    fireEvent.change(screen.getByLabelText("Jabatan"), { target: { value: jabatanId } });
}

afterEach(cleanup);

describe("support", () => {
  test("an unsupported host gets a clear message instead of the form", async () => {
    const port = new FakePort();
    port.support = "Versi Excel ini terlalu lama untuk add-in IKI.";
    renderPane(port);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Add-in tidak dapat dipakai di sini");
    expect(alert.textContent).toContain("Versi Excel ini terlalu lama");
    expect(screen.queryByRole("button", { name: "Sisipkan lembar jabatan ini" })).toBeNull();
  });

  test("a plain browser is told to open the add-in from Excel, without asking the port", async () => {
    const port = new FakePort();
    port.checkSupport = () => Promise.reject(new Error("tidak boleh dipanggil"));
    renderPane(port, {}, { host: { kind: "browser" } });
    expect((await screen.findByRole("alert")).textContent).toContain("buka add-in ini dari Excel");
  });

  test("another Office application is told the add-in is for Excel", async () => {
    renderPane(new FakePort(), {}, { host: { kind: "other", host: "Word" } });
    expect((await screen.findByRole("alert")).textContent).toContain(
      "hanya untuk Excel; aplikasi ini (Word)"
    );
  });
});

describe("choosing a jabatan", () => {
  test("words typed in any case find jabatan by name, tugas or indicator; a click selects one and shows it", async () => {
    renderPane(new FakePort());
    await ready();
    fireEvent.change(screen.getByLabelText("Cari jabatan"), { target: { value: "BENCANA alam" } });
    const list = screen.getByRole("list", { name: "Hasil pencarian jabatan" });
    const results = within(list).getAllByRole("button");
    expect(results.length).toBe(3);
    expect(screen.getByText("3 jabatan cocok dengan “BENCANA alam”.")).toBeTruthy();
    fireEvent.click(results[0]);
    const detail = screen.getByRole("region", { name: /Jabatan terpilih/ });
    expect(detail.textContent).toContain("Jumlah korban bencana alam yang mendapatkan bantuan");
    expect(detail.textContent).toContain("Sumber data");
    expect((screen.getByLabelText("Bidang") as HTMLSelectElement).value).toBe(BIDANG);
    expect((screen.getByLabelText("Jabatan") as HTMLSelectElement).value).toBe(JABATAN);
    // The query is cleared, the results gone.
    expect(screen.queryByRole("list", { name: "Hasil pencarian jabatan" })).toBeNull();
  });

  test("the keyboard moves from the search box into the results and between them", async () => {
    renderPane(new FakePort());
    await ready();
    const search = screen.getByLabelText("Cari jabatan");
    fireEvent.change(search, { target: { value: "bencana" } });
    const results = within(
      screen.getByRole("list", { name: "Hasil pencarian jabatan" })
    ).getAllByRole("button");
    fireEvent.keyDown(search, { key: "ArrowDown" });
    expect(document.activeElement).toBe(results[0]);
    fireEvent.keyDown(results[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(results[1]);
    fireEvent.keyDown(results[1], { key: "ArrowUp" });
    expect(document.activeElement).toBe(results[0]);
  });

  test("a result chosen with Enter keeps focus in the pane, on the jabatan list showing it", async () => {
    renderPane(new FakePort());
    await ready();
    const search = screen.getByLabelText("Cari jabatan");
    fireEvent.change(search, { target: { value: "bencana alam" } });
    fireEvent.keyDown(search, { key: "ArrowDown" });
    const first = document.activeElement as HTMLButtonElement;
    expect(first.tagName).toBe("BUTTON");
    // A button's Enter is its click.
    fireEvent.keyDown(first, { key: "Enter" });
    fireEvent.click(first);
    const list = screen.getByLabelText("Jabatan") as HTMLSelectElement;
    await waitFor(() => expect(document.activeElement).toBe(list));
    expect(list.value).toBe(JABATAN);
    expect(document.activeElement).not.toBe(document.body);
  });

  test("a typo or an abbreviation finds the jabatan and the result says why", async () => {
    renderPane(new FakePort());
    await ready();
    const search = screen.getByLabelText("Cari jabatan");
    fireEvent.change(search, { target: { value: "sekertaris dinsos" } });
    const results = within(
      screen.getByRole("list", { name: "Hasil pencarian jabatan" })
    ).getAllByRole("button");
    expect(results[0].textContent).toContain("Sekretaris Dinas Sosial");
    expect(results[0].textContent).toContain(
      "mirip “sekretaris” (diketik “sekertaris”); Dinsos = Dinas Sosial"
    );
    fireEvent.change(search, { target: { value: "AM" } });
    const am = within(screen.getByRole("list", { name: "Hasil pencarian jabatan" })).getAllByRole(
      "button"
    );
    expect(am[0].textContent).toContain("AM = Ahli Muda");
    fireEvent.change(search, { target: { value: "kabid" } });
    const kabid = within(
      screen.getByRole("list", { name: "Hasil pencarian jabatan" })
    ).getAllByRole("button");
    const names = kabid.slice(0, 5).map((b) => b.textContent!.slice(0, 13));
    expect(names).toEqual([
      ...Array(4).fill("Kepala Bidang"),
      expect.not.stringMatching(/^Kepala Bidang/),
    ]);
    expect(kabid.every((b) => b.textContent!.endsWith("Kabid = Kepala Bidang"))).toBe(true);
  });

  test("a search with no match says so and what to try", async () => {
    renderPane(new FakePort());
    await ready();
    fireEvent.change(screen.getByLabelText("Cari jabatan"), { target: { value: "astronot" } });
    expect(screen.getByText(/Tidak ada jabatan yang cocok dengan “astronot”/)).toBeTruthy();
  });

  test("the bidang button names how many sheets it makes", async () => {
    renderPane(new FakePort());
    await ready();
    choose(BIDANG);
    expect(
      button(
        `Sisipkan semua jabatan bidang ini (${jabatanInBidang(BIDANG).length} lembar) dan rekap`
      )
    ).toBeTruthy();
  });
});

describe("identity", () => {
  test("a wrong NIP is shown when the field is left, and blocks inserting with focus on it", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    choose(BIDANG, JABATAN);
    const nip = screen.getByLabelText("NIP") as HTMLInputElement;
    fireEvent.change(nip, { target: { value: "1985 0312" } });
    expect(screen.queryByText(/NIP harus 18 angka/)).toBeNull();
    fireEvent.blur(nip);
    expect(
      screen.getByText(
        "NIP harus 18 angka; yang terisi 8 angka. Periksa lagi dari SK atau kartu pegawai."
      )
    ).toBeTruthy();
    expect(nip.getAttribute("aria-invalid")).toBe("true");

    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    const alert = actionAlert("Isian belum benar");
    expect(alert.textContent).toContain("Periksa isian yang ditandai merah");
    expect(document.activeElement).toBe(nip);
    expect(port.inserts).toHaveLength(0);
  });

  test("a wrong penilai NIP or year also blocks, each with its own message", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    choose(BIDANG, JABATAN);
    fireEvent.change(screen.getByLabelText("NIP pejabat penilai"), {
      target: { value: "19700101199503300" },
    });
    fireEvent.change(screen.getByLabelText(/^Tahun/), { target: { value: "205" } });
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    const alert = actionAlert("Isian belum benar");
    expect(alert.textContent).toContain("yang terisi 17 angka");
    expect(alert.textContent).toContain("Isi tahun dengan 4 angka, antara 2020 dan 2100.");
    expect(port.inserts).toHaveLength(0);
  });

  test("the saved identity comes back, the year is this year, and changes are remembered", async () => {
    const storage = renderPane(new FakePort(), {
      nama: "Siti Rahayu",
      nip: "198503122010012004",
      jabatanId: JABATAN,
      bidang: "lama",
      mode: "native",
    });
    await ready();
    expect((screen.getByLabelText("Nama") as HTMLInputElement).value).toBe("Siti Rahayu");
    expect((screen.getByLabelText(/^Tahun/) as HTMLInputElement).value).toBe("2025");
    // The jabatan wins over a stale bidang.
    expect((screen.getByLabelText("Bidang") as HTMLSelectElement).value).toBe(BIDANG);
    expect(
      (screen.getByRole("radio", { name: "Rumus Excel biasa" }) as HTMLInputElement).checked
    ).toBe(true);
    fireEvent.change(screen.getByLabelText("Pangkat/golongan"), {
      target: { value: "Penata, III/c" },
    });
    await waitFor(() => expect(storage.saved?.pangkatGolongan).toBe("Penata, III/c"));
    expect(storage.saved?.nama).toBe("Siti Rahayu");
  });
});

describe("inserting", () => {
  test("Kunci rumus: on by default with its sentence; unticked, it reaches the port as kunci: false and is remembered", async () => {
    const port = new FakePort();
    const storage = renderPane(port);
    await ready();
    const kunci = screen.getByRole("checkbox", { name: "Kunci rumus" }) as HTMLInputElement;
    expect(kunci.checked).toBe(true);
    expect(kunci.getAttribute("aria-describedby")).toBe("kunci-petunjuk");
    expect(document.getElementById("kunci-petunjuk")?.textContent).toContain(
      "Tinjau > Buka Proteksi Lembar"
    );
    fireEvent.click(kunci);
    await waitFor(() => expect(storage.saved?.kunci).toBe(false));
    choose(BIDANG, JABATAN);
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.inserts[0].request.options.kunci).toBe(false);
  });

  test("one jabatan: the options reach the port, every button is disabled with progress shown, then the sheet is named", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    choose(BIDANG, JABATAN);
    fireEvent.change(screen.getByLabelText("Nama"), { target: { value: " Siti Rahayu " } });
    fireEvent.change(screen.getByLabelText("NIP"), { target: { value: "19850312 201001 2 004" } });
    fireEvent.click(screen.getByRole("radio", { name: /PermenPANRB/ }));
    fireEvent.click(button("Sisipkan lembar jabatan ini"));

    // One insert, which asks in its own read whether the jabatan has a sheet of the year (not here).
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.lookups).toEqual([{ tahun: 2025, jabatanIds: [JABATAN] }]);
    const { request, onProgress, done } = port.inserts[0];
    expect(request).toEqual({
      jabatanIds: [JABATAN],
      rekap: false,
      sudahAda: "tanya",
      options: {
        tahun: 2025,
        identitas: {
          nama: "Siti Rahayu",
          nip: "198503122010012004",
          pangkatGolongan: "",
          penilaiNama: "",
          penilaiNip: "",
        },
        skala: "permenpan",
        mode: "iki",
      },
    });
    for (const b of actionButtons()) expect((b as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByLabelText("Nama") as HTMLInputElement).disabled).toBe(true);

    act(() => onProgress?.(1, 3, "Menulis lembar 1 dari 1…"));
    const bar = screen.getByRole("progressbar");
    expect(bar.getAttribute("aria-valuenow")).toBe(String(1 / 3));
    expect(screen.getByText("Menulis lembar 1 dari 1… (1 dari 3 langkah)")).toBeTruthy();

    // A second click while running does nothing.
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    expect(port.inserts).toHaveLength(1);
    expect(port.lookups).toHaveLength(1);

    await act(async () => done.resolve({ created: ["Peksos AM (Bencana Alam)"] }));
    expect(screen.getByText("Lembar berhasil dibuat").closest('[role="status"]')).not.toBeNull();
    expect(screen.getByText("Lembar baru: Peksos AM (Bencana Alam).")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    for (const b of actionButtons()) expect((b as HTMLButtonElement).disabled).toBe(false);
  });

  test("a whole bidang asks for every jabatan in document order and the rekap, and names them all", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    choose(BIDANG);
    fireEvent.click(button(/Sisipkan semua jabatan bidang ini/));
    const ids = jabatanInBidang(BIDANG).map((j) => j.id);
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.inserts[0].request.jabatanIds).toEqual(ids);
    expect(port.inserts[0].request.rekap).toBe(true);
    expect(port.inserts[0].request.sudahAda).toBe("tanya");
    const names = ids.map((_, i) => `Lembar ${i + 1}`);
    await act(async () =>
      port.inserts[0].done.resolve({
        created: [...names, "Rekap IKI 2025"],
        rekap: "Rekap IKI 2025",
      })
    );
    expect(screen.getByText(`${ids.length + 1} lembar berhasil dibuat`)).toBeTruthy();
    expect(screen.getByText(`Lembar baru: ${names.join(", ")}.`)).toBeTruthy();
    expect(screen.getByText("Rekap ada di lembar “Rekap IKI 2025”.")).toBeTruthy();
  });

  test("the rekap button rebuilds the rekap with the current options", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    fireEvent.click(button("Buat atau perbarui rekap"));
    expect(port.rekaps).toHaveLength(1);
    expect(port.rekaps[0].options.tahun).toBe(2025);
    await act(async () =>
      port.rekaps[0].done.resolve({ created: ["Rekap IKI 2025 (2)"], rekap: "Rekap IKI 2025 (2)" })
    );
    expect(screen.getByText("Rekap berhasil dibuat")).toBeTruthy();
    expect(screen.getByText("Rekap ada di lembar “Rekap IKI 2025 (2)”.")).toBeTruthy();
  });

  test("the port's own error message is shown as it is; an unexpected error says what to do", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    fireEvent.click(button("Buat atau perbarui rekap"));
    await act(async () =>
      port.rekaps[0].done.reject(
        new InsertError(
          "Belum ada lembar IKI di buku kerja ini; sisipkan lembar IKI dulu, lalu buat rekap."
        )
      )
    );
    expect(screen.getByRole("alert").textContent).toBe(
      "GagalBelum ada lembar IKI di buku kerja ini; sisipkan lembar IKI dulu, lalu buat rekap."
    );
    for (const b of actionButtons()) expect((b as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(button("Buat atau perbarui rekap"));
    await act(async () => port.rekaps[1].done.reject(new Error("RichApi.Error: GeneralException")));
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain(
      "Terjadi kesalahan yang tidak terduga (RichApi.Error: GeneralException)"
    );
    expect(alert.textContent).toContain("Coba sekali lagi");
  });

  test("without a jabatan or bidang, the buttons say what to choose first", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    expect(screen.getByRole("alert").textContent).toContain("Pilih dulu jabatan");
    fireEvent.click(button(/Sisipkan semua jabatan bidang ini/));
    expect(screen.getByRole("alert").textContent).toContain("Pilih dulu bidang");
    expect(port.inserts).toHaveLength(0);
  });
});

/** Opens the folded section "Fungsi IKI" (its heading holds the disclosure button). */
function openFungsi() {
  const heading = screen.getByRole("heading", { name: "Fungsi IKI" });
  fireEvent.click(within(heading).getByRole("button"));
}

describe("Fungsi IKI", () => {
  test("every function is listed with an example; no write button where the port cannot write", async () => {
    renderPane(new FakePort());
    await ready();
    openFungsi();
    for (const name of [
      "IKI.PERSEN",
      "IKI.CAPAIAN",
      "IKI.PREDIKAT",
      "IKI.NILAI",
      "IKI.INDIKATOR",
    ]) {
      expect(screen.getByText(name)).toBeTruthy();
    }
    expect(screen.getByText("=IKI.CAPAIAN(80,100)")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Tulis contoh di sel terpilih/ })).toBeNull();
    expect(screen.getByText(/Menulis contoh langsung ke sel belum tersedia/)).toBeTruthy();
  });

  test("the write button puts the example into the selected cell and reports a refusal", async () => {
    const port = new FakePortWithFormula();
    renderPane(port);
    await ready();
    openFungsi();
    fireEvent.click(button("Tulis contoh di sel terpilih: IKI.CAPAIAN"));
    await screen.findByText("Rumus contoh ditulis di Lembar1!B3.");
    expect(port.formulas).toEqual(["=IKI.CAPAIAN(80,100)"]);
    fireEvent.click(button("Tulis contoh di sel terpilih: IKI.PREDIKAT"));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "Sel Lembar1!B3 sudah berisi data"
    );
    expect(port.formulas).toHaveLength(1);
  });
});

describe("a jabatan that already has a sheet for the year", () => {
  const NAMA = "Pekerja Sosial Ahli Muda (Perlindungan Sosial Korban Bencana Alam)";
  /** The question box: its message and its choices. */
  const question = async () => {
    await screen.findByRole("group", { name: "Sudah ada lembarnya" });
    return actionAlert("Sudah ada lembarnya");
  };

  async function askOne(port: FakePort) {
    port.existingSheets = [{ name: "Peksos Bu Siti", jabatanId: JABATAN }];
    renderPane(port);
    await ready();
    choose(BIDANG, JABATAN);
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    return question();
  }

  test("asks first, then opens the existing sheet", async () => {
    const port = new FakePort();
    const group = await askOne(port);
    expect(group.textContent).toContain(`${NAMA} sudah punya lembar IKI 2025: “Peksos Bu Siti”.`);
    expect(port.inserts).toHaveLength(0);
    fireEvent.click(within(group).getByRole("button", { name: "Buka lembar yang ada" }));
    expect(await screen.findByText("Lembar “Peksos Bu Siti” dibuka.")).toBeTruthy();
    expect(port.activated).toEqual(["Peksos Bu Siti"]);
    expect(port.inserts).toHaveLength(0);
    expect(screen.queryByRole("group", { name: "Sudah ada lembarnya" })).toBeNull();
  });

  test("makes a second sheet on purpose", async () => {
    const port = new FakePort();
    const group = await askOne(port);
    fireEvent.click(within(group).getByRole("button", { name: /Buat lembar kedua/ }));
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.inserts[0].request.jabatanIds).toEqual([JABATAN]);
    expect(port.inserts[0].request.rekap).toBe(false);
    expect(port.inserts[0].request.sudahAda).toBe("buat");
    expect(port.lookups).toHaveLength(1);
    await act(async () => port.inserts[0].done.resolve({ created: ["Peksos (2)"] }));
    expect(screen.getByText("Lembar baru: Peksos (2).")).toBeTruthy();
  });

  test("the second sheet takes the identity typed after the question appeared", async () => {
    const port = new FakePort();
    const group = await askOne(port);
    fireEvent.change(screen.getByLabelText("Nama"), { target: { value: "Budi Santoso" } });
    fireEvent.click(within(group).getByRole("button", { name: /Buat lembar kedua/ }));
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.inserts[0].request.options.identitas.nama).toBe("Budi Santoso");
  });

  test("the question goes away when another jabatan is chosen", async () => {
    const port = new FakePort();
    await askOne(port);
    choose("Sekretariat");
    expect(screen.queryByRole("group", { name: "Sudah ada lembarnya" })).toBeNull();
    expect(port.inserts).toHaveLength(0);
  });

  test("cancel leaves the workbook alone", async () => {
    const port = new FakePort();
    const group = await askOne(port);
    fireEvent.click(within(group).getByRole("button", { name: "Batal" }));
    expect(screen.queryByRole("group", { name: "Sudah ada lembarnya" })).toBeNull();
    expect(port.inserts).toHaveLength(0);
    expect(port.activated).toHaveLength(0);
    for (const b of actionButtons()) expect((b as HTMLButtonElement).disabled).toBe(false);
  });

  test("a bidang lists the jabatan with sheets and can skip them (the rekap still updated)", async () => {
    const port = new FakePort();
    const ids = jabatanInBidang(BIDANG).map((j) => j.id);
    port.existingSheets = [
      { name: "Lembar A", jabatanId: ids[0] },
      { name: "Lembar A2", jabatanId: ids[0] },
      { name: "Lembar B", jabatanId: ids[2] },
    ];
    renderPane(port);
    await ready();
    choose(BIDANG);
    fireEvent.click(button(/Sisipkan semua jabatan bidang ini/));
    const group = await question();
    expect(group.textContent).toContain("2 jabatan di bidang ini sudah punya lembar IKI 2025:");
    expect(group.textContent).toContain("“Lembar A”, “Lembar A2”• ");
    expect(group.textContent).toMatch(/• [^•]+: “Lembar B”/);
    fireEvent.click(within(group).getByRole("button", { name: "Lewati yang sudah ada" }));
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    // The port skips, in its own read, the jabatan that have a sheet then (0 and 2 here: the
    // skipping itself is tested on the ports, test/workbook/sudah-ada.test.ts).
    expect(port.inserts[0].request).toMatchObject({ jabatanIds: ids, sudahAda: "lewati" });
    expect(port.inserts[0].request.rekap).toBe(true);
    await act(async () =>
      port.inserts[0].done.resolve({
        created: ["Lembar C"],
        rekap: "Rekap Kantor",
        rekapDiperbarui: true,
      })
    );
    expect(screen.getByText("Rekap di lembar “Rekap Kantor” sudah diperbarui.")).toBeTruthy();
  });

  test("a bidang can make second sheets for all of them", async () => {
    const port = new FakePort();
    const ids = jabatanInBidang(BIDANG).map((j) => j.id);
    port.existingSheets = [{ name: "Lembar A", jabatanId: ids[1] }];
    renderPane(port);
    await ready();
    choose(BIDANG);
    fireEvent.click(button(/Sisipkan semua jabatan bidang ini/));
    const group = await question();
    fireEvent.click(within(group).getByRole("button", { name: /Buat lembar kedua/ }));
    await waitFor(() => expect(port.inserts).toHaveLength(1));
    expect(port.inserts[0].request.jabatanIds).toEqual(ids);
    expect(port.inserts[0].request.sudahAda).toBe("buat");
  });

  test("a failed look-up is shown and nothing is inserted", async () => {
    const port = new FakePort();
    port.lookupError = new InsertError("Gagal membaca buku kerja (kode Excel: GeneralException).");
    renderPane(port);
    await ready();
    choose(BIDANG, JABATAN);
    fireEvent.click(button("Sisipkan lembar jabatan ini"));
    expect(await screen.findByText(/Gagal membaca buku kerja/)).toBeTruthy();
    expect(port.inserts).toHaveLength(0);
  });

  test("skipping every jabatan with no rekap to build says nothing was made", () => {
    const ada = [{ name: "Peksos Bu Siti", jabatanId: JABATAN }];
    expect(successOutcome("jabatan", { created: [], ada })).toEqual({
      intent: "warning",
      title: "Tidak ada lembar baru",
      lines: [
        "Semua jabatan yang dipilih sudah punya lembar IKI tahun ini; tidak ada yang dibuat.",
      ],
    });
  });

  test("the rekap button says when the year's rekap was updated in place", async () => {
    const port = new FakePort();
    renderPane(port);
    await ready();
    fireEvent.click(button("Buat atau perbarui rekap"));
    await waitFor(() => expect(port.rekaps).toHaveLength(1));
    await act(async () =>
      port.rekaps[0].done.resolve({ created: [], rekap: "Rekap Kantor", rekapDiperbarui: true })
    );
    expect(screen.getByText("Rekap berhasil diperbarui")).toBeTruthy();
    expect(screen.getByText("Rekap di lembar “Rekap Kantor” sudah diperbarui.")).toBeTruthy();
    expect(port.lookups).toHaveLength(0);
  });
});
