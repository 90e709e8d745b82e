import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const libPatterns = [
  { group: ["@/components/*", "**/components/*"], message: "lib/ must not import components/: move what both need into lib/." },
  { group: ["@/scripts/*", "**/scripts/*"], message: "lib/ must not import scripts/: scripts build on lib/, not the other way." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", ".data/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    // Components get data from pages; only lib/*/queries.ts and actions talk to the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Components never query the database: use a query in lib/<feature>/queries.ts from the page." }] }],
    },
  },
  {
    // lib/ is what ships and what pages and routes build on: it never reaches up
    // into React components, into the command-line scripts, or into test/.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...libPatterns, { group: ["@/test/*", "**/test/*"], message: "lib/ must not import test/: test helpers and fixtures are for tests only." }] }],
    },
  },
  {
    // The tests beside lib/ files may use test/, but not components/ or scripts/.
    files: ["lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: libPatterns }],
    },
  },
]);
