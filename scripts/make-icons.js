// Draws the add-in icon (three rising bars on a rounded green tile) at the sizes Office asks for
// and writes assets/icon-<size>.png. Pure Node (zlib), so the icons can be redrawn anywhere.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const TILE = [0x10, 0x7c, 0x41]; // Excel-like green
const BAR = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c;
  let crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Coverage (0..1) of pixel (x, y) by the shape, supersampled 4x4 for smooth edges. */
function coverage(size, x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++)
      if (inside((x + (i + 0.5) / 4) / size, (y + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function insideTile(u, v) {
  const r = 0.18;
  const dx = Math.max(r - u, 0, u - (1 - r));
  const dy = Math.max(r - v, 0, v - (1 - r));
  return dx * dx + dy * dy <= r * r;
}

function insideBars(u, v) {
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.42],
    [0.64, 0.8, 0.24],
  ];
  return v <= 0.78 && bars.some(([x0, x1, top]) => u >= x0 && u <= x1 && v >= top);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const tile = coverage(size, x, y, insideTile);
      const bar = coverage(size, x, y, insideBars);
      const rgb = TILE.map((c, i) => Math.round(c * (1 - bar) + BAR[i] * bar));
      row.set([...rgb, Math.round(255 * tile)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(dir, `icon-${size}.png`), png(size));
console.log(`icons: ${SIZES.join(", ")} px in ${dir}`);
