// The manifest and functions.json name one base URL. Development uses https://localhost:3000/;
// a production build for an office's own server sets ADDIN_BASE_URL (https, ending in "/").
const DEV_BASE_URL = "https://localhost:3000/";

/** The base URL for a build, or throws with a message that says what to fix. */
function resolveBaseUrl(value) {
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL bukan alamat yang sah: "${value}"`);
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_BASE_URL harus https (Office hanya memuat add-in lewat https): "${value}"`
    );
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL tidak boleh memuat ?query atau #anchor: "${value}"`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces the development base (and its bare origin, as in <AppDomain>) with baseUrl. */
function rewriteBaseUrl(text, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return text;
  const origin = new URL(baseUrl).origin;
  return text.split(DEV_BASE_URL).join(baseUrl).split(DEV_BASE_URL.slice(0, -1)).join(origin);
}

module.exports = { DEV_BASE_URL, resolveBaseUrl, rewriteBaseUrl };
