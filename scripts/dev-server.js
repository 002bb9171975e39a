// Dev server settings that are about who may reach it. It listens on localhost only (no one else
// on the office network can fetch the add-in under development), and answers cross-origin reads
// only to Office on the web: its pages on these hosts fetch functions.json and the help page when
// the add-in is sideloaded from https://localhost. Any other origin gets no CORS header.
const OFFICE_HOSTS = [
  "officeapps.live.com", // Excel for the web (excel.officeapps.live.com)
  "office.com",
  "office365.com",
  "microsoft365.com",
  "cloud.microsoft", // the newer Microsoft 365 domain (excel.cloud.microsoft)
  "sharepoint.com", // workbooks opened from OneDrive for Business / SharePoint
];

/** Whether `origin` (an Origin header) is an https page of Office on the web. */
function isOfficeOrigin(origin) {
  let url;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== "https:" || url.port !== "" || url.origin !== origin) return false;
  return OFFICE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

/** Response headers for a request from `origin`: CORS only for Office, and caches told so. */
function corsHeaders(origin) {
  const headers = { Vary: "Origin" };
  if (origin && isOfficeOrigin(origin)) headers["Access-Control-Allow-Origin"] = origin;
  return headers;
}

module.exports = { DEV_HOST: "localhost", OFFICE_HOSTS, isOfficeOrigin, corsHeaders };
