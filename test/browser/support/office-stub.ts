/**
 * What office.js gives the page inside Excel, as far as the add-in uses it: an Excel host with every
 * requirement set, document settings, and the custom functions runtime. The CDN cannot be reached
 * here, so browser tests and the pane bench answer the office.js request with this script. The
 * functions that taskpane.html registers are kept in window.__ikiFunctions so a test can call them.
 */
export const OFFICE_JS_URL = /appsforoffice\.microsoft\.com\/.*office\.js$/;

export const OFFICE_STUB = `
window.Office = {
  HostType: { Excel: "Excel" },
  context: {
    requirements: { isSetSupported: function () { return true; } },
    document: { settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb(); } } },
  },
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; setTimeout(function () { if (cb) cb(info); }, 0); return Promise.resolve(info); },
};
window.__ikiFunctions = {};
window.CustomFunctions = {
  associate: function (id, fn) { window.__ikiFunctions[id] = fn; },
  ErrorCode: {
    invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
    nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!",
  },
  Error: function (code, message) { this.code = code; this.message = message; },
};
`;
