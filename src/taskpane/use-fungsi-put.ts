/** The Fungsi IKI button: an example formula written into the selected cell, where the port can. */
import * as React from "react";
import type { WorkbookPort } from "../workbook/port";
import type { Outcome } from "./components/OutcomeMessage";
import { teks, type FungsiContoh } from "./teks";
import { errorText } from "./use-insert-run";

/** `put` is undefined when the port cannot write a formula (the buttons are then hidden). */
export function useFungsiPut(
  port: WorkbookPort,
  locked: (work: () => Promise<void>) => Promise<void>
) {
  const [outcome, setOutcome] = React.useState<Outcome>();
  const putFormula = port.putFormula?.bind(port);
  if (!putFormula) return { put: undefined, outcome };
  const put = (fungsi: FungsiContoh) =>
    void locked(async () => {
      setOutcome(undefined);
      try {
        const address = await putFormula(fungsi.contoh);
        setOutcome({ intent: "success", title: fungsi.nama, lines: [teks.fungsiDitulis(address)] });
      } catch (e) {
        setOutcome({ intent: "error", title: teks.gagalJudul, lines: [errorText(e)] });
      }
    });
  return { put, outcome };
}
