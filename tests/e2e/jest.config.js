/**
 * End-to-end tests: the production build of the browser preview in Debian's Chromium
 * (playwright-core, never a downloaded browser). `npm run test:e2e`.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/tests/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } },
    ],
  },
  globalSetup: "<rootDir>/tests/e2e/support/global-setup.ts",
  globalTeardown: "<rootDir>/tests/e2e/support/global-teardown.ts",
  // One Chromium at a time: the timing checks (a co-author's edit shows within a second) stay honest.
  maxWorkers: 1,
  verbose: true,
  testTimeout: 60000,
};
