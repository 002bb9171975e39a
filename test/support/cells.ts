/** Builders for arguments as Excel passes them: a range is a 2-D array, a blank cell null. */
export const row = (...cells: unknown[]): unknown[][] => [cells];
export const col = (...cells: unknown[]): unknown[][] => cells.map((c) => [c]);
/** An error cell as the runtime would hand it over. */
export const errorCell = (code: string, message?: string) => ({ code, message });
