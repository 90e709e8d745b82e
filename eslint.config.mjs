import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // into React components or into the command-line scripts. (Test-only code
    // still lives beside it, hence the exceptions.)
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/**/*.test.ts", "lib/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components/*", "**/components/*"], message: "lib/ must not import components/: move what both need into lib/." },
            { group: ["@/scripts/*", "**/scripts/*"], message: "lib/ must not import scripts/: scripts build on lib/, not the other way." },
          ],
        },
      ],
    },
  },
]);
