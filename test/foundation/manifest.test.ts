import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest/check";
import { resolveBaseUrl, rewriteBaseUrl } from "../../scripts/base-url";

const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const check = (xml: string) => checkManifest(xml, { filesDir: root, onlyIcons: true });

/** Replaces exactly one occurrence, so a test cannot silently change nothing. */
function breakOnce(xml: string, from: string, to: string): string {
  const count = xml.split(from).length - 1;
  if (count !== 1) throw new Error(`"${from}" occurs ${count} times in manifest.xml`);
  return xml.replace(from, to);
}

describe("manifest.xml", () => {
  test("passes the structural check", () => {
    expect(check(manifest).problems).toEqual([]);
  });

  test("is an Excel add-in named in Bahasa Indonesia with namespace IKI and one https base", () => {
    const { facts } = check(manifest);
    expect(facts?.namespace).toBe("IKI");
    expect(facts?.baseUrl).toBe("https://localhost:3000/");
    expect(manifest).toContain('<DisplayName DefaultValue="IKI Dinas Sosial"/>');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(facts?.urls.every((u) => u.url.startsWith("https://localhost:3000/"))).toBe(true);
  });

  test("declares icons of 16, 32, 64 and 80 px that exist as PNGs of that size", () => {
    const sizes = new Set(check(manifest).facts?.icons.map((i) => i.size));
    expect([...sizes].sort((a, b) => a! - b!)).toEqual([16, 32, 64, 80]);
  });

  describe("goes red on a deliberately broken copy", () => {
    test("a resid that points nowhere", () => {
      const broken = breakOnce(
        manifest,
        '<Label resid="IkiGroup.Label"/>',
        '<Label resid="IkiGroup.Lable"/>'
      );
      expect(check(broken).problems).toEqual([expect.stringContaining('resid="IkiGroup.Lable"')]);
    });

    test("a resid of the wrong kind (a string where a URL is needed)", () => {
      const broken = breakOnce(
        manifest,
        '<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>',
        '<LearnMoreUrl resid="GetStarted.Title"/>'
      );
      expect(check(broken).problems.join("\n")).toMatch(/LearnMoreUrl resid="GetStarted.Title"/);
    });

    test("runtime resids that differ between Runtime and the custom functions Page", () => {
      const broken = breakOnce(
        manifest,
        '<Page>\n              <SourceLocation resid="Taskpane.Url"/>',
        '<Page>\n              <SourceLocation resid="Functions.Page.Url"/>'
      ).replace(
        "<bt:Urls>",
        '<bt:Urls>\n        <bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/>'
      );
      const problems = check(broken).problems;
      expect(problems).toEqual([
        expect.stringMatching(
          /Shared runtime: resid CustomFunctions Page "Functions.Page.Url" berbeda/
        ),
      ]);
    });

    test("a FunctionFile outside the shared runtime", () => {
      const broken = breakOnce(
        manifest,
        '<FunctionFile resid="Taskpane.Url"/>',
        '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'
      );
      expect(check(broken).problems).toEqual([
        expect.stringMatching(/FunctionFile "GetStarted.LearnMoreUrl" berbeda/),
      ]);
    });

    test("a short-lived runtime and a missing SharedRuntime requirement", () => {
      const broken = breakOnce(manifest, 'lifetime="long"', 'lifetime="short"').replace(
        '<Set Name="SharedRuntime" MinVersion="1.1"/>',
        ""
      );
      expect(check(broken).problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/lifetime="long"/),
          expect.stringMatching(/SharedRuntime/),
        ])
      );
    });

    test("an http URL and a URL under another base", () => {
      const broken = breakOnce(
        manifest,
        'DefaultValue="https://localhost:3000/functions.json"',
        'DefaultValue="http://localhost:3000/functions.json"'
      ).replace(
        'DefaultValue="https://localhost:3000/assets/icon-80.png"',
        'DefaultValue="https://cdn.example.org/icon-80.png"'
      );
      const problems = check(broken).problems.join("\n");
      expect(problems).toMatch(/harus https: http:\/\/localhost:3000\/functions.json/);
      expect(problems).toMatch(
        /tidak di bawah alamat dasar https:\/\/localhost:3000\/: https:\/\/cdn.example.org\/icon-80.png/
      );
    });

    test("another namespace, a broader permission, a missing icon file", () => {
      const broken = breakOnce(manifest, 'DefaultValue="IKI"', 'DefaultValue="KPI"')
        .replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteDocument2</Permissions>"
        )
        .replace("assets/icon-16.png", "assets/icon-17.png");
      const problems = check(broken).problems.join("\n");
      expect(problems).toMatch(/Namespace fungsi harus "IKI"/);
      expect(problems).toMatch(/Permissions harus ReadWriteDocument/);
      expect(problems).toMatch(/Ikon assets\/icon-17.png tidak ada/);
    });

    test("malformed XML", () => {
      expect(check(manifest.replace("</OfficeApp>", "")).problems[0]).toMatch(/XML tidak sah/);
    });
  });
});

describe("base URL for production builds", () => {
  test("defaults to the development base and normalises a configured one", () => {
    expect(resolveBaseUrl(undefined)).toBe("https://localhost:3000/");
    expect(resolveBaseUrl("https://addin.malangkab.go.id/iki")).toBe(
      "https://addin.malangkab.go.id/iki/"
    );
  });

  test("rejects http and malformed values with a message", () => {
    expect(() => resolveBaseUrl("http://intranet/iki/")).toThrow(/harus https/);
    expect(() => resolveBaseUrl("bukan url")).toThrow(/bukan alamat yang sah/);
  });

  test("a rewritten manifest passes the check under the new base, AppDomain included", () => {
    const base = "https://addin.malangkab.go.id/iki/";
    const rewritten = rewriteBaseUrl(manifest, base);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten).toContain("<AppDomain>https://addin.malangkab.go.id</AppDomain>");
    const { problems, facts } = checkManifest(rewritten);
    expect(problems).toEqual([]);
    expect(facts?.baseUrl).toBe(base);
  });
});
