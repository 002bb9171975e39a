#!/usr/bin/env node
// `npm run workbook -- ...`: the IKI workbook CLI (src/cli/main.ts) run from source, without a build.
require("./ts-register");
const { main } = require("../src/cli/main");

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  }
);
