/**
 * Offline structural check of manifest.xml. Microsoft's validator is an online service and no
 * package ships the XSDs, so this checks what breaks an add-in in practice: dangling resids,
 * a shared runtime whose resids differ, mixed or http URLs, missing icons.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

// xmldom's DOM types are its own; the check only walks elements and attributes.
type El = {
  tagName: string;
  localName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): { length: number; [i: number]: El };
  parentNode: El | null;
};

export interface ManifestFacts {
  baseUrl: string;
  namespace: string | undefined;
  /** Every URL the manifest names, by where it stands. */
  urls: { where: string; url: string }[];
  /** Icons: declared size (when the manifest gives one) and URL. */
  icons: { size: number | undefined; url: string }[];
}

export interface CheckResult {
  problems: string[];
  facts: ManifestFacts | undefined;
}

const REQUIRED_NAMESPACE = "IKI";
const REQUIRED_PERMISSION = "ReadWriteDocument";
const MAX_RESID_LENGTH = 32;

/** Which resource list a resid-bearing element must point into. */
const RESID_KIND: Record<string, "Images" | "Urls" | "Strings"> = {
  "bt:Image": "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Namespace: "Strings",
  Label: "Strings",
  Title: "Strings",
  Description: "Strings",
};

function all(root: El, tag: string): El[] {
  const list = root.getElementsByTagName(tag);
  const out: El[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]);
  return out;
}

function attr(el: El | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name);
  return v === null || v === undefined || v === "" ? undefined : v;
}

