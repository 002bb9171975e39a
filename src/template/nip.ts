/**
 * The one NIP (Nomor Induk Pegawai) rule of the pane and the command line: 18 digits, spaces allowed
 * as people write them ("19800101 200501 1 001"). Digits 1-8 are the date of birth (YYYYMMDD) and
 * digit 15 the sex (1 or 2), for PNS and PPPK alike; digits 9-14 differ between the two (TMT month,
 * or a code for PPPK), so they are not checked.
 */
import { teks } from "./teks";

/** The NIP as stored: digits only. */
export function normalizeNip(text: string): string {
  return text.replace(/\s+/g, "");
}

function isDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** undefined when the NIP is empty (filled in later on the sheet) or valid; else what is wrong, in Bahasa Indonesia. */
export function nipProblem(text: string, today: Date = new Date()): string | undefined {
  const nip = normalizeNip(text);
  if (nip === "") return undefined;
  if (!/^\d+$/.test(nip)) return teks.nipSalah.bukanAngka;
  if (nip.length !== 18) return teks.nipSalah.panjang(nip.length);
  const year = Number(nip.slice(0, 4));
  const month = Number(nip.slice(4, 6));
  const day = Number(nip.slice(6, 8));
  // A civil servant is at least 15 (PPPK included) and born after 1940.
  if (year < 1940 || year > today.getFullYear() - 15 || !isDate(year, month, day)) {
    return teks.nipSalah.tanggalLahir;
  }
  if (nip[14] !== "1" && nip[14] !== "2") return teks.nipSalah.jenisKelamin;
  return undefined;
}
