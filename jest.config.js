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
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum; the package entry pulls an ESM-only dependency.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
