/**
 * The charts of the sheets OUT keeps from IN, carried over (ExcelJS 4.4 drops them): each kept
 * sheet's drawing that holds a chart is copied from IN's package with every part it leads to
 * (charts, their styles and colours, embedded data), renamed where OUT already has a part of that
 * name, declared with IN's content types, and related from the sheet as a <drawing>. A sheet to
 * which ExcelJS wrote a drawing of its own (its pictures) is left so: its charts are counted lost
 * (package-contents.ts), never merged by guesswork.
 */
import type JSZip from "jszip";
import { nextRelId, placeDrawing } from "./package-parts";
import { attr, partRels, relsPath, sheetParts, type SheetPackage } from "./package-read";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** `to` relative to the folder of `from` (both package paths). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => ".."), ...b.slice(i)].join("/");
}

/**
 * A free name in OUT for IN's `path`: itself, else with a number before the extension (at the end
 * of a name without one).
 */
export function freePath(out: JSZip, path: string, taken: Set<string>): string {
  const free = (p: string) => !out.file(p) && !taken.has(p);
  if (free(path)) return path;
  const m = /^(.*?)(\d*)((?:\.[^./]+)?)$/.exec(path) as RegExpExecArray;
  let n = Number(m[2] || 1) + 1;
  while (!free(`${m[1]}${n}${m[3]}`)) n++;
  return `${m[1]}${n}${m[3]}`;
}

/** Copies `part` and every internal part it leads to; IN path -> OUT path of each copied. */
async function copyTree(masuk: JSZip, out: JSZip, part: string, copied: Map<string, string>) {
  if (copied.has(part) || !masuk.file(part)) return;
  copied.set(part, freePath(out, part, new Set(copied.values())));
  const rels = (await partRels(masuk, part)).filter((r) => !r.external);
  for (const r of rels) await copyTree(masuk, out, r.target, copied);
  const bytes = (await masuk.file(part)?.async("uint8array")) as Uint8Array;
  const to = copied.get(part) as string;
  out.file(to, bytes);
  const relsXml = await masuk.file(relsPath(part))?.async("string");
  if (relsXml === undefined) return;
  // Each internal target re-pointed at its copy, relative to the copy's folder.
  const byId = new Map(rels.map((r) => [r.id, copied.get(r.target)]));
  const moved = relsXml.replace(/<Relationship\s[^>]*>/g, (tag) => {
    const target = byId.get(attr(tag, "Id") ?? "");
    return target === undefined
      ? tag
      : tag.replace(/\sTarget="[^"]*"/, ` Target="${relativeTarget(to, target)}"`);
  });
  out.file(relsPath(to), moved);
}

/** OUT's content types with those of the copied parts, as IN declares them. */
function declare(inTypes: string, outTypes: string, copied: Map<string, string>): string {
  const added: string[] = [];
  for (const [from, to] of copied) {
    const override = [...inTypes.matchAll(/<Override\s[^>]*>/g)].find(
      (m) => attr(m[0], "PartName") === `/${from}`
    );
    const ext = /\.([^./]+)$/.exec(to)?.[1] ?? "";
    const hasDefault = (t: string) =>
      [...t.matchAll(/<Default\s[^>]*>/g)].find(
        (m) => attr(m[0], "Extension")?.toLowerCase() === ext.toLowerCase()
      );
    if (override) added.push(override[0].replace(/PartName="[^"]*"/, `PartName="/${to}"`));
    else if (!hasDefault(outTypes + added.join(""))) {
      const d = hasDefault(inTypes);
      if (d) added.push(d[0]);
    }
  }
  return outTypes.replace("</Types>", `${added.join("")}</Types>`);
}

/** Carries the drawings with charts of the `kept` sheets from IN (`masuk`) into OUT. */
export async function carryKeptCharts(
  masuk: JSZip,
  packages: Map<string, SheetPackage>,
  out: JSZip,
  kept: string[]
): Promise<void> {
  const parts = await sheetParts(out);
  const copied = new Map<string, string>();
  for (const name of kept) {
    const drawing = packages.get(name)?.rels.find((r) => r.type === "drawing" && !r.external);
    const part = parts.get(name);
    if (!drawing || !part) continue;
    const charts = (await partRels(masuk, drawing.target)).filter((r) => /^chart/.test(r.type));
    const xml = (await out.file(part)?.async("string")) as string;
    if (charts.length === 0 || /<drawing[\s/>]/.test(xml)) continue;
    const before = new Set(copied.values());
    await copyTree(masuk, out, drawing.target, copied);
    const to = copied.get(drawing.target);
    if (!to || before.has(to)) continue;
    const rels = (await out.file(relsPath(part))?.async("string")) ?? EMPTY_RELS;
    const id = nextRelId(rels);
    const rel = `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="${relativeTarget(part, to)}"/>`;
    out.file(relsPath(part), rels.replace("</Relationships>", `${rel}</Relationships>`));
    out.file(part, placeDrawing(xml, id));
  }
  const types = async (z: JSZip) => (await z.file("[Content_Types].xml")?.async("string")) ?? "";
  if (copied.size > 0)
    out.file("[Content_Types].xml", declare(await types(masuk), await types(out), copied));
}
