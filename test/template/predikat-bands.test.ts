/** The colour bands and the sheet note are derived from the one table of predikat bands (src/capaian/skala.ts). */
import { labelOn, SKALA_BAWAAN } from "../../src/capaian";
import { pitaCapaian } from "../../src/template/styles";
import { teks } from "../../src/template/teks";
import { SKALA } from "./support";

describe.each(SKALA)("skala %s", (skala) => {
  const scale = SKALA_BAWAAN[skala];
  const pita = pitaCapaian(skala);

  it("has one colour band per predikat, each judged as its predikat at both ends", () => {
    expect(pita).toHaveLength(scale.bands.length);
    pita.forEach((band, i) => {
      const label = scale.bands[i].label;
      expect(labelOn(scale, band.min ?? 0)).toBe(label);
      if (band.max !== undefined) {
        expect(labelOn(scale, band.max)).not.toBe(label);
        expect(labelOn(scale, band.max - 1e-6)).toBe(label);
      }
    });
    expect(new Set(pita.map((b) => b.fill)).size).toBe(pita.length);
  });

  it("lists every predikat in the note, best first", () => {
    const note = teks.catatan(skala, "iki")[3];
    const pieces = note.slice(note.lastIndexOf(": ") + 2, -1).split("; ");
    const labels = pieces.map((p) => p.replace(/^[-\d<>=]+( s\.d\. <\d+)? /, ""));
    expect(labels).toEqual(scale.bands.map((b) => b.label));
  });
});

test("the notes read as before", () => {
  expect(teks.catatan("lima", "iki")[3]).toBe(
    "4. Predikat skala lima tingkat atas capaian seperti tampil (dibulatkan ke 2 desimal; 91,00% termasuk Sangat Baik): >=91 Sangat Baik; 76 s.d. <91 Baik; 66 s.d. <76 Cukup; 51 s.d. <66 Kurang; <51 Sangat Kurang."
  );
  expect(teks.catatan("permenpan", "iki")[3]).toBe(
    "4. Predikat menurut PermenPANRB 8/2021 atas capaian yang dibulatkan ke persen bulat: >100 Sangat Baik; 100 Baik; 80-99 Cukup; 60-79 Kurang; <60 Sangat Kurang."
  );
});
