/** Moving the selected cell as in a spreadsheet: one cell per arrow, over merged areas as one cell. */
import { key, type SheetModel } from "./sheet-model";

export type Arah = "atas" | "bawah" | "kiri" | "kanan";

/** The keys that move the selection, as Excel has them (Enter down, Shift+Enter up). */
export function arahTombol(e: { key: string; shiftKey: boolean }): Arah | undefined {
  switch (e.key) {
    case "ArrowUp":
      return "atas";
    case "ArrowDown":
      return "bawah";
    case "ArrowLeft":
      return "kiri";
    case "ArrowRight":
      return "kanan";
    case "Enter":
      return e.shiftKey ? "atas" : "bawah";
    default:
      return undefined;
  }
}

/**
 * The cell (0-based) one step from (row, col) towards `arah`: a merged area is left from its far
 * edge and entered at its anchor; at the sheet's edge the selection stays.
 */
export function langkah(
  model: SheetModel,
  row: number,
  col: number,
  arah: Arah
): { row: number; col: number } {
  const merge = model.merges.get(key(row, col));
  const [rowSpan, colSpan] = [merge?.rowSpan ?? 1, merge?.colSpan ?? 1];
  let [r, c] = [row, col];
  if (arah === "atas") r = row - 1;
  else if (arah === "bawah") r = row + rowSpan;
  else if (arah === "kiri") c = col - 1;
  else c = col + colSpan;
  if (r < 0 || c < 0 || r >= model.rows || c >= model.cols) return { row, col };
  return model.covered.get(key(r, c)) ?? { row: r, col: c };
}
