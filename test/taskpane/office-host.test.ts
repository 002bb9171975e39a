/** @jest-environment jsdom */
/** What the pane reads from Office: host, theme, and the document settings it remembers the form in. */
import {
  hostStatus,
  isDarkColour,
  officeStorage,
  officeThemeKind,
} from "../../src/taskpane/office-host";

type Global = { Office?: unknown };

function fakeOffice(context: Record<string, unknown>) {
  (globalThis as Global).Office = { HostType: { Excel: "Excel", Word: "Word" }, context };
}

afterEach(() => {
  delete (globalThis as Global).Office;
  window.localStorage.clear();
});

test("without office.js the pane is in a plain browser with a light theme", () => {
  expect(hostStatus(undefined)).toEqual({ kind: "browser" });
  expect(officeThemeKind()).toBe("light");
});

test("the host comes from Office.onReady", () => {
  fakeOffice({});
  expect(hostStatus({ host: "Excel" as unknown as Office.HostType })).toEqual({ kind: "excel" });
  expect(hostStatus({ host: "Word" as unknown as Office.HostType })).toEqual({
    kind: "other",
    host: "Word",
  });
  expect(hostStatus({ host: null })).toEqual({ kind: "browser" });
});

test("the theme follows Office: isDarkTheme when given, else the body background", () => {
  fakeOffice({ officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" } });
  expect(officeThemeKind()).toBe("dark");
  fakeOffice({ officeTheme: { bodyBackgroundColor: "#262626" } });
  expect(officeThemeKind()).toBe("dark");
  fakeOffice({ officeTheme: { bodyBackgroundColor: "#F3F3F3" } });
  expect(officeThemeKind()).toBe("light");
  expect(isDarkColour("#1F1F1F")).toBe(true);
  expect(isDarkColour("not a colour")).toBe(false);
});

test("in Excel the form is read from the workbook settings first and saved to them and to partitioned localStorage", async () => {
  const bag = new Map<string, unknown>([["iki-dinsos.panel", { nama: "Dari buku kerja" }]]);
  let saves = 0;
  fakeOffice({
    partitionKey: "p1",
    document: {
      settings: {
        get: (k: string) => bag.get(k) ?? null,
        set: (k: string, v: unknown) => bag.set(k, v),
        saveAsync: (cb: () => void) => {
          saves++;
          cb();
        },
      },
    },
  });
  window.localStorage.setItem(
    "p1.iki-dinsos.panel",
    JSON.stringify({ nama: "Dari peramban", nip: "198503122010012004" })
  );
  const storage = officeStorage();
  expect(await storage.load()).toEqual({ nama: "Dari buku kerja", nip: "198503122010012004" });
  const form = {
    bidang: "",
    jabatanId: "",
    nama: "Baru",
    nip: "",
    pangkatGolongan: "",
    penilaiNama: "",
    penilaiNip: "",
    skala: "lima" as const,
    mode: "iki" as const,
    kunci: false,
  };
  await storage.save(form);
  expect(bag.get("iki-dinsos.panel")).toEqual(form);
  expect(saves).toBe(1);
  expect(JSON.parse(window.localStorage.getItem("p1.iki-dinsos.panel") ?? "{}").nama).toBe("Baru");
});
