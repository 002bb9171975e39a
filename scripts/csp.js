// Content-Security-Policy of the pages the add-in ships, as a <meta> (a static server cannot be
// relied on to send headers). Inline scripts are allowed by their hash only, computed from the
// page as emitted (after minification), so a policy can never drift from the page it guards.
const crypto = require("crypto");

// office.js and what it loads itself: its host scripts and locale strings from the same CDN, an
// error page in a hidden frame, and its own telemetry (Aria).
const OFFICE_JS = "https://appsforoffice.microsoft.com";
const OFFICE_TELEMETRY = "https://*.pipe.aria.microsoft.com";

/** 'sha256-…' sources of the inline <script> (or <style>) elements of a page, in page order. */
function inlineHashes(html, tag) {
  const hashes = [];
  const pattern = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "gi");
  for (const [, attributes = "", body] of html.matchAll(pattern)) {
    if (/\ssrc\s*=/i.test(attributes) || body.trim() === "") continue;
    hashes.push(`'sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return hashes;
}

/**
 * The task pane (shared runtime: pane and custom functions). Fluent UI (Griffel) and office.js
 * inject <style> elements at run time, so styles need 'unsafe-inline'; scripts never do.
 * `dev` names the dev server's live-reload socket: CSP3 browsers count a same-origin wss under
 * 'self' already; older webviews (EdgeHTML) need it named.
 */
function taskpanePolicy(html, { dev = false, port = 3000 } = {}) {
  const connect = ["'self'", OFFICE_JS, OFFICE_TELEMETRY];
  if (dev) connect.push(`wss://localhost:${port}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS} ${inlineHashes(html, "script").join(" ")}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    `frame-src ${OFFICE_JS}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The help page: static text and its one stylesheet, nothing else. */
function helpPolicy(html) {
  return [
    "default-src 'none'",
    `style-src ${inlineHashes(html, "style").join(" ") || "'none'"}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * The page with its policy right after <meta charset> (or <head>): before any script or style, so
 * it guards all of them. An earlier policy meta is replaced, never stacked.
 */
function withCsp(html, policy) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  const page = html.replace(/<meta http-equiv="?Content-Security-Policy"?[^>]*>/gi, "");
  const anchor = /<meta charset[^>]*>/i.test(page) ? /<meta charset[^>]*>/i : /<head[^>]*>/i;
  if (!anchor.test(page)) throw new Error("Halaman tanpa <head>: CSP tidak dapat dipasang.");
  return page.replace(anchor, (found) => found + meta);
}

module.exports = { inlineHashes, taskpanePolicy, helpPolicy, withCsp, OFFICE_JS };
