/**
 * The actions of the section "Katalog IKI": export the catalog in use as new sheets, import the
 * catalog from the workbook's sheets (every problem listed, nothing changed when there is one; when
 * valid, stored in the workbook and used at once), and go back to the built-in catalog. The import
 * code (src/catalog/tabel) is loaded with import() when used, never in the pane's first load.
 */
import * as React from "react";

import type { Catalog } from "../catalog";
import type { WorkbookCatalog, WorkbookPort } from "../workbook/port";
import type { Outcome } from "./components/OutcomeMessage";
import { teks } from "./teks";
import { teksKatalog } from "./teks-katalog";
import { errorText } from "./use-insert-run";

/** A port with the catalog actions (the section is shown only for one). */
export type KatalogPort = WorkbookPort &
  Required<
    Pick<WorkbookPort, "readCatalog" | "saveCatalog" | "exportCatalog" | "readCatalogSheets">
  >;

export function hasKatalog(port: WorkbookPort): port is KatalogPort {
  return !!(port.readCatalog && port.saveCatalog && port.exportCatalog && port.readCatalogSheets);
}

export interface KatalogActionsInput {
  port: KatalogPort;
  onChange: (used: WorkbookCatalog) => void;
  locked: (work: () => Promise<void>) => Promise<void>;
}

/** Problems shown at once; a catalog typed wrong throughout would otherwise flood the alert. */
const MASALAH_DITAMPILKAN = 20;

/** An outcome, and for a long problem list every line (shown on request). */
export interface KatalogOutcome {
  outcome: Outcome;
  semua?: string[];
}

function jumlahIndikator(catalog: Catalog): number {
  return catalog.jabatan.reduce((n, j) => n + j.indikator.length, 0);
}

function daftarMasalah(title: string, lines: string[]): KatalogOutcome {
  if (lines.length <= MASALAH_DITAMPILKAN) return { outcome: { intent: "error", title, lines } };
  const shown = lines.slice(0, MASALAH_DITAMPILKAN);
  const lain = teksKatalog.masalahLain(lines.length - MASALAH_DITAMPILKAN);
  return { outcome: { intent: "error", title, lines: [...shown, lain] }, semua: lines };
}

/** From the sheets to the catalog in use, or the list of what to fix. */
async function importFrom(
  port: KatalogPort,
  onChange: (used: WorkbookCatalog) => void
): Promise<KatalogOutcome> {
  const sheets = await port.readCatalogSheets();
  const { LEMBAR_DATA, tablesToCatalog, formatMasalah } = await import("../catalog/tabel");
  if (sheets.length === 0)
    return {
      outcome: {
        intent: "error",
        title: teksKatalog.tidakAdaLembar,
        lines: [teksKatalog.tidakAdaLembarSaran(LEMBAR_DATA)],
      },
    };
  const { catalog, masalah, peringatan } = tablesToCatalog(sheets);
  if (!catalog || masalah.length > 0)
    return daftarMasalah(teksKatalog.tidakValid(masalah.length), masalah.map(formatMasalah));
  const used = await port.saveCatalog(catalog);
  onChange(used);
  const ringkasan = teksKatalog.ringkasan(
    catalog.jabatan.length,
    jumlahIndikator(catalog),
    peringatan.length
  );
  const dibaca = teksKatalog.dibaca(sheets.map((s) => s.lembar ?? s.name));
  const lines = [
    dibaca,
    ringkasan,
    ...peringatan.map((m) => teksKatalog.peringatan(formatMasalah(m))),
  ];
  return {
    outcome: {
      intent: peringatan.length > 0 ? "warning" : "success",
      title: teksKatalog.dipakai,
      lines,
    },
  };
}

export function useKatalogActions({ port, onChange, locked }: KatalogActionsInput) {
  const [hasil, setHasil] = React.useState<KatalogOutcome>();
  /** What the running action does (a progress text), undefined when none runs. */
  const [kerja, setKerja] = React.useState<string>();
  const act = (sedang: string, work: () => Promise<KatalogOutcome>) =>
    void locked(async () => {
      setHasil(undefined);
      setKerja(sedang);
      try {
        setHasil(await work());
      } catch (e) {
        setHasil({ outcome: { intent: "error", title: teks.gagalJudul, lines: [errorText(e)] } });
      } finally {
        setKerja(undefined);
      }
    });
  const ekspor = () =>
    act(teksKatalog.sedangMengekspor, async () => {
      const names = await port.exportCatalog();
      return {
        outcome: {
          intent: "success",
          title: teksKatalog.eksporBerhasil(names.length),
          lines: [teksKatalog.eksporLembar(names)],
        },
      };
    });
  const pakai = () => act(teksKatalog.sedangMembaca, () => importFrom(port, onChange));
  const kembali = () =>
    act(teksKatalog.sedangMenghapus, async () => {
      onChange(await port.saveCatalog(undefined));
      return {
        outcome: {
          intent: "success",
          title: teksKatalog.kembaliBerhasil,
          lines: [teksKatalog.kembaliBerhasilRincian],
        },
      };
    });
  return { hasil, kerja, ekspor, pakai, kembali };
}
