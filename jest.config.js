/** Jest: two projects. "unit" runs in Node (core, text, functions, workbook, cli, build checks);
 * "dom" runs task-pane code in jsdom. Browser tests (headless Chromium) live in their own project
 * and need a production build in dist/ (scripts/test.js builds first). */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", isolatedModules: true, sourceMap: false }, diagnostics: false },
];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsShim.ts", "<rootDir>/test/setup/fastCheck.ts"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: [
        "/node_modules/",
        "<rootDir>/test/taskpane/",
        "<rootDir>/test/browser/",
        "<rootDir>/test/build/",
      ],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "build",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/build/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
    },
  ],
};
