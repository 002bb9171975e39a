/** What stops an action before it reaches the workbook: wrong NIP or year, no jabatan or bidang chosen. */
import type { Jabatan } from "../catalog/types";
import type { FieldProblems } from "./form";
import type { InsertAction } from "./components/InsertActions";
import type { Outcome } from "./components/OutcomeMessage";
import { teks } from "./teks";

/** The checked fields, in the order a person fixes them (the first wrong one gets the focus). */
export const NIP_FIELDS = ["nip", "penilaiNip", "tahun"] as const;

export function actionProblem(
  action: InsertAction,
  problems: FieldProblems,
  jabatan: Jabatan | undefined,
  bidangJabatan: Jabatan[]
): { outcome: Outcome; focus?: (typeof NIP_FIELDS)[number] } | undefined {
  const first = NIP_FIELDS.find((f) => problems[f]);
  if (first)
    return {
      focus: first,
      outcome: {
        intent: "error",
        title: teks.isianSalahJudul,
        lines: [
          ...NIP_FIELDS.flatMap((f) => (problems[f] ? [problems[f] as string] : [])),
          teks.periksaIsian,
        ],
      },
    };
  if (action === "jabatan" && !jabatan)
    return { outcome: { intent: "error", title: teks.gagalJudul, lines: [teks.perluJabatan] } };
  if (action === "bidang" && bidangJabatan.length === 0)
    return { outcome: { intent: "error", title: teks.gagalJudul, lines: [teks.perluBidang] } };
  return undefined;
}
