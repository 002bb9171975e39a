/**
 * The help page renders docs/*.md with no raw HTML passing through: a malicious snippet in a doc
 * comes out as visible text, never as markup or script. marked is ESM-only, so the renderer runs in
 * a Node child process, exactly as webpack.config.js calls it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const TEMPLATE = "<html><head></head><body><!-- isi --></body></html>";

function render(markdown: string): string {
  const script = `require(${JSON.stringify(path.join(root, "scripts", "help-page.js"))})
    .renderHelp(process.argv[1], [process.argv[2]]).then((html) => process.stdout.write(html));`;
  return execFileSync(process.execPath, ["-e", script, TEMPLATE, markdown], { encoding: "utf8" });
}

const MALICIOUS = [
  "# Judul",
  "",
  'Teks <img src=x onerror="alert(1)"> dan <script>alert(2)</script> <b onclick="x()">tebal</b>',
  "",
  "<div>",
  '<iframe src="https://contoh.invalid"></iframe>',
  "</div>",
  "",
  "[klik](javascript:alert(3)) [KLIK](JaVaScRiPt:alert(4)) ![gambar](data:text/html,x) [aman](bantuan.html#capaian)",
  "[entitas](javascript&#58;alert(5)) [hex](javascript&#x3A;alert(6)) [nama](javascript&colon;alert(7)) [tab](java&#9;script:alert(8))",
  "",
  '<a id="persen"></a> <a id="x" onmouseover="alert(5)">z</a>',
].join("\n");

test("raw HTML in a doc is shown as text, not rendered", () => {
  const html = render(MALICIOUS);
  expect(html).toContain("<h1>Judul</h1>");
  for (const tag of ["<img src=x", "<script", "<b onclick", "<div>", "<iframe", 'onmouseover="']) {
    expect(html).not.toContain(tag);
  }
  expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  expect(html).toContain("&lt;iframe src=&quot;https://contoh.invalid&quot;&gt;&lt;/iframe&gt;");
});

test("links and images to javascript: or data: lose their target; safe links keep it", () => {
  const html = render(MALICIOUS);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/src="data:/i);
  // An entity or a tab inside the scheme would be decoded by the browser: those targets go too.
  for (const label of ["entitas", "hex", "nama", "tab"])
    expect(html).toContain(`<a href="#">${label}</a>`);
  expect(html).toContain('<a href="bantuan.html#capaian">aman</a>');
});

test("images are left out of the help page, their alt text too", () => {
  const html = render("Teks\n\n![Panel selebar 320 piksel](img/panduan-1-cari.png)\n");
  expect(html).toContain("<p>Teks</p>");
  expect(html).not.toMatch(/<img|panduan-1-cari|Panel selebar/);
});

test("the bare anchors that the functions' help links point at stay", () => {
  expect(render(MALICIOUS)).toContain('<a id="persen"></a>');
  // Every anchor of the real docs survives, so bantuan.html#capaian etc. still land.
  const doc = fs.readFileSync(path.join(root, "docs", "fungsi-iki.md"), "utf8");
  const anchors = [...doc.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  expect(anchors.length).toBeGreaterThan(5);
  const html = render(doc);
  for (const id of anchors) expect(html).toContain(`<a id="${id}"></a>`);
  expect(html).not.toContain("&lt;a id=");
});

test("tables carry their column names for the narrow layout; formulas may break after a separator", () => {
  const html = render(
    [
      "| Cara | Arti |",
      "|---|---|",
      "| **kumulatif** | jumlah <b>TW</b> |",
      "",
      "```",
      "=IKI.PERSEN(D5;E5)",
      "```",
    ].join("\n")
  );
  expect(html).toContain('<td data-label="Cara"><strong>kumulatif</strong></td>');
  expect(html).toContain('<td data-label="Arti">jumlah &lt;b&gt;TW&lt;/b&gt;</td>');
  expect(html).toContain('<th scope="col">Cara</th>');
  expect(html).toContain("<pre><code>=IKI.PERSEN(<wbr>D5;<wbr>E5)</code></pre>");
});
