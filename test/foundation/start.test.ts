/**
 * `npm start` on Linux, as a developer runs it: the https dev server comes up without sudo, with
 * office-addin-dev-certs certificates, and serves the task pane, the function metadata and the
 * preview; the printed text says how to sideload. Served on a free port so it never meets a
 * server a developer already runs.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { CHROMIUM, launchChromium } from "../browser/support/browser";
import { OFFICE_JS_URL, OFFICE_STUB } from "../browser/support/office-stub";

const root = path.join(__dirname, "..", "..");
let server: ChildProcess;
let output = "";
let port = 0;
// A HOME of its own: certificates are made as on a fresh machine, and a developer's are left alone.
const home = fs.mkdtempSync(path.join(os.tmpdir(), "iki-start-home-"));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const { port: p } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(p));
    });
  });
}

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** GET over https, trusting only the development CA that `npm start` made. */
function get(file: string, ca: Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: "localhost", port, path: `/${file}`, ca, headers }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      })
      .on("error", reject);
  });
}

const devCa = () => fs.readFileSync(path.join(home, ".office-addin-dev-certs", "ca.crt"));

/** Local addresses (hex, as /proc/net shows them) of the sockets listening on `port`. */
function listeningAddresses(): string[] {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of fs.readFileSync(table, "utf8").split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length < 4 || cols[3] !== "0A") continue;
      const [address, hexPort] = cols[1].split(":");
      if (parseInt(hexPort, 16) === port) found.push(address);
    }
  }
  return found;
}

beforeAll(async () => {
  port = await freePort();
  server = spawn(process.execPath, [path.join(root, "scripts", "start.js")], {
    cwd: root,
    env: {
      ...process.env,
      HOME: home,
      npm_package_config_dev_server_port: String(port),
      IKI_NO_OPEN: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout?.on("data", (chunk) => (output += chunk));
  server.stderr?.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Hentikan dengan")) {
        clearInterval(timer);
        resolve();
      } else if (server.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start ended early:\n${output}`));
      }
    }, 200);
  });
}, 180_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const ended = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await ended;
  }
  fs.rmSync(home, { recursive: true, force: true });
});

test("prints the addresses and how to sideload manifest.xml into Excel on the web", () => {
  expect(output).toContain(`https://localhost:${port}/taskpane.html`);
  expect(output).toContain(`https://localhost:${port}/functions.json`);
  expect(output).toContain(`https://localhost:${port}/preview.html`);
  expect(output).toContain("Unggah Add-in Saya");
  expect(output).toContain(path.join(root, "manifest.xml"));
});

test("serves the task pane, the function metadata and the preview over https with the dev CA", async () => {
  const caPath = output.match(/^\s*(\/\S+ca\.crt)\s*$/m)?.[1];
  expect(caPath).toBe(path.join(home, ".office-addin-dev-certs", "ca.crt"));
  const ca = fs.readFileSync(caPath!);
  const pane = await get("taskpane.html", ca);
  expect(pane.status).toBe(200);
  expect(pane.body).toContain('<div id="container">');
  const metadata = await get("functions.json", ca);
  expect(metadata.status).toBe(200);
  const ids = (JSON.parse(metadata.body).functions as { id: string }[]).map((f) => f.id);
  expect(ids).toEqual(expect.arrayContaining(["PERSEN", "CAPAIAN", "PREDIKAT", "INDIKATOR"]));
  expect((await get("preview.html", ca)).status).toBe(200);
});

test("listens on the loopback interface only, not on the office network", () => {
  const LOOPBACK = ["0100007F", "00000000000000000000000001000000"]; // 127.0.0.1, ::1
  const addresses = listeningAddresses();
  expect(addresses.length).toBeGreaterThan(0);
  for (const address of addresses) expect(LOOPBACK).toContain(address);
});

test("answers cross-origin reads to Office on the web only", async () => {
  const office = await get("functions.json", devCa(), {
    Origin: "https://excel.officeapps.live.com",
  });
  expect(office.status).toBe(200);
  expect(office.headers["access-control-allow-origin"]).toBe("https://excel.officeapps.live.com");
  const stranger = await get("functions.json", devCa(), { Origin: "https://contoh.invalid" });
  expect(stranger.status).toBe(200);
  expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
  expect(
    (await get("taskpane.html", devCa())).headers["access-control-allow-origin"]
  ).toBeUndefined();
});

test("the development task pane carries its Content-Security-Policy, with the live-reload socket", async () => {
  const pane = await get("taskpane.html", devCa());
  expect(pane.body).toContain(`connect-src 'self'`);
  expect(pane.body).toContain(`wss://localhost:${port}`);
  expect(pane.body).not.toMatch(/unsafe-eval/);
});

CHROMIUM.test(
  "the development task pane runs under its policy, live reload connected, without a violation",
  async () => {
    const chromium = await launchChromium(undefined, { devServer: true });
    try {
      await chromium.context.route(OFFICE_JS_URL, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB })
      );
      await chromium.context.addInitScript(() => {
        const seen: string[] = ((window as any).__cspViolations = []);
        document.addEventListener("securitypolicyviolation", (e) =>
          seen.push(`${e.effectiveDirective} ${e.blockedURI}`)
        );
      });
      const page = await chromium.context.newPage();
      const consoleLines: string[] = [];
      page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
      await page.goto(`https://localhost:${port}/taskpane.html`);
      await page.getByRole("button", { name: /Sisipkan lembar jabatan ini/ }).waitFor();
      // webpack-dev-server logs this once its live-reload socket (wss://localhost) is open.
      for (
        let waited = 0;
        waited < 10_000 && !consoleLines.some((l) => l.includes("Server started"));
        waited += 100
      )
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(consoleLines.join("\n")).toContain("Server started");
      expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
      expect(consoleLines.filter((l) => l.startsWith("error"))).toEqual([]);
    } finally {
      await chromium.close();
    }
  }
);

test("a second start on the same port says so instead of failing with a stack trace", async () => {
  const second = spawn(process.execPath, [path.join(root, "scripts", "start.js")], {
    cwd: root,
    env: {
      ...process.env,
      HOME: home,
      npm_package_config_dev_server_port: String(port),
      IKI_NO_OPEN: "1",
    },
  });
  let text = "";
  second.stderr?.on("data", (chunk) => (text += chunk));
  const code = await new Promise((resolve) => second.once("exit", resolve));
  expect(code).toBe(1);
  expect(text).toContain(`Port ${port} sudah dipakai`);
});
