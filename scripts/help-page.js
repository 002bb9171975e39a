// bantuan.html from docs/*.md. The markdown is rendered with no raw HTML passing through: every
// HTML token is escaped (shown as text) except the bare anchors `<a id="…"></a>` that the
// functions' help links point at, and links to anything but http(s), mailto or a relative address
// lose their target. A doc can therefore never put script into the help page. Images are left out:
// the screenshots of docs/ are for reading on GitHub; the pane's help stays small and text only.
const fs = require("fs");

const ANCHOR = /^(<a id="[A-Za-z0-9_-]+">|<\/a>|<a id="[A-Za-z0-9_-]+"><\/a>)$/;
/**
 * A link target kept as written: an explicit http(s) or mailto scheme, or a relative address with no
 * scheme at all. A relative one holding "&" or a control character is refused: the browser decodes
 * entities in href ("javascript&#58;…" is javascript:), so it could hide a scheme.
 */
function safeUrl(href) {
  const h = href.trim();
  if (/^(https?:|mailto:)/i.test(h)) return true;
  // eslint-disable-next-line no-control-regex
  return !/[&\u0000-\u0020]/.test(h) && /^(#|[^:]*$)/.test(h);
}

const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );

/**
 * A table whose body cells carry their column's name (data-label): on a narrow pane the CSS folds
 * each row into a stacked card that names every value, instead of a table wider than the screen.
 */
function foldingTable(token, inline) {
  const align = (cell) => (cell.align ? ` class="rata-${cell.align}"` : "");
  const labels = token.header.map((cell) =>
    inline(cell)
      .replace(/<[^>]*>/g, "")
      .replace(/"/g, "&quot;")
  );
  const head = token.header.map((c) => `<th scope="col"${align(c)}>${inline(c)}</th>`).join("");
  const rows = token.rows.map(
    (row) =>
      `<tr>${row.map((c, i) => `<td data-label="${labels[i]}"${align(c)}>${inline(c)}</td>`).join("")}</tr>`
  );
  return `<table class="lipat">\n<thead><tr>${head}</tr></thead>\n<tbody>${rows.join("\n")}</tbody>\n</table>\n`;
}

/** A marked instance that escapes raw HTML and drops unsafe link targets. */
async function safeMarked() {
  const { Marked } = await import("marked");
  return new Marked({
    renderer: {
      html: (token) => (ANCHOR.test(token.text.trim()) ? token.text : escapeHtml(token.text)),
      // A formula may break after ";", "," or "(" (the pane is narrow), never mid-name.
      code: (token) =>
        `<pre><code>${escapeHtml(token.text).replace(/([;,(])(?!$)/gm, "$1<wbr>")}</code></pre>\n`,
      image: () => "",
      table(token) {
        return foldingTable(token, (cell) => this.parser.parseInline(cell.tokens));
      },
    },
    walkTokens: (token) => {
      if (token.type === "link" && !safeUrl(token.href))
        token.href = "#";
    },
  });
}

/** The help page: `template` with `<!-- isi -->` replaced by the rendered docs. */
async function renderHelp(template, markdowns) {
  const marked = await safeMarked();
  const body = markdowns.map((md) => marked.parse(md)).join("\n<hr>\n");
  return template.replace("<!-- isi -->", () => body);
}

/** bantuan.html of the build, from src/help/bantuan.html and the docs that exist. */
function buildHelp(root = process.cwd()) {
  const read = (f) => fs.readFileSync(`${root}/${f}`, "utf8");
  const docs = ["docs/panduan.md", "docs/fungsi-iki.md"].filter((f) =>
    fs.existsSync(`${root}/${f}`)
  );
  return renderHelp(read("src/help/bantuan.html"), docs.map(read));
}

module.exports = { renderHelp, buildHelp, escapeHtml };
