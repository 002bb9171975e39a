/**
 * One staff sheet planned new in the merge's catalog, year, mode and scale, with every typed value
 * carried (isiBaru, as next year's sheet): inputs by slot key; values typed over the sheet's own
 * formulas or texts and notes beside the table kept in their cells; what has no place (another
 * catalog, an earlier sisa block, rows the user inserted) in the sisa block below the signature.
 */
import { isiBaru, type Tujuan } from "../lifecycle/replan";
import { keRencana } from "../lifecycle/sel";
import { sisaDariDiubah } from "../lifecycle/read-inputs";
import { tambahSisa } from "../lifecycle/sisa";
import type { Isi, Sisa } from "../lifecycle/types";
import { columnIndex } from "../template/a1";
import type { PlanCell, SheetPlan } from "../template/plan";
import { validatePlan } from "../template/validate-plan";
import type { Calon } from "./lembar-berkas";
import { teks } from "./teks";
import type { MasalahLembar } from "./types";

/** Width given to columns a note beside the table needs beyond the sheet's own. */
const LEBAR_TAMBAHAN = 12;

/** Row number and column index of an A1 cell address. */
function alamat(sel: string): { row: number; col: number } {
  const [, huruf, angka] = /^([A-Z]+)(\d+)$/.exec(sel) as RegExpExecArray;
  return { row: Number(angka), col: columnIndex(huruf) as number };
}

function rumusDi(plan: SheetPlan, sel: string): boolean {
  const { row, col } = alamat(sel);
  const c = plan.cells[row - 1]?.[col];
  return typeof c === "object" && c !== null;
}

/** The plan with `isi` in cell `sel` (A1), the grid grown when the cell lies beyond it. */
function taruh(plan: SheetPlan, sel: string, isi: Isi): SheetPlan {
  const { row, col } = alamat(sel);
  const lebar = Math.max(plan.columnWidths.length, col + 1);
  const columnWidths = [...plan.columnWidths];
  while (columnWidths.length < lebar) columnWidths.push(LEBAR_TAMBAHAN);
  const cells: PlanCell[][] = plan.cells.map((r) => {
    const baru = [...r];
    while (baru.length < lebar) baru.push(null);
    return baru;
  });
  while (cells.length < row) cells.push(new Array<PlanCell>(lebar).fill(null));
  cells[row - 1][col] = keRencana(isi);
  return { ...plan, cells, columnWidths };
}

const sisaSisipan = (c: Calon): Sisa[] =>
  c.sisipan.flatMap((s) =>
    s.isi.map(({ sel, isi }) => ({
      asal: teks.sisa.baris(s.baris),
      isian: teks.sisa.sel(sel),
      isi,
    }))
  );

export interface Salinan {
  plan: SheetPlan;
  diambil: number;
  masalah: MasalahLembar[];
}

/** The merged sheet of `c` (already read against its plan: `c.read` and `c.sumber` are set). */
export function salinLembar(c: Calon, tujuan: Tujuan, supersedes?: string): Salinan | undefined {
  if (!c.read || !c.sumber) return undefined;
  const diisi = isiBaru({ read: c.read, marker: c.marker }, c.sumber, tujuan, () => true);
  if (!diisi) return undefined;
  let plan = diisi.plan;
  const ditimpa: string[] = [];
  let dalamSel = 0;
  const pindah: typeof diisi.dibaca.diubah = [];
  for (const d of diisi.dibaca.diubah) {
    // A formula where the plan has one is the sheet's own, as another program reworded it.
    if (!d.isi || ("rumus" in d.isi && rumusDi(diisi.lama, d.sel))) continue;
    // Over a formula or text of its own sheet: the same cell of the new sheet is the same thing
    // only when both jabatan lay their rows out alike.
    if (d.dipulihkan && !diisi.sama) {
      pindah.push(d);
      continue;
    }
    plan = taruh(plan, d.sel, d.isi);
    dalamSel++;
    if (d.dipulihkan) ditimpa.push(d.sel);
  }
  const tanpaTempat = [...diisi.dibaca.sisaLama, ...diisi.sisa, ...sisaDariDiubah(pindah)];
  const sisipan = sisaSisipan(c);
  const masalah: MasalahLembar[] = [];
  const { katalog } = c.sumber;
  if (katalog.identity().hash !== tujuan.katalog.identity().hash)
    masalah.push({
      kind: "katalog-lain",
      katalog: `${katalog.namaInstansi} ${katalog.catalog.nomor}`,
    });
  if (ditimpa.length > 0) masalah.push({ kind: "rumus-ditimpa", sel: ditimpa });
  if (c.sisipan.length > 0)
    masalah.push({ kind: "baris-ditambah", baris: c.sisipan.map((s) => s.baris) });
  if (tanpaTempat.length > 0) masalah.push({ kind: "tanpa-tempat", sisa: tanpaTempat });
  if (diisi.periksa.length > 0) masalah.push({ kind: "periksa", sel: diisi.periksa });
  plan = tambahSisa(plan, [...tanpaTempat, ...sisipan], teks.sisa.catatan);
  if (supersedes !== undefined) plan = { ...plan, supersedes: [supersedes] };
  const diambil = diisi.dipertahankan + dalamSel + tanpaTempat.length + sisipan.length;
  return { plan: validatePlan(plan), diambil, masalah };
}