function xsiType(el: El): string | undefined {
  return attr(el, "xsi:type");
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = fs.readFileSync(file);
  if (
    buf.length < 24 ||
    buf.readUInt32BE(0) !== 0x89504e47 ||
    buf.toString("ascii", 12, 16) !== "IHDR"
  )
    return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * Checks manifest text. With `filesDir`, every URL under the base must be a file there and each
 * icon a PNG of its declared size (the source tree for icons, dist/ for a whole build).
 */
export function checkManifest(
  xml: string,
  options: { filesDir?: string; onlyIcons?: boolean } = {}
): CheckResult {
  const problems: string[] = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") throw new Error(msg);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    return { problems: [`XML tidak sah: ${(e as Error).message}`], facts: undefined };
  }
  const root = doc.documentElement as unknown as El | null;
  if (!root || root.localName !== "OfficeApp")
    return { problems: ["Elemen akar harus OfficeApp"], facts: undefined };

  const text = (tag: string) => all(root, tag)[0]?.textContent?.trim();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id") ?? ""))
    problems.push("Id harus GUID");
  if (!/^\d+(\.\d+){0,3}$/.test(text("Version") ?? ""))
    problems.push("Version harus berbentuk n.n.n.n");
  if (!attr(all(root, "DisplayName")[0], "DefaultValue")) problems.push("DisplayName kosong");
  if (text("Permissions") !== REQUIRED_PERMISSION)
    problems.push(
      `Permissions harus ${REQUIRED_PERMISSION} (izin paling kecil yang cukup untuk menulis lembar)`
    );
  const hostNames = all(root, "Host")
    .map((h) => attr(h, "Name"))
    .filter(Boolean);
  if (!hostNames.includes("Workbook")) problems.push('Hosts harus memuat Host Name="Workbook"');

  // Resources, by kind.
  const resources = {
    Images: new Map(
      all(root, "bt:Image")
        .filter((e) => attr(e, "id"))
        .map((e) => [attr(e, "id")!, attr(e, "DefaultValue") ?? ""])
    ),
    Urls: new Map(
      all(root, "bt:Url").map((e) => [attr(e, "id") ?? "", attr(e, "DefaultValue") ?? ""])
    ),
    Strings: new Map(
      all(root, "bt:String").map((e) => [attr(e, "id") ?? "", attr(e, "DefaultValue") ?? ""])
    ),
  };
  for (const [kind, map] of Object.entries(resources)) {
    for (const id of map.keys())
      if (id.length > MAX_RESID_LENGTH)
        problems.push(`resid "${id}" (${kind}) lebih dari ${MAX_RESID_LENGTH} karakter`);
  }
  const declared = [...all(root, "bt:Image"), ...all(root, "bt:Url"), ...all(root, "bt:String")]
    .map((e) => attr(e, "id"))
    .filter(Boolean);
  const dup = declared.filter((id, i) => declared.indexOf(id) !== i);
  if (dup.length) problems.push(`resid ganda: ${[...new Set(dup)].join(", ")}`);

  // Every resid resolves, into the right kind of resource.
  for (const tag of Object.keys(RESID_KIND)) {
    for (const el of all(root, tag)) {
      const resid = attr(el, "resid");
      if (!resid) continue;
      const kind = RESID_KIND[tag];
      if (!resources[kind].has(resid))
        problems.push(`<${tag} resid="${resid}"> tidak menunjuk ke ${kind} mana pun di Resources`);
    }
  }

  // Shared runtime: one resid for Runtime, the custom functions Page, FunctionFile and the task pane.
  const sets = all(root, "Set").map((s) => attr(s, "Name"));
  if (!sets.includes("SharedRuntime")) problems.push("Requirements harus memuat Set SharedRuntime");
  const runtimes = all(root, "Runtime");
  if (runtimes.length !== 1) problems.push(`Harus ada tepat satu Runtime (ada ${runtimes.length})`);
  const runtime = runtimes[0];
  if (runtime && attr(runtime, "lifetime") !== "long")
    problems.push('Runtime harus lifetime="long"');
  const runtimeResid = attr(runtime, "resid");
  const cfPoint = all(root, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
  if (!cfPoint) problems.push("Tidak ada ExtensionPoint CustomFunctions");
  const pageResid =
    cfPoint && attr(all(all(cfPoint, "Page")[0] ?? cfPoint, "SourceLocation")[0], "resid");
  const functionFileResid = attr(all(root, "FunctionFile")[0], "resid");
  const taskpaneActions = all(root, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
  if (taskpaneActions.length === 0)
    problems.push("Tidak ada tombol pita (Action ShowTaskpane) yang membuka panel");
  const wiring: [string, string | undefined][] = [
    ["Runtime", runtimeResid],
    ["CustomFunctions Page", pageResid],
    ["FunctionFile", functionFileResid],
    ...taskpaneActions.map((a): [string, string | undefined] => [
      "ShowTaskpane",
      attr(all(a, "SourceLocation")[0], "resid"),
    ]),
  ];
  for (const [where, resid] of wiring) {
    if (resid !== runtimeResid)
      problems.push(
        `Shared runtime: resid ${where} "${resid}" berbeda dengan Runtime "${runtimeResid}"`
      );
  }

  // Namespace of the custom functions.
  const nsResid = cfPoint && attr(all(cfPoint, "Namespace")[0], "resid");
  const namespace = nsResid ? resources.Strings.get(nsResid) : undefined;
  if (namespace !== REQUIRED_NAMESPACE)
    problems.push(`Namespace fungsi harus "${REQUIRED_NAMESPACE}" (sekarang "${namespace}")`);
  const scriptResid =
    cfPoint && attr(all(all(cfPoint, "Script")[0] ?? cfPoint, "SourceLocation")[0], "resid");
  const metadataResid =
    cfPoint && attr(all(all(cfPoint, "Metadata")[0] ?? cfPoint, "SourceLocation")[0], "resid");
  if (!scriptResid) problems.push("CustomFunctions tanpa Script");
  if (!metadataResid) problems.push("CustomFunctions tanpa Metadata");

  // URLs: https, one base.
  const urls: { where: string; url: string }[] = [];
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]) {
    for (const el of all(root, tag)) {
      const v = attr(el, "DefaultValue");
      if (v) urls.push({ where: tag, url: v });
    }
  }
  for (const [id, v] of resources.Urls) urls.push({ where: `bt:Url ${id}`, url: v });
  for (const [id, v] of resources.Images) urls.push({ where: `bt:Image ${id}`, url: v });
  const taskpaneUrl = runtimeResid ? resources.Urls.get(runtimeResid) : undefined;
  const baseUrl = taskpaneUrl ? taskpaneUrl.slice(0, taskpaneUrl.lastIndexOf("/") + 1) : "";
  for (const { where, url } of urls) {
    if (!url.startsWith("https://")) problems.push(`${where}: URL harus https: ${url}`);
    else if (!baseUrl || !url.startsWith(baseUrl))
      problems.push(`${where}: URL tidak di bawah alamat dasar ${baseUrl}: ${url}`);
  }
  const baseOrigin = baseUrl ? new URL(baseUrl).origin : "";
  for (const el of all(root, "AppDomain")) {
    const domain = el.textContent?.trim() ?? "";
    if (domain !== baseOrigin)
      problems.push(`AppDomain ${domain} berbeda dengan asal alamat dasar ${baseOrigin}`);
  }
  if (metadataResid && !resources.Urls.get(metadataResid)?.endsWith("/functions.json"))
    problems.push("Metadata harus menunjuk ke functions.json");

  // Icons.
  const icons: { size: number | undefined; url: string }[] = [];
  for (const el of all(root, "bt:Image")) {
    const size = attr(el, "size");
    const resid = attr(el, "resid");
    if (size && resid && resources.Images.has(resid))
      icons.push({ size: Number(size), url: resources.Images.get(resid)! });
  }
  const iconUrl = attr(all(root, "IconUrl")[0], "DefaultValue");
  const hiResUrl = attr(all(root, "HighResolutionIconUrl")[0], "DefaultValue");
  if (!iconUrl) problems.push("IconUrl tidak ada");
  else icons.push({ size: 32, url: iconUrl });
  if (!hiResUrl) problems.push("HighResolutionIconUrl tidak ada");
  else icons.push({ size: 64, url: hiResUrl });
  for (const need of [16, 32, 80]) {
    if (!icons.some((i) => i.size === need))
      problems.push(`Ikon ukuran ${need} tidak dideklarasikan`);
  }

  if (options.filesDir && baseUrl) {
    const local = (url: string) =>
      path.join(options.filesDir!, decodeURIComponent(url.slice(baseUrl.length)));
    const checked = options.onlyIcons ? [] : urls.filter((u) => u.url.startsWith(baseUrl));
    for (const { where, url } of checked) {
      if (!fs.existsSync(local(url)))
        problems.push(
          `${where}: berkas ${url.slice(baseUrl.length)} tidak ada di ${options.filesDir}`
        );
    }
    for (const icon of icons) {
      if (!icon.url.startsWith(baseUrl)) continue;
      const file = local(icon.url);
      if (!fs.existsSync(file)) {
        problems.push(`Ikon ${icon.url.slice(baseUrl.length)} tidak ada`);
        continue;
      }
      const dim = pngSize(file);
      if (!dim) problems.push(`Ikon ${icon.url.slice(baseUrl.length)} bukan PNG`);
      else if (icon.size && (dim.width !== icon.size || dim.height !== icon.size))
        problems.push(
          `Ikon ${icon.url.slice(baseUrl.length)} berukuran ${dim.width}x${dim.height}, seharusnya ${icon.size}x${icon.size}`
        );
    }
  }

  return { problems, facts: { baseUrl, namespace, urls, icons } };
}
