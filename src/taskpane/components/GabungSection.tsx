/**
 * The content of "Gabungkan berkas pegawai": the file chooser, then the report before writing
 * with the one button that merges, progress meanwhile, and the report of what was written. Each
 * outcome takes the focus when it appears.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { teks } from "../teks";
import { jumlahDigabung, useGabung, type GabungInput, type TahapGabung } from "../use-gabung";
import type { TeksGabung } from "./GabungFold";
import { potongBaris } from "./LaporanPerawatan";
import { OutcomeMessage } from "./OutcomeMessage";
import { RunProgress } from "./RunProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  button: { width: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

type Props = GabungInput & { running: boolean };

/** The report (cut when long), titled before or after writing; problems make it a warning. */
function Laporan(props: {
  tahap: TahapGabung;
  t: TeksGabung;
  running: boolean;
  onGabung(): void;
  onBatal(): void;
}) {
  const { tahap, t, running } = props;
  const { teksGabung } = t;
  const styles = useStyles();
  const [semua, setSemua] = React.useState(false);
  const { laporan } = tahap;
  const { lines, panjang } = potongBaris(t.teksLaporanGabung(laporan), semua, teksGabung.barisLain);
  // Nothing merged: the report's own summary says so (teks.tanpaRekap), no line added here.
  const n = jumlahDigabung(laporan);
  const ditulis = tahap.kind === "selesai";
  const masalah = laporan.masalah > 0 ? teksGabung.adaMasalah(laporan.masalah) : "";
  const title = (ditulis ? teksGabung.selesai : teksGabung.pratinjau) + masalah;
  const intent = masalah ? "warning" : ditulis ? "success" : "info";
  const busy = { disabledFocusable: running };
  return (
    <div className={styles.root}>
      <OutcomeMessage outcome={{ intent, title, lines }} focus>
        {panjang && (
          <Button size="small" onClick={() => setSemua((s) => !s)}>
            {semua ? teksGabung.tampilkanSedikit : teksGabung.tampilkanSemua}
          </Button>
        )}
      </OutcomeMessage>
      {!ditulis && n > 0 && (
        <Button appearance="primary" className={styles.button} {...busy} onClick={props.onGabung}>
          {teksGabung.gabungkan(n)}
        </Button>
      )}
      {!ditulis && (
        <Button className={styles.button} {...busy} onClick={props.onBatal}>
          {n > 0 ? teksGabung.batal : teksGabung.tutup}
        </Button>
      )}
    </div>
  );
}

export function GabungSection(props: Props) {
  const { t, running } = props;
  const styles = useStyles();
  const id = React.useId();
  const gabung = useGabung(props);
  const { tahap, progress, nomor } = gabung;
  return (
    <div className={styles.root}>
      <Text size={200} id={`${id}-petunjuk`} className={styles.hint}>
        {t.teksGabung.petunjuk}
      </Text>
      <label htmlFor={id}>{t.teksGabung.pilihBerkas}</label>
      <input
        id={id}
        type="file"
        multiple
        accept=".xlsx"
        disabled={running}
        aria-describedby={`${id}-petunjuk`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same files again (after a change in them) reads them again.
          e.target.value = "";
          if (files.length > 0) gabung.pilih(files);
        }}
      />
      {progress && <RunProgress progress={progress} />}
      {!progress && tahap?.kind === "gagal" && (
        <OutcomeMessage
          key={nomor}
          outcome={{ intent: "error", title: teks.gagalJudul, lines: [tahap.pesan] }}
          focus
        />
      )}
      {!progress && tahap && tahap.kind !== "gagal" && (
        <Laporan
          key={nomor}
          tahap={tahap}
          t={t}
          running={running}
          onGabung={gabung.gabungkan}
          onBatal={gabung.batal}
        />
      )}
    </div>
  );
}
