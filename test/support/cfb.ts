/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the named streams, each
 * in regular sectors (padded to 4096 bytes, the mini-stream cutoff, so no mini stream is needed).
 * LibreOffice 7.4 here cannot save an .xlsx with a password from the command line, so the tests
 * build what Excel writes for one (an OLE file with EncryptionInfo and EncryptedPackage streams, the
 * content made up) and an old .xls (a Workbook stream) with this.
 */
const SECTOR = 512;
const CUTOFF = 4096;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

function directoryEntry(
  view: DataView,
  at: number,
  e: { name: string; type: number; child?: number; right?: number; start: number; size: number }
): void {
  for (let i = 0; i < e.name.length; i++) view.setUint16(at + 2 * i, e.name.charCodeAt(i), true);
  view.setUint16(at + 64, (e.name.length + 1) * 2, true);
  view.setUint8(at + 66, e.type);
  view.setUint8(at + 67, 1); // black
  view.setUint32(at + 68, NOSTREAM, true);
  view.setUint32(at + 72, e.right ?? NOSTREAM, true);
  view.setUint32(at + 76, e.child ?? NOSTREAM, true);
  view.setUint32(at + 116, e.start, true);
  view.setUint32(at + 120, e.size, true);
}

/** The compound file of `streams` (at most 3, names shortest first: a right-leaning sibling list). */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  const sectorsOf = (s: { data: Uint8Array }) =>
    Math.ceil(Math.max(s.data.length, CUTOFF) / SECTOR);
  const total = 2 + streams.reduce((n, s) => n + sectorsOf(s), 0);
  const bytes = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, CUTOFF, true);
  view.setUint32(0x3c, END, true); // no mini FAT
  view.setUint32(0x44, END, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREE, true);
  const fat = (n: number, v: number) => view.setUint32(SECTOR + 4 * n, v, true);
  for (let i = 0; i < SECTOR / 4; i++) fat(i, FREE);
  fat(0, FATSECT);
  fat(1, END);
  const dir = SECTOR * 2;
  directoryEntry(view, dir, { name: "Root Entry", type: 5, child: 1, start: END, size: 0 });
  let next = 2;
  streams.forEach((s, i) => {
    const n = sectorsOf(s);
    for (let k = 0; k < n; k++) fat(next + k, k === n - 1 ? END : next + k + 1);
    bytes.set(s.data, SECTOR * (1 + next));
    const right = i + 1 < streams.length ? i + 2 : undefined;
    const size = Math.max(s.data.length, CUTOFF);
    directoryEntry(view, dir + 128 * (i + 1), { name: s.name, type: 2, right, start: next, size });
    next += n;
  });
  return bytes;
}

/** What Excel writes for an .xlsx with a password to open, its encrypted content made up. */
export function xlsxBersandi(): Uint8Array {
  const info = new Uint8Array(200);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // agile encryption, version 4.4
  const paket = new Uint8Array(5000).map((_, i) => (i * 131 + 7) & 0xff);
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: paket },
  ]);
}

/**
 * An .xlsx protected by a sensitivity label or IRM: \x06DataSpaces (a storage in Excel's files, a
 * stream here: only its name is looked at) and EncryptedPackage, no EncryptionInfo.
 */
export function xlsxBerlabel(): Uint8Array {
  const paket = new Uint8Array(5000).map((_, i) => (i * 89 + 3) & 0xff);
  return compoundFile([
    { name: "\x06DataSpaces", data: new Uint8Array(64) },
    { name: "EncryptedPackage", data: paket },
  ]);
}

/** An old .xls: a compound file with a Workbook stream. */
export function xlsLama(): Uint8Array {
  return compoundFile([{ name: "Workbook", data: new Uint8Array([0x09, 0x08, 0x10, 0, 0, 6]) }]);
}
