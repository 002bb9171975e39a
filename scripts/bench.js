// `npm run bench`: runs every scripts/bench/*.bench.ts and prints its figures as one table.
// Each bench module exports `run(): Promise<Figure[]>` with Figure = { name, value, unit, note? }.
require("./ts-register");
const fs = require("fs");
const path = require("path");

async function main() {
  const dir = path.join(__dirname, "bench");
  const only = process.argv[2];
  const all = fs.readdirSync(dir).filter((f) => f.endsWith(".bench.ts"));
  // A bench named exactly runs alone ("gabung" is not also "gabung-pane"); else every one containing it.
  const exact = all.filter((f) => f === `${only}.bench.ts`);
  const files = (exact.length > 0 ? exact : all.filter((f) => !only || f.includes(only))).sort();
  const rows = [];
  for (const file of files) {
    const started = Date.now();
    const figures = await require(path.join(dir, file)).run();
    for (const f of figures) rows.push({ bench: file.replace(".bench.ts", ""), ...f });
    console.error(`${file}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const fmt = (v) =>
    typeof v === "number"
      ? Number.isInteger(v)
        ? v.toLocaleString("en-US")
        : v.toPrecision(4)
      : String(v);
  const widths = [0, 0, 0];
  const lines = rows.map((r) => [
    `${r.bench}: ${r.name}`,
    fmt(r.value),
    `${r.unit}${r.note ? `  (${r.note})` : ""}`,
  ]);
  for (const l of lines) l.forEach((c, i) => (widths[i] = Math.max(widths[i], c.length)));
  for (const l of lines)
    console.log(`${l[0].padEnd(widths[0])}  ${l[1].padStart(widths[1])}  ${l[2]}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
