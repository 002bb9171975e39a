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

function jumlahIndikator(catalog: Catalog): number {
  return catalog.jabatan.reduce((n, j) => n + j.indikator.length, 0);
}

/** From the sheets to the catalog in use, or the list of what to fix. */
async function importFrom(
  port: KatalogPort,
  onChange: (used: WorkbookCatalog) => void
): Promise<Outcome> {
  const sheets = await port.readCatalogSheets();
  const { LEMBAR_DATA, tablesToCatalog } = await import("../catalog/tabel");
  if (sheets.length === 0)
    return {
      intent: "error",
      title: teksKatalog.tidakAdaLembar,
      lines: [teksKatalog.tidakAdaLembarSaran(LEMBAR_DATA)],
    };
  const { catalog, masalah, peringatan } = tablesToCatalog(sheets);
  if (!catalog || masalah.length > 0)
    return {
      intent: "error",
      title: teksKatalog.tidakValid(masalah.length),
      lines: masalah.map(teksKatalog.masalah),
    };
  const used = await port.saveCatalog(catalog);
  onChange(used);
  const ringkasan = teksKatalog.ringkasan(
    catalog.jabatan.length,
    jumlahIndikator(catalog),
    peringatan.length
  );
  return {
    intent: peringatan.length > 0 ? "warning" : "success",
    title: teksKatalog.dipakai,
    lines: [ringkasan, ...peringatan.map(teksKatalog.peringatan)],
  };
}

export function useKatalogActions({ port, onChange, locked }: KatalogActionsInput) {
  const [outcome, setOutcome] = React.useState<Outcome>();
  const act = (work: () => Promise<Outcome>) =>
    void locked(async () => {
      setOutcome(undefined);
      try {
        setOutcome(await work());
      } catch (e) {
        setOutcome({ intent: "error", title: teks.gagalJudul, lines: [errorText(e)] });
      }
    });
  const ekspor = () =>
    act(async () => {
      const names = await port.exportCatalog();
      return {
        intent: "success",
        title: teksKatalog.eksporBerhasil(names.length),
        lines: [teksKatalog.eksporLembar(names)],
      };
    });
  const pakai = () => act(() => importFrom(port, onChange));
  const kembali = () =>
    act(async () => {
      onChange(await port.saveCatalog(undefined));
      return {
        intent: "success",
        title: teksKatalog.kembaliBerhasil,
        lines: [teksKatalog.kembaliBerhasilRincian],
      };
    });
  return { outcome, ekspor, pakai, kembali };
}
