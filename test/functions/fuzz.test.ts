// Property-based robustness of every IKI.* wrapper: whatever Excel (or a careless sheet) passes, the
// result is a finite number, "", a label, a 2-D array or a CustomFunctions.Error, and nothing throws.
import fc from "fast-check";
import { ExcelError } from "../support/custom-functions-stub";
import * as f from "../../src/functions/functions";
import { setActiveCatalog } from "../../src/functions/active-catalog";
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";

const RUNS_PER_FUNCTION = 12_000;
const CODES = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
const LABELS = new Set(["Sangat Baik", "Baik", "Cukup", "Kurang", "Sangat Kurang"]);

const number = fc.oneof(
  fc.double(), // includes NaN, -0, +-Infinity
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 200, noNaN: true }),
  fc.constantFrom(
    1e308,
    -1e308,
    1.7976931348623157e308,
    5e-324,
    -5e-324,
    1e-300,
    0,
    -0,
    90.5,
    99.5,
    100,
    110.5,
    90.995, // shown "91,00%": Sangat Baik on the five-level scale
    90.994,
    1.005
  )
);
const errorCell = fc.oneof(
  fc
    .constantFrom("#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!", "#SPILL!")
    .map((code) => new CustomFunctions.Error(code as CustomFunctions.ErrorCode)),
  fc.constantFrom({ code: "#N/A", message: "x" }, { foo: 1 }, {}, new Date(0))
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "12,5",
    "80%",
    " ",
    "positif",
    "negatif",
    "-",
    "+",
    "permenpan",
    "lkjip",
    "1",
    "91", // a numeric-text bound in a scale's first row is a band, not a header
    " 76 ",
    "TRUE"
  )
);
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 3, arbitrary: fc.constantFrom(null, undefined, "") },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: errorCell }
);
/** 2-D, possibly ragged or empty; sometimes 1-D or a bare value, as a defensive caller might pass. */
const range = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 }) },
  { weight: 2, arbitrary: cell.map((c) => [[c]]) },
  { weight: 1, arbitrary: fc.array(cell, { maxLength: 4 }) },
  { weight: 2, arbitrary: cell }
);
const numericRange = fc.array(
  fc.array(fc.oneof(number, fc.constant(null)), { minLength: 1, maxLength: 4 }),
  { minLength: 1, maxLength: 4 }
);
const period = fc.oneof(
  fc.array(fc.oneof(cell, number), { maxLength: 5 }).map((cells) => [cells]),
  range
);
const sampai = fc.oneof(fc.integer({ min: 0, max: 5 }), cell, range);
const polaritas = fc.oneof(
  fc.constantFrom("positif", "negatif", "+", "-", "NEGATIF", undefined),
  cell
);
const skala = fc.oneof(
  fc.constantFrom(undefined, "permenpan", [["permenpan"]], [[null]]),
  fc.array(fc.tuple(fc.oneof(number, cell), fc.oneof(text, cell)), { maxLength: 5 }),
  range
);
const jabatan = fc.oneof(
  fc.constantFrom(
    ...catalog.jabatan.map((j) => j.id),
    ...catalog.jabatan.map((j) => j.nama.toLowerCase())
  ),
  text,
  cell,
  range
);

let calls = 0;

function isValidError(v: unknown): boolean {
  if (!(v instanceof ExcelError)) return false;
  const e = v as CustomFunctions.Error;
  return (
    CODES.has(e.code) &&
    (e.message === undefined || (typeof e.message === "string" && e.message.length > 0))
  );
}

function checkScalar(v: unknown, kind: "number" | "label"): void {
  calls++;
  if (isValidError(v) || v === "") return;
  if (kind === "number" && typeof v === "number" && Number.isFinite(v)) return;
  if (kind === "label" && typeof v === "string") return;
  throw new Error(`invalid result ${String(v)} (${typeof v})`);
}

const opts = (seed: number) => ({ numRuns: RUNS_PER_FUNCTION, seed });
const arr = (v: unknown) => v as unknown[][];

describe("no argument set breaks an IKI function", () => {
  it("PERSEN and PENURUNAN", () => {
    fc.assert(
      fc.property(fc.oneof(range, numericRange), fc.oneof(range, numericRange), (a, b) =>
        checkScalar(f.persen(arr(a), arr(b)), "number")
      ),
      opts(1)
    );
    fc.assert(
      fc.property(fc.oneof(range, numericRange), fc.oneof(range, numericRange), (a, b) =>
        checkScalar(f.penurunan(arr(a), arr(b)), "number")
      ),
      opts(2)
    );
  });
  it("CAPAIAN", () => {
    fc.assert(
      fc.property(
        fc.oneof(range, numericRange),
        fc.oneof(range, numericRange),
        polaritas,
        (r, t, p) => {
          const v = f.capaian(arr(r), arr(t), p);
          checkScalar(v, "number");
          if (p === "negatif" && typeof v === "number") expect(v).toBeGreaterThanOrEqual(0);
        }
      ),
      opts(3)
    );
  });
  it("KUMULATIF and NILAIAKHIR", () => {
    fc.assert(
      fc.property(period, sampai, (v, s) => checkScalar(f.kumulatif(arr(v), s), "number")),
      opts(4)
    );
    fc.assert(
      fc.property(period, sampai, (v, s) => checkScalar(f.nilaiakhir(arr(v), s), "number")),
      opts(5)
    );
  });
  it("PREDIKAT, NILAI and RATA", () => {
    fc.assert(
      fc.property(fc.oneof(cell, range), skala, (c, s) => {
        const v = f.predikat(arr(c), arr(s));
        checkScalar(v, "label");
        if (typeof v === "string" && v !== "" && (s === undefined || s === "permenpan"))
          expect(LABELS.has(v)).toBe(true);
      }),
      opts(6)
    );
    fc.assert(
      fc.property(fc.oneof(cell, range), (c) => {
        const v = f.nilai(arr(c));
        checkScalar(v, "number");
        if (typeof v === "number") expect(v >= 0 && v <= 120).toBe(true);
      }),
      opts(7)
    );
    fc.assert(
      fc.property(fc.oneof(range, numericRange), (c) => checkScalar(f.rata(arr(c)), "number")),
      opts(8)
    );
  });
  it("INDIKATOR", async () => {
    setActiveCatalog(builtInCatalog);
    await fc.assert(
      fc.asyncProperty(jabatan, async (j) => {
        calls++;
        const v = await f.indikator(j);
        expect(Array.isArray(v) && v.length > 0).toBe(true);
        if (v.length === 1 && v[0].length === 1) {
          expect(isValidError(v[0][0])).toBe(true);
        } else {
          for (const r of v) {
            expect(r).toHaveLength(4);
            for (const c of r) expect(typeof c).toBe("string");
          }
        }
      }),
      opts(9)
    );
  });
  it("ran at least 100,000 argument sets in total (runs after the others)", () => {
    expect(calls).toBeGreaterThanOrEqual(100_000);
  });
});
