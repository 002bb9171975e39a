// `npm stop`. Windows and macOS: unregister the sideloaded add-in and stop the dev server
// (office-addin-debugging). Linux: stop this project's dev server, found as the process that
// listens on the dev port with this folder as its working directory (webpack renames its
// process title, so a name match would miss it).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const { OFFICE_ADDIN_DEBUGGING } = require("./pinned");
  const result = spawnSync(npx, ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  process.exit(result.status ?? 1);
}

/** Socket inodes listening on `port` (IPv4 and IPv6), from /proc/net. */
function listeningInodes() {
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 10) continue;
      const localPort = parseInt(cols[1].split(":").pop(), 16);
      if (localPort === port && cols[3] === "0A") inodes.add(cols[9]);
    }
  }
  return inodes;
}

function pidsHolding(inodes) {
  const pids = [];
  for (const pid of fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const fds = fs.readdirSync(`/proc/${pid}/fd`);
      if (
        fds.some((fd) =>
          inodes.has(
            (fs.readlinkSync(`/proc/${pid}/fd/${fd}`).match(/^socket:\[(\d+)\]$/) || [])[1]
          )
        )
      )
        pids.push(Number(pid));
    } catch {
      // A process that ended meanwhile, or one we may not inspect: not ours.
    }
  }
  return pids;
}

const ours = pidsHolding(listeningInodes()).filter((pid) => {
  try {
    return fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root);
  } catch {
    return false;
  }
});
if (ours.length === 0) {
  console.log(`Tidak ada server pengembangan IKI yang berjalan di port ${port}.`);
} else {
  for (const pid of ours) process.kill(pid, "SIGTERM");
  console.log(`Server pengembangan di port ${port} dihentikan (pid ${ours.join(", ")}).`);
}
