/** @type {import('jest').Config} */
const base = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Type checking is `npm run typecheck`; here we only transpile, which keeps the suite fast.
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/", "/tests/e2e/"],
  // d3 (under @fluentui/react-charts) ships ES modules to Node; jest loads each package's UMD build.
  moduleNameMapper: {
    "^(d3-[a-z-]+|internmap)$": "<rootDir>/node_modules/$1/dist/$1.js",
  },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...base, displayName: "unit" },
    // The workbook suite again on the lowest Excel the add-in supports: ExcelApi 1.7, with
    // AutoCorrect's "Include new rows and columns in table" off (tests/workbook/sim.ts reads it).
    {
      ...base,
      displayName: "workbook on ExcelApi 1.7, tables that never grow",
      roots: ["<rootDir>/tests/workbook"],
      globals: { SIM_PROFILE: { requirementSet: "1.7", autoExpandTables: false } },
    },
  ],
};
