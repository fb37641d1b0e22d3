/** @type {import('jest').Config} */
module.exports = {
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
  testTimeout: 60000,
};
