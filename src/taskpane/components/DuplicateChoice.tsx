/**
 * The inline question when jabatan already have a sheet for the year: the pane's outcome box with
 * the choices under it (no extra Fluent component: the pane bundle is near its budget).
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { useKatalog } from "../katalog-context";
import { sheetsByJabatan, type Jawaban, type Pertanyaan } from "../use-insert-run";
import { teks } from "../teks";
import { OutcomeMessage } from "./OutcomeMessage";

const PILIHAN: Record<Pertanyaan["action"], [Jawaban, string][]> = {
  jabatan: [
    ["buka", teks.bukaLembar],
    ["kedua", teks.buatKedua],
    ["batal", teks.batal],
  ],
  bidang: [
    ["lewati", teks.lewatiYangAda],
    ["kedua", teks.buatKeduaSemua],
    ["batal", teks.batal],
  ],
};

export function DuplicateChoice({
  pertanyaan: { action, ada, options },
  onJawab,
}: {
  pertanyaan: Pertanyaan;
  onJawab(jawaban: Jawaban): void;
}) {
  const daftar = sheetsByJabatan(ada, useKatalog());
  const lines =
    action === "jabatan"
      ? [teks.sudahAdaSatu(daftar[0].jabatan, options.tahun, daftar[0].lembar)]
      : [
          teks.sudahAdaBanyak(daftar.length, options.tahun),
          ...daftar.map((d) => `• ${teks.sudahAdaButir(d.jabatan, d.lembar)}`),
        ];
  return (
    // Focused by InsertStatus once, when the insert asked: its choices are a Tab away.
    <OutcomeMessage outcome={{ intent: "warning", title: teks.sudahAdaJudul, lines }} focus={false}>
      {PILIHAN[action].map(([jawaban, label]) => (
        <Button key={jawaban} size="small" onClick={() => onJawab(jawaban)}>
          {label}
        </Button>
      ))}
    </OutcomeMessage>
  );
}
