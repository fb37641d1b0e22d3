import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

// Microsoft's recommended add-in rules (Office.js batching rules and Prettier) are declared
// for .js/.ts files only; we apply the same block to .tsx, where the task pane lives.
const addinRules = officeAddins.configs.react.find(
  (c) => c.rules?.["office-addins/call-sync-after-load"]
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.react,
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "no-undef": "off", // TypeScript checks names
      "react/react-in-jsx-scope": "off", // React 17+ JSX transform
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
  },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs" } },
];
