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
import { parseCell } from "../template/a1";
import type { PlanCell, SheetPlan } from "../template/plan";
import { validatePlan } from "../template/validate-plan";
import type { Calon } from "./lembar-berkas";
import { teks } from "./teks";
import type { MasalahLembar } from "./types";

/** Width given to columns a note beside the table needs beyond the sheet's own. */
const LEBAR_TAMBAHAN = 12;
/** How far beyond the plan's extent a note is kept in its cell (further: the sisa block). */
const BARIS_LEBIH = 20;
const KOLOM_LEBIH = 5;

/** Row and column (0-based) of an A1 cell address read from a sheet. */
const alamat = (sel: string) => parseCell(sel) as { row: number; column: number };

const isiRencanaDi = (plan: SheetPlan, sel: string) => {
  const { row, column } = alamat(sel);
  return plan.cells[row]?.[column];
};

const kosong = (c: PlanCell | undefined) => c === null || c === undefined || c === "";

/** Whether a note at `sel` lies near enough to the plan to be kept in its cell. */
function dekat(plan: SheetPlan, sel: string): boolean {
  const { row, column } = alamat(sel);
  return row < plan.cells.length + BARIS_LEBIH && column < plan.columnWidths.length + KOLOM_LEBIH;
}

/** The plan with `isi` in cell `sel` (A1), the grid grown when the cell lies beyond it. */
function taruh(plan: SheetPlan, sel: string, isi: Isi): SheetPlan {
  const { row, column: col } = alamat(sel);
  const lebar = Math.max(plan.columnWidths.length, col + 1);
  const columnWidths = [...plan.columnWidths];
  while (columnWidths.length < lebar) columnWidths.push(LEBAR_TAMBAHAN);
  const cells: PlanCell[][] = plan.cells.map((r) => {
    const baru = [...r];
    while (baru.length < lebar) baru.push(null);
    return baru;
  });
  while (cells.length <= row) cells.push(new Array<PlanCell>(lebar).fill(null));
  cells[row][col] = keRencana(isi);
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
    if (!d.isi) continue;
    // Its cell in the new sheet is the same place only when both jabatan lay their rows out alike,
    // the new plan leaves it free (or it was typed over the plan's own), and it lies near the table.
    const tempat = isiRencanaDi(plan, d.sel);
    const bebas = d.dipulihkan ? !kosong(tempat) : kosong(tempat) && dekat(diisi.lama, d.sel);
    if (!diisi.sama || !bebas) {
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
  // Content matching the merge's own catalog puts every value in its slot (a marker naming an
  // unknown catalog is then said once, by how the sheet was recognised): no problem of its own.
  const sama = katalog.identity().hash === tujuan.katalog.identity().hash;
  if (c.katalogPenanda !== undefined && !sama)
    masalah.push({ kind: "katalog-lain", katalog: teks.katalogTakDikenal });
  else if (!sama)
    masalah.push({
      kind: "katalog-lain",
      katalog: `${katalog.namaInstansi} ${katalog.catalog.nomor}`,
    });
  if (ditimpa.length > 0) masalah.push({ kind: "rumus-ditimpa", sel: ditimpa });
  if (c.sisipan.length > 0)
    masalah.push({ kind: "baris-ditambah", baris: c.sisipan.map((s) => s.baris) });
  if (tanpaTempat.length > 0) masalah.push({ kind: "tanpa-tempat", sisa: tanpaTempat });
  const periksa = [...new Set([...c.periksa, ...diisi.periksa])];
  if (periksa.length > 0) masalah.push({ kind: "periksa", sel: periksa });
  plan = tambahSisa(plan, [...tanpaTempat, ...sisipan], teks.sisa.catatan);
  if (supersedes !== undefined) plan = { ...plan, supersedes: [supersedes] };
  const diambil = diisi.dipertahankan + dalamSel + tanpaTempat.length + sisipan.length;
  return { plan: validatePlan(plan), diambil, masalah };
}
