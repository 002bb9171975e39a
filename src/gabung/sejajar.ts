/**
 * A staff sheet whose user inserted rows, laid back onto the rows of the plan it was made from: each
 * plan row is matched to a sheet row by the texts the plan puts in it (headings, labels, indicator
 * texts, the notes), in order; sheet rows matching none are the inserted ones. The re-laid sheet is
 * read like an untouched one (bacaIsian); the inserted rows' content is kept apart.
 */
import { cell } from "../template/a1";
import type { PlanCell, SheetPlan } from "../template/plan";
import { geserRujukan, type PetaSel } from "../lifecycle/geser-rujukan";
import { isRumus, isiSel, samaDenganRencana } from "../lifecycle/sel";
import type { CellValue, Isi, SheetRead } from "../lifecycle/types";

export interface BarisSisipan {
  /** The row number in the staff sheet. */
  baris: number;
  /** Its non-empty cells: A1 address in the staff sheet and content. */
  isi: { sel: string; isi: Isi }[];
}

interface Sejajar {
  /** The sheet as if no row had been inserted. */
  read: SheetRead;
  sisipan: BarisSisipan[];
  /** Typed formulas (A1 of the plan's rows) whose references point at an inserted row: to check. */
  periksa: string[];
}

const LEWATI = 1;
const TAK_HINGGA = Number.POSITIVE_INFINITY;

const adaTeks = (c: PlanCell | undefined): boolean =>
  c !== null && c !== undefined && c !== "" && typeof c !== "object";
const rumus = (c: PlanCell | undefined) => typeof c === "object" && c !== null;

function lebar(read: SheetRead, row: number): number {
  return Math.max(read.formulas[row - 1]?.length ?? 0, read.values[row - 1]?.length ?? 0);
}

/** Cost of reading sheet row `j` as plan row `i`; infinite when the plan's texts are not there. */
function biaya(plan: SheetPlan, read: SheetRead, i: number, j: number, isian: Set<string>): number {
  const row = plan.cells[i - 1];
  const tanda = row.flatMap((c, col) => (adaTeks(c) && !isian.has(`${i}:${col}`) ? [col] : []));
  if (tanda.length > 0) {
    const salah = tanda.filter((col) => !samaDenganRencana(isiSel(read, j, col), row[col]));
    return salah.length * 2 > tanda.length ? TAK_HINGGA : salah.length / tanda.length / 2;
  }
  // A row the plan leaves blank (or holds only formulas): better matched to a blank sheet row.
  for (let col = 0; col < lebar(read, j); col++) {
    const isi = isiSel(read, j, col);
    if (isi && !(rumus(row[col]) && "rumus" in isi) && row[col] !== null) return 0.5;
  }
  return 0;
}

/** The sheet row of each plan row 1..akhir (index 0 unused), at least cost; undefined when none fits. */
function cocokkan(plan: SheetPlan, read: SheetRead, akhir: number, isian: Set<string>) {
  const m = Math.max(read.formulas.length, read.values.length);
  // dp[i][j]: plan rows 1..i laid on sheet rows up to j, row i on row j.
  const dp: number[][] = [new Array<number>(m + 1).fill(TAK_HINGGA)];
  dp[0][0] = 0;
  const dari: number[][] = [[]];
  for (let i = 1; i <= akhir; i++) {
    dp.push(new Array<number>(m + 1).fill(TAK_HINGGA));
    dari.push(new Array<number>(m + 1).fill(-1));
    // best: the least cost of rows 1..i-1 ending at or before j-1, each sheet row between skipped.
    let best = TAK_HINGGA;
    let bestAt = 0;
    for (let j = 1; j <= m; j++) {
      if (dp[i - 1][j - 1] <= best + LEWATI) {
        best = dp[i - 1][j - 1];
        bestAt = j - 1;
      } else best += LEWATI;
      if (best === TAK_HINGGA) continue;
      const c = biaya(plan, read, i, j, isian);
      if (best + c < dp[i][j]) {
        dp[i][j] = best + c;
        dari[i][j] = bestAt;
      }
    }
  }
  let j = -1;
  for (let x = 1; x <= m; x++) if (dp[akhir][x] < (j < 0 ? TAK_HINGGA : dp[akhir][j])) j = x;
  if (j < 0) return undefined;
  const peta = new Array<number>(akhir + 1).fill(0);
  for (let i = akhir; i >= 1; i--) {
    peta[i] = j;
    j = dari[i][j];
  }
  return peta;
}

