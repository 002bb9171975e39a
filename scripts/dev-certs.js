// HTTPS options for the development server. Office only loads add-ins over https.
// On Windows and macOS office-addin-dev-certs creates the certificates and trusts its CA (what
// yo office does). On Linux that trust step needs sudo, which a fresh machine may not have, and
// no desktop Excel runs there anyway: we only create (or reuse) the certificates, and the README
// says how to trust the CA in the browser used for Excel on the web.
const crypto = require("crypto");
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");

const VALID_DAYS = 30;

function readIfValid() {
  const { caCertificatePath: ca, localhostCertificatePath: cert, localhostKeyPath: key } = defaults;
  if (![ca, cert, key].every((p) => fs.existsSync(p))) return undefined;
  const pem = fs.readFileSync(cert);
  // Renew a day early so a long dev session does not hit the expiry.
  const expires = new Date(new crypto.X509Certificate(pem).validTo).getTime();
  if (expires - Date.now() < 24 * 3600 * 1000) return undefined;
  return { ca: fs.readFileSync(ca), cert: pem, key: fs.readFileSync(key) };
}

async function devHttpsOptions() {
  if (process.platform !== "linux") return devCerts.getHttpsServerOptions(VALID_DAYS);
  const existing = readIfValid();
  if (existing) return existing;
  await devCerts.generateCertificates(
    defaults.caCertificatePath,
    defaults.localhostCertificatePath,
    defaults.localhostKeyPath,
    VALID_DAYS
  );
  return readIfValid();
}

module.exports = { devHttpsOptions, caCertificatePath: defaults.caCertificatePath };
