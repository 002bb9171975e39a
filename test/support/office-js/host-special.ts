/**
 * Range.getSpecialCellsOrNullObject (ExcelApi 1.9) in the real client's host: on a sheet seeded with
 * formulas and values, the cells of a range (or of the used range) holding a formula or a constant,
 * as areas (runs of neighbours in a row), with cellCount, areaCount and each area's address,
 * formulas and values; a null object when there is none.
 */
import { HostError, type HostSheet } from "./host-model";

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface SpecialNode {
  kind: "special" | "areas";
  sheet: HostSheet;
  areas: { box: Box; formulas: unknown[][]; values: unknown[][] }[];
  cellCount: number;
}

const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const letters = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);

export function parseBox(address: string): Box {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address.replace(/\$/g, ""));
  if (!m) throw new HostError("InvalidArgument", `address ${address}`);
  const [c1, r1] = [col(m[1]), Number(m[2]) - 1];
  const [c2, r2] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c1, r1];
  return { r1, c1, r2, c2 };
}

const a1 = (b: Box) =>
  `${letters(b.c1)}${b.r1 + 1}${b.c2 > b.c1 || b.r2 > b.r1 ? `:${letters(b.c2)}${b.r2 + 1}` : ""}`;

/** The special cells of `box` (the used range when undefined), or undefined (a null object). */
export function specialCells(
  sheet: HostSheet,
  box: Box | undefined,
  type: unknown
): SpecialNode | undefined {
  if (type !== "Formulas" && type !== "Constants")
    throw new HostError("InvalidArgument", `cellType ${String(type)}`);
  const formulas = sheet.formulas ?? [];
  const values = sheet.values ?? [];
  const areas: SpecialNode["areas"] = [];
  let cellCount = 0;
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (box && (r < box.r1 || r > box.r2 || c < box.c1 || c > box.c2)) return;
      if (f === "" || f === null || f === undefined) return;
      const formula = typeof f === "string" && f.startsWith("=") && f !== values[r]?.[c];
      if (formula !== (type === "Formulas")) return;
      cellCount++;
      const last = areas[areas.length - 1];
      if (last && last.box.r1 === r && last.box.c2 === c - 1) {
        last.box.c2 = c;
        last.formulas[0].push(f);
        last.values[0].push(values[r]?.[c] ?? "");
      } else
        areas.push({
          box: { r1: r, c1: c, r2: r, c2: c },
          formulas: [[f]],
          values: [[values[r]?.[c] ?? ""]],
        });
    })
  );
  return cellCount === 0 ? undefined : { kind: "special", sheet, areas, cellCount };
}

const quoted = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

/** What a query of the RangeAreas or of its areas answers. */
export function querySpecial(node: SpecialNode): unknown {
  if (node.kind === "special") return { CellCount: node.cellCount, AreaCount: node.areas.length };
  return {
    _Items: node.areas.map((a) => ({
      Address: `${quoted(node.sheet.name)}!${a1(a.box)}`,
      Formulas: a.formulas,
      Values: a.values,
    })),
  };
}
