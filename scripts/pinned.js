// Exact versions of every package that `npx` fetches at run time (not in package-lock.json):
// an unpinned `@7` would run whatever is published next, unreviewed, on a developer's machine.
const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";

module.exports = { OFFICE_ADDIN_DEBUGGING };
