// `npm run validate`: offline structural check of manifest.xml (and of dist/manifest.xml after a
// build). `npm run validate -- --online` also sends it to Microsoft's validation service.
require("./ts-register");
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest/check.ts");

const root = path.join(__dirname, "..");
let failed = false;

function report(label, file, options) {
  const { problems, facts } = checkManifest(fs.readFileSync(file, "utf8"), options);
  if (problems.length === 0) {
    console.log(
      `✓ ${label}: sah (alamat dasar ${facts.baseUrl}, namespace ${facts.namespace}, ${facts.urls.length} URL, ${facts.icons.length} ikon)`
    );
  } else {
    failed = true;
    console.log(`✗ ${label}: ${problems.length} masalah`);
    for (const p of problems) console.log(`  - ${p}`);
  }
}

report("manifest.xml", path.join(root, "manifest.xml"), { filesDir: root, onlyIcons: true });
const built = path.join(root, "dist", "manifest.xml");
if (fs.existsSync(built)) report("dist/manifest.xml", built, { filesDir: path.join(root, "dist") });

// xmllint (Debian libxml2-utils) checks well-formedness independently of our parser, where present.
// Found as the tests find it (XMLLINT_PATH, else PATH): scripts/system-deps.js.
const xmllint = require("./system-deps").locate("xmllint").path;
if (!xmllint) console.log("(xmllint tidak terpasang; lewati pemeriksaan xmllint)");
else {
  const checked = spawnSync(xmllint, ["--noout", path.join(root, "manifest.xml")], {
    stdio: "inherit",
  });
  if (checked.status !== 0) failed = true;
}

if (process.argv.includes("--online")) {
  console.log("Mengirim manifest ke layanan validasi Microsoft (perlu internet)...");
  const online = spawnSync(
    "npx",
    // --no: the devDependency of package-lock.json, never a download of whatever is newest.
    ["--no", "office-addin-manifest", "validate", path.join(root, "manifest.xml")],
    { stdio: "inherit", shell: process.platform === "win32" }
  );
  if (online.status !== 0) failed = true;
}

process.exit(failed ? 1 : 0);
