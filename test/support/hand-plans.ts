/**
 * SheetPlans built by hand for the workbook adapter tests (independent of src/template), and a
 * small stand-in planner with planWorkbook's signature: one IKI sheet per jabatan, names made
 * unique against the workbook, a rekap linking every marked IKI sheet.
 */
import type { Jabatan } from "../../src/catalog";
import type { TemplateOptions } from "../../src/template/options";
import type { PlanCell, SheetPlan } from "../../src/template/plan";
import { sheetKey } from "../../src/template/sheet-names";
import { validatePlan } from "../../src/template/validate-plan";
import type { ExistingSheet, Planner } from "../../src/workbook/excel-adapter";

export const MARKER = "IKI-DINSOS";

export const options: TemplateOptions = {
  tahun: 2024,
  identitas: {
    nama: "Siti Aminah",
    nip: "198001012005011001",
    pangkatGolongan: "Penata / III c",
    penilaiNama: "Drs. Budi",
    penilaiNip: "197001011995031002",
  },
  skala: "lima",
  mode: "iki",
};

type HandOptions = { nama?: string; rows?: number; tahun?: number };

/** Title, identity, header and `rows` indicator rows of 8 columns, the last column a formula. */
function handGrid(opts: HandOptions): PlanCell[][] {
  const rows = opts.rows ?? 6;
  const width = 8;
  const blank = (): PlanCell[] => new Array<PlanCell>(width).fill(null);
  const cells: PlanCell[][] = [];
  const title = blank();
  title[0] = `INDIKATOR KINERJA INDIVIDU TAHUN ${opts.tahun ?? 2024}`;
  cells.push(title);
  const nama = blank();
  nama[0] = "Nama";
  nama[2] = opts.nama ?? "Siti Aminah";
  cells.push(nama);
  const nip = blank();
  nip[0] = "NIP";
  nip[2] = "198001012005011001";
  cells.push(nip);
  const head = blank();
  ["No", "Indikator", "Target", "TW I", "TW II", "TW III", "TW IV", "Capaian"].forEach(
    (h, i) => (head[i] = h)
  );
  cells.push(head);
  for (let i = 0; i < rows; i++) {
    const r = cells.length + 1;
    cells.push([
      i + 1,
      `Indikator ${i + 1}`,
      100,
      null,
      null,
      null,
      null,
      { formula: `=IFERROR(SUM(D${r}:G${r})/C${r}*100,"")` },
    ]);
  }
  return cells;
}

/**
 * A plan with every feature the adapter must carry: text, numbers, formulas, formats, rules, chart,
 * link. Checked by validatePlan, as planWorkbook checks its plans: sinks trust what they are given.
 */
export function ikiPlan(name: string, jabatanId: string, opts: HandOptions = {}): SheetPlan {
  const cells = handGrid(opts);
  const last = cells.length;
  return validatePlan({
    name,
    kind: "iki",
    jabatanId,
    cells,
    merges: ["A1:H1", "A2:B2", "C2:H2"],
    formats: [
      { range: "A1:H1", style: { bold: true, fontSize: 14, horizontalAlignment: "Center" } },
      { range: `A4:H${last}`, style: { borders: "all", wrap: true, verticalAlignment: "Top" } },
      { range: "A4:H4", style: { fill: "#1F4E78", fontColor: "#FFFFFF", bold: true } },
      { range: `H5:H${last}`, style: { numberFormat: "0.00" } },
      { range: "C2:C3", style: { numberFormat: "0.00" } },
    ],
    columnWidths: [5, 40, 10, 10, 10, 10, 10, 12],
    rowHeights: [
      { row: 1, height: 24 },
      { row: 4, height: 30 },
    ],
    validations: [
      {
        range: `D5:G${last}`,
        min: 0,
        prompt: "Isi realisasi triwulan (angka ≥ 0).",
        errorMessage: "Realisasi harus angka ≥ 0.",
      },
    ],
    conditionalFormats: [
      {
        range: `H5:H${last}`,
        bands: [
          { min: 0, max: 50, fill: "#F8CBAD", fontColor: "#9C0006" },
          { min: 50, max: 100, fill: "#FFEB9C", fontColor: "#9C5700" },
          { min: 100, fill: "#C6EFCE", fontColor: "#006100" },
        ],
      },
    ],
    charts: [
      {
        type: "barClustered",
        title: "Capaian",
        categories: `B5:B${last}`,
        values: `H5:H${last}`,
        seriesName: "Capaian (%)",
        topLeft: `J4`,
        bottomRight: `Q20`,
      },
    ],
    hyperlinks: [],
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: "$4:$4" },
    freeze: { rows: 4, columns: 2 },
    tabColor: "#2E75B6",
    marker: { key: MARKER, value: JSON.stringify({ jenis: "iki", jabatanId }) },
  });
}

export function rekapPlan(name: string, targets: string[]): SheetPlan {
  const cells: PlanCell[][] = [
    ["REKAP IKI", null],
    ["Lembar", "Capaian"],
  ];
  targets.forEach((t) =>
    cells.push([t, { formula: `=IFERROR(AVERAGE('${t.replace(/'/g, "''")}'!H5:H10),"")` }])
  );
  return validatePlan({
    name,
    kind: "rekap",
    cells,
    merges: ["A1:B1"],
    formats: [{ range: "A1:B2", style: { bold: true } }],
    columnWidths: [40, 12],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: targets.map((t, i) => ({ cell: `A${i + 3}`, sheet: t, targetCell: "A1", text: t })),
    print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
    freeze: { rows: 2, columns: 0 },
    marker: { key: MARKER, value: JSON.stringify({ jenis: "rekap" }) },
  });
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base.slice(0, 31);
  for (let n = 2; taken.has(sheetKey(name)); n++) name = `${base.slice(0, 26)} (${n})`;
  taken.add(sheetKey(name));
  return name;
}

export interface StubPlannerCall {
  jabatan: string[];
  rekap: boolean;
  existing: ExistingSheet[];
}

/** planWorkbook's contract in miniature; records what it was given. */
export function stubPlanner(calls: StubPlannerCall[] = []): Planner {
  return ({ jabatan, options: o, rekap, existing }) => {
    calls.push({
      jabatan: jabatan.map((j: Jabatan) => j.id),
      rekap,
      existing: existing.map((e) => ({ ...e })),
    });
    const taken = new Set(existing.map((e) => sheetKey(e.name)));
    const plans = jabatan.map((j) =>
      ikiPlan(uniqueName(`IKI ${j.urutan} ${j.nama}`.replace(/[\\/?*[\]:]/g, " "), taken), j.id, {
        nama: o.identitas.nama,
        rows: Math.max(1, j.indikator.length),
        tahun: o.tahun,
      })
    );
    if (rekap) {
      const marked = existing
        .filter((e) => e.marker !== undefined && e.marker.includes('"iki"'))
        .map((e) => e.name);
      plans.push(
        rekapPlan(uniqueName("Rekap IKI", taken), [...marked, ...plans.map((p) => p.name)])
      );
    }
    return plans;
  };
}
