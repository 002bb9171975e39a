/**
 * The report of a lifecycle action (src/lifecycle/laporan-teks.ts: the command line's lines):
 * before writing, as a preview with the button that writes it; after, as what was written, with
 * the new rekap to open after next year's sheets were made. A long report is cut, with a toggle.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AksiLembar } from "../../lifecycle/types";
import { teks } from "../teks";
import { jumlahDitulis, lembarUntukDibuka, perluPerhatian, type Tahap } from "../use-perawatan";
import { OutcomeMessage, type Outcome } from "./OutcomeMessage";
import type { TeksPerawatan } from "./PerawatanFold";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" },
});

/** Lines shown before "Tampilkan semua" (a refresh of a whole dinas lists every sheet). */
export const BARIS_DITAMPILKAN = 15;

/** The report's indented lines keep their indent (HTML collapses leading spaces). */
const indent = (line: string) => line.replace(/^ +/, (s) => "\u00a0".repeat(s.length));

/**
 * A report's lines as shown: indents kept, and a long one cut (only when that hides at least two
 * lines: one line hidden behind a button helps nobody) unless `semua`. Also the merge's report.
 */
export function potongBaris(
  baris: string[],
  semua: boolean,
  barisLain: (jumlah: number) => string
): { lines: string[]; panjang: boolean } {
  const panjang = baris.length > BARIS_DITAMPILKAN + 1;
  const shown =
    panjang && !semua
      ? [...baris.slice(0, BARIS_DITAMPILKAN), barisLain(baris.length - BARIS_DITAMPILKAN)]
      : baris;
  return { lines: shown.map(indent), panjang };
}

function labelTulis({ teksPerawatan }: TeksPerawatan, aksi: AksiLembar, n: number): string {
  if (aksi.kind === "perbarui") return teksPerawatan.tulisPerbarui(n);
  if (aksi.kind === "tahun-berikutnya") return teksPerawatan.tulisTahun(n);
  return aksi.mode === "native" ? teksPerawatan.tulisKeBiasa(n) : teksPerawatan.tulisKeIki(n);
}

export interface LaporanPerawatanProps {
  tahap: Exclude<Tahap, { kind: "gagal" }>;
  t: TeksPerawatan;
  running: boolean;
  onTulis(): void;
  onBatal(): void;
  onBuka(name: string): void;
}

function outcomeOf(t: TeksPerawatan, tahap: LaporanPerawatanProps["tahap"], semua: boolean) {
  const { teksPerawatan, teksLaporan, adaYangDitulis } = t;
  const ditulis = tahap.kind === "selesai";
  const { judul, baris } = teksLaporan(tahap.laporan, ditulis);
  const { lines, panjang } = potongBaris(baris, semua, teksPerawatan.barisLain);
  if (!ditulis && !adaYangDitulis(tahap.laporan)) lines.push(teksPerawatan.tidakAdaPerubahan);
  if (tahap.kind === "selesai" && tahap.dibuka) lines.push(teks.lembarDibuka(tahap.dibuka));
  const outcome: Outcome = !ditulis
    ? { intent: "info", title: teksPerawatan.pratinjau(judul), lines }
    : {
        intent: perluPerhatian(tahap.laporan) ? "warning" : "success",
        title: teksPerawatan.selesai(judul),
        lines,
      };
  return { outcome, panjang };
}

export function LaporanPerawatan(props: LaporanPerawatanProps) {
  const { tahap, t, running, onTulis, onBatal, onBuka } = props;
  const { teksPerawatan } = t;
  const styles = useStyles();
  const [semua, setSemua] = React.useState(false);
  const { outcome, panjang } = outcomeOf(t, tahap, semua);
  const busy = { disabledFocusable: running };
  const bisaDitulis = tahap.kind === "pratinjau" && t.adaYangDitulis(tahap.laporan);
  const buka = tahap.kind === "selesai" && !tahap.dibuka && lembarUntukDibuka(tahap.laporan);
  return (
    <div className={styles.root}>
      <OutcomeMessage outcome={outcome} focus>
        {panjang && (
          <Button size="small" onClick={() => setSemua((s) => !s)}>
            {semua ? teksPerawatan.tampilkanSedikit : teksPerawatan.tampilkanSemua}
          </Button>
        )}
      </OutcomeMessage>
      {/* The second click, as wide as the first: what it writes and how many sheets. */}
      {bisaDitulis && (
        <Button appearance="primary" className={styles.button} {...busy} onClick={onTulis}>
          {labelTulis(t, tahap.aksi, jumlahDitulis(tahap.laporan))}
        </Button>
      )}
      {tahap.kind === "pratinjau" && (
        <Button className={styles.button} {...busy} onClick={onBatal}>
          {bisaDitulis ? teksPerawatan.batal : teksPerawatan.tutup}
        </Button>
      )}
      {buka && (
        <Button className={styles.button} {...busy} onClick={() => onBuka(buka)}>
          {teksPerawatan.bukaLembar(buka)}
        </Button>
      )}
    </div>
  );
}
