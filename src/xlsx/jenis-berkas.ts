/**
 * What kind of file a staff file is, from its bytes, before anything tries to read it as an .xlsx:
 * a zip (an .xlsx, readable or not), an .xlsx encrypted with a password to open (Excel stores it
 * as an OLE compound file holding the streams EncryptionInfo and EncryptedPackage, MS-OFFCRYPTO),
 * one protected by a sensitivity label or IRM (the storage \x06DataSpaces and EncryptedPackage,
 * no EncryptionInfo), an old .xls (an OLE compound file without them), a PDF, or anything else.
 */
export type JenisBerkas =
  "zip" | "terenkripsi" | "terlindungi-irm" | "ole" | "pdf" | "kosong" | "lain";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** A compound file's directory entry: 128 bytes, the name in UTF-16LE, its byte length at 64. */
const ENTRY = 128;
const STREAM = 2;

function entryName(bytes: Uint8Array, at: number): string {
  const length = bytes[at + 64] | (bytes[at + 65] << 8);
  if (length < 2 || length > 64 || length % 2 !== 0) return "";
  let name = "";
  for (let i = 0; i + 2 < length; i += 2)
    name += String.fromCharCode(bytes[at + i] | (bytes[at + i + 1] << 8));
  return name;
}

/**
 * The compound file has a stream named `name`. Directory entries start on 128-byte boundaries of
 * the sectors after the 512-byte header (sectors are 512 or 4096 bytes, both multiples of 128):
 * every such entry is looked at, so the directory's chain need not be followed.
 */
export function adaStream(bytes: Uint8Array, name: string): boolean {
  for (let at = 512; at + ENTRY <= bytes.length; at += ENTRY)
    if (bytes[at + 66] === STREAM && entryName(bytes, at) === name) return true;
  return false;
}

function jenisOle(bytes: Uint8Array): JenisBerkas {
  if (adaStream(bytes, "EncryptionInfo")) return "terenkripsi";
  return adaStream(bytes, "EncryptedPackage") ? "terlindungi-irm" : "ole";
}

export function jenisBerkas(bytes: Uint8Array): JenisBerkas {
  if (bytes.length === 0) return "kosong";
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return jenisOle(bytes);
  if (startsWith(bytes, PDF)) return "pdf";
  return "lain";
}
