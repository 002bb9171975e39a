import { markerValue, MARKER_KEY, parseMarker } from "../../src/template";

describe("parseMarker", () => {
  const ok = {
    v: 1,
    kind: "iki",
    jabatanId: "kepala-dinas-sosial",
    tahun: 2025,
    mode: "native",
    skala: "permenpan",
    baris: [24],
  };

  it("reads what markerValue writes", () => {
    expect(MARKER_KEY).toBe("IKI-DINSOS");
    expect(parseMarker(markerValue(ok as never))).toEqual(ok);
    expect(
      parseMarker(JSON.stringify({ v: 1, kind: "rekap", tahun: 2025, mode: "iki", skala: "lima" }))
    ).toEqual({ v: 1, kind: "rekap", tahun: 2025, mode: "iki", skala: "lima" });
  });

  it.each([
    "",
    "garbage",
    "{",
    "null",
    "[]",
    "42",
    '"iki"',
    JSON.stringify({ ...ok, v: 2 }),
    JSON.stringify({ ...ok, kind: "lain" }),
    JSON.stringify({ ...ok, jabatanId: "" }),
    JSON.stringify({ ...ok, jabatanId: 7 }),
    JSON.stringify({ ...ok, tahun: "2025" }),
    JSON.stringify({ ...ok, tahun: 20.5 }),
    JSON.stringify({ ...ok, mode: "excel" }),
    JSON.stringify({ ...ok, skala: "tujuh" }),
    JSON.stringify({ ...ok, baris: [] }),
    JSON.stringify({ ...ok, baris: [0] }),
    JSON.stringify({ ...ok, baris: "24" }),
    "x".repeat(20000),
  ])("tolerates garbage: %j", (value) => {
    expect(parseMarker(value)).toBeUndefined();
  });

  it("reads the catalog's hash, and still reads a marker whose hash is missing or malformed", () => {
    const named = { ...ok, katalog: "83a4ca1357035485" };
    expect(parseMarker(markerValue(named as never))).toEqual(named);
    for (const katalog of ["83A4CA1357035485", "83a4ca13", 7, { hash: "83a4ca1357035485" }])
      expect(parseMarker(JSON.stringify({ ...ok, katalog }))).toEqual(ok);
  });

  it("tolerates values that are not text", () => {
    expect(parseMarker(undefined as unknown as string)).toBeUndefined();
    expect(parseMarker(12 as unknown as string)).toBeUndefined();
  });

  it("drops the rows rather than exceed 255 characters", () => {
    const long = {
      ...ok,
      jabatanId: "x".repeat(150),
      baris: Array.from({ length: 30 }, (_, i) => 100 + i),
    };
    const value = markerValue(long as never);
    expect(value.length).toBeLessThanOrEqual(255);
    expect(parseMarker(value)).toEqual(
      expect.objectContaining({ kind: "iki", jabatanId: long.jabatanId })
    );
    expect((parseMarker(value) as { baris?: number[] }).baris).toBeUndefined();
  });
});
