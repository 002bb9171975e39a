// House rule: src/capaian is pure maths, importing nothing outside itself (no Office, React or catalog).
import * as fs from "fs";
import * as path from "path";

const dir = path.join(__dirname, "../../src/capaian");

test.each(fs.readdirSync(dir).filter((f) => f.endsWith(".ts")))(
  "%s imports only sibling modules",
  (file) => {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const imports = [...source.matchAll(/(?:from|import)\s+["']([^"']+)["']/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith("./"))).toEqual([]);
    const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    expect(code).not.toMatch(/\bCustomFunctions\b|\bOffice\b|\bExcel\./);
    expect(code).not.toMatch(/console\.log/);
  }
);
