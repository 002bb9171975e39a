/** One measured figure of `npm run bench`. Prefer counts and ratios over raw seconds. */
export interface Figure {
  name: string;
  value: number | string;
  unit: string;
  note?: string;
}
