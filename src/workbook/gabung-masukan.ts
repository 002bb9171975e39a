/**
 * What both ports give the merge's planner (rencanaGabung): the catalogs they know (as a lifecycle
 * action gets them, masukanAksi), the open workbook's sheets as read, and the request's choices.
 */
import type { MasukanGabung } from "../gabung/types";
import { masukanAksi } from "../lifecycle/masukan";
import type { SheetRead } from "../lifecycle/types";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import type { GabungRequest } from "./port";

export function masukanGabung(
  pilihan: PilihanKatalog,
  sheets: SheetRead[],
  request: GabungRequest
): MasukanGabung {
  const input: MasukanGabung = {
    ...masukanAksi(pilihan, sheets, request.kunci),
    berkas: request.berkas,
    // The year's last fallback (no sheet recognised, no year in a title): this office's clock.
    tahunIni: new Date().getFullYear(),
  };
  if (request.mode !== undefined) input.mode = request.mode;
  if (request.skala !== undefined) input.skala = request.skala;
  return input;
}