function isiBaris(read: SheetRead, j: number): BarisSisipan["isi"] {
  const out: BarisSisipan["isi"] = [];
  for (let col = 0; col < lebar(read, j); col++) {
    const isi = isiSel(read, j, col);
    if (isi) out.push({ sel: cell(j, col), isi });
  }
  return out;
}

/**
 * The sheet with row i holding staff row asal[i-1]. The plan's own formulas come from the plan;
 * a formula the user typed points at staff rows: each reference follows its row to the plan's.
 */
function lapisUlang(read: SheetRead, plan: SheetPlan, asal: number[]) {
  const keBaris = new Map(asal.map((j, i) => [j, i + 1]));
  const keRencana: PetaSel = (row, col) => {
    const ke = keBaris.get(row);
    return ke === undefined ? undefined : { row: ke, col };
  };
  const formulas: CellValue[][] = [];
  const values: CellValue[][] = [];
  const periksa: string[] = [];
  asal.forEach((j, i) => {
    const f = [...(read.formulas[j - 1] ?? [])];
    const v = [...(read.values[j - 1] ?? [])];
    f.forEach((x, col) => {
      if (!isRumus(x, v[col])) return;
      const c = plan.cells[i]?.[col];
      const geser = geserRujukan(x, keRencana);
      // The plan's own formula, shifted by the insert: the plan's; anything else the user typed.
      if (rumus(c) && samaDenganRencana({ rumus: geser.rumus }, c)) {
        f[col] = (c as { formula: string }).formula;
        return;
      }
      f[col] = geser.rumus;
      if (!geser.utuh) periksa.push(cell(i + 1, col));
    });
    formulas.push(f);
    values.push(v);
  });
  return { read: { ...read, formulas, values }, periksa };
}

/**
 * The sheet laid onto `plan`'s rows, or undefined when its rows cannot be matched (rows deleted,
 * texts gone). `isian`: the input cells ("row:col" of the plan), whose planned defaults the user
 * may have typed over, so they tell nothing. Formulas of the plan's own cells are taken from the
 * plan: the insert shifted their references, and what the user typed is what counts.
 */
export function sejajarkan(
  read: SheetRead,
  plan: SheetPlan,
  isian: Set<string> = new Set()
): Sejajar | undefined {
  const n = plan.cells.length;
  const m = Math.max(read.formulas.length, read.values.length);
  let akhir = n;
  while (akhir > 0 && !plan.cells[akhir - 1].some(adaTeks)) akhir--;
  if (akhir === 0 || m < akhir) return undefined;
  const peta = cocokkan(plan, read, akhir, isian);
  if (!peta) return undefined;
  const dipakai = new Set(peta.slice(1));
  const sisipan: BarisSisipan[] = [];
  for (let j = 1; j < peta[akhir]; j++)
    if (!dipakai.has(j)) {
      // A blank inserted row carries nothing: not a problem, nothing to say.
      const isi = isiBaris(read, j);
      if (isi.length > 0) sisipan.push({ baris: j, isi });
    }
  const asal: number[] = peta.slice(1);
  for (let j = peta[akhir] + 1; j <= m; j++) asal.push(j);
  const lapis = lapisUlang(read, plan, asal);
  return { read: lapis.read, sisipan, periksa: lapis.periksa };
}
