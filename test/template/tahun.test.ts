/** The one year rule shared by the pane and the command line. */
import { bacaTahun, TAHUN_MAX, TAHUN_MIN } from "../../src/template/tahun";

const PESAN = { pesan: "Isi tahun dengan 4 angka, antara 2020 dan 2100." };

test("four digits within the range, spaces around allowed", () => {
  expect(bacaTahun("2025")).toEqual({ tahun: 2025 });
  expect(bacaTahun(" 2026\t")).toEqual({ tahun: 2026 });
  expect(bacaTahun(String(TAHUN_MIN))).toEqual({ tahun: TAHUN_MIN });
  expect(bacaTahun(String(TAHUN_MAX))).toEqual({ tahun: TAHUN_MAX });
});

test.each([
  "20255",
  "02025",
  "2019",
  "2101",
  "25",
  "",
  "2025.0",
  "2e3",
  "+2025",
  "2 025",
  "２０２５",
])("%p is refused with one message, never shortened", (typed) =>
  expect(bacaTahun(typed)).toEqual(PESAN)
);
