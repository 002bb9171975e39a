/** A small mutable helper that pure planners fill in and turn into a SheetPlan. */
import type {
  CellStyle,
  ChartPlan,
  ConditionalBand,
  ConditionalFormatPlan,
  HyperlinkPlan,
  ListValidationPlan,
  PlanCell,
  PrintPlan,
  SheetMarker,
  SheetPlan,
  ValidationPlan,
} from "./plan";
import { lastCol, lastRow, rectA1, type Rect } from "./rect";
import { tinggiUntuk } from "./text-height";

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
  readonly width: number;

  /** `columnWidths`: of column A, B, ... in Excel's character units; they set the sheet's width. */
  constructor(readonly columnWidths: readonly number[]) {
    this.width = columnWidths.length;
  }

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

  merge(r: Rect): void {
    if (r.rows === 1 && r.cols === 1) return;
    this.merges.push(rectA1(r));
  }

  /** Sets the value in the top-left cell and merges the block. */
  mergeWith(r: Rect, value: PlanCell): void {
    this.set(r.row, r.col, value);
    this.reach(lastRow(r));
    this.merge(r);
  }

  /** A wrapped text merged over a one-row block, the row tall enough to show it (merged rows do not autofit). */
  mergeWrapped(r: Rect, text: string, bold = false): void {
    this.mergeWith(r, text);
    this.height(r.row, tinggiUntuk([{ text, width: this.widthOf(r), bold }]));
  }

  format(r: Rect, style: CellStyle): void {
    this.formats.push({ range: rectA1(r), style });
  }

  validate(r: Rect, rule: Omit<ValidationPlan, "range">): void {
    this.validations.push({ range: rectA1(r), ...rule });
  }

  validateList(r: Rect, rule: Omit<ListValidationPlan, "range">): void {
    this.listValidations.push({ range: rectA1(r), ...rule });
  }

  colourBands(r: Rect, bands: ConditionalBand[]): void {
    this.conditionalFormats.push({ range: rectA1(r), bands });
  }

  height(row: number, height: number): void {
    const existing = this.rowHeights.find((h) => h.row === row);
    if (existing) existing.height = Math.max(existing.height, height);
    else this.rowHeights.push({ row, height });
  }

  /** Width in character units of the columns of `r` (a merged cell's width). */
  widthOf(r: Rect): number {
    let sum = 0;
    for (let col = r.col; col <= lastCol(r); col++) sum += this.columnWidths[col];
    return sum;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  build(fields: {
    name: string;
    kind: SheetPlan["kind"];
    jabatanId?: string;
    print: PrintPlan;
    freeze: SheetPlan["freeze"];
    tabColor?: string;
    protect?: boolean;
    marker: SheetMarker;
  }): SheetPlan {
    const plan: SheetPlan = {
      name: fields.name,
      kind: fields.kind,
      cells: this.rows,
      merges: this.merges,
      formats: this.formats,
      columnWidths: [...this.columnWidths],
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
    if (fields.protect) plan.protect = true;
    return plan;
  }
}
