/** A small mutable helper that pure planners fill in and turn into a SheetPlan. */
import { range } from "./a1";
import type {
  CellStyle,
  ChartPlan,
  ConditionalFormatPlan,
  HyperlinkPlan,
  ListValidationPlan,
  PlanCell,
  PrintPlan,
  SheetMarker,
  SheetPlan,
  ValidationPlan,
} from "./plan";

export class SheetBuilder {
  private readonly rows: PlanCell[][] = [];
  readonly merges: string[] = [];
  readonly formats: SheetPlan["formats"] = [];
  readonly validations: ValidationPlan[] = [];
  readonly listValidations: ListValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly charts: ChartPlan[] = [];
  readonly hyperlinks: HyperlinkPlan[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  constructor(readonly width: number) {}

  /** Row and column as Excel counts them: row 1-based, column 0-based. */
  set(row: number, col: number, value: PlanCell): void {
    if (col < 0 || col >= this.width)
      throw new RangeError(`column ${col} outside the sheet width ${this.width}`);
    while (this.rows.length < row) this.rows.push(new Array<PlanCell>(this.width).fill(""));
    this.rows[row - 1][col] = value;
  }

  peek(row: number, col: number): PlanCell | undefined {
    return this.rows[row - 1]?.[col];
  }

  /** Makes sure the grid reaches `row` (trailing empty rows still count, e.g. signature space). */
  reach(row: number): void {
    while (this.rows.length < row) this.rows.push(new Array<PlanCell>(this.width).fill(""));
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    if (row1 === row2 && col1 === col2) return;
    this.merges.push(range(row1, col1, row2, col2));
  }

  /** Sets the value in the top-left cell and merges the block. */
  mergeWith(row1: number, col1: number, row2: number, col2: number, value: PlanCell): void {
    this.set(row1, col1, value);
    this.reach(row2);
    this.merge(row1, col1, row2, col2);
  }

  format(row1: number, col1: number, row2: number, col2: number, style: CellStyle): void {
    this.formats.push({ range: range(row1, col1, row2, col2), style });
  }

  height(row: number, height: number): void {
    const existing = this.rowHeights.find((h) => h.row === row);
    if (existing) existing.height = Math.max(existing.height, height);
    else this.rowHeights.push({ row, height });
  }

  get rowCount(): number {
    return this.rows.length;
  }

  build(fields: {
    name: string;
    kind: SheetPlan["kind"];
    jabatanId?: string;
    columnWidths: number[];
    print: PrintPlan;
    freeze: SheetPlan["freeze"];
    tabColor?: string;
    marker: SheetMarker;
  }): SheetPlan {
    const plan: SheetPlan = {
      name: fields.name,
      kind: fields.kind,
      cells: this.rows,
      merges: this.merges,
      formats: this.formats,
      columnWidths: fields.columnWidths,
      rowHeights: [...this.rowHeights].sort((a, b) => a.row - b.row),
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      charts: this.charts,
      hyperlinks: this.hyperlinks,
      print: fields.print,
      freeze: fields.freeze,
      marker: fields.marker,
    };
    if (fields.jabatanId !== undefined) plan.jabatanId = fields.jabatanId;
    if (fields.tabColor !== undefined) plan.tabColor = fields.tabColor;
    if (this.listValidations.length > 0) plan.listValidations = this.listValidations;
    return plan;
  }
}

export { tinggiUntuk } from "./text-height";
