/**
 * The inline question when jabatan already have a sheet for the year: plain buttons styled with
 * Fluent tokens (no extra Fluent component: the pane bundle is near its budget).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { sheetsByJabatan, type Jawaban, type Pertanyaan } from "../use-insert-run";
import { teks } from "../teks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `4px solid ${tokens.colorStatusWarningBorderActive}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  button: {
    font: "inherit",
    cursor: "pointer",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export function DuplicateChoice({
  pertanyaan,
  onJawab,
}: {
  pertanyaan: Pertanyaan;
  onJawab(jawaban: Jawaban): void;
}) {
  const styles = useStyles();
  const { action, ada, options } = pertanyaan;
  const daftar = sheetsByJabatan(ada);
  const satu = action === "jabatan";
  const pilihan: [Jawaban, string][] = satu
    ? [
        ["buka", teks.bukaLembar],
        ["kedua", teks.buatKedua],
        ["batal", teks.batal],
      ]
    : [
        ["lewati", teks.lewatiYangAda],
        ["kedua", teks.buatKeduaSemua],
        ["batal", teks.batal],
      ];
  return (
    <div role="group" aria-labelledby="judul-sudah-ada" className={styles.root}>
      <span id="judul-sudah-ada" className={styles.title}>
        {teks.sudahAdaJudul}
      </span>
      {satu ? (
        <span>{teks.sudahAdaSatu(daftar[0].jabatan, options.tahun, daftar[0].lembar)}</span>
      ) : (
        <>
          <span>{teks.sudahAdaBanyak(daftar.length, options.tahun)}</span>
          <ul className={styles.list}>
            {daftar.map((d) => (
              <li key={d.jabatan}>{teks.sudahAdaButir(d.jabatan, d.lembar)}</li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.buttons}>
        {pilihan.map(([jawaban, label]) => (
          <button
            key={jawaban}
            type="button"
            className={styles.button}
            onClick={() => onJawab(jawaban)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
