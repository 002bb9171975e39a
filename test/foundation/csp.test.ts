/**
 * The Content-Security-Policy of the shipped pages, as pure logic: inline code is allowed by the
 * hash of its exact text only, scripts never by 'unsafe-inline' or 'unsafe-eval', the help page
 * allows nothing but its own stylesheet, and the policy lands before any script of the page.
 * test/foundation/build.test.ts checks the built pages, test/browser/shared-runtime.test.ts that
 * Chromium enforces the policy without a violation.
 */
import * as crypto from "crypto";
import { helpPolicy, inlineHashes, taskpanePolicy, withCsp } from "../../scripts/csp";

const sha = (text: string) =>
  `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Directive name -> its sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    })
  );
}

const PAGE =
  '<!doctype html><html><head><meta charset=UTF-8><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
  "<script>window.a=1;</script><style>b{}</style><script defer src=x.js></script></head><body></body></html>";

test("inline scripts and styles are hashed by their exact text; external ones are not", () => {
  expect(inlineHashes(PAGE, "script")).toEqual([sha("window.a=1;")]);
  expect(inlineHashes(PAGE, "style")).toEqual([sha("b{}")]);
  expect(inlineHashes(PAGE.replace("window.a=1;", "window.a=2;"), "script")).not.toEqual([
    sha("window.a=1;"),
  ]);
});

test("the task pane allows its own origin, office.js and its own inline script, nothing unsafe for scripts", () => {
  const policy = directives(taskpanePolicy(PAGE));
  expect(policy["default-src"]).toEqual(["'self'"]);
  expect(policy["script-src"]).toEqual([
    "'self'",
    "https://appsforoffice.microsoft.com",
    sha("window.a=1;"),
  ]);
  // Fluent UI (Griffel) and office.js add <style> elements at run time.
  expect(policy["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy["object-src"]).toEqual(["'none'"]);
  expect(policy["connect-src"]).not.toContain("*");
  expect(policy["connect-src"].some((s) => s.startsWith("wss:"))).toBe(false);
  expect(directives(taskpanePolicy(PAGE, { dev: true, port: 3123 }))["connect-src"]).toContain(
    "wss://localhost:3123"
  );
});

test("the help page allows nothing but its own stylesheet", () => {
  const policy = directives(helpPolicy(PAGE));
  expect(policy["default-src"]).toEqual(["'none'"]);
  expect(policy["style-src"]).toEqual([sha("b{}")]);
  expect(policy["script-src"]).toBeUndefined();
  expect(directives(helpPolicy("<html><head></head></html>"))["style-src"]).toEqual(["'none'"]);
});

test("the policy meta comes right after the charset, before any script, and replaces an older one", () => {
  const once = withCsp(PAGE, "default-src 'none'");
  expect(once.indexOf("Content-Security-Policy")).toBeLessThan(once.indexOf("<script"));
  expect(once.indexOf("Content-Security-Policy")).toBeGreaterThan(once.indexOf("charset"));
  const twice = withCsp(once, "default-src 'self'");
  expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
  expect(twice).toContain(`content="default-src 'self'"`);
  expect(() => withCsp("<p>no head</p>", "default-src 'none'")).toThrow(/<head>/);
});
