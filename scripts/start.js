// `npm start`. Windows and macOS: build, start the dev server and sideload into desktop Excel
// with office-addin-debugging (fetched on first use at the exact version of pinned.js: its
// keychain dependency does not build on Linux, so it is not in the default install). Linux has no
// desktop Excel: serve over https on localhost and say how to sideload into Excel on the web.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const base = `https://localhost:${port}/`;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const { OFFICE_ADDIN_DEBUGGING } = require("./pinned");

if (process.platform === "win32" || process.platform === "darwin") {
  const result = spawnSync(
    npx,
    ["--yes", OFFICE_ADDIN_DEBUGGING, "start", "manifest.xml", "desktop", "--app", "excel"],
    {
      cwd: root,
      stdio: "inherit",
    }
  );
  process.exit(result.status ?? 1);
}

const { caCertificatePath } = require("./dev-certs");

// A clear word instead of webpack-dev-server's EADDRINUSE stack trace.
const probe = require("net").createServer();
probe.once("error", () => {
  console.error(
    `Port ${port} sudah dipakai program lain (mungkin server IKI yang masih berjalan: hentikan dengan \`npm stop\`).`
  );
  process.exit(1);
});
probe.listen(port, () => probe.close(serve));

function serve() {
  const server = spawn(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    }
  );

  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/i.test(chunk.toString())) {
      announced = true;
      console.log(sideloadHelp());
      openPreview();
    }
  });
  server.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
}

const hasPreview = () => fs.existsSync(path.join(root, "src", "preview", "preview.html"));

/**
 * Opens the browser preview when a desktop is there to show it (DISPLAY or WAYLAND_DISPLAY set and
 * xdg-open installed). IKI_NO_OPEN=1 keeps it closed. The dev certificate is not trusted system-wide
 * on Linux, so the browser may ask once to accept it.
 */
function openPreview() {
  if (!hasPreview() || process.env.IKI_NO_OPEN) return;
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const opener = spawn("xdg-open", [`${base}preview.html`], { stdio: "ignore", detached: true });
  opener.on("error", () => {
    console.log(`(xdg-open tidak tersedia: buka ${base}preview.html secara manual.)`);
  });
  opener.unref();
}

function sideloadHelp() {
  const preview = hasPreview() ? `\n  Pratinjau peramban (tanpa Excel):  ${base}preview.html` : "";
  return `
================================================================================
 IKI Dinas Sosial berjalan di ${base}
  Panel tugas:      ${base}taskpane.html
  Metadata fungsi:  ${base}functions.json${preview}

 Excel desktop tidak tersedia di Linux. Untuk mencoba di Excel untuk web:
  1. Percayai sertifikat CA pengembangan di peramban Anda (sekali saja):
     ${caCertificatePath}
     (Chrome/Edge: Setelan > Privasi dan keamanan > Keamanan > Kelola sertifikat > Otoritas > Impor)
  2. Buka buku kerja di https://www.office.com (Excel untuk web).
  3. Beranda > Add-in > Lainnya/Add-in Saya > Unggah Add-in Saya > pilih berkas
     ${path.join(root, "manifest.xml")}
  4. Tombol "Templat IKI" muncul di tab Beranda; fungsi =IKI.CAPAIAN() dst. bisa dipakai.
 Hentikan dengan Ctrl+C atau \`npm stop\`.
================================================================================`;
}
