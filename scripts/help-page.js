// bantuan.html from docs/*.md. The markdown is rendered with no raw HTML passing through: every
// HTML token is escaped (shown as text) except the bare anchors `<a id="…"></a>` that the
// functions' help links point at, and links or images to anything but http(s), mailto or a
// relative address lose their target. A doc can therefore never put script into the help page.
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

/** A marked instance that escapes raw HTML and drops unsafe link targets. */
async function safeMarked() {
  const { Marked } = await import("marked");
  return new Marked({
    renderer: {
      html: (token) => (ANCHOR.test(token.text.trim()) ? token.text : escapeHtml(token.text)),
    },
    walkTokens: (token) => {
      if ((token.type === "link" || token.type === "image") && !safeUrl(token.href))
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
