/**
 * decideInsert: what an insert does with jabatan that already have an IKI sheet of its year, the one
 * decision every port takes from the sheets and markers it read.
 */
import {
  decideInsert,
  markerValue,
  needsMarkers,
  withAda,
  type ExistingSheet,
} from "../../src/template";

const marker = (jabatanId: string, tahun: number) =>
  markerValue({ v: 1, kind: "iki", jabatanId, tahun, mode: "iki", skala: "lima" });

const existing: ExistingSheet[] = [
  { name: "Catatan" },
  { name: "A lama", marker: marker("a", 2024) },
  { name: "A Bu Siti", marker: marker("a", 2025) },
  { name: "Rusak", marker: "{bukan penanda" },
  { name: "C", marker: marker("c", 2025) },
  { name: "A (2)", marker: marker("a", 2025) },
];
const request = (sudahAda: "tanya" | "buat" | "lewati" | undefined, rekap = false) => ({
  jabatanIds: ["a", "b", "c"],
  tahun: 2025,
  rekap,
  sudahAda,
});
const ada = [
  { name: "A Bu Siti", jabatanId: "a" },
  { name: "C", jabatanId: "c" },
  { name: "A (2)", jabatanId: "a" },
];

test("buat (the default) makes them all without looking at the markers", () => {
  expect(needsMarkers()).toBe(false);
  expect(needsMarkers("buat")).toBe(false);
  for (const sudahAda of [undefined, "buat"] as const)
    expect(decideInsert(existing, request(sudahAda))).toEqual({
      write: true,
      jabatanIds: ["a", "b", "c"],
      ada: [],
    });
});

test("tanya writes nothing and reports the sheets of that year, in workbook order", () => {
  expect(needsMarkers("tanya")).toBe(true);
  expect(decideInsert(existing, request("tanya", true))).toEqual({ write: false, ada });
  expect(decideInsert(existing, { ...request("tanya"), jabatanIds: ["b"] })).toEqual({
    write: true,
    jabatanIds: ["b"],
    ada: [],
  });
  expect(decideInsert(existing, { ...request("tanya"), tahun: 2026 })).toMatchObject({
    write: true,
  });
});

test("lewati makes only the jabatan without a sheet; nothing left and no rekap: nothing written", () => {
  expect(needsMarkers("lewati")).toBe(true);
  expect(decideInsert(existing, request("lewati"))).toEqual({
    write: true,
    jabatanIds: ["b"],
    ada,
  });
  const onlyA = { ...request("lewati"), jabatanIds: ["a"] };
  expect(decideInsert(existing, onlyA)).toEqual({
    write: false,
    ada: ada.filter((s) => s.jabatanId === "a"),
  });
  // With a rekap there is still something to do: the rekap over the existing sheets.
  expect(decideInsert(existing, { ...onlyA, rekap: true })).toMatchObject({
    write: true,
    jabatanIds: [],
  });
});

test("withAda adds the sheets found to a result only when there are some", () => {
  expect(withAda({ created: ["B"] }, [])).toEqual({ created: ["B"] });
  expect(withAda({ created: ["B"] }, ada)).toEqual({ created: ["B"], ada });
});
