// ESLint (flat config): typescript-eslint's recommended rules, plus the layering rule of DESIGN.md:
// src/core and src/text are pure (no Office, Excel, CustomFunctions, DOM or Node APIs).
import tseslint from "typescript-eslint";

const pureGlobals = [
  "Office",
  "Excel",
  "CustomFunctions",
  "OfficeRuntime",
  "document",
  "window",
  "navigator",
  "localStorage",
  "fetch",
  "XMLHttpRequest",
  "process",
  "require",
  "Buffer",
].map((name) => ({
  name,
  message: "src/core and src/text stay pure: no Office, DOM or Node globals (DESIGN.md).",
}));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-*/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "webpack.config.js",
      "jest.config.js",
      "eslint.config.mjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/core/**/*.ts", "src/text/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...pureGlobals],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "**/workbook/**",
            "**/taskpane/**",
            "**/functions/**",
            "**/cli/**",
            "fs",
            "path",
            "node:*",
            "exceljs",
            "jszip",
          ],
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
      },
    },
  },
);
