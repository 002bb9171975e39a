/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // System programs (chromium, LibreOffice, xmllint, pdftotext): install, or one skip line, or fail in CI.
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "bundler", jsx: "react-jsx", isolatedModules: true } }],
  },
};
