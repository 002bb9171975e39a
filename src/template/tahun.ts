/**
 * The one year rule of the pane and the command line: four digits within a range of plausible IKI
 * years. Anything else is refused with one message, never shortened or guessed ("20255" is not 2025).
 */
import { teks } from "./teks";

export const TAHUN_MIN = 2020;
export const TAHUN_MAX = 2100;

/** The year of a typed text (spaces around it allowed), or the message saying what is wrong. */
export function bacaTahun(text: string): { tahun: number } | { pesan: string } {
  const t = text.trim();
  const n = Number(t);
  if (!/^\d{4}$/.test(t) || n < TAHUN_MIN || n > TAHUN_MAX)
    return { pesan: teks.tahunSalah(TAHUN_MIN, TAHUN_MAX) };
  return { tahun: n };
}
